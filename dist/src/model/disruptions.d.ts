import type { LabelSelector } from 'kubernetes-types/meta/v1.js';
import { type ContainerAt, type KubeObject, type Path } from './kinds.js';
import { type IndexedObject, type ObjectIndex, type ObjectRef } from './object-index.js';
/** Shared logic of the disruption checks: budgets, replica floors and preStop sleeps. */
/** A PodDisruptionBudget (policy/v1, policy/v1beta1, or a mistyped built-in version such as v1). */
export declare function isBudget(object: KubeObject): boolean;
/** `Deployment "api"`, and the namespace when asked for. */
export declare function describeRef(ref: ObjectRef, withNamespace?: boolean): string;
/**
 * A workload as messages name it: its ref, and for one of several pod templates of a custom resource which
 * one (`RayCluster "ray" worker group "cpu"`, `JobSet "train" replicated job "workers"`).
 */
export declare function describeWorkload(workload: IndexedObject): string;
/** `Deployment "a", Deployment "b" and 3 more`. */
export declare function listRefs(entries: readonly IndexedObject[], withNamespace?: boolean, limit?: number): string;
export declare function namespaceText(namespace: string): string;
/** A selector with no matchLabels and no matchExpressions ({}, or both empty). */
export declare function isEmptySelector(selector: unknown): boolean;
/**
 * The selector of a budget as the disruption controller reads it. policy/v1 selects every pod of the
 * namespace with an empty selector; policy/v1beta1 selected none, so there it counts as absent.
 */
export declare function budgetSelector(budget: KubeObject): LabelSelector | undefined;
/** True for a policy/v1beta1 budget whose empty selector selects nothing (unlike policy/v1). */
export declare function isEmptyBetaSelector(budget: KubeObject): boolean;
/** The budgets that cover a workload's pods (same namespace; index.budgetsSelecting, v1beta1 corrected). */
export declare function budgetsProtecting(workload: IndexedObject, index: ObjectIndex): readonly IndexedObject[];
/** Budgets of OTHER namespaces whose selector would match the workload's pods: a common mistake. */
export declare function budgetsElsewhere(workload: IndexedObject, index: ObjectIndex): readonly IndexedObject[];
/** The workloads of the budget's namespace whose pods the budget selects. */
export declare function workloadsOfBudget(budget: KubeObject, namespace: string, index: ObjectIndex): readonly IndexedObject[];
/**
 * Custom resources of the namespace whose pods the selector probably selects: operators and
 * controllers (Argo Rollouts, the Prometheus operator, database operators) create pods the index
 * does not see. A custom resource counts when its own labels, its spec.template labels or its
 * spec.podMetadata labels match.
 */
export declare function customResourcesSelected(selector: LabelSelector, namespace: string, index: ObjectIndex): readonly IndexedObject[];
/** A selector as kubectl writes it: `app=api,tier in (web,api),!canary`. */
export declare function formatSelector(selector: unknown): string;
/** A non-negative integer, also when written as a string of digits ("3"). Undefined otherwise. */
export declare function intLike(value: unknown): number | undefined;
/** How many replicas a workload runs at the fewest, and where that number comes from. */
export interface ReplicaFloor {
    count: number;
    /** `spec.replicas 3`, `spec.replicas unset, so 1`, `HorizontalPodAutoscaler "api" minReplicas 2`. */
    source: string;
    autoscaled: boolean;
}
/**
 * The replica floor of a Deployment, StatefulSet, ReplicaSet, ReplicationController or custom resource
 * with a known replica field (see replicaFieldOf): minimumReplicas
 * when an autoscaler manages it (HPA minReplicas, KEDA minReplicaCount), else spec.replicas (a string
 * of digits accepted), default 1. Undefined when spec.replicas is set to something that is not a count
 * (a template expression, say).
 */
export declare function replicaFloor(workload: IndexedObject, index: ObjectIndex): ReplicaFloor | undefined;
/** A preStop sleep found in a container: how long, where it is written, and how. */
export interface PreStopSleep {
    seconds: number;
    path: Path;
    text: string;
}
/**
 * The time a container's preStop hook sleeps: the native `sleep.seconds`, an exec `sleep N`
 * (`5`, `"5"`, `"5s"`, `"1m"`, several arguments add up), or the sleeps of an `sh -c` script, added up.
 * Undefined when the hook does not sleep a known time.
 */
export declare function preStopSleepOf(at: ContainerAt): PreStopSleep | undefined;
export declare function formatSeconds(seconds: number): string;
