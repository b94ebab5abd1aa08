import type { Container, Probe, ServicePort } from 'kubernetes-types/core/v1.js';
import { type ContainerAt, type KubeObject, type PodTemplate } from './kinds.js';
import type { IndexedObject, ObjectIndex } from './object-index.js';
/** Shared logic of the probe checks: which containers probe, probe timing, named ports, who serves. */
export type ProbeField = 'livenessProbe' | 'readinessProbe' | 'startupProbe';
export declare const probeFields: readonly ProbeField[];
/** Kubernetes' defaults (SetDefaults_Probe): a zero or unset value takes them. */
export declare const defaultPeriodSeconds = 10;
export declare const defaultFailureThreshold = 3;
/**
 * Long-running workloads whose containers are restarted and kept in rotation: Deployments, StatefulSets,
 * DaemonSets, ReplicaSets, ReplicationControllers, and bare Pods unless their restartPolicy (Never,
 * OnFailure) says they are meant to finish, like the Jobs and CronJobs left out as well.
 */
export declare function runsContinuously(object: KubeObject): boolean;
/** An init container with restartPolicy: Always is a sidecar: it keeps running and may carry probes. */
export declare function isSidecar(at: ContainerAt): boolean;
/** The containers that run probes: regular containers and sidecar init containers. */
export declare function probedContainersOf(pod: PodTemplate): ContainerAt[];
/** A probe as written, when it is a mapping (a null, a string or a list is no probe). */
export declare function probeOf(container: Container, field: ProbeField): Probe | undefined;
export interface FailureWindow {
    /** periodSeconds x failureThreshold: how long a failing endpoint takes to count as failed. */
    seconds: number;
    periodSeconds: number;
    failureThreshold: number;
}
/**
 * The failure window of a probe, with Kubernetes' defaults for unset (or zero) fields. Undefined when
 * a field holds something the API would reject (a string, a fraction, a negative number), since then
 * there is nothing to judge.
 */
export declare function failureWindowOf(probe: Probe): FailureWindow | undefined;
/** `periodSeconds 20 x default failureThreshold 3`: the values, marking those Kubernetes fills in. */
export declare function describeWindow(probe: Probe, window: FailureWindow): string;
/** A port given by name: a string that is not all digits (a quoted number is left to the API server). */
export declare function isNamedPort(port: unknown): port is string;
/** The container's own ports; kubelet resolves a probe's named port only against these. */
export declare function declaredPorts(container: Container): {
    name: string | undefined;
    containerPort: unknown;
}[];
/**
 * The Services through which the workload receives traffic that readiness gates. A Service that
 * publishes not-ready addresses sends traffic whatever the probe says, and an ExternalName Service
 * has no endpoints, so neither counts.
 */
export declare function servingServices(entry: IndexedObject, index: ObjectIndex): IndexedObject[];
/** The port a Service port sends to: targetPort, or the port itself when unset. */
export declare function targetPortOf(port: ServicePort): number | string | undefined;
/** The port entries of a Service, when it is one. */
export declare function servicePortsOf(service: IndexedObject): ServicePort[];
/** Whether a container declares the port a Service targets (by number or by name). */
export declare function declaresTarget(container: Container, target: number | string): boolean;
/** `container "api"`, `sidecar container "proxy"` (an init container with restartPolicy: Always). */
export declare function probeContainerLabel(at: ContainerAt): string;
/** The same label, to start a sentence. */
export declare function sentenceLabel(at: ContainerAt): string;
