import { defineObjectCheck } from '../src/engine/check.js';
import { podTemplateOf, workloadKinds } from '../src/model/kinds.js';
import { describeWindow, failureWindowOf, probeContainerLabel, probeOf, probedContainersOf, runsContinuously, sentenceLabel, } from '../src/model/probes.js';
export default defineObjectCheck({
    meta: {
        id: 'liveness-probe-aggressive',
        title: 'Liveness probe gives up before the readiness probe',
        severity: 'warning',
        category: 'probes',
        description: 'For every container of a long-running workload with both probes, compares the failure windows ' +
            '(periodSeconds x failureThreshold, defaults 10 and 3) and fires when the liveness window is shorter than ' +
            'the readiness one. initialDelaySeconds is left out: it only delays the first run, while the pod is not yet ' +
            'in rotation, and does not change how long a pod that turns slow later takes to fail either probe.',
        risk: 'When a pod turns slow under load, the liveness probe runs out of patience first and the kubelet kills the ' +
            'container while the Service is still sending it requests. Those requests fail, the restart throws away ' +
            'warm caches and connections, and the load moves to the remaining pods, which are then restarted the same ' +
            'way: a slowdown becomes a cascade of restarts.',
        mitigation: 'Make the liveness window clearly longer than the readiness window, usually with a higher failureThreshold ' +
            'on the liveness probe, so that a slow pod is first taken out of rotation and only restarted if it does not ' +
            'recover.',
        fix: 'Raises the liveness probe\'s failureThreshold to the smallest value whose window (periodSeconds x ' +
            'failureThreshold) is as long as the readiness window; periodSeconds is left as it is.',
        example: `readinessProbe:
  httpGet: { path: /readyz, port: http }
  periodSeconds: 10
  failureThreshold: 3
livenessProbe:
  httpGet: { path: /livez, port: http }
  periodSeconds: 10
  failureThreshold: 6`,
    },
    kinds: workloadKinds,
    check(object, { report }) {
        if (!runsContinuously(object))
            return;
        const pod = podTemplateOf(object);
        if (!pod)
            return;
        for (const at of probedContainersOf(pod)) {
            const liveness = probeOf(at.container, 'livenessProbe');
            const readiness = probeOf(at.container, 'readinessProbe');
            if (!liveness || !readiness)
                continue;
            const live = failureWindowOf(liveness);
            const ready = failureWindowOf(readiness);
            if (!live || !ready || live.seconds >= ready.seconds)
                continue;
            report({
                path: [...at.path, 'livenessProbe'],
                message: `${sentenceLabel(at)}: liveness restarts it after ${live.seconds}s (${describeWindow(liveness, live)}), ` +
                    `before readiness takes it out of rotation after ${ready.seconds}s (${describeWindow(readiness, ready)}).`,
                fix: patienceFix(at, live, ready),
            });
        }
    },
});
/** The liveness failureThreshold that makes its window as long as the readiness one. */
function patienceFix(at, live, ready) {
    const failureThreshold = Math.ceil(ready.seconds / live.periodSeconds);
    return {
        description: `sets the liveness failureThreshold of ${probeContainerLabel(at)} to ${failureThreshold}, ` +
            `so that liveness gives up after ${live.periodSeconds * failureThreshold}s, not before readiness (${ready.seconds}s)`,
        edits: [{ op: 'set', path: [...at.path, 'livenessProbe', 'failureThreshold'], value: failureThreshold }],
    };
}
