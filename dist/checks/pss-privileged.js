import { defineObjectCheck } from '../src/engine/check.js';
import { workloadKinds } from '../src/model/kinds.js';
import { podUnderControl, violation } from '../src/model/pod-security.js';
import { isSetTrue, podSecurityContainersOf, securityContextOf, shownTrue, subjectOf } from '../src/model/pod-security-baseline.js';
const meta = {
    id: 'pss-privileged',
    title: 'Privileged container',
    severity: 'error',
    category: 'security',
    description: 'Pod Security Standards, baseline control "Privileged Containers": reports every container, init and ephemeral ' +
        'ones included, whose securityContext.privileged is true. Runs when the workload is held to the baseline or ' +
        'restricted level.',
    risk: 'A privileged container gets every capability, all devices of the node and no seccomp or AppArmor confinement: ' +
        'it can mount the node\'s disks, load kernel modules and leave the container in a few commands. One compromised ' +
        'process or image then owns the node and every workload on it. Namespaces enforcing baseline reject the pod.',
    mitigation: 'Remove privileged: true. Grant the one capability the process needs instead (for example NET_BIND_SERVICE) or ' +
        'use a device plugin for hardware access; node agents that need full privileges belong in a dedicated namespace ' +
        'labelled pod-security.kubernetes.io/enforce: privileged.',
    example: `containers:
  - name: app
    image: registry.example.com/app:1.0.0
    securityContext:
      privileged: false
      capabilities: { drop: [ALL] }`,
    podSecurity: 'baseline',
};
export default defineObjectCheck({
    meta,
    kinds: workloadKinds,
    check(object, { ref, index, settings, report }) {
        const controlled = podUnderControl(object, { ref, index, settings }, meta.podSecurity);
        if (!controlled)
            return;
        const { pod, judgement } = controlled;
        for (const at of podSecurityContainersOf(pod)) {
            const value = securityContextOf(at)?.['privileged'];
            if (!isSetTrue(value))
                continue;
            report(violation([...at.path, 'securityContext', 'privileged'], `${subjectOf(at)} sets securityContext.privileged: ${shownTrue(value)}, which the baseline Pod Security Standard forbids.`, judgement));
        }
    },
});
