import { apiGroupOf, containersOf, groupOf, isRecord } from './kinds.js';
import { parseQuantity } from './quantity.js';
/**
 * Shared logic of the resources and scaling checks: container requests as Kubernetes defaults them,
 * the effective request of a pod, LimitRange defaults, and what autoscalers scale on.
 */
export const computeResources = ['cpu', 'memory'];
export function isComputeResource(value) {
    return value === 'cpu' || value === 'memory';
}
// ---------------------------------------------------------------------------------------------
// Quantities
/** A quantity field counts as set when it holds something other than null or an empty string. */
export function isQuantitySet(list, name) {
    if (!isRecord(list))
        return false;
    const value = list[name];
    return value !== undefined && value !== null && value !== '';
}
/**
 * A quantity in whole scheduler units: millicores for cpu, bytes for memory, rounded up as the API
 * server does ("0.1" is 100m, "100u" is 1m). Undefined when it is not a quantity or is negative.
 */
export function toUnits(resource, value) {
    const parsed = parseQuantity(value);
    if (parsed === undefined || parsed < 0)
        return undefined;
    const scaled = resource === 'cpu' ? parsed * 1000 : parsed;
    // Round away float noise first (0.1 * 1000 is 100.00000000000001), then up.
    return Math.ceil(Math.round(scaled * 1e6) / 1e6);
}
const binaryUnits = [
    ['Ei', 2 ** 60], ['Pi', 2 ** 50], ['Ti', 2 ** 40], ['Gi', 2 ** 30], ['Mi', 2 ** 20], ['Ki', 2 ** 10],
];
const decimalUnits = [
    ['E', 1e18], ['P', 1e15], ['T', 1e12], ['G', 1e9], ['M', 1e6], ['k', 1e3],
];
/** Millicores as written in a manifest: "2" for whole cores, else "1930m". */
export function formatCpu(millicores) {
    if (!Number.isFinite(millicores))
        return 'unlimited';
    return millicores % 1000 === 0 ? String(millicores / 1000) : `${millicores}m`;
}
/** Bytes in the largest unit that divides them exactly (binary first: "7837Mi", "1G"), else in Gi or Mi. */
export function formatMemory(bytes) {
    if (!Number.isFinite(bytes))
        return 'unlimited';
    if (bytes === 0)
        return '0';
    for (const [suffix, size] of binaryUnits)
        if (bytes % size === 0)
            return `${bytes / size}${suffix}`;
    for (const [suffix, size] of decimalUnits)
        if (bytes % size === 0)
            return `${bytes / size}${suffix}`;
    if (bytes >= 2 ** 30)
        return `${(bytes / 2 ** 30).toFixed(2)}Gi`;
    if (bytes >= 2 ** 20)
        return `${(bytes / 2 ** 20).toFixed(2)}Mi`;
    return String(bytes);
}
export function formatResource(resource, units) {
    return resource === 'cpu' ? formatCpu(units) : formatMemory(units);
}
/**
 * The Container defaults of the LimitRanges in a namespace of the scope. Several LimitRanges each fill
 * in what is still missing, so the first one that defines a value wins.
 */
export function containerDefaults(index, namespace) {
    const items = [];
    for (const entry of index.ofKind('LimitRange', namespace)) {
        if (groupOf(entry.ref) !== '')
            continue;
        const spec = entry.object['spec'];
        const limits = isRecord(spec) ? spec['limits'] : undefined;
        if (!Array.isArray(limits))
            continue;
        for (const item of limits) {
            if (isRecord(item) && item['type'] === 'Container')
                items.push({ item, name: entry.ref.name });
        }
    }
    const first = (fields, resource) => {
        for (const { item, name } of items) {
            for (const field of fields) {
                if (isQuantitySet(item[field], resource)) {
                    return { value: item[field][resource], from: `LimitRange "${name}" ${field}` };
                }
            }
        }
        return undefined;
    };
    return {
        request: (resource) => first(['defaultRequest', 'default', 'max', 'min'], resource),
        limit: (resource) => first(['default', 'max'], resource),
    };
}
/**
 * The request of a resource: requests.<r>, else limits.<r> (the API defaults the request to the limit),
 * else a LimitRange default of the namespace. Undefined when none applies.
 */
