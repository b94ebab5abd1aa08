import { describe, expect, it } from 'vitest';
import { checks } from '../checks/index.js';
import { lintText } from '../src/api.js';
/** The findings of one check on a pod with these containers (and pod spec fields), and whether each has a fix. */
function fixed(id, spec, settings = {}) {
    const text = `apiVersion: v1\nkind: Pod\nmetadata: { name: p }\nspec:\n${spec.replace(/^/gm, '  ')}\n`;
    const check = checks.filter((candidate) => candidate.meta.id === id);
    return lintText(text, 'pod.yaml', check, { [id]: {} }, settings).findings.map((finding) => [finding.path, finding.fix?.at !== undefined]);
}
const restricted = { podSecurityLevel: 'restricted' };
/** Fixes that would make the pod unable to start, or overturn what a person wrote on purpose, are not offered. */
describe('fixes are left out where they would break the workload', () => {
    it('run-as-root: not beside a container that runs as uid 0, nor for an image built here that runs as root or by name', () => {
        expect(fixed('run-as-root', 'containers:\n  - { name: a, image: app:1 }\n  - { name: b, image: app:1, securityContext: { runAsUser: 0 } }')).toEqual([
            ['spec.containers[0].securityContext', false],
            ['spec.containers[1].securityContext.runAsUser', false],
        ]);
        expect(fixed('run-as-root', 'containers:\n  - { name: a, image: app:1 }')).toEqual([['spec.containers[0].securityContext', true]]);
        const built = (user) => ({ images: { 'docker.io/library/app': { dockerfile: 'Dockerfile', user } } });
        expect(fixed('run-as-root', 'containers:\n  - { name: a, image: app:1 }', built({ runs: 'root' }))).toEqual([['spec.containers[0].securityContext', false]]);
        expect(fixed('run-as-root', 'containers:\n  - { name: a, image: app:1 }', built({ runs: 'non-root', user: 'app', numeric: false }))).toEqual([['spec.containers[0].securityContext', false]]);
        expect(fixed('run-as-root', 'containers:\n  - { name: a, image: app:1 }', built({ runs: 'non-root', user: '10001', numeric: true }))).toEqual([['spec.containers[0].securityContext', true]]);
        // An explicit runAsNonRoot: false is reported, not overturned.
        expect(fixed('run-as-root', 'containers:\n  - { name: a, image: app:1, securityContext: { runAsNonRoot: false } }')).toEqual([['spec.containers[0].securityContext.runAsNonRoot', false]]);
    });
    it('pss-privilege-escalation: not on a privileged container or one that adds SYS_ADMIN', () => {
        const spec = [
            'containers:',
            '  - { name: a, image: app:1 }',
            '  - { name: b, image: app:1, securityContext: { privileged: true } }',
            '  - { name: c, image: app:1, securityContext: { capabilities: { add: [SYS_ADMIN] } } }',
            '  - { name: d, image: app:1, securityContext: "not a mapping" }',
        ].join('\n');
        expect(fixed('pss-privilege-escalation', spec, restricted).map(([, fix]) => fix)).toEqual([true, false, false, false]);
    });
    it('readonly-root-fs-missing: not where the container says false', () => {
        expect(fixed('readonly-root-fs-missing', 'containers:\n  - { name: a, image: app:1 }\n  - { name: b, image: app:1, securityContext: { readOnlyRootFilesystem: false } }').map(([, fix]) => fix)).toEqual([true, false]);
    });
    it('service-account-token-automount: only on the default account, and not where the pod asks for the token', () => {
        expect(fixed('service-account-token-automount', 'containers: [{ name: a, image: app:1 }]')).toEqual([['spec.automountServiceAccountToken', true]]);
        expect(fixed('service-account-token-automount', 'serviceAccountName: default\ncontainers: [{ name: a, image: app:1 }]')).toEqual([['spec.automountServiceAccountToken', true]]);
        expect(fixed('service-account-token-automount', 'serviceAccountName: api\ncontainers: [{ name: a, image: app:1 }]')).toEqual([['spec.automountServiceAccountToken', false]]);
        expect(fixed('service-account-token-automount', 'automountServiceAccountToken: true\ncontainers: [{ name: a, image: app:1 }]')).toEqual([['spec.automountServiceAccountToken', false]]);
    });
    it('pss-seccomp: not over a Localhost profile, nor where the securityContext is not a mapping', () => {
        expect(fixed('pss-seccomp', 'securityContext: { seccompProfile: { type: Unconfined, localhostProfile: p.json } }\ncontainers: [{ name: a, image: app:1 }]')).toEqual([
            ['spec.securityContext.seccompProfile.type', false],
        ]);
        expect(fixed('pss-seccomp', 'securityContext: "none"\ncontainers: [{ name: a, image: app:1 }]', restricted)).toEqual([['spec.securityContext.seccompProfile', false]]);
    });
    it('pss-capabilities: appends to a list only, and never takes an added capability away', () => {
        expect(fixed('pss-capabilities', 'containers:\n  - { name: a, image: app:1, securityContext: { capabilities: { add: [NET_ADMIN], drop: NET_RAW } } }', restricted)).toEqual([
            ['spec.containers[0].securityContext.capabilities.add[0]', false],
            ['spec.containers[0].securityContext.capabilities.drop', false],
        ]);
    });
});
