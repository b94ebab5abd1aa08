import type { Service, ServicePort } from 'kubernetes-types/core/v1.js';
import { type KubeObject, type Path } from './kinds.js';
import { type IndexedObject, type ObjectIndex } from './object-index.js';
/**
 * Shared logic of the networking and environments checks: Ingress backends in every API shape, the
 * ports a Service exposes, and the short name of an image.
 */
/** Ingress from networking.k8s.io (v1, v1beta1) or the old extensions/v1beta1. */
export declare function isIngress(object: KubeObject): boolean;
/** The port an Ingress backend asks for: a number, or the name of a Service port. */
export interface BackendPort {
    value: number | string;
    path: Path;
}
/** One Service backend of an Ingress, in either shape (v1 `service.name`/`service.port`, v1beta1 `serviceName`/`servicePort`). */
export interface IngressBackendAt {
    /** Path of the backend object itself. */
    path: Path;
    serviceName: string;
    /** Path of the field holding the Service name. */
    namePath: Path;
    /** Undefined when the backend names no port at all. */
    port: BackendPort | undefined;
    /** Where a missing port belongs. */
    portParentPath: Path;
}
/**
 * Every Service backend of an Ingress: the default backend (spec.defaultBackend, or spec.backend in
 * v1beta1) and each rules[].http.paths[].backend. Resource backends and malformed entries are left out.
 */
export declare function ingressBackends(object: KubeObject): IngressBackendAt[];
/** The well-formed entries of a Service's spec.ports. */
export declare function servicePortsOf(service: KubeObject): ServicePort[];
/**
 * The Service port a backend port refers to: a number (or a string of digits) matches `port`, any other
 * string matches the port's `name`.
 */
export declare function findServicePort(ports: readonly ServicePort[], wanted: number | string): ServicePort | undefined;
/** A Service port as people say it: `80/http` or `80`. */
export declare function describeServicePort(port: ServicePort): string;
/** The last segment of an image's repository, lowercased: `nginx` for `docker.io/library/nginx:1.27`. */
export declare function imageBaseName(image: unknown): string | undefined;
/** The repository of an image without its registry, lowercased: `jaegertracing/all-in-one`. */
export declare function imageRepository(image: unknown): string | undefined;
/** The value at a path inside an object, or undefined when any step is missing. */
export declare function valueAt(root: unknown, path: Path): unknown;
/** A string map (labels, annotations) at a path, with every value as a string. */
export declare function stringMapAt(root: unknown, path: Path): Record<string, string>;
/** A label or annotation value as text: a string, number or boolean; undefined for anything else. */
export declare function scalarText(value: unknown): string | undefined;
/** Whether selectsPodsOf may find a label under this key on pods without it in their template (looked up as it does). */
export declare function isControllerLabelKey(key: string): boolean;
/**
 * The workloads (any namespace, scope order) whose pods may carry every label of `required` (a Service
 * selector or a matchLabels): those whose template has one of its key=value pairs, other than a label a
 * controller adds (the fewest of them), or every workload when there is no such pair. A prefilter: callers
 * apply the real matcher.
 */
export declare function workloadsThatMayMatch(index: ObjectIndex, required: unknown): readonly IndexedObject[];
/** Whether a Service's map selector (non-empty) matches a workload's pods, controller-added labels included. */
export declare function selectsPodsOf(selector: Readonly<Record<string, unknown>>, workload: IndexedObject): boolean;
/** The workloads of the scope whose pods a Service selects (none for a Service without a selector). */
export declare function podsOfService(index: ObjectIndex, service: IndexedObject): IndexedObject[];
/** The core/v1 Services of that name in a namespace of the scope (a scope can hold more than one variant). */
export declare function servicesNamed(index: ObjectIndex, name: string, namespace: string): (IndexedObject & {
    object: KubeObject & Service;
})[];
/**
 * Custom resources of a namespace that an operator may turn into pods and Services (a Prometheus, an
 * Elasticsearch, a Rollout). Resources that only configure something else (monitors, rules, certificates,
 * mesh and autoscaling settings) are left out.
 */
export declare function operatorResourcesIn(index: ObjectIndex, namespace: string): readonly IndexedObject[];
/** The operator resources (as operatorResourcesIn) of that name in a namespace. */
export declare function operatorResourcesNamed(index: ObjectIndex, name: string, namespace: string): readonly IndexedObject[];
/**
 * The operator resources (as operatorResourcesIn) of a namespace that carry or set on their pods every label
 * of a map selector: in metadata.labels, spec.template.metadata.labels (a Rollout) or spec.podMetadata.labels.
 */
export declare function operatorResourcesLabelled(index: ObjectIndex, selector: Readonly<Record<string, unknown>>, namespace: string): readonly IndexedObject[];
