import type { LabelSelector } from 'kubernetes-types/meta/v1.js';
import { type KubeObject, type PodTemplate, apiGroupOf, groupOf, isRecord, labelsOf, podTemplateOf, podTemplateViews } from './kinds.js';
import { isDockerfileObject } from './dockerfile.js';
import { labelLookup, matchesLabelMap, matchesLabelSelector, scansBeforeTable, selectorCandidates } from './selectors.js';

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
  target(ref: { kind?: unknown; name?: unknown } | undefined, namespace: string): IndexedObject | undefined;
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
export type ListOf = { kind?: string; namespace?: string; workloads?: undefined } | { workloads: true; namespace?: string; kind?: undefined };

/** A sieve with one question: the entries that pass `test`, filtered when first asked. */
export function entriesWhere(test: (entry: IndexedObject) => boolean): Sieve<void> {
  return (list) => {
    let passed: readonly IndexedObject[] | undefined;
    return () => (passed ??= list.filter(test));
  };
}

/**
 * A sieve asked with a key: the entries `keysOf` files under it, in a table made when first asked or, with
 * `scans`, after that many questions answered by a scan (see scansBeforeTable).
 */
export function entriesByKey(keysOf: (entry: IndexedObject) => readonly string[], scans = 0): Sieve<string> {
  return (list) => {
    let asked = 0;
    let table: ReadonlyMap<string, readonly IndexedObject[]> | undefined;
    return (key) => {
      if (!table) {
        if (++asked <= scans) return list.filter((entry) => keysOf(entry).includes(key));
        table = groupBy(list, keysOf);
      }
      return table.get(key) ?? [];
    };
  };
}

export function refOf(object: KubeObject): ObjectRef {
  const name = object.metadata?.name;
  const namespace = object.metadata?.namespace;
  return {
    apiVersion: object.apiVersion,
    kind: object.kind,
    namespace: typeof namespace === 'string' ? namespace : '',
    name: typeof name === 'string' ? name : '',
  };
}

/**
 * Two namespaces are the same when they are equal, and a manifest without a namespace is taken to go
 * into `default` (where kubectl puts it unless told otherwise).
 */
export function sameNamespace(a: string, b: string): boolean {
  return (a || 'default') === (b || 'default');
}

/** `compute` with its answers kept by argument: for questions a scope asks many times of the same values. */
export function memoize<K, V>(compute: (key: K) => V): (key: K) => V {
  const answers = new Map<K, V>();
  return (key) => {
    if (answers.has(key)) return answers.get(key) as V;
    const answer = compute(key);
    answers.set(key, answer);
    return answer;
  };
}

/**
 * Memoizes an answer that depends only on the scope: checks run once per object, and a question about
 * all objects is then answered once per scope instead of once per object. Keyed by the index, so two
 * scopes never share an answer: for answers from the unit's own objects. A table over a list that holds
 * the namespace's context (of a kind, of a namespace, the workloads) is a Sieve, made once per context.
 */
export function perScope<T>(compute: (index: ObjectIndex) => T): (index: ObjectIndex) => T {
  const answers = new WeakMap<ObjectIndex, { value: T }>();
  return (index) => {
    // A read of the index: the parse cache tells checks that depend on the scope by their reads of it.
    void index.own;
    let answer = answers.get(index);
    if (!answer) {
      answer = { value: compute(index) };
      answers.set(index, answer);
    }
    return answer.value;
  };
}

const budgetKinds = new Set(['PodDisruptionBudget']);
const horizontalKinds = new Set(['HorizontalPodAutoscaler', 'ScaledObject']);

/** How many index entries have been made, over every scope of the process: what tests count to see that context is shared. */
let entriesMade = 0;
export function indexEntriesMade(): number {
  return entriesMade;
}

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

function entriesOf(objects: readonly KubeObject[], borrowed: (i: number) => boolean): IndexedObject[] {
  entriesMade += objects.length;
  return objects.map((object, i) => ({ ref: refOf(object), object, pod: isDockerfileObject(object) ? undefined : podTemplateOf(object), borrowed: borrowed(i) }));
}

function push<K>(map: Map<K, IndexedObject[]>, key: K, entry: IndexedObject): void {
  const list = map.get(key);
  if (list) list.push(entry);
  else map.set(key, [entry]);
}

