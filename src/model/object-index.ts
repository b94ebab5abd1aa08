import type { LabelSelector } from 'kubernetes-types/meta/v1.js';
import { type KubeObject, type PodTemplate, isRecord, podTemplateOf } from './kinds.js';
import { matchesLabelMap, matchesLabelSelector } from './selectors.js';

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
}

/** A read-only view of every object in one scope, for cross-object questions. */
export interface ObjectIndex {
  readonly objects: readonly IndexedObject[];
  ofKind(kind: string, namespace?: string): readonly IndexedObject[];
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

const budgetKinds = new Set(['PodDisruptionBudget']);
const horizontalKinds = new Set(['HorizontalPodAutoscaler', 'ScaledObject']);

export function buildIndex(objects: readonly KubeObject[]): ObjectIndex {
  const entries: IndexedObject[] = objects.map((object) => ({ ref: refOf(object), object, pod: podTemplateOf(object) }));
  const byObject = new Map(entries.map((entry) => [entry.object, entry]));
  const byKind = new Map<string, IndexedObject[]>();
  for (const entry of entries) {
    const list = byKind.get(entry.ref.kind) ?? [];
    list.push(entry);
    byKind.set(entry.ref.kind, list);
  }
  const ofKind = (kind: string, namespace?: string) => {
    const list = byKind.get(kind) ?? [];
    return namespace === undefined ? list : list.filter((entry) => sameNamespace(entry.ref.namespace, namespace));
  };
  const workloads = entries.filter((entry) => entry.pod !== undefined);
  const inNamespace = (namespace: string) => workloads.filter((w) => sameNamespace(w.ref.namespace, namespace));
  const memo = <T>(compute: (workload: IndexedObject) => T) => {
    const cache = new Map<IndexedObject, T>();
    return (workload: IndexedObject): T => {
      if (!cache.has(workload)) cache.set(workload, compute(workload));
      return cache.get(workload) as T;
    };
  };
  const target = (ref: { kind?: unknown; name?: unknown } | undefined, namespace: string) => {
    if (!isRecord(ref) || typeof ref.name !== 'string') return undefined;
    const kind = typeof ref.kind === 'string' ? ref.kind : 'Deployment'; // KEDA's default
    return ofKind(kind, namespace).find((entry) => entry.ref.name === ref.name);
  };
  const targetOf = (candidate: IndexedObject): IndexedObject | undefined => {
    const spec: unknown = candidate.object['spec'];
    if (!isRecord(spec)) return undefined;
    const ref = (spec['scaleTargetRef'] ?? spec['targetRef']) as { kind?: unknown; name?: unknown } | undefined;
    return target(ref, candidate.ref.namespace);
  };
  const selecting = (kinds: Set<string>) =>
    memo((workload) => {
      const labels = workload.pod?.labels ?? {};
      return [...kinds].flatMap((kind) =>
        ofKind(kind, workload.ref.namespace).filter((candidate) => {
          const spec: unknown = candidate.object['spec'];
          return isRecord(spec) && matchesLabelSelector(spec['selector'] as LabelSelector | undefined, labels);
        }),
      );
    });

  return Object.freeze({
    objects: Object.freeze(entries),
    ofKind,
    entryOf: (object: KubeObject) => byObject.get(object),
    podsSelectedBy(selector: LabelSelector | undefined, namespace: string) {
      return inNamespace(namespace).filter((w) => w.pod && matchesLabelSelector(selector, w.pod.labels));
    },
    podsSelectedByMap(selector: Readonly<Record<string, string>> | undefined, namespace: string) {
      return inNamespace(namespace).filter((w) => w.pod && matchesLabelMap(selector, w.pod.labels));
    },
    servicesSelecting: memo((workload) =>
      ofKind('Service', workload.ref.namespace).filter((service) => {
        const spec: unknown = service.object['spec'];
        return isRecord(spec) && matchesLabelMap(spec['selector'], workload.pod?.labels ?? {});
      }),
    ),
    budgetsSelecting: selecting(budgetKinds),
    autoscalersOf: memo((workload) => [...horizontalKinds].flatMap((kind) => ofKind(kind, workload.ref.namespace)).filter((a) => targetOf(a) === workload)),
    verticalAutoscalersOf: memo((workload) => ofKind('VerticalPodAutoscaler', workload.ref.namespace).filter((a) => targetOf(a) === workload)),
    target,
  });
}
