import { defineObjectCheck } from '../src/engine/check.js';
import { containersOf, workloadKinds } from '../src/model/kinds.js';
import { podUnderControl, violation } from '../src/model/pod-security.js';
import { containerFieldPath, labelOf, labelsOf, podFieldPath, podSecurityContextOf, securityContextOf, shownBoolean, usesUserNamespace, } from '../src/model/run-as.js';
const meta = {
    id: 'pss-run-as-non-root',
    title: 'runAsNonRoot not required',
    severity: 'warning',
    category: 'security',
    description: 'Restricted Pod Security control "Running as Non-root": every container, init container and ephemeral ' +
        'container must run with runAsNonRoot: true, set on the container or inherited from the pod ' +
        'securityContext; an explicit false fails wherever it is, even when the other level says true. Pods with ' +
        'spec.hostUsers: false are exempt. Reports only when the workload is held to the restricted level.',
    risk: 'Without runAsNonRoot: true the kubelet starts the container as whatever user the image declares, and ' +
        'that is root for most base images: an exploit of the application is then root in the container, one ' +
        'step from the node. In a namespace that enforces restricted, the API server rejects such pods, so the ' +
        'rollout stalls.',
    mitigation: 'Set runAsNonRoot: true in the pod securityContext (it covers every container) and remove any ' +
        'runAsNonRoot: false; give the image a numeric non-root USER or set runAsUser, or the kubelet refuses to ' +
        'start a container whose user it cannot verify as non-root.',
    example: `spec:
  securityContext:
    runAsNonRoot: true
    runAsUser: 10001
  containers:
    - name: api
      image: registry.example.com/api:1.4.2`,
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
        if (usesUserNamespace(pod))
            return;
        const podValue = podSecurityContextOf(pod)?.['runAsNonRoot'];
        // Containers that leave the field unset take the pod's value.
        const inheriting = [];
        for (const at of containersOf(pod, ['container', 'initContainer', 'ephemeralContainer'])) {
            const value = securityContextOf(at)?.['runAsNonRoot'];
            if (value === true)
                continue;
            if (value === false) {
                report(violation(containerFieldPath(at, 'runAsNonRoot'), `${labelOf(at)} sets securityContext.runAsNonRoot: false; the restricted Pod Security level requires true${podValue === true ? ' (the pod-level true does not override it)' : ''}.`, judgement));
            }
            else if (value !== undefined && value !== null) {
                report(violation(containerFieldPath(at, 'runAsNonRoot'), `${labelOf(at)} sets securityContext.runAsNonRoot: ${shownBoolean(value)}; the restricted Pod Security level requires true.`, judgement));
            }
            else if (podValue === false) {
                inheriting.push(at);
            }
            else if (podValue !== true) {
                report(violation(containerFieldPath(at, 'runAsNonRoot'), `${labelOf(at)} does not set securityContext.runAsNonRoot: true, and the pod securityContext ` +
                    `${podValue === undefined || podValue === null ? 'does not either' : `sets it to ${shownBoolean(podValue)}`}; the restricted Pod Security level requires it.`, judgement));
            }
        }
        if (podValue === false) {
            const applies = inheriting.length > 0 ? `, which ${labelsOf(inheriting)} ${inheriting.length > 1 ? 'inherit' : 'inherits'}` : '';
            report(violation(podFieldPath(pod, 'runAsNonRoot'), `The pod securityContext sets runAsNonRoot: false${applies}; the restricted Pod Security level forbids false at pod level.`, judgement));
        }
    },
});