/** Files entries (after resolveWorkloadRefs, which may give a Rollout its pods) by kind, namespace and pods. */
function fileEntries(all: readonly IndexedObject[]): Filed {
  const entries = all.some((entry) => isDockerfileObject(entry.object)) ? all.filter((entry) => !isDockerfileObject(entry.object)) : all;
  const byObject = new Map(all.map((entry) => [entry.object, entry]));
  // A custom resource with several pod templates (a Ray cluster's head and workers) is one workload per
  // template: an entry for each further template, keyed by the view the engine checks it through.
  const templateEntries = new Map<IndexedObject, IndexedObject[]>();
  for (const entry of entries) {
    const views = podTemplateViews(entry.object);
    if (views.length <= 1) continue;
    const more = views.slice(1).map((view) => ({ ref: entry.ref, object: view, pod: podTemplateOf(view), borrowed: entry.borrowed }));
    entriesMade += more.length;
    for (const view of more) byObject.set(view.object, view);
    templateEntries.set(entry, more);
  }
  // Buckets keep scope order, so that every lookup returns what a filter over all objects would.
  const byKind = new Map<string, IndexedObject[]>();
  const byNamespace = new Map<string, IndexedObject[]>();
  const workloadsByNamespace = new Map<string, IndexedObject[]>();
  const workloads: IndexedObject[] = [];
  const byKindAndNamespace = new Map<string, Map<string, IndexedObject[]>>();
  for (const entry of entries) {
    const namespace = entry.ref.namespace || 'default';
    push(byKind, entry.ref.kind, entry);
    push(byNamespace, namespace, entry);
    let kindByNamespace = byKindAndNamespace.get(entry.ref.kind);
    if (!kindByNamespace) byKindAndNamespace.set(entry.ref.kind, (kindByNamespace = new Map()));
    push(kindByNamespace, namespace, entry);
    if (entry.pod === undefined) continue;
    push(workloadsByNamespace, namespace, entry);
    workloads.push(entry);
    for (const more of templateEntries.get(entry) ?? []) {
      push(workloadsByNamespace, namespace, more);
      workloads.push(more);
    }
  }
  return { entries, byObject, workloads, byKind, byKindAndNamespace, byNamespace, workloadsByNamespace, templateEntries };
}

/** A list of filed entries, undefined when empty. */
function listIn(filed: Filed, list: ListOf): readonly IndexedObject[] | undefined {
  const namespace = list.namespace === undefined ? undefined : list.namespace || 'default';
  if (list.workloads) return namespace === undefined ? filed.workloads : filed.workloadsByNamespace.get(namespace);
  if (list.kind !== undefined) return namespace === undefined ? filed.byKind.get(list.kind) : filed.byKindAndNamespace.get(list.kind)?.get(namespace);
  return namespace === undefined ? filed.entries : filed.byNamespace.get(namespace);
}

/** A list's name as a key: the kind's length keeps a kind and a namespace apart, whatever characters they hold. */
function listKey(list: ListOf): string {
  const namespace = list.namespace === undefined ? '' : `/${list.namespace || 'default'}`;
  return `${list.workloads ? 'w' : list.kind === undefined ? 'o' : `k${list.kind.length}:${list.kind}`}${namespace}`;
}

/** Lookups of sieves, by sieve and list. */
type Sifted = Map<Sieve<never>, Map<string, (question: never) => readonly IndexedObject[]>>;

/** The lookup of `sieve` over a list, made by `make` when first asked and kept in `sifted`. */
function siftedOnce<Q>(sifted: Sifted, sieve: Sieve<Q>, list: ListOf, make: () => (question: Q) => readonly IndexedObject[]): (question: Q) => readonly IndexedObject[] {
  let byList = sifted.get(sieve);
  if (!byList) sifted.set(sieve, (byList = new Map()));
  const key = listKey(list);
  let lookup = byList.get(key) as ((question: Q) => readonly IndexedObject[]) | undefined;
  if (!lookup) byList.set(key, (lookup = make()));
  return lookup;
}

/** The lists of a scope that lookups start from; what a scope of its own and a scope with shared context differ in. */
interface Lists {
  objects: () => readonly IndexedObject[];
  own: () => readonly IndexedObject[];
  workloads: () => readonly IndexedObject[];
  entryOf: (object: KubeObject) => IndexedObject | undefined;
  /** The objects of a kind, of a namespace ('default' for none) or, without one, of all. */
  ofKind: (kind: string, namespace?: string) => readonly IndexedObject[] | undefined;
  inNamespace: (namespace: string) => readonly IndexedObject[] | undefined;
  workloadsIn: (namespace: string) => readonly IndexedObject[] | undefined;
  sift: <Q>(sieve: Sieve<Q>, list: ListOf) => (question: Q) => readonly IndexedObject[];
}

