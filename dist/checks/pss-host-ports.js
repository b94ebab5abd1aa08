import { defineObjectCheck } from '../src/engine/check.js';
import { isRecord, workloadKinds } from '../src/model/kinds.js';
import { podUnderControl, violation } from '../src/model/pod-security.js';
import { podSecurityContainersOf, subjectOf } from '../src/model/pod-security-baseline.js';
const meta = {
    id: 'pss-host-ports',
    title: 'Container port bound on the node',
    severity: 'error',
    category: 'security',
    description: 'Pod Security Standards, baseline control "Host Ports": reports every ports entry of every container, init and ' +
        'ephemeral ones included, that sets a hostPort other than 0. Runs when the workload is held to the baseline or ' +
        'restricted level. The ports of a hostNetwork pod, which the API server turns into host ports, are left to ' +
        'pss-host-namespaces, which reports hostNetwork itself.',
    risk: 'A hostPort opens the port on the node\'s own addresses, around Services and most NetworkPolicy setups, so the ' +
        'pod is reachable from anywhere that reaches the node. Only one pod per node can hold the port, so extra replicas ' +
        'stay Pending and rolling updates stall when nodes run out. Namespaces enforcing baseline reject the pod.',
    mitigation: 'Remove hostPort and expose the containerPort through a Service (ClusterIP, NodePort or LoadBalancer) or an ' +
        'Ingress. Node agents that must listen on the node belong in a dedicated namespace labelled ' +
        'pod-security.kubernetes.io/enforce: privileged.',
    example: `containers:
  - name: web
    image: registry.example.com/web:1.0.0
    ports:
      - name: http
        containerPort: 8080`,
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
            const ports = at.container.ports;
            if (!Array.isArray(ports))
                continue;
            for (const [j, port] of ports.entries()) {
                if (!isRecord(port))
                    continue;
                const hostPort = portNumber(port['hostPort']);
                if (hostPort === undefined || hostPort === 0)
                    continue;
                const containerPort = portNumber(port['containerPort']);
                const to = containerPort === undefined || containerPort === hostPort ? '' : ` (to containerPort ${containerPort})`;
                report(violation([...at.path, 'ports', j, 'hostPort'], `${subjectOf(at)} binds host port ${hostPort}${to} on the node, which the baseline Pod Security Standard forbids.`, judgement));
            }
        }
    },
});
/** A port number, also when written as a quoted string of digits. */
function portNumber(value) {
    if (typeof value === 'number' && Number.isFinite(value))
        return value;
    if (typeof value === 'string' && /^\d+$/.test(value.trim()))
        return Number(value.trim());
    return undefined;
}