export function containerRequest(container, resource, defaults) {
    const resources = container.resources;
    const requests = isRecord(resources) ? resources['requests'] : undefined;
    const limits = isRecord(resources) ? resources['limits'] : undefined;
    if (isQuantitySet(requests, resource))
        return { value: requests[resource], source: 'request' };
    if (isQuantitySet(limits, resource))
        return { value: limits[resource], source: 'limit' };
    const fallback = defaults?.request(resource);
    return fallback ? { value: fallback.value, source: 'limitRange', from: fallback.from } : undefined;
}
/** An init container with restartPolicy Always: a sidecar, which runs alongside the regular containers. */
export function isSidecar(at) {
    return at.role === 'initContainer' && at.container.restartPolicy === 'Always';
}
/** The containers that run for the pod's whole life: regular containers and sidecars. */
export function runningContainers(pod) {
    return containersOf(pod).filter((at) => at.role === 'container' || isSidecar(at));
}
/**
 * The effective request of a pod, as the scheduler computes it: the larger of the sum over regular
 * containers and sidecars, and of each init container's phase (its request plus the sidecars started
 * before it), plus spec.overhead. Pod-level requests (spec.resources) take precedence when set.
 */
export function podRequest(pod, resource, defaults) {
    const overhead = toUnits(resource, isRecord(pod.spec.overhead) ? pod.spec.overhead[resource] : undefined) ?? 0;
    const podResources = pod.spec['resources'];
    if (isRecord(podResources)) {
        const requests = podResources['requests'];
        const limits = podResources['limits'];
        const raw = isQuantitySet(requests, resource) ? requests[resource] : isQuantitySet(limits, resource) ? limits[resource] : undefined;
        const units = toUnits(resource, raw);
        if (units !== undefined)
            return { units: units + overhead, shares: [], podLevel: true, overhead, running: units };
    }
    const unitsOf = (at) => {
        const request = containerRequest(at.container, resource, defaults);
        return request ? (toUnits(resource, request.value) ?? 0) : 0;
    };
    const running = containersOf(pod, ['container']).map((at) => ({ at, units: unitsOf(at) }));
    const sidecarsSoFar = [];
    let initMax = 0;
    let initPhase;
    let initShares = [];
    for (const at of containersOf(pod, ['initContainer'])) {
        const share = { at, units: unitsOf(at) };
        let phase;
        if (isSidecar(at)) {
            sidecarsSoFar.push(share);
            running.push(share);
            phase = [...sidecarsSoFar];
        }
        else {
            phase = [share, ...sidecarsSoFar];
        }
        const total = sum(phase);
        if (total > initMax) {
            initMax = total;
            initPhase = at;
            initShares = phase;
        }
    }
    const runningTotal = sum(running);
    if (initPhase && initMax > runningTotal)
        return { units: initMax + overhead, shares: initShares, initPhase, overhead, running: runningTotal };
    return { units: runningTotal + overhead, shares: running, overhead, running: runningTotal };
}
function sum(shares) {
    return shares.reduce((total, share) => total + share.units, 0);
}
// ---------------------------------------------------------------------------------------------
// Autoscalers
export function isHorizontalPodAutoscaler(object) {
    return object.kind === 'HorizontalPodAutoscaler' && groupOf(object) === 'autoscaling';
}
export function isScaledObject(object) {
    return object.kind === 'ScaledObject' && apiGroupOf(object.apiVersion) === 'keda.sh';
}
export function isVerticalPodAutoscaler(object) {
    return object.kind === 'VerticalPodAutoscaler' && apiGroupOf(object.apiVersion) === 'autoscaling.k8s.io';
}
/** "HorizontalPodAutoscaler "api"", for messages. */
export function describeObject(object) {
    const name = object.metadata?.name;
    return `${object.kind} "${typeof name === 'string' ? name : '?'}"`;
}
/**
 * The cpu and memory metrics of an HPA (autoscaling/v1, v2, v2beta2, v2beta1) or a KEDA ScaledObject.
 * An HPA without metrics (or a v1 HPA without targetCPUUtilizationPercentage) scales on 80% cpu
 * utilization, which the API server fills in. Custom, object, pods and external metrics are left out.
 */
