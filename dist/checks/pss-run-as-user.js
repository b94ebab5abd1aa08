import { defineObjectCheck } from '../src/engine/check.js';
import { containersOf, workloadKinds } from '../src/model/kinds.js';
import { podUnderControl, violation } from '../src/model/pod-security.js';
import { containerFieldPath, labelOf, labelsOf, podFieldPath, podSecurityContextOf, securityContextOf, usesUserNamespace } from '../src/model/run-as.js';
const meta = {
    id: 'pss-run-as-user',
    title: 'Pod or container set to run as uid 0',
    severity: 'warning',
    category: 'security',
    description: 'Restricted Pod Security control "Running as Non-root user": runAsUser must not be 0, neither in the pod ' +
        'securityContext nor in any container, init container or ephemeral container (unset is allowed). A ' +
        'pod-level 0 counts even when every container overrides it. Pods with spec.hostUsers: false are exempt. ' +
        'Reports only when the workload is held to the restricted level.',
    risk: 'A process running as uid 0 is root inside the container: it can change every file of the image, and one ' +
        'kernel or runtime escape from there lands as root on the node. In a namespace that enforces restricted, ' +
        'the API server rejects such pods, so the rollout stalls.',
    mitigation: 'Remove runAsUser: 0 and set a non-zero uid the image is built for (runAsUser: 10001), in the pod ' +
        'securityContext or per container. If the workload truly needs uid 0, run it in a user namespace with ' +
        'spec.hostUsers: false.',
    example: `spec:
  securityContext:
    runAsUser: 10001
    runAsNonRoot: true
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
        const containers = containersOf(pod, ['container', 'initContainer', 'ephemeralContainer']);
        if (podSecurityContextOf(pod)?.['runAsUser'] === 0) {
            // Containers with a uid of their own override the pod value, but the pod-level 0 still fails.
            const inheriting = containers.filter((at) => typeof securityContextOf(at)?.['runAsUser'] !== 'number');
            const applies = inheriting.length > 0
                ? `, which ${labelsOf(inheriting)} ${inheriting.length > 1 ? 'inherit' : 'inherits'}`
                : ', and although every container sets its own uid, the pod-level value still counts';
            report(violation(podFieldPath(pod, 'runAsUser'), `The pod securityContext sets runAsUser: 0 (root)${applies}; the restricted Pod Security level forbids uid 0.`, judgement));
        }
        for (const at of containers) {
            if (securityContextOf(at)?.['runAsUser'] !== 0)
                continue;
            report(violation(containerFieldPath(at, 'runAsUser'), `${labelOf(at)} sets securityContext.runAsUser: 0 (root); the restricted Pod Security level forbids uid 0.`, judgement));
        }
    },
});
