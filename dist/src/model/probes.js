import { findPlaceholder } from './placeholder.js';
import { containerLabel, containersOf, isKind, isRecord } from './kinds.js';
import { isLongRunning } from './workloads.js';
export const probeFields = ['livenessProbe', 'readinessProbe', 'startupProbe'];
/** Kubernetes' defaults (SetDefaults_Probe): a zero or unset value takes them. */
export const defaultPeriodSeconds = 10;
export const defaultFailureThreshold = 3;
/**
 * Long-running workloads whose containers are restarted and kept in rotation: Deployments, StatefulSets,
 * DaemonSets, ReplicaSets, ReplicationControllers, and bare Pods unless their restartPolicy (Never,
 * OnFailure) says they are meant to finish, like the Jobs and CronJobs left out as well.
 */
export function runsContinuously(object) {
    if (!isLongRunning(object))
        return false;
    if (isKind(object, 'Pod')) {
        const policy = isRecord(object.spec) ? object.spec.restartPolicy : undefined;
        return policy === undefined || policy === 'Always';
    }
    return true;
}
/** An init container with restartPolicy: Always is a sidecar: it keeps running and may carry probes. */
export function isSidecar(at) {
    return at.role === 'initContainer' && at.container.restartPolicy === 'Always';
}
/** The containers that run probes: regular containers and sidecar init containers. */
export function probedContainersOf(pod) {
    return containersOf(pod).filter((at) => at.role === 'container' || isSidecar(at));
}
/** A probe as written, when it is a mapping (a null, a string or a list is no probe). */
export function probeOf(container, field) {
    const probe = container[field];
    return isRecord(probe) ? probe : undefined;
}
/**
 * The failure window of a probe, with Kubernetes' defaults for unset (or zero) fields. Undefined when
 * a field holds something the API would reject (a string, a fraction, a negative number), since then
 * there is nothing to judge.
 */
export function failureWindowOf(probe) {
    const periodSeconds = timingValue(probe.periodSeconds, defaultPeriodSeconds);
    const failureThreshold = timingValue(probe.failureThreshold, defaultFailureThreshold);
    if (periodSeconds === undefined || failureThreshold === undefined)
        return undefined;
    return { seconds: periodSeconds * failureThreshold, periodSeconds, failureThreshold };
}
function timingValue(value, fallback) {
    if (value === undefined || value === null)
        return fallback;
    if (typeof value !== 'number' || !Number.isInteger(value) || value < 0)
        return undefined;
    return value === 0 ? fallback : value;
}
/** `periodSeconds 20 x default failureThreshold 3`: the values, marking those Kubernetes fills in. */
export function describeWindow(probe, window) {
    const period = `${probe.periodSeconds ? '' : 'default '}periodSeconds ${window.periodSeconds}`;
    const threshold = `${probe.failureThreshold ? '' : 'default '}failureThreshold ${window.failureThreshold}`;
    return `${period} x ${threshold}`;
}
/** A port given by name: a string that is not all digits (a quoted number is left to the API server). */
export function isNamedPort(port) {
    // A leftover placeholder (${PORT}) is template-placeholder's finding, not a port name.
    return typeof port === 'string' && port !== '' && !/^\d+$/.test(port) && findPlaceholder(port) === undefined;
}
/** The container's own ports; kubelet resolves a probe's named port only against these. */
export function declaredPorts(container) {
    const ports = container.ports;
    if (!Array.isArray(ports))
        return [];
    return ports.filter(isRecord).map((port) => ({
        name: typeof port['name'] === 'string' ? port['name'] : undefined,
        containerPort: port['containerPort'],
    }));
}
/**
 * The Services through which the workload receives traffic that readiness gates. A Service that
 * publishes not-ready addresses sends traffic whatever the probe says, and an ExternalName Service
 * has no endpoints, so neither counts.
 */
export function servingServices(entry, index) {
    return index.servicesSelecting(entry).filter((service) => {
        const spec = service.object['spec'];
        if (!isRecord(spec))
            return false;
        return spec['publishNotReadyAddresses'] !== true && spec['type'] !== 'ExternalName';
    });
}
/** The port a Service port sends to: targetPort, or the port itself when unset. */
export function targetPortOf(port) {
    const target = port.targetPort ?? port.port;
    if (typeof target === 'number')
        return target;
    if (typeof target === 'string' && /^\d+$/.test(target))
        return Number(target);
    return typeof target === 'string' && target !== '' ? target : undefined;
}
/** The port entries of a Service, when it is one. */
export function servicePortsOf(service) {
    const spec = service.object.spec;
    const ports = isRecord(spec) ? spec.ports : undefined;
    return Array.isArray(ports) ? ports.filter(isRecord) : [];
}
/** Whether a container declares the port a Service targets (by number or by name). */
export function declaresTarget(container, target) {
    return declaredPorts(container).some((port) => (typeof target === 'number' ? port.containerPort === target : port.name === target));
}
/** `container "api"`, `sidecar container "proxy"` (an init container with restartPolicy: Always). */
export function probeContainerLabel(at) {
    return isSidecar(at) ? `sidecar ${containerLabel({ ...at, role: 'container' })}` : containerLabel(at);
}
/** The same label, to start a sentence. */
export function sentenceLabel(at) {
    const label = probeContainerLabel(at);
    return label.charAt(0).toUpperCase() + label.slice(1);
}
