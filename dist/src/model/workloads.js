import { isKind, isRecord, podTemplateOf } from './kinds.js';
/** Long-running workloads, as opposed to Jobs and CronJobs, which are meant to finish. */
const longRunningKinds = ['Pod', 'Deployment', 'StatefulSet', 'DaemonSet', 'ReplicaSet', 'ReplicationController'];
/**
 * Long-running workloads: the built-in ones above, and the pod templates of custom resources known to run
 * continuously (an Argo Rollout, a DeploymentConfig, a Knative Service, a Ray cluster's groups).
 */
export function isLongRunning(object) {
    if (longRunningKinds.some((kind) => isKind(object, kind)))
        return true;
    return podTemplateOf(object)?.custom?.longRunning === true;
}
/**
 * Workloads whose replica count a person sets: Deployments and StatefulSets, and the long-running pod
 * templates of custom resources whose replica field is known (spec.replicas of a Rollout, replicas of a
 * Ray worker group). For others, the replica checks stay silent.
 */
export function isReplicated(object) {
    if (isKind(object, 'Deployment') || isKind(object, 'StatefulSet'))
        return true;
    const custom = podTemplateOf(object)?.custom;
    return custom?.longRunning === true && custom.replicas !== undefined;
}
const specReplicas = ['spec', 'replicas'];
/**
 * The replica field of a workload: spec.replicas (1 when unset) for the built-in kinds, the field the
 * custom resource defines for its pod template (podTemplateOf(object).custom.replicas), undefined when
 * the resource has none kubeready knows.
 */
export function replicaFieldOf(object) {
    const custom = podTemplateOf(object)?.custom;
    if (custom)
        return custom.replicas && { path: custom.replicas.path, value: valueAt(object, custom.replicas.path), unset: custom.replicas.unset };
    return { path: specReplicas, value: valueAt(object, specReplicas), unset: 1 };
}
function valueAt(object, path) {
    let node = object;
    for (const segment of path)
        node = Array.isArray(node) ? node[segment] : isRecord(node) ? node[segment] : undefined;
    return node;
}
/** The replica count as written (undefined when unset or not a number): spec.replicas, or the custom resource's own field. */
export function declaredReplicas(object) {
    const replicas = replicaFieldOf(object)?.value;
    return typeof replicas === 'number' ? replicas : undefined;
}
/**
 * The fewest replicas the workload runs with: the autoscaler's minimum when one manages it
 * (HPA minReplicas defaults to 1; a KEDA ScaledObject's minReplicaCount to 0), else spec.replicas,
 * which defaults to 1.
 */
export function minimumReplicas(workload, index) {
    const minimums = index.autoscalersOf(workload).map((autoscaler) => {
        const spec = autoscaler.object['spec'];
        if (!isRecord(spec))
            return 1;
        const value = autoscaler.ref.kind === 'ScaledObject' ? (spec['minReplicaCount'] ?? 0) : (spec['minReplicas'] ?? 1);
        return typeof value === 'number' ? value : 1;
    });
    if (minimums.length > 0)
        return minimums.reduce((least, value) => Math.min(least, value));
    return declaredReplicas(workload.object) ?? 1;
}
