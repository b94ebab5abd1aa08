import { defineObjectCheck } from '../src/engine/check.js';
import { podTemplateOf, workloadKinds } from '../src/model/kinds.js';
import { defaultFailureThreshold, describeWindow, failureWindowOf, probeContainerLabel, probeOf, probedContainersOf, runsContinuously, sentenceLabel, } from '../src/model/probes.js';
const defaultMaxSeconds = 30;
export default defineObjectCheck({
    meta: {
        id: 'readiness-probe-slow',
        title: 'Readiness probe slow to take a failing pod out of rotation',
        severity: 'warning',
        category: 'probes',
        description: 'Computes the failure window of every readiness probe of a long-running workload (regular and sidecar ' +
            'containers): periodSeconds x failureThreshold, with the Kubernetes defaults 10 and 3 for unset fields. ' +
            'Fires when it exceeds maxSeconds (30 by default); timeoutSeconds and initialDelaySeconds are not added.',
        risk: 'Once the readiness endpoint starts failing, because the pod is overloaded, draining or has lost a ' +
            'dependency it cannot work without, the Service keeps sending it requests for the whole window. With ' +
            'periodSeconds 30 and failureThreshold 5 that is two and a half minutes of errors and timeouts for a share ' +
            'of the clients before the pod leaves the endpoints.',
        mitigation: 'Probe more often or give up sooner: lower periodSeconds (5 to 10 seconds is common for a cheap endpoint) ' +
            'or failureThreshold so that the product stays within the limit. Tolerate slow starts with a startupProbe ' +
            'or initialDelaySeconds rather than a long readiness window.',
        fix: 'Brings the window within maxSeconds: failureThreshold is lowered first, but not below the default 3 (fewer ' +
            'failures in a row make the probe flap), then periodSeconds; no fix where periodSeconds would drop below ' +
            'timeoutSeconds.',
        example: `readinessProbe:
  httpGet: { path: /readyz, port: http }
  periodSeconds: 5
  failureThreshold: 3`,
    },
    options: {
        defaults: { maxSeconds: defaultMaxSeconds },
        schema: {
            type: 'object',
            properties: {
                maxSeconds: {
                    type: 'number',
                    minimum: 1,
                    description: 'The longest readiness failure window (periodSeconds x failureThreshold) allowed, in seconds.',
                },
            },
            additionalProperties: false,
        },
    },
    kinds: workloadKinds,
    check(object, { options, report }) {
        if (!runsContinuously(object))
            return;
        const pod = podTemplateOf(object);
        if (!pod)
            return;
        const max = typeof options.maxSeconds === 'number' && Number.isFinite(options.maxSeconds) ? options.maxSeconds : defaultMaxSeconds;
        for (const at of probedContainersOf(pod)) {
            const probe = probeOf(at.container, 'readinessProbe');
            const window = probe && failureWindowOf(probe);
            if (!probe || !window || window.seconds <= max)
                continue;
            report({
                path: [...at.path, 'readinessProbe'],
                message: `${sentenceLabel(at)}: readiness fails only after ${window.seconds}s (${describeWindow(probe, window)}), over the ${max}s limit.`,
                fix: windowFix(at, probe, window, max),
            });
        }
    },
});
/**
 * The readiness timing that fits the limit: a failureThreshold above the default comes down first, to no less
 * than the default, then periodSeconds to what the threshold leaves room for.
 */
function windowFix(at, probe, window, max) {
    let failureThreshold = Math.min(window.failureThreshold, Math.max(defaultFailureThreshold, Math.floor(max / window.periodSeconds)));
    let periodSeconds = window.periodSeconds;
    if (periodSeconds * failureThreshold > max) {
        periodSeconds = Math.max(1, Math.floor(max / failureThreshold));
        if (periodSeconds * failureThreshold > max)
            failureThreshold = Math.max(1, Math.floor(max / periodSeconds));
    }
    if (periodSeconds * failureThreshold > max)
        return undefined;
    const timeout = probe.timeoutSeconds;
    if (periodSeconds !== window.periodSeconds && typeof timeout === 'number' && timeout > periodSeconds)
        return undefined;
    const path = [...at.path, 'readinessProbe'];
    const edits = [];
    const changes = [];
    if (periodSeconds !== window.periodSeconds) {
        edits.push({ op: 'set', path: [...path, 'periodSeconds'], value: periodSeconds });
        changes.push(`periodSeconds ${periodSeconds}`);
    }
    if (failureThreshold !== window.failureThreshold) {
        edits.push({ op: 'set', path: [...path, 'failureThreshold'], value: failureThreshold });
        changes.push(`failureThreshold ${failureThreshold}`);
    }
    return {
        description: `sets the readiness probe of ${probeContainerLabel(at)} to ${changes.join(' and ')}, a window of ${periodSeconds * failureThreshold}s`,
        edits,
    };
}
