import { describe, expect, it } from 'vitest';
import { parseImage } from '../src/model/image.js';
import { containersOf, labelsOf, podTemplateOf } from '../src/model/kinds.js';
import { imagesOf } from '../src/model/images.js';
import { buildIndex } from '../src/model/object-index.js';
import { findPlaceholder, unquotedMustache } from '../src/model/placeholder.js';
import { matchesLabelMap, matchesLabelSelector, selectorCandidates } from '../src/model/selectors.js';
const labels = { app: 'web', tier: 'frontend' };
describe('matchesLabelSelector', () => {
    const cases = [
        ['matchLabels, all equal', { matchLabels: { app: 'web' } }, true],
        ['matchLabels, two keys', { matchLabels: { app: 'web', tier: 'frontend' } }, true],
        ['matchLabels, one differs', { matchLabels: { app: 'web', tier: 'backend' } }, false],
        ['matchLabels, key missing', { matchLabels: { env: 'prod' } }, false],
        ['In, value listed', { matchExpressions: [{ key: 'tier', operator: 'In', values: ['backend', 'frontend'] }] }, true],
        ['In, value not listed', { matchExpressions: [{ key: 'tier', operator: 'In', values: ['backend'] }] }, false],
        ['In, key missing', { matchExpressions: [{ key: 'env', operator: 'In', values: ['prod'] }] }, false],
        ['NotIn, value listed', { matchExpressions: [{ key: 'tier', operator: 'NotIn', values: ['frontend'] }] }, false],
        ['NotIn, value not listed', { matchExpressions: [{ key: 'tier', operator: 'NotIn', values: ['backend'] }] }, true],
        ['NotIn, key missing', { matchExpressions: [{ key: 'env', operator: 'NotIn', values: ['prod'] }] }, true],
        ['Exists, present', { matchExpressions: [{ key: 'app', operator: 'Exists' }] }, true],
        ['Exists, absent', { matchExpressions: [{ key: 'env', operator: 'Exists' }] }, false],
        ['DoesNotExist, absent', { matchExpressions: [{ key: 'env', operator: 'DoesNotExist' }] }, true],
        ['DoesNotExist, present', { matchExpressions: [{ key: 'app', operator: 'DoesNotExist' }] }, false],
        ['unknown operator', { matchExpressions: [{ key: 'app', operator: 'Equals', values: ['web'] }] }, false],
        [
            'matchLabels and expressions all hold',
            { matchLabels: { app: 'web' }, matchExpressions: [{ key: 'tier', operator: 'Exists' }, { key: 'env', operator: 'DoesNotExist' }] },
            true,
        ],
        [
            'matchLabels hold but one expression fails',
            { matchLabels: { app: 'web' }, matchExpressions: [{ key: 'tier', operator: 'In', values: ['backend'] }] },
            false,
        ],
        ['empty selector {} selects all', {}, true],
        ['empty matchLabels selects all', { matchLabels: {} }, true],
        ['undefined selects nothing', undefined, false],
    ];
    it.each(cases)('%s', (_name, selector, matches) => {
        expect(matchesLabelSelector(selector, labels)).toBe(matches);
    });
    it('lets {} select even a pod without labels, but not undefined', () => {
        expect(matchesLabelSelector({}, {})).toBe(true);
        expect(matchesLabelSelector(undefined, {})).toBe(false);
    });
});
describe('matchesLabelMap', () => {
    it('matches when every pair is among the labels', () => {
        expect(matchesLabelMap({ app: 'web' }, labels)).toBe(true);
        expect(matchesLabelMap({ app: 'web', tier: 'frontend' }, labels)).toBe(true);
        expect(matchesLabelMap({ app: 'web', tier: 'backend' }, labels)).toBe(false);
        expect(matchesLabelMap({ env: 'prod' }, labels)).toBe(false);
    });
    it('compares non-string values as strings', () => {
        expect(matchesLabelMap({ version: 2 }, { version: '2' })).toBe(true);
    });
    it('selects nothing when empty or absent (unless told otherwise)', () => {
        expect(matchesLabelMap({}, labels)).toBe(false);
        expect(matchesLabelMap(undefined, labels)).toBe(false);
        expect(matchesLabelMap('app=web', labels)).toBe(false);
        expect(matchesLabelMap({}, labels, true)).toBe(true);
    });
});
describe('selectorCandidates', () => {
    // Each selector is filed under its first required pair; those without one are always candidates.
    const selectors = [
        { name: 'a', matchLabels: { app: 'web' } },
        { name: 'b', matchLabels: { tier: 'frontend', app: 'web' } },
        { name: 'c' },
        { name: 'd', matchLabels: { app: 'web', env: 'prod' } },
        { name: 'e', matchLabels: { tier: 'frontend' } },
        { name: 'f', matchLabels: { app: 'api' } },
        { name: 'g', matchLabels: { zone: 'x' } },
    ];
    const candidates = selectorCandidates(selectors, (selector) => selector.matchLabels);
    it('gives the selectors that share a label with the pods, and those it cannot file, in input order, each once', () => {
        expect(candidates({ app: 'web', tier: 'frontend', zone: 'x' }).map((s) => s.name)).toEqual(['a', 'b', 'c', 'd', 'e', 'g']);
        expect(candidates({ tier: 'frontend' }).map((s) => s.name)).toEqual(['b', 'c', 'e']);
        expect(candidates({}).map((s) => s.name)).toEqual(['c']);
    });
    it('compares values as strings, and takes no pair for another', () => {
        const numbered = selectorCandidates([{ matchLabels: { version: 2 } }, { matchLabels: { 'version\u0000': '2' } }], (selector) => selector.matchLabels);
        expect(numbered({ version: '2' })).toHaveLength(1);
        expect(numbered({ version: '3' })).toHaveLength(0);
    });
});
function workload(kind, name, namespace, podLabels) {
    return {
        apiVersion: 'apps/v1',
        kind,
        metadata: namespace === undefined ? { name } : { name, namespace },
        spec: { template: { metadata: { labels: podLabels }, spec: { containers: [{ name: 'c', image: 'nginx' }] } } },
    };
}
describe('buildIndex', () => {
    const objects = [
        workload('Deployment', 'web', 'prod', { app: 'web' }),
        workload('Deployment', 'web', 'staging', { app: 'web' }),
        workload('StatefulSet', 'db', 'prod', { app: 'db' }),
        workload('Deployment', 'web-default', undefined, { app: 'web' }),
        { apiVersion: 'v1', kind: 'Pod', metadata: { name: 'lone', namespace: 'prod', labels: { app: 'web' } }, spec: { containers: [] } },
        { apiVersion: 'v1', kind: 'Service', metadata: { name: 'web', namespace: 'prod' }, spec: { selector: { app: 'web' } } },
        { apiVersion: 'v1', kind: 'ConfigMap', metadata: { name: 'cfg', namespace: 'staging' } },
    ];
    const index = buildIndex(objects);
    const names = (list) => list.map(({ ref }) => `${ref.kind}/${ref.namespace}/${ref.name}`);
    it('indexes every object with its ref and pod template', () => {
        expect(index.objects).toHaveLength(7);
        expect(index.objects[3]?.ref).toEqual({ apiVersion: 'apps/v1', kind: 'Deployment', namespace: '', name: 'web-default' });
        expect(index.objects[5]?.pod).toBeUndefined();
        expect(index.objects[0]?.pod?.path).toEqual(['spec', 'template', 'spec']);
    });
    it('lists objects of a kind, optionally in one namespace', () => {
        expect(names(index.ofKind('Deployment'))).toEqual(['Deployment/prod/web', 'Deployment/staging/web', 'Deployment//web-default']);
        expect(names(index.ofKind('Deployment', 'prod'))).toEqual(['Deployment/prod/web']);
        expect(names(index.ofKind('Deployment', ''))).toEqual(['Deployment//web-default']);
        expect(names(index.ofKind('ConfigMap', 'prod'))).toEqual([]);
        expect(names(index.ofKind('Ingress'))).toEqual([]);
    });
    it('finds the workloads a LabelSelector selects, in its namespace only', () => {
        expect(names(index.podsSelectedBy({ matchLabels: { app: 'web' } }, 'prod'))).toEqual(['Deployment/prod/web', 'Pod/prod/lone']);
        expect(names(index.podsSelectedBy({ matchLabels: { app: 'web' } }, 'staging'))).toEqual(['Deployment/staging/web']);
        expect(names(index.podsSelectedBy({ matchLabels: { app: 'web' } }, ''))).toEqual(['Deployment//web-default']);
        expect(names(index.podsSelectedBy({}, 'prod'))).toEqual(['Deployment/prod/web', 'StatefulSet/prod/db', 'Pod/prod/lone']);
        expect(names(index.podsSelectedBy(undefined, 'prod'))).toEqual([]);
        expect(names(index.podsSelectedBy({ matchLabels: { app: 'web' } }, 'other'))).toEqual([]);
    });
    it('finds the workloads a plain map selector selects, in its namespace only', () => {
        expect(names(index.podsSelectedByMap({ app: 'db' }, 'prod'))).toEqual(['StatefulSet/prod/db']);
        expect(names(index.podsSelectedByMap({ app: 'db' }, 'staging'))).toEqual([]);
        expect(names(index.podsSelectedByMap({}, 'prod'))).toEqual([]);
        expect(names(index.podsSelectedByMap(undefined, 'prod'))).toEqual([]);
    });
});
describe('podTemplateOf', () => {
    const template = { metadata: { labels: { app: 'x' } }, spec: { containers: [{ name: 'c' }] } };
    const cases = [
        ['apps/v1', 'Deployment', { template }, ['spec', 'template', 'spec']],
        ['extensions/v1beta1', 'Deployment', { template }, ['spec', 'template', 'spec']],
        ['apps/v1', 'StatefulSet', { template }, ['spec', 'template', 'spec']],
        ['apps/v1', 'DaemonSet', { template }, ['spec', 'template', 'spec']],
        ['apps/v1', 'ReplicaSet', { template }, ['spec', 'template', 'spec']],
        ['v1', 'ReplicationController', { template }, ['spec', 'template', 'spec']],
        ['batch/v1', 'Job', { template }, ['spec', 'template', 'spec']],
        ['batch/v1', 'CronJob', { jobTemplate: { spec: { template } } }, ['spec', 'jobTemplate', 'spec', 'template', 'spec']],
    ];
    it.each(cases)('%s %s', (apiVersion, kind, spec, path) => {
        const pod = podTemplateOf({ apiVersion, kind, metadata: { name: 'n', labels: { owner: 'me' } }, spec });
        expect(pod?.path).toEqual(path);
        expect(pod?.metadataPath).toEqual([...path.slice(0, -1), 'metadata']);
        expect(pod?.labels).toEqual({ app: 'x' });
        expect(pod?.spec).toBe(template.spec);
    });
    it('Pod: the spec itself, labelled by its own metadata', () => {
        const spec = { containers: [{ name: 'c' }] };
        const pod = podTemplateOf({ apiVersion: 'v1', kind: 'Pod', metadata: { labels: { app: 'p', n: 1 } }, spec });
        expect(pod?.path).toEqual(['spec']);
        expect(pod?.metadataPath).toEqual(['metadata']);
        expect(pod?.labels).toEqual({ app: 'p', n: '1' });
        expect(pod?.spec).toBe(spec);
    });
    it('gives empty labels to a template without metadata', () => {
        const pod = podTemplateOf({ apiVersion: 'batch/v1', kind: 'Job', spec: { template: { spec: {} } } });
        expect(pod?.labels).toEqual({});
        expect(pod?.path).toEqual(['spec', 'template', 'spec']);
    });
    it('is undefined for non-workloads and malformed workloads', () => {
        expect(podTemplateOf({ apiVersion: 'v1', kind: 'Service', spec: { template } })).toBeUndefined();
        expect(podTemplateOf({ apiVersion: 'apps/v1', kind: 'Deployment', spec: 'x' })).toBeUndefined();
        expect(podTemplateOf({ apiVersion: 'apps/v1', kind: 'Deployment', spec: { template: 'x' } })).toBeUndefined();
        // A template without a spec still labels its pods; it has no containers.
        expect(podTemplateOf({ apiVersion: 'apps/v1', kind: 'Deployment', spec: { template: { metadata: { labels: { a: 'b' } } } } })).toEqual({
            spec: {},
            path: ['spec', 'template', 'spec'],
            labels: { a: 'b' },
            metadataPath: ['spec', 'template', 'metadata'],
        });
        expect(podTemplateOf({ apiVersion: 'apps/v1', kind: 'Deployment' })).toBeUndefined();
        expect(podTemplateOf({ apiVersion: 'batch/v1', kind: 'CronJob', spec: 'x' })).toBeUndefined();
        expect(podTemplateOf({ apiVersion: 'v1', kind: 'Pod', spec: 'x' })).toBeUndefined();
        // a Deployment from a group that does not serve Deployments
        expect(podTemplateOf({ apiVersion: 'example.com/v1', kind: 'Deployment', spec: { template } })).toBeUndefined();
    });
});
describe('containersOf', () => {
    const pod = {
        path: ['spec', 'template', 'spec'],
        metadataPath: ['spec', 'template', 'metadata'],
        labels: {},
        spec: {
            containers: [{ name: 'app' }, 'junk', { name: 'sidecar' }],
            initContainers: [{ name: 'init' }],
            ephemeralContainers: [{ name: 'debug' }],
        },
    };
    const shown = (list) => list.map(({ container, role, path }) => [container.name, role, path]);
    it('lists containers and init containers by default, with their paths', () => {
        expect(shown(containersOf(pod))).toEqual([
            ['app', 'container', ['spec', 'template', 'spec', 'containers', 0]],
            ['sidecar', 'container', ['spec', 'template', 'spec', 'containers', 2]],
            ['init', 'initContainer', ['spec', 'template', 'spec', 'initContainers', 0]],
        ]);
    });
    it('lists ephemeral containers when asked, and only the roles asked for', () => {
        expect(shown(containersOf(pod, ['ephemeralContainer']))).toEqual([
            ['debug', 'ephemeralContainer', ['spec', 'template', 'spec', 'ephemeralContainers', 0]],
        ]);
        expect(shown(containersOf(pod, ['initContainer', 'ephemeralContainer']))).toEqual([
            ['init', 'initContainer', ['spec', 'template', 'spec', 'initContainers', 0]],
            ['debug', 'ephemeralContainer', ['spec', 'template', 'spec', 'ephemeralContainers', 0]],
        ]);
    });
    it('tolerates a missing or malformed container list', () => {
        expect(containersOf({ path: ['spec'], metadataPath: ['metadata'], labels: {}, spec: { containers: 'x' } })).toEqual([]);
        expect(containersOf({ path: ['spec'], metadataPath: ['metadata'], labels: {}, spec: {} })).toEqual([]);
    });
});
describe('what is worked out once per object', () => {
    const deployment = () => ({
        apiVersion: 'apps/v1',
        kind: 'Deployment',
        metadata: { name: 'web', labels: { app: 'web' } },
        spec: {
            template: {
                metadata: { labels: { app: 'web', tier: 2 } },
                spec: { containers: [{ name: 'app', image: 'nginx:1.27' }], initContainers: [{ name: 'init', image: 'busybox' }], ephemeralContainers: [{ name: 'debug', image: 'busybox' }] },
            },
        },
    });
    it('gives the same pod template, containers, images and labels each time it is asked about the same object', () => {
        const object = deployment();
        const pod = podTemplateOf(object);
        expect(pod).toBeDefined();
        if (!pod)
            return;
        expect(podTemplateOf(object)).toBe(pod);
        expect(containersOf(pod)).toBe(containersOf(pod));
        expect(imagesOf(object)).toBe(imagesOf(object));
        expect(labelsOf(object.metadata)).toBe(labelsOf(object.metadata));
        expect(pod.labels).toEqual({ app: 'web', tier: '2' });
    });
    it('answers each set of container roles apart', () => {
        const pod = podTemplateOf(deployment());
        if (!pod)
            throw new Error('no pod template');
        const names = (roles) => containersOf(pod, roles).map((at) => at.container.name);
        expect(names()).toEqual(['app', 'init']);
        expect(names(['container'])).toEqual(['app']);
        expect(names(['container', 'initContainer', 'ephemeralContainer'])).toEqual(['app', 'init', 'debug']);
        expect(names()).toEqual(['app', 'init']);
    });
    it('answers an equal copy of an object on its own: answers follow the object, not its content', () => {
        const first = deployment();
        const second = deployment();
        expect(podTemplateOf(second)).not.toBe(podTemplateOf(first));
        expect(podTemplateOf(second)).toEqual(podTemplateOf(first));
        expect(imagesOf(second).map((image) => image.image)).toEqual(['nginx:1.27', 'busybox', 'busybox']);
    });
    it('gives labels that are all strings as they are, and a copy of the others with every value a string', () => {
        const strings = { app: 'web', tier: 'frontend' };
        // A copy per labels map was 56 bytes or more for each workload a run relates, kept to the run's end.
        expect(labelsOf({ labels: strings })).toBe(strings);
        const mixed = JSON.parse('{"app": "web", "version": 2, "__proto__": true}');
        const copied = labelsOf({ labels: mixed });
        expect(copied).not.toBe(mixed);
        expect(Object.entries(copied)).toEqual([['app', 'web'], ['version', '2'], ['__proto__', 'true']]);
    });
    it('gives no labels for metadata without a labels map', () => {
        expect(labelsOf(undefined)).toEqual({});
        expect(labelsOf({ labels: 'x' })).toEqual({});
    });
});
describe('parseImage', () => {
    const cases = [
        ['nginx', undefined, 'nginx', undefined, undefined],
        ['nginx:1.2', undefined, 'nginx', '1.2', undefined],
        ['library/nginx:1.2', undefined, 'library/nginx', '1.2', undefined],
        ['localhost:5000/app', 'localhost:5000', 'app', undefined, undefined],
        ['localhost:5000/app:1.0', 'localhost:5000', 'app', '1.0', undefined],
        ['localhost/app', 'localhost', 'app', undefined, undefined],
        ['registry.example.com:443/team/app@sha256:abc', 'registry.example.com:443', 'team/app', undefined, 'sha256:abc'],
        ['docker.io/library/nginx:latest', 'docker.io', 'library/nginx', 'latest', undefined],
        ['ghcr.io/o/a', 'ghcr.io', 'o/a', undefined, undefined],
        ['nginx:1.2@sha256:abc', undefined, 'nginx', '1.2', 'sha256:abc'],
    ];
    it.each(cases)('%s', (image, registry, repository, tag, digest) => {
        expect(parseImage(image)).toEqual({ registry, repository, tag, digest });
    });
});
describe('findPlaceholder', () => {
    const positives = [
        ['${IMAGE_TAG}', '${IMAGE_TAG}'],
        ['repo/app:${TAG:-latest}', '${TAG:-latest}'],
        ['{{ .Values.image.tag }}', '{{ .Values.image.tag }}'],
        ['app-{{VERSION}}', '{{VERSION}}'],
        ['{{- .Release.Name -}}', '{{- .Release.Name -}}'],
        ['__NAMESPACE__', '__NAMESPACE__'],
        ['%DB_HOST%', '%DB_HOST%'],
        ['@PROJECT_ID@', '@PROJECT_ID@'],
        ['gcr.io/<PROJECT_ID>/app', '<PROJECT_ID>'],
        ['<your-project-id>', '<your-project-id>'],
        ['REPLACE_ME', 'REPLACE_ME'],
        ['password: changeme', 'changeme'],
        ['CHANGE-ME', 'CHANGE-ME'],
        ['db-Replace_Me', 'Replace_Me'],
    ];
    const negatives = [
        '$(POD_NAME)',
        'http://$(HOST):$(PORT)/',
        'nginx:1.25',
        'plain text',
        '__init__',
        '100%',
        'user@example.com',
        '<br>',
        'exchange-me',
        'a {single} brace',
        '',
    ];
    it.each(positives)('finds the placeholder in %s', (value, found) => {
        expect(findPlaceholder(value)).toBe(found);
    });
    it.each(negatives)('finds nothing in %j', (value) => {
        expect(findPlaceholder(value)).toBeUndefined();
    });
    it('can leave Go templates alone', () => {
        expect(findPlaceholder('{{ .Values.x }}', { goTemplates: false })).toBeUndefined();
        expect(findPlaceholder('{{ .Values.x }} ${VAR}', { goTemplates: false })).toBe('${VAR}');
    });
});
describe('unquotedMustache', () => {
    it('recognizes the object an unquoted {{VAR}} parses to', () => {
        expect(unquotedMustache({ '{ VAR }': null })).toBe('{{ VAR }}');
        expect(unquotedMustache({ '{ .Values.x }': null })).toBe('{{ .Values.x }}');
    });
    it('ignores anything else', () => {
        expect(unquotedMustache({ VAR: null })).toBeUndefined();
        expect(unquotedMustache({ '{ VAR }': 'x' })).toBeUndefined();
        expect(unquotedMustache({ '{ A }': null, '{ B }': null })).toBeUndefined();
        expect(unquotedMustache({})).toBeUndefined();
        expect(unquotedMustache(['{ VAR }'])).toBeUndefined();
        expect(unquotedMustache('{{ VAR }}')).toBeUndefined();
        expect(unquotedMustache(null)).toBeUndefined();
    });
});
