import type { LabelSelector } from 'kubernetes-types/meta/v1.js';
import { type KubeObject, type PodTemplate } from './kinds.js';
/** Identity of an object as the user knows it. Namespace is '' when the manifest leaves it unset. */
export interface ObjectRef {
    apiVersion: string;
    kind: string;
    namespace: string;
    name: string;
}
export interface IndexedObject {
    ref: ObjectRef;
    object: KubeObject;
    /** The pod template, for workloads. */
    pod: PodTemplate | undefined;
    /**
     * True for an object of another deployment unit, in a namespace this unit names (see unitsOf): it answers
     * questions ("does a budget select me?") but is not the unit's own, and is not checked here.
     */
    borrowed: boolean;
}
/** A read-only view of every object in one scope, for cross-object questions. */
export interface ObjectIndex {
    readonly objects: readonly IndexedObject[];
    /** The unit's own objects (all of them but the borrowed ones), in scope order. */
    readonly own: readonly IndexedObject[];
    /** The objects with a pod template, in scope order. */
    readonly workloads: readonly IndexedObject[];
    ofKind(kind: string, namespace?: string): readonly IndexedObject[];
    /** Every object of a namespace ('' and default are the same), in scope order. */
    inNamespace(namespace: string): readonly IndexedObject[];
    /** The workloads (objects with a pod template) of a namespace, in scope order. */
    workloadsIn(namespace: string): readonly IndexedObject[];
    /** The entry of an object of this scope (checks receive the object; this gives its ref and pod). */
    entryOf(object: KubeObject): IndexedObject | undefined;
    /** Workloads whose pod template labels match a LabelSelector (matchLabels and matchExpressions). */
    podsSelectedBy(selector: LabelSelector | undefined, namespace: string): readonly IndexedObject[];
    /** Workloads whose pod template labels match a plain map selector (Service.spec.selector). */
    podsSelectedByMap(selector: Readonly<Record<string, string>> | undefined, namespace: string): readonly IndexedObject[];
    /** Services whose selector matches the workload's pods: the workload is "served". */
    servicesSelecting(workload: IndexedObject): readonly IndexedObject[];
    /** PodDisruptionBudgets whose selector matches the workload's pods. */
    budgetsSelecting(workload: IndexedObject): readonly IndexedObject[];
    /** HorizontalPodAutoscalers and KEDA ScaledObjects whose scale target is the workload. */
    autoscalersOf(workload: IndexedObject): readonly IndexedObject[];
    /** VerticalPodAutoscalers whose target is the workload. */
    verticalAutoscalersOf(workload: IndexedObject): readonly IndexedObject[];
    /** The object a scaleTargetRef or targetRef names, in a namespace. */
    target(ref: {
        kind?: unknown;
        name?: unknown;
    } | undefined, namespace: string): IndexedObject | undefined;
}
export declare function refOf(object: KubeObject): ObjectRef;
/**
 * Two namespaces are the same when they are equal, and a manifest without a namespace is taken to go
 * into `default` (where kubectl puts it unless told otherwise).
 */
export declare function sameNamespace(a: string, b: string): boolean;
/** `compute` with its answers kept by argument: for questions a scope asks many times of the same values. */
export declare function memoize<K, V>(compute: (key: K) => V): (key: K) => V;
/**
 * Memoizes an answer that depends only on the scope: checks run once per object, and a question about
 * all objects is then answered once per scope instead of once per object. Keyed by the index, so two
 * scopes never share an answer.
 */
export declare function perScope<T>(compute: (index: ObjectIndex) => T): (index: ObjectIndex) => T;
/** The index of a scope's objects; those from `owned` on are borrowed from other units. */
export declare function buildIndex(objects: readonly KubeObject[], owned?: number): ObjectIndex;
/**
 * True when the unit holds a Role or ClusterRole that may create pods or their controllers: an operator or
 * a deployment tool lives here, and pods may appear at run time that no manifest describes.
 */
export declare const createsPodsAtRunTime: (index: ObjectIndex) => boolean;
/** True when the unit holds a Role or ClusterRole that may create Services: an operator may make the ones its objects expect. */
export declare const createsServicesAtRunTime: (index: ObjectIndex) => boolean;
/**
 * Whether the unit can tell that no pod of a namespace has some labels: it has workloads of its own there,
 * and nothing in it creates pods at run time. A check that concludes from the absence of such pods stays
 * silent otherwise: the pods may come from another project, another folder, or an operator.
 */
export declare function unitKnowsPodsIn(index: ObjectIndex, namespace: string): boolean;
