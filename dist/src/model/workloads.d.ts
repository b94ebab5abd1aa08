import { type KubeObject } from './kinds.js';
import type { IndexedObject, ObjectIndex } from './object-index.js';
export declare function isLongRunning(object: KubeObject): boolean;
/** Deployments and StatefulSets: the workloads whose replica count a person sets. */
export declare function isReplicated(object: KubeObject): boolean;
/** spec.replicas as written (undefined when unset or not a number). */
export declare function declaredReplicas(object: KubeObject): number | undefined;
/**
 * The fewest replicas the workload runs with: the autoscaler's minimum when one manages it
 * (HPA minReplicas defaults to 1; a KEDA ScaledObject's minReplicaCount to 0), else spec.replicas,
 * which defaults to 1.
 */
export declare function minimumReplicas(workload: IndexedObject, index: ObjectIndex): number;
