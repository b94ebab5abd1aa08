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
    /**
     * The objects of a kind with that name, in a namespace ('' and default are the same) or, without one, in
     * every namespace; scope order. A lookup, where a filter of ofKind would cost every object of the kind.
     */
    named(kind: string, name: string, namespace?: string): readonly IndexedObject[];
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
    /** The lookup a sieve makes of one of the lists above (see Sieve): made once per index, or once per shared context and unit. */
    sift<Q>(sieve: Sieve<Q>, list: ListOf): (question: Q) => readonly IndexedObject[];
}
/**
 * Lookups over a list whose every answer is a subsequence of the list, in its order: the entries that pass a
 * test of the question and of the entry alone or, for a prefilter whose callers apply that test, candidates
 * that include them. Such a lookup of a scope with shared context is the lookup of the unit's own objects
 * joined with the lookup of the context (less the unit's own files), and the latter is made once for every
 * unit of the namespace: a table of a namespace costs its objects once, not once per unit. A sieve is a
 * module-level constant, since its identity is what its lookups are kept by.
 */
export type Sieve<Q> = (list: readonly IndexedObject[]) => (question: Q) => readonly IndexedObject[];
/** A list of a scope: its objects ({}), of a kind, of a namespace or both, or its workloads (of a namespace). */
export type ListOf = {
    kind?: string;
    namespace?: string;
    workloads?: undefined;
} | {
    workloads: true;
    namespace?: string;
    kind?: undefined;
};
/** A sieve with one question: the entries that pass `test`, filtered when first asked. */
export declare function entriesWhere(test: (entry: IndexedObject) => boolean): Sieve<void>;
/**
 * A sieve asked with a key: the entries `keysOf` files under it, in a table made when first asked or, with
 * `scans`, after that many questions answered by a scan (see scansBeforeTable).
 */
export declare function entriesByKey(keysOf: (entry: IndexedObject) => readonly string[], scans?: number): Sieve<string>;
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
 * scopes never share an answer: for answers from the unit's own objects. A table over a list that holds
 * the namespace's context (of a kind, of a namespace, the workloads) is a Sieve, made once per context.
 */
export declare function perScope<T>(compute: (index: ObjectIndex) => T): (index: ObjectIndex) => T;
export declare function indexEntriesMade(): number;
/**
 * Entries filed for lookups, each list in the entries' order. A Dockerfile is no Kubernetes object: it has
 * an entry (entryOf gives its ref) but is in no list, so no relation changes.
 */
interface Filed {
    /** Every object but Dockerfiles, in order. */
    entries: readonly IndexedObject[];
    byObject: ReadonlyMap<KubeObject, IndexedObject>;
    workloads: readonly IndexedObject[];
    byKind: ReadonlyMap<string, readonly IndexedObject[]>;
    byKindAndNamespace: ReadonlyMap<string, ReadonlyMap<string, readonly IndexedObject[]>>;
    byNamespace: ReadonlyMap<string, readonly IndexedObject[]>;
    workloadsByNamespace: ReadonlyMap<string, readonly IndexedObject[]>;
    /** The entries of an object's further pod templates. */
    templateEntries: ReadonlyMap<IndexedObject, readonly IndexedObject[]>;
}
/** Lookups of sieves, by sieve and list. */
type Sifted = Map<Sieve<never>, Map<string, (question: never) => readonly IndexedObject[]>>;
/** The index of a scope's objects; those from `owned` on are borrowed from other units. */
export declare function buildIndex(objects: readonly KubeObject[], owned?: number): ObjectIndex;
/**
 * Objects that the units of a namespace borrow, indexed once for all of them: the files that hold objects
 * of the namespace, in run order, each unit's files together. A unit's scope is its own objects, then
 * these less its own files (a hole: see scopeIndex).
 */
export interface SharedContext {
    readonly filed: Filed;
    /** The position of each entry's file among the context's files. */
    readonly fileAt: ReadonlyMap<IndexedObject, number>;
    /** True when an object of the context takes its pods from another object (see resolveWorkloadRefs), which depends on the scope. */
    readonly scopeDependent: boolean;
    /** The lookups of sieves over the context's lists, made for the first unit that asks and kept for the others. */
    readonly sifted: Sifted;
}
/** The shared index of the objects of `files` (each a list of objects, in order), all borrowed. */
export declare function sharedContext(files: readonly (readonly KubeObject[])[]): SharedContext;
/**
 * The index of a scope made of its own objects and a shared context less the context's files from
 * `hole[0]` to `hole[1]` (the unit's own, which it holds as its own objects): the same answers as
 * buildIndex of the own objects followed by the rest of the context, for a cost in the own objects and
 * in the lists asked for. Undefined when the context cannot be shared (see SharedContext.scopeDependent).
 */
export declare function scopeIndex(ownObjects: readonly KubeObject[], context: SharedContext, hole: readonly [number, number]): ObjectIndex | undefined;
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
/** The unit's own entries of a list (all of them but the borrowed ones). */
export declare const ownEntries: Sieve<void>;
/** The unit's own workloads of a namespace ('' and default are the same), in scope order. */
export declare function ownWorkloadsIn(index: ObjectIndex, namespace: string): readonly IndexedObject[];
/** The workloads (objects with a pod template, of any kind) of that name in a namespace, in scope order. */
export declare function workloadsNamed(index: ObjectIndex, name: string, namespace: string): readonly IndexedObject[];
/**
 * The workloads of a namespace whose own metadata labels (not their pods') a selector matches, in scope
 * order, each once: a budget or policy written against the workload's labels instead of its pods'.
 */
export declare function workloadsLabelledFor(index: ObjectIndex, selector: LabelSelector, namespace: string): readonly IndexedObject[];
export {};
