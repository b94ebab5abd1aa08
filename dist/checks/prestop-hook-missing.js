import { defineObjectCheck } from '../src/engine/check.js';
import { compareVersions, parseMinorVersion } from '../src/model/api-lifecycle.js';
import { describeRef, intLike, listRefs } from '../src/model/disruptions.js';
import { canSetAt } from '../src/model/fix-paths.js';
import { containerLabel, containersOf, isRecord } from '../src/model/kinds.js';
import { isLongRunning } from '../src/model/workloads.js';
/** The pause --fix adds: the middle of the 5 to 15 seconds the mitigation advises. */
const pauseSeconds = 10;
/** The kubelet's grace period when the pod sets none. */
const defaultGraceSeconds = 30;
/** PodLifecycleSleepAction: alpha in 1.29, beta and on by default from 1.30, GA in 1.34. */
const sleepActionSince = [1, 30];
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
        fix: `Adds a ${pauseSeconds}-second preStop pause to the container: the sleep action (lifecycle.preStop.sleep.seconds) ` +
            'when the target is Kubernetes 1.30 or later, before that an exec of `sleep`, which needs a sleep binary in the ' +
            `image. A terminationGracePeriodSeconds set below the default ${defaultGraceSeconds} is raised by the pause, so ` +
            'the application keeps the time it had to shut down after SIGTERM. A hook holding another handler (tcpSocket) is left alone.',
        example: `spec:
  terminationGracePeriodSeconds: 45
  containers:
    - name: api
      lifecycle:
        preStop:
          sleep: { seconds: 10 }`,
    },
    kinds: ['Pod', 'Deployment', 'StatefulSet', 'DaemonSet', 'ReplicaSet', 'ReplicationController'],
    check(object, { index, settings, report }) {
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
                fix: pauseFix(object, entry.pod, at, settings),
            });
        }
    },
});
/**
 * The preStop pause for one container, and the grace period raised by it where that was set below the
 * default. Undefined where the hook or the grace period holds something the fix cannot build on.
 */
function pauseFix(object, pod, at, settings) {
    const target = parseMinorVersion(settings.kubernetesVersion);
    if (!target)
        return undefined;
    const declared = pod.spec.terminationGracePeriodSeconds;
    const grace = declared === undefined || declared === null ? defaultGraceSeconds : intLike(declared);
    // Zero kills at once (a pause means nothing there); a template expression is unknown.
    if (grace === undefined || grace === 0)
        return undefined;
    const sleepAction = compareVersions(target, sleepActionSince) >= 0;
    const [handler, action] = sleepAction ? ['sleep', { seconds: pauseSeconds }] : ['exec', { command: ['sleep', String(pauseSeconds)] }];
    const hookPath = [...at.path, 'lifecycle', 'preStop'];
    const lifecycle = at.container.lifecycle;
    const hook = isRecord(lifecycle) ? lifecycle['preStop'] : undefined;
    // Only an empty hook ({}) is completed; one with another handler would then hold two.
    if (isRecord(hook) && Object.keys(hook).length > 0)
        return undefined;
    const edits = [
        isRecord(hook) ? { op: 'set', path: [...hookPath, handler], value: action } : { op: 'set', path: hookPath, value: { [handler]: action } },
    ];
    const gracePath = [...pod.path, 'terminationGracePeriodSeconds'];
    const raise = grace < defaultGraceSeconds;
    if (raise)
        edits.push({ op: 'set', path: gracePath, value: grace + pauseSeconds });
    if (!edits.every((edit) => canSetAt(object, edit.path)))
        return undefined;
    const pause = sleepAction ? `lifecycle.preStop.sleep.seconds: ${pauseSeconds}` : `a preStop exec of "sleep ${pauseSeconds}" (the image needs a sleep binary)`;
    const raised = raise ? ` and raises terminationGracePeriodSeconds from ${grace} to ${grace + pauseSeconds}` : '';
    return { description: `adds ${pause} to ${containerLabel(at)}${raised}`, edits };
}
function capitalize(text) {
    return text.charAt(0).toUpperCase() + text.slice(1);
}
