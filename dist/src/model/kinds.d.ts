import type { DaemonSet, Deployment, ReplicaSet, StatefulSet } from 'kubernetes-types/apps/v1.js';
import type { CronJob, Job } from 'kubernetes-types/batch/v1.js';
import type { ConfigMap, Container, EphemeralContainer, Pod, PodSpec, ReplicationController, Secret, Service } from 'kubernetes-types/core/v1.js';
import type { ObjectMeta } from 'kubernetes-types/meta/v1.js';
import { apiGroupOf, isBuiltInGroup } from './built-in-kinds.js';
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
export { apiGroupOf, isBuiltInGroup };
/**
 * The API group an object is judged in: its apiVersion's, except for a built-in kind written under a
 * built-in group that never served it, read in the one group that serves it (a Deployment under v1 is
 * judged as apps). api-version-unknown reports the apiVersion; every other check reviews the object as
 * the kind it says it is, as it would once the apiVersion is fixed. A kind served by several groups
 * (Event), and any kind under a custom resource's group (example.com/v1 Deployment), keeps its group.
 * Checks that ask whether an object (or an index entry's ref) is a kind of a built-in group ask this.
 */
export declare function groupOf(object: {
    readonly apiVersion: string;
    readonly kind: string;
}): string;
export declare function isKind<K extends KnownKind>(object: KubeObject, kind: K): object is KubeObject & KindMap[K];
export declare const workloadKinds: readonly ["Pod", "Deployment", "StatefulSet", "DaemonSet", "ReplicaSet", "ReplicationController", "Job", "CronJob"];
export type WorkloadKind = (typeof workloadKinds)[number];
export type Workload = KindMap[WorkloadKind];
/** Where a workload keeps its pod: the spec, its path, and the labels its pods get. */
export interface PodTemplate {
    spec: PodSpec;
    path: Path;
    labels: Readonly<Record<string, string>>;
    metadataPath: Path;
}
/** Yields the pod spec of any workload kind, so checks never repeat per-kind code. */
export declare function podTemplateOf(object: KubeObject): PodTemplate | undefined;
export type ContainerRole = 'container' | 'initContainer' | 'ephemeralContainer';
export interface ContainerAt {
    container: Container | EphemeralContainer;
    role: ContainerRole;
    path: Path;
}
/** Every container of a pod, init and ephemeral ones included, with its path. */
export declare function containersOf(pod: PodTemplate, roles?: readonly ContainerRole[]): readonly ContainerAt[];
export declare function containerLabel(at: ContainerAt): string;
/** `Container "app"`, `Init container "setup"`: a container as the subject that starts a sentence. */
export declare function containerSubject(at: ContainerAt): string;
/** The labels of metadata, every value as a string. */
export declare function labelsOf(metadata: ObjectMeta | undefined): Readonly<Record<string, string>>;
export declare function markParsedWithoutNulls(object: object): void;
export declare function isParsedWithoutNulls(object: object): boolean;
/** Sets an own field, `__proto__` included: a manifest may have a key of that name, and it is data. */
export declare function setOwnField(record: Record<string, unknown>, key: string, value: unknown): void;
export declare function isRecord(value: unknown): value is Record<string, unknown>;
export type { ConfigMap, Pod, PodSpec, Secret, Service };
/** A path as people read it: spec.template.spec.containers[0].image. */
export declare function formatPath(path: Path): string;