/** The index of a scope's objects; those from `owned` on are borrowed from other units. */
export function buildIndex(objects: readonly KubeObject[], owned = objects.length): ObjectIndex {
  const all = entriesOf(objects, (i) => i >= owned);
  resolveWorkloadRefs(all.filter((entry) => !isDockerfileObject(entry.object)));
  const filed = fileEntries(all);
  const { entries } = filed;
  const ownCount = entries.length - entries.filter((entry) => entry.borrowed).length;
  const frozen = Object.freeze(entries);
  const own = ownCount >= entries.length ? frozen : Object.freeze(entries.slice(0, ownCount));
  const workloads = Object.freeze(filed.workloads);
  const sifted: Sifted = new Map();
  return indexOver({
    objects: () => frozen,
    own: () => own,
    workloads: () => workloads,
    entryOf: (object) => filed.byObject.get(object),
    ofKind: (kind, namespace) => (namespace === undefined ? filed.byKind.get(kind) : filed.byKindAndNamespace.get(kind)?.get(namespace)),
    inNamespace: (namespace) => filed.byNamespace.get(namespace),
    workloadsIn: (namespace) => filed.workloadsByNamespace.get(namespace),
    sift: (sieve, list) => siftedOnce(sifted, sieve, list, () => sieve(listIn(filed, list) ?? [])),
  });
}

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
export function sharedContext(files: readonly (readonly KubeObject[])[]): SharedContext {
  const all: IndexedObject[] = [];
  const fileAt = new Map<IndexedObject, number>();
  files.forEach((objects, at) => {
    for (const entry of entriesOf(objects, () => true)) {
      all.push(entry);
      fileAt.set(entry, at);
    }
  });
  const filed = fileEntries(all);
  for (const [entry, more] of filed.templateEntries) for (const view of more) fileAt.set(view, fileAt.get(entry) ?? 0);
  return { filed, fileAt, scopeDependent: filed.entries.some(takesPodsOfAnother), sifted: new Map() };
}

/**
 * The index of a scope made of its own objects and a shared context less the context's files from
 * `hole[0]` to `hole[1]` (the unit's own, which it holds as its own objects): the same answers as
 * buildIndex of the own objects followed by the rest of the context, for a cost in the own objects and
 * in the lists asked for. Undefined when the context cannot be shared (see SharedContext.scopeDependent).
 */
export function scopeIndex(ownObjects: readonly KubeObject[], context: SharedContext, hole: readonly [number, number]): ObjectIndex | undefined {
  if (context.scopeDependent) return undefined;
  const ownAll = entriesOf(ownObjects, () => false);
  if (ownAll.some(takesPodsOfAnother)) return undefined;
  const mine = fileEntries(ownAll);
  const shared = context.filed;
  // The first position in a list of the context at or after a file: lists keep file order.
  const firstFrom = (list: readonly IndexedObject[], at: number) => {
    let low = 0;
    let high = list.length;
    while (low < high) {
      const middle = (low + high) >>> 1;
      if ((context.fileAt.get(list[middle] as IndexedObject) ?? 0) < at) low = middle + 1;
      else high = middle;
    }
    return low;
  };
  const join = (ownList: readonly IndexedObject[] | undefined, sharedList: readonly IndexedObject[] | undefined): readonly IndexedObject[] | undefined => {
    if (!sharedList || sharedList.length === 0) return ownList;
    const from = firstFrom(sharedList, hole[0]);
    const to = firstFrom(sharedList, hole[1]);
    if (!ownList && from === to) return sharedList;
    return [...(ownList ?? []), ...sharedList.slice(0, from), ...sharedList.slice(to)];
  };
  // Each list made when first asked, and kept.
  const kept = new Map<string, readonly IndexedObject[] | undefined>();
  const joined = (list: ListOf) => {
    const key = listKey(list);
    if (kept.has(key)) return kept.get(key);
    const answer = join(listIn(mine, list), listIn(shared, list));
    kept.set(key, answer);
    return answer;
  };
  const once = <T>(compute: () => T) => {
    let value: { computed: T } | undefined;
    return () => (value ??= { computed: compute() }).computed;
  };
  const own = Object.freeze(mine.entries);
  const objects = once(() => Object.freeze(join(own, shared.entries) ?? []));
  const workloads = once(() => Object.freeze(join(mine.workloads, shared.workloads) ?? []));
  const sifted: Sifted = new Map();
  const sift = <Q>(sieve: Sieve<Q>, list: ListOf) =>
    siftedOnce(sifted, sieve, list, () => {
      const ownLookup = sieve(listIn(mine, list) ?? []);
      const sharedLookup = siftedOnce(context.sifted, sieve, list, () => sieve(listIn(shared, list) ?? []));
      // Kept per question: a joined answer is a new list, and many objects of the unit may ask the same.
      return memoize((question: Q) => {
        const ownAnswer = ownLookup(question);
        return join(ownAnswer.length > 0 ? ownAnswer : undefined, sharedLookup(question)) ?? ownAnswer;
      });
    });
  return indexOver({
    objects,
    own: () => own,
    workloads,
    entryOf: (object) => mine.byObject.get(object) ?? context.filed.byObject.get(object),
    ofKind: (kind, namespace) => joined(namespace === undefined ? { kind } : { kind, namespace }),
    inNamespace: (namespace) => joined({ namespace }),
    workloadsIn: (namespace) => joined({ workloads: true, namespace }),
    sift,
  });
}

