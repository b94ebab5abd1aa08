import type { LabelSelector } from 'kubernetes-types/meta/v1.js';
import { type KubeObject, type PodTemplate, podTemplateOf } from './kinds.js';
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
  /** Workloads whose pod template labels match a LabelSelector (matchLabels and matchExpressions). */
  podsSelectedBy(selector: LabelSelector | undefined, namespace: string): readonly IndexedObject[];
  /** Workloads whose pod template labels match a plain map selector (Service.spec.selector). */
  podsSelectedByMap(selector: Readonly<Record<string, string>> | undefined, namespace: string): readonly IndexedObject[];
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

export function buildIndex(objects: readonly KubeObject[]): ObjectIndex {
  const entries: IndexedObject[] = objects.map((object) => ({ ref: refOf(object), object, pod: podTemplateOf(object) }));
  const byKind = new Map<string, IndexedObject[]>();
  for (const entry of entries) {
    const list = byKind.get(entry.ref.kind) ?? [];
    list.push(entry);
    byKind.set(entry.ref.kind, list);
  }
  const workloads = entries.filter((entry) => entry.pod !== undefined);
  const inNamespace = (namespace: string) => workloads.filter((w) => w.ref.namespace === namespace);

  return Object.freeze({
    objects: Object.freeze(entries),
    ofKind(kind: string, namespace?: string) {
      const list = byKind.get(kind) ?? [];
      return namespace === undefined ? list : list.filter((entry) => entry.ref.namespace === namespace);
    },
    podsSelectedBy(selector: LabelSelector | undefined, namespace: string) {
      return inNamespace(namespace).filter((w) => w.pod && matchesLabelSelector(selector, w.pod.labels));
    },
    podsSelectedByMap(selector: Readonly<Record<string, string>> | undefined, namespace: string) {
      return inNamespace(namespace).filter((w) => w.pod && matchesLabelMap(selector, w.pod.labels));
    },
  });
}
