import { defineObjectCheck } from '../src/engine/check.js';
import { containerLabel, containersOf, isRecord, workloadKinds } from '../src/model/kinds.js';
import { isWindowsPod, podUnderControl, violation } from '../src/model/pod-security.js';
import { canSetAt } from '../src/model/fix-paths.js';
import { containerFieldPath, labelOf, securityContextOf, shownBoolean } from '../src/model/run-as.js';
const meta = {
    id: 'pss-privilege-escalation',
    title: 'Privilege escalation not explicitly disabled',
    severity: 'warning',
    category: 'security',
    description: 'Restricted Pod Security control "Privilege Escalation": every container, init container and ephemeral ' +
        'container must set securityContext.allowPrivilegeEscalation to false explicitly, since unset means allowed. ' +
        'Pods with spec.os.name windows are exempt. Reports only when the workload is held to the restricted level.',
    risk: 'Without no_new_privs, a process in the container can gain more privileges than it started with, through a ' +
        'setuid or setgid binary in the image or file capabilities, which turns a foothold in the application ' +
        'into root in the container and widens the path to the node. In a namespace that enforces restricted, ' +
        'the API server rejects such pods, so the rollout stalls.',
    mitigation: 'Set securityContext.allowPrivilegeEscalation: false on every container, init and ephemeral containers ' +
        'included (the field has no pod-level counterpart).',
    example: `spec:
  containers:
    - name: api
      image: registry.example.com/api:1.4.2
      securityContext:
        allowPrivilegeEscalation: false
  initContainers:
    - name: migrate
      image: registry.example.com/api:1.4.2
      securityContext:
        allowPrivilegeEscalation: false`,
    fix: 'Sets securityContext.allowPrivilegeEscalation: false on each container reported, except a privileged one ' +
        'or one that adds CAP_SYS_ADMIN, where the API server refuses the combination.',
    podSecurity: 'restricted',
};
export default defineObjectCheck({
    meta,
    kinds: workloadKinds,
    check(object, { ref, index, settings, report }) {
        const controlled = podUnderControl(object, { ref, index, settings }, meta.podSecurity);
        if (!controlled)
            return;
        const { pod, judgement } = controlled;
        if (isWindowsPod(object))
            return;
        for (const at of containersOf(pod, ['container', 'initContainer', 'ephemeralContainer'])) {
            const value = securityContextOf(at)?.['allowPrivilegeEscalation'];
            if (value === false)
                continue;
            const found = value === undefined || value === null
                ? `${labelOf(at)} leaves securityContext.allowPrivilegeEscalation unset, which allows escalation;`
                : `${labelOf(at)} sets securityContext.allowPrivilegeEscalation: ${shownBoolean(value)};`;
            const path = containerFieldPath(at, 'allowPrivilegeEscalation');
            // The API server refuses allowPrivilegeEscalation: false beside privileged: true or an added SYS_ADMIN.
            const context = securityContextOf(at);
            const added = isRecord(context?.['capabilities']) ? context['capabilities']['add'] : undefined;
            const fixable = context?.['privileged'] !== true && !(Array.isArray(added) && added.some((name) => name === 'SYS_ADMIN' || name === 'CAP_SYS_ADMIN')) && canSetAt(object, path);
            report({
                ...violation(path, `${found} the restricted Pod Security level requires it set to false.`, judgement),
                ...(fixable && { fix: { description: `set allowPrivilegeEscalation: false in the securityContext of ${containerLabel(at)}`, edits: [{ op: 'set', path, value: false }] } }),
            });
        }
    },
});
