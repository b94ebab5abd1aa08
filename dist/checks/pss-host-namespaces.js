import { defineObjectCheck } from '../src/engine/check.js';
import { workloadKinds } from '../src/model/kinds.js';
import { podUnderControl, violation } from '../src/model/pod-security.js';
import { isSetTrue, shownTrue } from '../src/model/pod-security-baseline.js';
const meta = {
    id: 'pss-host-namespaces',
    title: 'Pod shares a namespace of the node',
    severity: 'error',
    category: 'security',
    description: 'Pod Security Standards, baseline control "Host Namespaces": reports each of hostNetwork, hostPID and hostIPC that ' +
        'the pod spec sets to true, one finding per field. Runs when the workload is held to the baseline or restricted level.',
    risk: 'With hostNetwork the pod sees and binds the node\'s interfaces, can sniff other pods\' traffic and reach services ' +
        'listening only on the node, and its ports collide with other pods on the node. With hostPID it sees (and, as root, ' +
        'can signal or ptrace) every process on the node, including their environment variables; with hostIPC it reads the ' +
        'shared memory of other workloads. Namespaces enforcing baseline reject the pod.',
    mitigation: 'Remove hostNetwork, hostPID and hostIPC (or set them to false) and reach the pod through a Service or a containerPort. ' +
        'Node agents that really need them belong in a dedicated namespace labelled pod-security.kubernetes.io/enforce: privileged.',
    example: `spec:
  hostNetwork: false
  containers:
    - name: app
      image: registry.example.com/app:1.0.0
      ports: [{ containerPort: 8080 }]`,
    podSecurity: 'baseline',
};
const shared = [
    ['hostNetwork', 'network'],
    ['hostPID', 'process ID'],
    ['hostIPC', 'IPC'],
];
export default defineObjectCheck({
    meta,
    kinds: workloadKinds,
    check(object, { ref, index, settings, report }) {
        const controlled = podUnderControl(object, { ref, index, settings }, meta.podSecurity);
        if (!controlled)
            return;
        const { pod, judgement } = controlled;
        for (const [field, namespace] of shared) {
            const value = pod.spec[field];
            if (!isSetTrue(value))
                continue;
            report(violation([...pod.path, field], `The pod sets ${field}: ${shownTrue(value)} and shares the node's ${namespace} namespace, which the baseline Pod ` +
                'Security Standard forbids.', judgement));
        }
    },
});
