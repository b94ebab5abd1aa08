import type { DaemonSet, Deployment, ReplicaSet, StatefulSet } from 'kubernetes-types/apps/v1.js';
import type { CronJob, Job } from 'kubernetes-types/batch/v1.js';
import type {
  ConfigMap,
  Container,
  EphemeralContainer,
  Pod,
  PodSpec,
  PodTemplateSpec,
  ReplicationController,
  Secret,
  Service,
} from 'kubernetes-types/core/v1.js';
import type { ObjectMeta } from 'kubernetes-types/meta/v1.js';
import { apiGroupOf, correctedGroupOf, isBuiltInGroup } from './built-in-kinds.js';

/** A JSON path into an object: keys and array indexes. */
export type Path = readonly (string | number)[];

/** Any Kubernetes object as parsed: only apiVersion and kind are known to be strings. */
export interface KubeObject {
  apiVersion: string;
  kind: string;
  metadata?: ObjectMeta;
  [field: string]: unknown;
}

/** The kinds kubeready understands, with the API groups each may come from. */
export interface KindMap {
  Pod: Pod;
  Deployment: Deployment;
  StatefulSet: StatefulSet;
  DaemonSet: DaemonSet;
  ReplicaSet: ReplicaSet;
  ReplicationController: ReplicationController;
  Job: Job;
  CronJob: CronJob;
  Service: Service;
  ConfigMap: ConfigMap;
  Secret: Secret;
}
export type KnownKind = keyof KindMap;

// Older groups (extensions, apps/v1beta*, batch/v1beta1) still appear in real manifests.
const groupsOfKind: Record<KnownKind, readonly string[]> = {
  Pod: [''],
  Deployment: ['apps', 'extensions'],
  StatefulSet: ['apps'],
  DaemonSet: ['apps', 'extensions'],
  ReplicaSet: ['apps', 'extensions'],
  ReplicationController: [''],
  Job: ['batch'],
  CronJob: ['batch'],
  Service: [''],
  ConfigMap: [''],
  Secret: [''],
};

export { apiGroupOf, isBuiltInGroup };

/**
 * The API group an object is judged in: its apiVersion's, except for a built-in kind written under a
 * built-in group that never served it, read in the one group that serves it (a Deployment under v1 is
 * judged as apps). api-version-unknown reports the apiVersion; every other check reviews the object as
 * the kind it says it is, as it would once the apiVersion is fixed. A kind served by several groups
 * (Event), and any kind under a custom resource's group (example.com/v1 Deployment), keeps its group.
 * Checks that ask whether an object (or an index entry's ref) is a kind of a built-in group ask this.
 */
export function groupOf(object: { readonly apiVersion: string; readonly kind: string }): string {
  return correctedGroupOf(object.apiVersion, object.kind) ?? apiGroupOf(object.apiVersion);
}

export function isKind<K extends KnownKind>(object: KubeObject, kind: K): object is KubeObject & KindMap[K] {
  if (object.kind !== kind) return false;
  const groups = groupsOfKind[kind];
  return groups.includes(apiGroupOf(object.apiVersion)) || groups.includes(groupOf(object));
}

export const workloadKinds = [
  'Pod',
  'Deployment',
  'StatefulSet',
  'DaemonSet',
  'ReplicaSet',
  'ReplicationController',
  'Job',
  'CronJob',
] as const satisfies readonly KnownKind[];
export type WorkloadKind = (typeof workloadKinds)[number];
export type Workload = KindMap[WorkloadKind];

/** Where a workload keeps its pod: the spec, its path, and the labels its pods get. */
export interface PodTemplate {
  spec: PodSpec;
  path: Path;
  labels: Readonly<Record<string, string>>;
  metadataPath: Path;
}

const workloadKindNames: ReadonlySet<string> = new Set(workloadKinds);

// Many checks ask for the same object's pod template and containers: each is worked out once per object.
// Parsed objects are never changed, so an answer kept by the object's identity stays true.
const podTemplates = new WeakMap<KubeObject, PodTemplate | undefined>();
const containerLists = new WeakMap<PodTemplate, Map<number, readonly ContainerAt[]>>();
const labelMaps = new WeakMap<object, Readonly<Record<string, string>>>();
const noLabels: Readonly<Record<string, string>> = Object.freeze({});

/** Yields the pod spec of any workload kind, so checks never repeat per-kind code. */
export function podTemplateOf(object: KubeObject): PodTemplate | undefined {
  // Most objects are not workloads: answer those without trying every kind.
  if (!workloadKindNames.has(object.kind)) return undefined;
  if (podTemplates.has(object)) return podTemplates.get(object);
  const pod = findPodTemplate(object);
  podTemplates.set(object, pod);
  return pod;
}