export function resourceMetricsOf(autoscaler) {
    const spec = autoscaler['spec'];
    if (!isRecord(spec))
        return [];
    if (isScaledObject(autoscaler))
        return kedaMetrics(spec);
    if (!isHorizontalPodAutoscaler(autoscaler))
        return [];
    const metrics = spec['metrics'];
    const isV1 = autoscaler.apiVersion === 'autoscaling/v1';
    if (!isV1 && Array.isArray(metrics) && metrics.length > 0) {
        const result = [];
        metrics.forEach((metric, i) => {
            const found = isRecord(metric) ? hpaMetric(metric, ['spec', 'metrics', i]) : undefined;
            if (found)
                result.push(found);
        });
        return result;
    }
    const percent = spec['targetCPUUtilizationPercentage'];
    if (percent !== undefined && percent !== null) {
        return [{ resource: 'cpu', utilization: true, path: ['spec', 'targetCPUUtilizationPercentage'], label: `cpu utilization (target ${String(percent)}%)` }];
    }
    return [
        {
            resource: 'cpu',
            utilization: true,
            path: isV1 ? ['spec', 'targetCPUUtilizationPercentage'] : ['spec', 'metrics'],
            label: 'cpu utilization (the default target of 80%, as no metric is set)',
        },
    ];
}
function hpaMetric(metric, path) {
    const type = metric['type'];
    const field = type === 'ContainerResource' ? 'containerResource' : type === 'Resource' || type === undefined ? 'resource' : undefined;
    const source = field ? metric[field] : undefined;
    if (!isRecord(source) || !isComputeResource(source['name']))
        return undefined;
    const resource = source['name'];
    const container = field === 'containerResource' && typeof source['container'] === 'string' ? source['container'] : undefined;
    const target = source['target'];
    let utilization = false;
    let detail = '';
    if (isRecord(target)) {
        // autoscaling/v2 and v2beta2: target.type Utilization | AverageValue | Value.
        const targetType = target['type'];
        utilization = targetType === 'Utilization' || (targetType === undefined && target['averageUtilization'] !== undefined);
        detail = utilization ? `target ${String(target['averageUtilization'])}%` : `target ${String(target['averageValue'] ?? target['value'])}`;
    }
    else if (source['targetAverageUtilization'] !== undefined) {
        // autoscaling/v2beta1.
        utilization = true;
        detail = `target ${String(source['targetAverageUtilization'])}%`;
    }
    else if (source['targetAverageValue'] !== undefined) {
        detail = `target ${String(source['targetAverageValue'])}`;
    }
    const what = `${container ? `container "${container}" ` : ''}${resource} ${utilization ? 'utilization' : 'usage'}`;
    return { resource, utilization, ...(container !== undefined && { container }), path, label: detail ? `${what} (${detail})` : what };
}
/** KEDA cpu and memory triggers: metricType (or the older metadata.type) defaults to Utilization. */
function kedaMetrics(spec) {
    const triggers = spec['triggers'];
    if (!Array.isArray(triggers))
        return [];
    const result = [];
    triggers.forEach((trigger, i) => {
        if (!isRecord(trigger) || !isComputeResource(trigger['type']))
            return;
        const resource = trigger['type'];
        const metadata = isRecord(trigger['metadata']) ? trigger['metadata'] : {};
        const metricType = trigger['metricType'] ?? metadata['type'] ?? 'Utilization';
        const utilization = metricType === 'Utilization';
        const container = typeof metadata['containerName'] === 'string' && metadata['containerName'] !== '' ? metadata['containerName'] : undefined;
        const value = metadata['value'];
        const what = `${container ? `container "${container}" ` : ''}${resource} ${utilization ? 'utilization' : 'usage'}`;
        const detail = value === undefined ? '' : ` (target ${String(value)}${utilization ? '%' : ''})`;
        result.push({ resource, utilization, ...(container !== undefined && { container }), path: ['spec', 'triggers', i], label: `${what}${detail}` });
    });
    return result;
}
/** The scale target reference of an HPA or ScaledObject (scaleTargetRef) or a VPA (targetRef). */
export function targetRefOf(autoscaler) {
    const field = isVerticalPodAutoscaler(autoscaler) ? 'targetRef' : 'scaleTargetRef';
    const spec = autoscaler['spec'];
    const ref = isRecord(spec) ? spec[field] : undefined;
    return { ref: isRecord(ref) ? ref : undefined, field };
}
/** Joins labels as prose: "a", "a and b", "a, b and c". */
export function joinLabels(labels) {
    if (labels.length <= 1)
        return labels.join('');
    return `${labels.slice(0, -1).join(', ')} and ${labels[labels.length - 1]}`;
}
export function capitalize(text) {
    return text.charAt(0).toUpperCase() + text.slice(1);
}
