import { defineObjectCheck } from '../src/engine/check.js';
import { isRecord, workloadKinds } from '../src/model/kinds.js';
import { podUnderControl, violation } from '../src/model/pod-security.js';
import { isSetTrue, podSecurityContainersOf, securityContextOf, shownTrue, subjectOf } from '../src/model/pod-security-baseline.js';
const meta = {
    id: 'pss-host-process',
    title: 'Windows HostProcess container',
    severity: 'error',
    category: 'security',
    description: 'Pod Security Standards, baseline control "HostProcess": reports a pod whose securityContext.windowsOptions.hostProcess ' +
        'is true, and every container (init and ephemeral ones included) that sets it to true in its own securityContext. ' +
        'Runs when the workload is held to the baseline or restricted level.',
    risk: 'A HostProcess container is not isolated at all: it runs as a process on the Windows node, with the node\'s network ' +
        'and file system and, usually, as SYSTEM or an administrator. Anyone who takes over the application or its image ' +
        'owns the node, every pod on it and the credentials stored there. Namespaces enforcing baseline reject the pod.',
    mitigation: 'Remove windowsOptions.hostProcess (or set it to false) and run the workload as a normal Windows container. Node ' +
        'agents that really need the host belong in a dedicated namespace labelled pod-security.kubernetes.io/enforce: privileged.',
    example: `spec:
  os: { name: windows }
  securityContext:
    windowsOptions:
      runAsUserName: ContainerUser
  containers:
    - name: app
      image: registry.example.com/app:1.0.0`,
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
        const podContext = pod.spec.securityContext;
        const podOptions = isRecord(podContext) ? podContext['windowsOptions'] : undefined;
        if (isRecord(podOptions) && isSetTrue(podOptions['hostProcess'])) {
            report(violation([...pod.path, 'securityContext', 'windowsOptions', 'hostProcess'], `The pod sets securityContext.windowsOptions.hostProcess: ${shownTrue(podOptions['hostProcess'])}, so all its ` +
                'containers run as HostProcess containers on the node, which the baseline Pod Security Standard forbids.', judgement));
        }
        for (const at of podSecurityContainersOf(pod)) {
            const options = securityContextOf(at)?.['windowsOptions'];
            if (!isRecord(options) || !isSetTrue(options['hostProcess']))
                continue;
            report(violation([...at.path, 'securityContext', 'windowsOptions', 'hostProcess'], `${subjectOf(at)} sets securityContext.windowsOptions.hostProcess: ${shownTrue(options['hostProcess'])}, so it runs ` +
                'as a HostProcess container on the node, which the baseline Pod Security Standard forbids.', judgement));
        }
    },
});
