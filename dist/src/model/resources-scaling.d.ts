import type { Container } from 'kubernetes-types/core/v1.js';
import { type ContainerAt, type KubeObject, type Path, type PodTemplate } from './kinds.js';
import type { ObjectIndex } from './object-index.js';
/**
 * Shared logic of the resources and scaling checks: container requests as Kubernetes defaults them,
 * the effective request of a pod, LimitRange defaults, and what autoscalers scale on.
 */
export declare const computeResources: readonly ["cpu", "memory"];
export type ComputeResource = (typeof computeResources)[number];
export declare function isComputeResource(value: unknown): value is ComputeResource;
/** A quantity field counts as set when it holds something other than null or an empty string. */
export declare function isQuantitySet(list: unknown, name: string): boolean;
/**
 * A quantity in whole scheduler units: millicores for cpu, bytes for memory, rounded up as the API
 * server does ("0.1" is 100m, "100u" is 1m). Undefined when it is not a quantity or is negative.
 */
export declare function toUnits(resource: ComputeResource, value: unknown): number | undefined;
/** Millicores as written in a manifest: "2" for whole cores, else "1930m". */
export declare function formatCpu(millicores: number): string;
/** Bytes in the largest unit that divides them exactly (binary first: "7837Mi", "1G"), else in Gi or Mi. */
export declare function formatMemory(bytes: number): string;
export declare function formatResource(resource: ComputeResource, units: number): string;
/** What the LimitRanger admission plugin fills in for containers that leave a resource unset. */
export interface ContainerDefaults {
    /** The LimitRange's default request, as defaulted by the API (defaultRequest, else default, else max, else min). */
    request(resource: ComputeResource): {
        value: unknown;
        from: string;
    } | undefined;
    /** The LimitRange's default limit (default, else max). */
    limit(resource: ComputeResource): {
        value: unknown;
        from: string;
    } | undefined;
}
/**
 * The Container defaults of the LimitRanges in a namespace of the scope. Several LimitRanges each fill
 * in what is still missing, so the first one that defines a value wins.
 */
export declare function containerDefaults(index: ObjectIndex, namespace: string): ContainerDefaults;
export type RequestSource = 'request' | 'limit' | 'limitRange';
/** A container's request of one resource as the API server ends up setting it, and where it comes from. */
export interface ContainerRequest {
    /** The raw value (a quantity string or a number). */
    value: unknown;
    source: RequestSource;
    /** For a LimitRange default: which LimitRange. */
    from?: string;
}
/**
 * The request of a resource: requests.<r>, else limits.<r> (the API defaults the request to the limit),
 * else a LimitRange default of the namespace. Undefined when none applies.
 */
export declare function containerRequest(container: Container, resource: ComputeResource, defaults?: ContainerDefaults): ContainerRequest | undefined;
/** An init container with restartPolicy Always: a sidecar, which runs alongside the regular containers. */
export declare function isSidecar(at: ContainerAt): boolean;
/** The containers that run for the pod's whole life: regular containers and sidecars. */
export declare function runningContainers(pod: PodTemplate): ContainerAt[];
/** One container's share of a pod request. */
export interface Share {
    at: ContainerAt;
    units: number;
}
/** The effective request of a pod for one resource, in units (millicores or bytes), with its origin. */
export interface PodRequest {
    units: number;
    /** The containers whose requests add up to it (the regular containers and sidecars, or one init phase). */
    shares: Share[];
    /** Set when an init container's phase (with the sidecars started before it) needs more than the running pod. */
    initPhase?: ContainerAt;
    /** Set when pod-level resources (spec.resources) decide it. */
    podLevel?: boolean;
    /** spec.overhead, included in units. */
    overhead: number;
    /** The sum over the regular containers and sidecars, without overhead (what an init phase is compared with). */
    running: number;
}
/**
 * The effective request of a pod, as the scheduler computes it: the larger of the sum over regular
 * containers and sidecars, and of each init container's phase (its request plus the sidecars started
 * before it), plus spec.overhead. Pod-level requests (spec.resources) take precedence when set.
 */
export declare function podRequest(pod: PodTemplate, resource: ComputeResource, defaults?: ContainerDefaults): PodRequest;
export declare function isHorizontalPodAutoscaler(object: KubeObject): boolean;
export declare function isScaledObject(object: KubeObject): boolean;
export declare function isVerticalPodAutoscaler(object: KubeObject): boolean;
/** "HorizontalPodAutoscaler "api"", for messages. */
export declare function describeObject(object: KubeObject): string;
/** A cpu or memory metric an autoscaler scales on. */
export interface ResourceMetric {
    resource: ComputeResource;
    /** Target type Utilization: a percentage of the pods' requests. */
    utilization: boolean;
    /** A ContainerResource metric (or a KEDA trigger with containerName) looks at one container only. */
    container?: string;
    /** Where the autoscaler declares it (for an implicit default, where it would be written). */
    path: Path;
    /** For messages: "cpu utilization (target 70%)". */
    label: string;
}
/**
 * The cpu and memory metrics of an HPA (autoscaling/v1, v2, v2beta2, v2beta1) or a KEDA ScaledObject.
 * An HPA without metrics (or a v1 HPA without targetCPUUtilizationPercentage) scales on 80% cpu
 * utilization, which the API server fills in. Custom, object, pods and external metrics are left out.
 */
export declare function resourceMetricsOf(autoscaler: KubeObject): ResourceMetric[];
/** The scale target reference of an HPA or ScaledObject (scaleTargetRef) or a VPA (targetRef). */
export declare function targetRefOf(autoscaler: KubeObject): {
    ref: Record<string, unknown> | undefined;
    field: 'scaleTargetRef' | 'targetRef';
};
/** Joins labels as prose: "a", "a and b", "a, b and c". */
export declare function joinLabels(labels: readonly string[]): string;
export declare function capitalize(text: string): string;
