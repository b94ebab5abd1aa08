import { defineObjectCheck } from '../src/engine/check.js';
import { isRecord, workloadKinds } from '../src/model/kinds.js';
import { podUnderControl, violation } from '../src/model/pod-security.js';
import { everyContainerOf, isSet, levelPhrase, shown, subjectOf } from '../src/model/pod-security-fields.js';
/** The handlers that may name a host: three probes and two lifecycle hooks, each with httpGet or tcpSocket. */
const handlers = [
    ['livenessProbe'],
    ['readinessProbe'],
    ['startupProbe'],
    ['lifecycle', 'postStart'],
    ['lifecycle', 'preStop'],
];
const actions = ['httpGet', 'tcpSocket'];
const meta = {
    id: 'pss-host-probes',
    title: 'Probe or lifecycle hook aimed at another host',
    severity: 'error',
    category: 'security',
    description: 'Pod Security baseline control for probe and lifecycle hosts (policy v1.34 and later): the httpGet and ' +
        'tcpSocket handlers of liveness, readiness and startup probes and of postStart and preStop hooks, on every ' +
        'container (init and ephemeral ones included), must leave host unset or empty, so they target the pod ' +
        'itself.',
    risk: 'The kubelet runs probes and HTTP hooks from the node. A host field points those requests wherever the ' +
        'manifest says: node-local services, the cloud metadata endpoint or internal APIs the pod itself cannot ' +
        'reach, with the node as the apparent caller. Where the namespace enforces baseline or restricted, the API ' +
        'server rejects the pods and the rollout stalls.',
    mitigation: 'Remove host from the handler so it targets the pod IP. To reach a virtual host, keep the pod IP and send ' +
        'a Host header with httpHeaders; to check a dependency, do it inside the application.',
    example: `containers:
  - name: api
    image: registry.example.com/api:1.4.2
    readinessProbe:
      httpGet:
        path: /readyz
        port: 8080
        httpHeaders:
          - name: Host
            value: api.example.com`,
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
        for (const at of everyContainerOf(pod)) {
            for (const handler of handlers) {
                let node = at.container;
                for (const key of handler)
                    node = isRecord(node) ? node[key] : undefined;
                if (!isRecord(node))
                    continue;
                for (const action of actions) {
                    const target = node[action];
                    const host = isRecord(target) ? target['host'] : undefined;
                    if (!isSet(host) || host === '')
                        continue;
                    const field = [...handler, action, 'host'].join('.');
                    report(violation([...at.path, ...handler, action, 'host'], `${subjectOf(at)} sets ${field} to ${shown(host)}; ${levelPhrase(judgement)} forbids a host on probes ` +
                        `and lifecycle handlers.`, judgement));
                }
            }
        }
    },
});
