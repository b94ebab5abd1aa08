import { isKind, isRecord } from './kinds.js';
/** Long-running workloads, as opposed to Jobs and CronJobs, which are meant to finish. */
const longRunningKinds = ['Pod', 'Deployment', 'StatefulSet', 'DaemonSet', 'ReplicaSet', 'ReplicationController'];
export function isLongRunning(object) {
    return longRunningKinds.some((kind) => isKind(object, kind));
}
/** Deployments and StatefulSets: the workloads whose replica count a person sets. */
export function isReplicated(object) {
    return isKind(object, 'Deployment') || isKind(object, 'StatefulSet');
}
/** spec.replicas as written (undefined when unset or not a number). */
export function declaredReplicas(object) {
    const spec = object['spec'];
    const replicas = isRecord(spec) ? spec['replicas'] : undefined;
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
