import { defineObjectCheck } from '../src/engine/check.js';
import { canAppendAt } from '../src/model/fix-paths.js';
import { containerLabel, isRecord, workloadKinds } from '../src/model/kinds.js';
import { includes, isWindowsPod, podUnderControl, violation } from '../src/model/pod-security.js';
import { entriesOf, podSecurityContainersOf, securityContextOf, subjectOf } from '../src/model/pod-security-baseline.js';
const meta = {
    id: 'pss-capabilities',
    title: 'Container capabilities beyond the Pod Security Standard',
    severity: 'error',
    category: 'security',
    description: 'Pod Security Standards "Capabilities" controls, for every container (init and ephemeral ones included). At the ' +
        'baseline level, reports each capability in securityContext.capabilities.add outside the container runtime\'s ' +
        'default set (AUDIT_WRITE, CHOWN, DAC_OVERRIDE, FOWNER, FSETID, KILL, MKNOD, NET_BIND_SERVICE, SETFCAP, SETGID, ' +
        'SETPCAP, SETUID, SYS_CHROOT). At the restricted level, capabilities.drop must include ALL and only ' +
        'NET_BIND_SERVICE may be added; at that level pods with spec.os.name windows are exempt altogether, as in the reference. Names are compared ' +
        'exactly, as admission does: CAP_CHOWN or all do not count as CHOWN or ALL.',
    risk: 'Capabilities such as SYS_ADMIN, NET_ADMIN, SYS_PTRACE or SYS_MODULE give a container root powers over the ' +
        'node\'s kernel: mounting file systems, rewriting the network, reading other processes\' memory, loading modules. ' +
        'Most container escapes start from one of them. Under restricted, a container that keeps the default set still ' +
        'holds capabilities it does not need. Namespaces enforcing the level reject the pod.',
    mitigation: 'Set securityContext.capabilities.drop: [ALL] on every container and add back only what the process really ' +
        'needs, by its exact name without the CAP_ prefix; under restricted that is at most NET_BIND_SERVICE (or run the ' +
        'process on a port above 1024 and add nothing).',
    example: `containers:
  - name: app
    image: registry.example.com/app:1.0.0
    securityContext:
      capabilities:
        drop: [ALL]
        add: [NET_BIND_SERVICE]`,
    fix: 'At the restricted level, appends ALL to securityContext.capabilities.drop of each container that does not ' +
        'drop it (the drops already there stay). Capabilities a container adds are left to you: taking one away ' +
        'is a decision about what the process needs.',
    podSecurity: 'baseline',
};
/** The capabilities container runtimes grant by default, which baseline lets a container add (upstream list). */
const baselineAllowed = new Set([
    'AUDIT_WRITE',
    'CHOWN',
    'DAC_OVERRIDE',
    'FOWNER',
    'FSETID',
    'KILL',
    'MKNOD',
    'NET_BIND_SERVICE',
    'SETFCAP',
    'SETGID',
    'SETPCAP',
    'SETUID',
    'SYS_CHROOT',
]);
const restrictedAllowed = new Set(['NET_BIND_SERVICE']);
/** How a runtime would read the name: upper case, without CAP_. Admission does not normalize. */
function normalized(name) {
    return name.trim().toUpperCase().replace(/^CAP_/, '');
}
export default defineObjectCheck({
    meta,
    kinds: workloadKinds,
    check(object, { ref, index, settings, report }) {
        const controlled = podUnderControl(object, { ref, index, settings }, meta.podSecurity);
        if (!controlled)
            return;
        const { pod, judgement } = controlled;
        // Restricted replaces the baseline control, and from policy v1.25 exempts Windows pods outright, as upstream does.
        const restricted = includes(judgement.level, 'restricted');
        if (restricted && isWindowsPod(object))
            return;
        const level = restricted ? 'restricted' : 'baseline';
        const allowed = restricted ? restrictedAllowed : baselineAllowed;
        for (const at of podSecurityContainersOf(pod)) {
            const capabilitiesPath = [...at.path, 'securityContext', 'capabilities'];
            const found = securityContextOf(at)?.['capabilities'];
            const capabilities = isRecord(found) ? found : {};
            if (restricted) {
                const dropped = entriesOf(capabilities['drop']).filter((entry) => typeof entry.value === 'string');
                const names = dropped.map((entry) => String(entry.value));
                if (!names.includes('ALL')) {
                    const nearly = names.find((name) => normalized(name) === 'ALL');
                    const detail = nearly !== undefined
                        ? `drops "${nearly}"; the restricted Pod Security Standard requires dropping ALL, and admission compares the name exactly.`
                        : names.length > 0
                            ? `drops only ${names.join(', ')}; the restricted Pod Security Standard requires dropping ALL.`
                            : 'does not set securityContext.capabilities.drop; the restricted Pod Security Standard requires dropping ALL.';
                    const drop = [...capabilitiesPath, 'drop'];
                    report({
                        ...violation(drop, `${subjectOf(at)} ${detail}`, judgement),
                        ...(canAppendAt(object, drop) && { fix: { description: `add ALL to capabilities.drop of ${containerLabel(at)}`, edits: [{ op: 'append', path: drop, value: 'ALL' }] } }),
                    });
                }
            }
            for (const entry of entriesOf(capabilities['add'])) {
                if (typeof entry.value !== 'string' || allowed.has(entry.value))
                    continue;
                const name = entry.value;
                const exact = allowed.has(normalized(name)) ? `; admission compares names exactly, so write ${normalized(name)}` : '';
                const only = restricted && exact === '' ? ' (only NET_BIND_SERVICE may be added)' : '';
                report(violation(entry.index === undefined ? [...capabilitiesPath, 'add'] : [...capabilitiesPath, 'add', entry.index], `${subjectOf(at)} adds the capability ${name}, which the ${level} Pod Security Standard forbids${only}${exact}.`, judgement));
            }
        }
    },
});