function indexOver(lists: Lists): ObjectIndex {
  const none: readonly IndexedObject[] = Object.freeze([]);
  const ofKind = (kind: string, namespace?: string): readonly IndexedObject[] => lists.ofKind(kind, namespace === undefined ? undefined : namespace || 'default') ?? none;
  const inNamespace = (namespace: string): readonly IndexedObject[] => lists.inNamespace(namespace || 'default') ?? none;
  const workloadsIn = (namespace: string): readonly IndexedObject[] => lists.workloadsIn(namespace || 'default') ?? none;
  const listOfKind = (kind: string, namespace?: string): ListOf => (namespace === undefined ? { kind } : { kind, namespace });
  const named = (kind: string, name: string, namespace?: string): readonly IndexedObject[] => lists.sift(byName, listOfKind(kind, namespace))(name);
  // The workloads of a namespace by pod label, for selectors: the matcher looks only at those that carry a label it requires.
  const workloadsMayMatch = (required: unknown, namespace: string) => lists.sift(byPodLabel, { workloads: true, namespace })(required);
  const target = (ref: { kind?: unknown; name?: unknown } | undefined, namespace: string) => {
    if (!isRecord(ref) || typeof ref.name !== 'string') return undefined;
    const kind = typeof ref.kind === 'string' ? ref.kind : 'Deployment'; // KEDA's default
    return named(kind, ref.name, namespace)[0];
  };
  const targetOf = (candidate: IndexedObject): IndexedObject | undefined => {
    const ref = scaleTargetOf(candidate);
    return ref && target(ref, candidate.ref.namespace);
  };
  // Candidates share a required label with the pods; the real matcher below still decides. Only a selector of
  // the workload's namespace selects it: the candidates of a kind are looked up in that namespace.
  const selecting = (kinds: Set<string>) =>
    memoize((workload: IndexedObject) => {
      const labels = workload.pod?.labels ?? {};
      return [...kinds].flatMap((kind) =>
        lists.sift(byMatchLabels, listOfKind(kind, workload.ref.namespace))(labels).filter((candidate) => {
          const spec = specOf(candidate);
          return sameNamespace(candidate.ref.namespace, workload.ref.namespace) && spec !== undefined && matchesLabelSelector(spec['selector'] as LabelSelector | undefined, labels);
        }),
      );
    });
  // An autoscaler of the workload's namespace that names it, of each kind in turn (each has at most one target).
  const targeting = (kinds: readonly string[]) =>
    memoize((workload: IndexedObject) =>
      kinds.flatMap((kind) =>
        lists.sift(byScaleTarget, listOfKind(kind, workload.ref.namespace))(targetKey(workload.ref.kind, workload.ref.name)).filter((autoscaler) => targetOf(autoscaler) === workload),
      ),
    );
  const horizontalOf = targeting([...horizontalKinds]);
  const verticalOf = targeting(['VerticalPodAutoscaler']);

  return Object.freeze({
    get objects() {
      return lists.objects();
    },
    get own() {
      return lists.own();
    },
    get workloads() {
      return lists.workloads();
    },
    ofKind,
    entryOf: lists.entryOf,
    inNamespace,
    workloadsIn,
    named,
    podsSelectedBy(selector: LabelSelector | undefined, namespace: string) {
      if (!isRecord(selector)) return none;
      return workloadsMayMatch(selector.matchLabels, namespace).filter((w) => w.pod && matchesLabelSelector(selector, w.pod.labels));
    },
    podsSelectedByMap(selector: Readonly<Record<string, string>> | undefined, namespace: string) {
      if (!isRecord(selector)) return none;
      return workloadsMayMatch(selector, namespace).filter((w) => w.pod && matchesLabelMap(selector, w.pod.labels));
    },
    servicesSelecting: memoize((workload: IndexedObject) =>
      lists.sift(byServiceSelector, listOfKind('Service', workload.ref.namespace))(workload.pod?.labels ?? {}).filter((service) => {
        const spec = specOf(service);
        return sameNamespace(service.ref.namespace, workload.ref.namespace) && spec !== undefined && matchesLabelMap(spec['selector'], workload.pod?.labels ?? {});
      }),
    ),
    budgetsSelecting: selecting(budgetKinds),
    autoscalersOf: horizontalOf,
    verticalAutoscalersOf: verticalOf,
    target,
    sift: lists.sift,
  });
}

