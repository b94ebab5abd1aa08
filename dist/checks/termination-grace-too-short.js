import { defineObjectCheck } from '../src/engine/check.js';
import { formatSeconds, intLike, preStopSleepOf } from '../src/model/disruptions.js';
import { containerLabel, containersOf, podTemplateOf, workloadKinds } from '../src/model/kinds.js';
const defaultGrace = 30;
export default defineObjectCheck({
    meta: {
        id: 'termination-grace-too-short',
        title: 'preStop sleep not shorter than the termination grace period',
        severity: 'error',
        category: 'disruptions',
        description: 'Compares the sleep of each container\'s preStop hook (lifecycle.preStop.sleep.seconds, an exec ' +
            '`sleep N`, or the sleeps of an `sh -c` script, with s, m, h suffixes) with the pod\'s ' +
            'terminationGracePeriodSeconds (30 when unset). Fires when the sleep is not shorter.',
        risk: 'The grace period counts from the moment the pod is deleted, preStop hook included. When the hook ' +
            'sleeps as long as the grace period or longer, the application gets SIGTERM only once the time is used ' +
            'up, and the kubelet grants a one-off 2 seconds before SIGKILL: in-flight requests are cut, connections ' +
            'are not drained and shutdown work such as flushing buffers or committing offsets is lost, on every ' +
            'rollout and node drain.',
        mitigation: 'Set terminationGracePeriodSeconds to the preStop sleep plus the time the application needs to shut ' +
            'down after SIGTERM, or shorten the sleep.',
        example: `spec:
  terminationGracePeriodSeconds: 45
  containers:
    - name: api
      lifecycle:
        preStop:
          exec: { command: ["sleep", "15"] }`,
    },
    kinds: workloadKinds,
    check(object, { report }) {
        const pod = podTemplateOf(object);
        if (!pod)
            return;
        const declared = pod.spec.terminationGracePeriodSeconds;
        const unset = declared === undefined || declared === null;
        const grace = unset ? defaultGrace : intLike(declared);
        if (grace === undefined)
            return; // a template expression or a wrong type: unknown
        const graceText = unset ? `${defaultGrace} (the default, unset)` : String(grace);
        const runsUntilStop = (at) => at.role === 'container' || at.container.restartPolicy === 'Always'; // regular containers and native sidecars
        for (const at of containersOf(pod).filter(runsUntilStop)) {
            const sleep = preStopSleepOf(at);
            if (!sleep || sleep.seconds < grace)
                continue;
            report({
                path: sleep.path,
                message: `The preStop hook of ${containerLabel(at)} sleeps ${formatSeconds(sleep.seconds)} (${sleep.text}), not shorter than ` +
                    `terminationGracePeriodSeconds ${graceText}: SIGTERM comes only when the grace period is spent, 2 seconds before SIGKILL.`,
            });
        }
    },
});
