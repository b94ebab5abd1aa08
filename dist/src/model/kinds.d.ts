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
    /** Set for the pod templates of custom resources (Argo Rollouts, Ray, JobSet...): see customWorkloadOf. */
    custom?: CustomPods;
}
/** What kubeready knows of the pods a custom resource runs from one of its templates. */
export interface CustomPods {
    /** `Rollout`, `RayCluster worker group "gpu"`, `PyTorchJob replica spec "Worker"`: the template as messages name it. */
    name: string;
    /** True when the pods run continuously and serve (a Rollout, a Ray cluster), false when they run to completion or nobody knows. */
    longRunning: boolean;
    /** Where the resource sets how many pods of this template run, and the count when unset; absent when unknown. */
    replicas?: {
        path: Path;
        unset: number | undefined;
    };
    /** Probes the resource's operator adds to containers that set none (KubeRay's, Knative's readiness probe). */
    defaultProbes?: readonly ('livenessProbe' | 'readinessProbe')[];
}
/**
 * Yields the pod spec of any workload kind, so checks never repeat per-kind code. For a custom resource
 * with several pod templates (a Ray cluster's head and worker groups, a JobSet's jobs) this is the first;
 * the engine calls workload checks once per template (see podTemplateViews), and there it is that template.
 */
export declare function podTemplateOf(object: KubeObject): PodTemplate | undefined;
/** Every pod template of an object, in document order: one for the built-in workloads, several for some custom resources. */
export declare function podTemplatesOf(object: KubeObject): readonly PodTemplate[];
/** True for an object that runs pods of its own: a built-in workload or a custom resource with a pod template. */
export declare function isWorkload(object: KubeObject): boolean;
/** True for a custom resource with a pod template (an Argo Rollout, a RayCluster, ...), as opposed to a built-in workload. */
export declare function isCustomWorkload(object: KubeObject): boolean;
/**
 * The object once per pod template: the object itself for the first, and for each further template a
 * shallow copy of it (the same fields, so every path into it is a path into the object) whose
 * podTemplateOf is that template. The engine calls workload checks on each, so a check written for one
 * pod template reviews a Ray worker group or a JobSet's second job as it reviews a Deployment.
 */
export declare function podTemplateViews(object: KubeObject): readonly KubeObject[];
export type ContainerRole = 'container' | 'initContainer' | 'ephemeralContainer';
export interface ContainerAt {
    container: Container | EphemeralContainer;
    role: ContainerRole;
    path: Path;
}
/** Every container of a pod, init and ephemeral ones included, with its path. */
export declare function containersOf(pod: PodTemplate, roles?: readonly ContainerRole[]): readonly ContainerAt[];
/** The containers of every pod template of an object (a Ray cluster's head and workers, say), each with its path. */
export declare function containersOfAll(object: KubeObject, roles?: readonly ContainerRole[]): readonly ContainerAt[];
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