const byName = entriesByKey((entry) => [entry.ref.name], scansBeforeTable);
const workloadsByName = entriesByKey((entry) => [entry.ref.name]);
const byPodLabel: Sieve<unknown> = (list) => labelLookup(list, (workload) => (workload.pod ? [workload.pod.labels] : []));

function specOf(entry: IndexedObject): Record<string, unknown> | undefined {
  const spec: unknown = entry.object['spec'];
  return isRecord(spec) ? spec : undefined;
}

// Selectors filed by a label pair they require, asked with the labels of a workload's pods.
const byMatchLabels: Sieve<Readonly<Record<string, string>>> = (list) => selectorCandidates(list, (entry) => (specOf(entry)?.['selector'] as LabelSelector | undefined)?.matchLabels);
const byServiceSelector: Sieve<Readonly<Record<string, string>>> = (list) => selectorCandidates(list, (entry) => specOf(entry)?.['selector']);

/** The scaleTargetRef (or a VerticalPodAutoscaler's targetRef) of an autoscaler. */
function scaleTargetOf(autoscaler: IndexedObject): { kind?: unknown; name?: unknown } | undefined {
  const spec = specOf(autoscaler);
  const ref: unknown = spec?.['scaleTargetRef'] ?? spec?.['targetRef'];
  return isRecord(ref) ? ref : undefined;
}

function targetKey(kind: string, name: string): string {
  return `${kind}\u0000${name}`;
}

// Autoscalers by the kind and name of the object they scale, which target() looks up in their namespace.
const byScaleTarget = entriesByKey((autoscaler) => {
  const ref = scaleTargetOf(autoscaler);
  return ref && typeof ref.name === 'string' ? [targetKey(typeof ref.kind === 'string' ? ref.kind : 'Deployment', ref.name)] : [];
});

/**
 * An Argo Rollout with spec.workloadRef runs the pods of the Deployment it names (of the same scope and
 * namespace): its entry gets that Deployment's pod template, so Services, budgets and autoscalers relate
 * to it as to a Rollout with its own template. The engine does not check the Rollout's pods (podTemplateOf
 * of the object has none): the Deployment's own checks review that template once.
 */
function resolveWorkloadRefs(entries: IndexedObject[]): void {
  const deployments = new Map<string, IndexedObject>();
  const keyOf = (namespace: string, name: string) => `${namespace || 'default'}\u0000${name}`;
  for (const entry of entries) {
    if (entry.ref.kind === 'Deployment' && entry.pod && groupOf(entry.object) === 'apps' && !deployments.has(keyOf(entry.ref.namespace, entry.ref.name))) {
      deployments.set(keyOf(entry.ref.namespace, entry.ref.name), entry);
    }
  }
  if (deployments.size === 0) return;
  for (const entry of entries) {
    const name = workloadRefOf(entry);
    const deployment = name === undefined ? undefined : deployments.get(keyOf(entry.ref.namespace, name));
    if (deployment) entry.pod = deployment.pod;
  }
}

/** The name of the Deployment whose pods an Argo Rollout without a template runs (spec.workloadRef). */
function workloadRefOf(entry: IndexedObject): string | undefined {
  if (entry.pod || entry.ref.kind !== 'Rollout' || apiGroupOf(entry.ref.apiVersion) !== 'argoproj.io') return undefined;
  const spec: unknown = entry.object['spec'];
  const ref = isRecord(spec) ? spec['workloadRef'] : undefined;
  if (!isRecord(ref) || typeof ref['name'] !== 'string' || (ref['kind'] !== undefined && ref['kind'] !== 'Deployment')) return undefined;
  return ref['name'];
}

