import { defineObjectCheck } from '../src/engine/check.js';
import { describeRef, listRefs } from '../src/model/disruptions.js';
import { containerLabel, containersOf, isRecord } from '../src/model/kinds.js';
import { isLongRunning } from '../src/model/workloads.js';
export default defineObjectCheck({
    meta: {
        id: 'prestop-hook-missing',
        title: 'Served container without a preStop hook',
        severity: 'warning',
        category: 'disruptions',
        description: 'Every regular container of a long-running workload whose pods a Service selects must have a ' +
            'lifecycle.preStop hook (exec, httpGet or the native sleep). Init containers, Jobs and CronJobs are ' +
            'not looked at.',
        risk: 'When a pod is deleted, the kubelet sends SIGTERM at the same time as the endpoint controller starts ' +
            'removing the pod from the Service. kube-proxy, ingress controllers and cloud load balancers keep sending ' +
            'it requests for a few more seconds, so every rollout, scale-down and node drain ends with connection ' +
            'resets and 502s for requests that reach a process already shutting down.',
        mitigation: 'Add a preStop hook that waits until endpoint removal has propagated, typically 5 to 15 seconds: ' +
            'lifecycle.preStop.sleep.seconds on Kubernetes 1.30+, or exec sleep where the image has a sleep binary. ' +
            'Keep terminationGracePeriodSeconds longer than the sleep plus the application\'s own shutdown.',
        example: `spec:
  terminationGracePeriodSeconds: 45
  containers:
    - name: api
      lifecycle:
        preStop:
          sleep: { seconds: 10 }`,
    },
    kinds: ['Pod', 'Deployment', 'StatefulSet', 'DaemonSet', 'ReplicaSet', 'ReplicationController'],
    check(object, { index, report }) {
        if (!isLongRunning(object))
            return;
        const entry = index.entryOf(object);
        if (!entry?.pod)
            return;
        const services = index.servicesSelecting(entry);
        if (services.length === 0)
            return;
        const served = `served by ${listRefs(services)}`;
        for (const at of containersOf(entry.pod, ['container'])) {
            const lifecycle = at.container.lifecycle;
            const preStop = isRecord(lifecycle) ? lifecycle['preStop'] : undefined;
            if (isRecord(preStop) && (isRecord(preStop['exec']) || isRecord(preStop['httpGet']) || isRecord(preStop['sleep'])))
                continue;
            const what = isRecord(preStop)
                ? 'has a preStop hook without an exec, httpGet or sleep handler, so it does nothing'
                : 'has no preStop hook';
            report({
                path: [...at.path, 'lifecycle', 'preStop'],
                message: `${capitalize(containerLabel(at))} of ${describeRef(entry.ref)}, ${served}, ${what}: requests still routed to it fail once it gets SIGTERM.`,
            });
        }
    },
});
function capitalize(text) {
    return text.charAt(0).toUpperCase() + text.slice(1);
}
