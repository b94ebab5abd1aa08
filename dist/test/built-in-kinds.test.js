import { describe, expect, it } from 'vitest';
import { bundledReleases, loadKubernetesSchema } from '../src/load/bundled-schemas.js';
import { builtInKindsByApiVersion, builtInKindsRelease, correctedGroupOf, unservedApiVersion } from '../src/model/built-in-kinds.js';
import { groupOf, isKind, podTemplateOf } from '../src/model/kinds.js';
const object = (apiVersion, kind, spec = {}) => ({ apiVersion, kind, metadata: { name: 'x' }, spec });
describe('the table of built-in kinds', () => {
    it('is every kind of the newest bundled schemas, by apiVersion (update it when bundling a release)', () => {
        const newest = bundledReleases().at(-1) ?? '';
        expect(builtInKindsRelease).toBe(newest);
        const document = loadKubernetesSchema(newest);
        const sorted = (table) => Object.fromEntries(Object.entries(table).map(([apiVersion, kinds]) => [apiVersion, [...kinds].sort()]));
        const bundled = Object.fromEntries(Object.entries(document.kinds).map(([apiVersion, kinds]) => [apiVersion, Object.keys(kinds)]));
        expect(sorted(builtInKindsByApiVersion)).toEqual(sorted(bundled));
    });
});
describe('groupOf', () => {
    it("reads a built-in kind under a built-in group that never served it in the kind's one group", () => {
        expect(groupOf(object('v1', 'Deployment'))).toBe('apps');
        expect(groupOf(object('batch/v1', 'StatefulSet'))).toBe('apps');
        expect(groupOf(object('apps/v1', 'Ingress'))).toBe('networking.k8s.io');
        expect(groupOf(object('apps/v1', 'ServiceAccount'))).toBe('');
        expect(groupOf({ apiVersion: 'v1', kind: 'ClusterRole' })).toBe('rbac.authorization.k8s.io');
    });
    it('keeps the group of the apiVersion otherwise', () => {
        expect(groupOf(object('apps/v1', 'Deployment'))).toBe('apps');
        // A group that once served the kind: api-removed's case, still the kind it was.
        expect(groupOf(object('extensions/v1beta1', 'Deployment'))).toBe('extensions');
        // A custom resource's group: its own kind, whatever its name.
        expect(groupOf(object('example.com/v1', 'Deployment'))).toBe('example.com');
        expect(groupOf(object('serving.knative.dev/v1', 'Service'))).toBe('serving.knative.dev');
        // Served by core and events.k8s.io: nothing says which was meant.
        expect(groupOf(object('apps/v1', 'Event'))).toBe('apps');
        expect(correctedGroupOf('apps/v1', 'Event')).toBeUndefined();
        // Not a kind of the bundled schemas.
        expect(groupOf(object('v1', 'Route'))).toBe('');
    });
    it('makes the workload model see a misgrouped workload as its kind', () => {
        const template = { template: { metadata: { labels: { app: 'web' } }, spec: { containers: [{ name: 'web', image: 'web:1' }] } } };
        const misgrouped = object('v1', 'Deployment', template);
        expect(isKind(misgrouped, 'Deployment')).toBe(true);
        expect(podTemplateOf(misgrouped)?.path).toEqual(['spec', 'template', 'spec']);
        const custom = object('example.com/v1', 'Deployment', template);
        expect(isKind(custom, 'Deployment')).toBe(false);
        // Not a Deployment: its pod template is a custom resource's, found by the structural walk.
        expect(podTemplateOf(custom)?.custom).toBeDefined();
        expect(isKind(object('apps/v1', 'Pod'), 'Pod')).toBe(true);
    });
});
describe('unservedApiVersion', () => {
    it('names the served apiVersions when the group never served the kind, at any target', () => {
        for (const target of ['1.20', '1.30', '1.35']) {
            expect(unservedApiVersion('v1', 'Deployment', target)).toEqual(['apps/v1']);
            expect(unservedApiVersion('apps/v1', 'Event', target)).toEqual(['v1', 'events.k8s.io/v1']);
        }
    });
    it('judges an unknown version of a right group only at the bundled release, or when it is no version at all', () => {
        expect(unservedApiVersion('apps/v1beta3', 'Deployment', builtInKindsRelease)).toEqual(['apps/v1']);
        expect(unservedApiVersion('apps/v1beta3', 'Deployment', '1.35')).toBeUndefined();
        expect(unservedApiVersion('networking.k8s.io/v1beta1', 'ServiceCIDR', '1.33')).toBeUndefined();
        expect(unservedApiVersion('apps/1', 'Deployment', '1.35')).toEqual(['apps/v1']);
        expect(unservedApiVersion('V1', 'Pod', '1.35')).toEqual(['v1']);
    });
    it('leaves served versions, versions of the lifecycle table, custom resources and unknown kinds alone', () => {
        expect(unservedApiVersion('apps/v1', 'Deployment', '1.35')).toBeUndefined();
        expect(unservedApiVersion('/v1', 'Pod', '1.35')).toBeUndefined();
        expect(unservedApiVersion('extensions/v1beta1', 'Deployment', '1.30')).toBeUndefined();
        expect(unservedApiVersion('batch/v1beta1', 'CronJob', '1.20')).toBeUndefined();
        expect(unservedApiVersion('example.com/v1', 'Deployment', '1.30')).toBeUndefined();
        expect(unservedApiVersion('v1', 'DeploymentConfig', '1.30')).toBeUndefined();
    });
});