/** True for an object whose pods depend on the rest of its scope (see resolveWorkloadRefs). */
function takesPodsOfAnother(entry: IndexedObject): boolean {
  return workloadRefOf(entry) !== undefined;
}

const podMakingResources = new Set(['pods', 'deployments', 'statefulsets', 'daemonsets', 'replicasets', 'jobs', 'cronjobs', '*']);

/**
 * True when the unit holds a Role or ClusterRole that may create pods or their controllers: an operator or
 * a deployment tool lives here, and pods may appear at run time that no manifest describes.
 */
export const createsPodsAtRunTime = perScope((index: ObjectIndex): boolean => rolesMayCreate(index, podMakingResources));

/** True when the unit holds a Role or ClusterRole that may create Services: an operator may make the ones its objects expect. */
export const createsServicesAtRunTime = perScope((index: ObjectIndex): boolean => rolesMayCreate(index, serviceMakingResources));

const serviceMakingResources = new Set(['services', '*']);

function rolesMayCreate(index: ObjectIndex, resources: ReadonlySet<string>): boolean {
  return index.own.some((entry) => {
    if ((entry.ref.kind !== 'Role' && entry.ref.kind !== 'ClusterRole') || groupOf(entry.object) !== 'rbac.authorization.k8s.io') return false;
    const rules: unknown = entry.object['rules'];
    if (!Array.isArray(rules)) return false;
    return rules.some((rule: unknown) => {
      if (!isRecord(rule)) return false;
      const listed = (key: string) => (Array.isArray(rule[key]) ? (rule[key] as unknown[]).filter((item): item is string => typeof item === 'string') : []);
      return listed('resources').some((resource) => resources.has(resource)) && listed('verbs').some((verb) => verb === 'create' || verb === '*');
    });
  });
}

/**
 * Whether the unit can tell that no pod of a namespace has some labels: it has workloads of its own there,
 * and nothing in it creates pods at run time. A check that concludes from the absence of such pods stays
 * silent otherwise: the pods may come from another project, another folder, or an operator.
 */
export function unitKnowsPodsIn(index: ObjectIndex, namespace: string): boolean {
  return ownWorkloadsIn(index, namespace).length > 0 && !createsPodsAtRunTime(index);
}

/** Lists of a scope's entries by key, in scope order: what a per-object question looks up instead of filtering the scope. */
function groupBy(entries: readonly IndexedObject[], keysOf: (entry: IndexedObject) => Iterable<string>): ReadonlyMap<string, readonly IndexedObject[]> {
  const groups = new Map<string, IndexedObject[]>();
  for (const entry of entries) {
    for (const key of keysOf(entry)) {
      const list = groups.get(key);
      if (list) list.push(entry);
      else groups.set(key, [entry]);
    }
  }
  return groups;
}

/** The unit's own entries of a list (all of them but the borrowed ones). */
export const ownEntries = entriesWhere((entry) => !entry.borrowed);

/** The unit's own workloads of a namespace ('' and default are the same), in scope order. */
export function ownWorkloadsIn(index: ObjectIndex, namespace: string): readonly IndexedObject[] {
  return index.sift(ownEntries, { workloads: true, namespace })();
}

/** The workloads (objects with a pod template, of any kind) of that name in a namespace, in scope order. */
export function workloadsNamed(index: ObjectIndex, name: string, namespace: string): readonly IndexedObject[] {
  return index.sift(workloadsByName, { workloads: true, namespace })(name);
}

// The workloads of a namespace by the labels of their own metadata (not their pod template's); each object
// once, not once per pod template.
const workloadsByOwnLabel: Sieve<unknown> = (objects) =>
  labelLookup(
    objects.filter((entry) => entry.pod !== undefined),
    (entry) => [labelsOf(entry.object.metadata)],
  );

/**
 * The workloads of a namespace whose own metadata labels (not their pods') a selector matches, in scope
 * order, each once: a budget or policy written against the workload's labels instead of its pods'.
 */
export function workloadsLabelledFor(index: ObjectIndex, selector: LabelSelector, namespace: string): readonly IndexedObject[] {
  const candidates = index.sift(workloadsByOwnLabel, { namespace })(isRecord(selector) ? selector.matchLabels : undefined);
  return candidates.filter((entry) => matchesLabelSelector(selector, labelsOf(entry.object.metadata)));
}
