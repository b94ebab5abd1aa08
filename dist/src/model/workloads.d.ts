import { type KubeObject, type Path } from './kinds.js';
import type { IndexedObject, ObjectIndex } from './object-index.js';
/**
 * Long-running workloads: the built-in ones above, and the pod templates of custom resources known to run
 * continuously (an Argo Rollout, a DeploymentConfig, a Knative Service, a Ray cluster's groups).
 */
export declare function isLongRunning(object: KubeObject): boolean;
/**
 * Workloads whose replica count a person sets: Deployments and StatefulSets, and the long-running pod
 * templates of custom resources whose replica field is known (spec.replicas of a Rollout, replicas of a
 * Ray worker group). For others, the replica checks stay silent.
 */
export declare function isReplicated(object: KubeObject): boolean;
/** Where a workload sets its replica count, what is written there, and the count when it is unset (undefined: unknown). */
export interface ReplicaField {
    path: Path;
    value: unknown;
    unset: number | undefined;
}
/**
 * The replica field of a workload: spec.replicas (1 when unset) for the built-in kinds, the field the
 * custom resource defines for its pod template (podTemplateOf(object).custom.replicas), undefined when
 * the resource has none kubeready knows.
 */
export declare function replicaFieldOf(object: KubeObject): ReplicaField | undefined;
/** The replica count as written (undefined when unset or not a number): spec.replicas, or the custom resource's own field. */
export declare function declaredReplicas(object: KubeObject): number | undefined;
/**
 * The fewest replicas the workload runs with: the autoscaler's minimum when one manages it
 * (HPA minReplicas defaults to 1; a KEDA ScaledObject's minReplicaCount to 0), else spec.replicas,
 * which defaults to 1.
 */
export declare function minimumReplicas(workload: IndexedObject, index: ObjectIndex): number;