function findPodTemplate(object: KubeObject): PodTemplate | undefined {
  if (isKind(object, 'Pod')) {
    return object.spec && isRecord(object.spec)
      ? { spec: object.spec, path: ['spec'], labels: labelsOf(object.metadata), metadataPath: ['metadata'] }
      : undefined;
  }
  if (isKind(object, 'CronJob')) {
    return fromTemplate(object.spec?.jobTemplate?.spec?.template, ['spec', 'jobTemplate', 'spec', 'template']);
  }
  for (const kind of workloadKinds) {
    if (kind !== 'Pod' && kind !== 'CronJob' && isKind(object, kind)) {
      const spec: unknown = object.spec;
      return isRecord(spec) ? fromTemplate(spec['template'] as PodTemplateSpec | undefined, ['spec', 'template']) : undefined;
    }
  }
  return undefined;
}

function fromTemplate(template: PodTemplateSpec | unknown, path: Path): PodTemplate | undefined {
  if (!isRecord(template)) return undefined;
  // A template without a spec still labels pods: selectors match it, and it simply has no containers.
  const spec = isRecord(template['spec']) ? template['spec'] : {};
  return {
    spec: spec as unknown as PodSpec,
    path: [...path, 'spec'],
    labels: labelsOf(template['metadata'] as ObjectMeta | undefined),
    metadataPath: [...path, 'metadata'],
  };
}

export type ContainerRole = 'container' | 'initContainer' | 'ephemeralContainer';

export interface ContainerAt {
  container: Container | EphemeralContainer;
  role: ContainerRole;
  path: Path;
}

const containerFields = [
  ['containers', 'container'],
  ['initContainers', 'initContainer'],
  ['ephemeralContainers', 'ephemeralContainer'],
] as const;

const defaultRoles: readonly ContainerRole[] = ['container', 'initContainer'];

/** Every container of a pod, init and ephemeral ones included, with its path. */
export function containersOf(pod: PodTemplate, roles: readonly ContainerRole[] = defaultRoles): readonly ContainerAt[] {
  // The set of roles as bits: a key that costs no string per call.
  let key = 0;
  for (let i = 0; i < roles.length; i++) key |= roles[i] === 'container' ? 1 : roles[i] === 'initContainer' ? 2 : 4;
  let lists = containerLists.get(pod);
  const known = lists?.get(key);
  if (known) return known;
  const result = listContainers(pod, roles);
  if (!lists) containerLists.set(pod, (lists = new Map()));
  lists.set(key, result);
  return result;
}

function listContainers(pod: PodTemplate, roles: readonly ContainerRole[]): ContainerAt[] {
  const result: ContainerAt[] = [];
  for (const [field, role] of containerFields) {
    if (!roles.includes(role)) continue;
    const list: unknown = pod.spec[field];
    if (!Array.isArray(list)) continue;
    list.forEach((container: unknown, i) => {
      if (isRecord(container)) result.push({ container: container as unknown as Container, role, path: [...pod.path, field, i] });
    });
  }
  return result;
}

export function containerLabel(at: ContainerAt): string {
  const name = typeof at.container.name === 'string' ? at.container.name : '?';
  return at.role === 'container' ? `container "${name}"` : `${at.role === 'initContainer' ? 'init' : 'ephemeral'} container "${name}"`;
}

/** `Container "app"`, `Init container "setup"`: a container as the subject that starts a sentence. */
export function containerSubject(at: ContainerAt): string {
  const label = containerLabel(at);
  return label.charAt(0).toUpperCase() + label.slice(1);
}

/** The labels of metadata, every value as a string. */
export function labelsOf(metadata: ObjectMeta | undefined): Readonly<Record<string, string>> {
  const labels: unknown = metadata?.labels;
  if (!isRecord(labels)) return noLabels;
  let result = labelMaps.get(labels);
  if (!result) {
    const strings: Record<string, string> = {};
    for (const key of Object.keys(labels)) strings[key] = String(labels[key]);
    labelMaps.set(labels, (result = strings));
  }
  return result;
}

// Objects the parser found no null in, kept by identity: schema validation takes them as they are
// instead of first walking them for nulls to drop. An object not in here may hold nulls or not.
const parsedWithoutNulls = new WeakSet<object>();

export function markParsedWithoutNulls(object: object): void {
  parsedWithoutNulls.add(object);
}

export function isParsedWithoutNulls(object: object): boolean {
  return parsedWithoutNulls.has(object);
}

/** Sets an own field, `__proto__` included: a manifest may have a key of that name, and it is data. */
export function setOwnField(record: Record<string, unknown>, key: string, value: unknown): void {
  if (key === '__proto__') Object.defineProperty(record, key, { value, writable: true, enumerable: true, configurable: true });
  else record[key] = value;
}

export function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

export type { ConfigMap, Pod, PodSpec, Secret, Service };

/** A path as people read it: spec.template.spec.containers[0].image. */
export function formatPath(path: Path): string {
  let result = '';
  for (const segment of path) {
    if (typeof segment === 'number') result += `[${segment}]`;
    else if (/^[A-Za-z_$][\w$-]*$/.test(segment)) result += result ? `.${segment}` : segment;
    else result += `[${JSON.stringify(segment)}]`;
  }
  return result;
}
