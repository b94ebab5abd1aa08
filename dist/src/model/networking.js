import { parseImage } from './image.js';
import { apiGroupOf, groupOf, isBuiltInGroup, isKind, isRecord } from './kinds.js';
import { entriesByKey, entriesWhere, sameNamespace } from './object-index.js';
import { labelLookup, matchesLabelMap } from './selectors.js';
/**
 * Shared logic of the networking and environments checks: Ingress backends in every API shape, the
 * ports a Service exposes, and the short name of an image.
 */
/** Ingress from networking.k8s.io (v1, v1beta1) or the old extensions/v1beta1. */
export function isIngress(object) {
    const group = groupOf(object);
    return object.kind === 'Ingress' && (group === 'networking.k8s.io' || group === 'extensions');
}
/**
 * Every Service backend of an Ingress: the default backend (spec.defaultBackend, or spec.backend in
 * v1beta1) and each rules[].http.paths[].backend. Resource backends and malformed entries are left out.
 */
export function ingressBackends(object) {
    if (!isIngress(object))
        return [];
    const spec = object['spec'];
    if (!isRecord(spec))
        return [];
    const result = [];
    for (const field of ['defaultBackend', 'backend']) {
        const backend = serviceBackendAt(spec[field], ['spec', field]);
        if (backend)
            result.push(backend);
    }
    const rules = spec['rules'];
    if (!Array.isArray(rules))
        return result;
    rules.forEach((rule, i) => {
        if (!isRecord(rule) || !isRecord(rule['http']))
            return;
        const paths = rule['http']['paths'];
        if (!Array.isArray(paths))
            return;
        paths.forEach((entry, j) => {
            if (!isRecord(entry))
                return;
            const backend = serviceBackendAt(entry['backend'], ['spec', 'rules', i, 'http', 'paths', j, 'backend']);
            if (backend)
                result.push(backend);
        });
    });
    return result;
}
function serviceBackendAt(backend, path) {
    if (!isRecord(backend))
        return undefined;
    const service = backend['service'];
    if (isRecord(service)) {
        const name = service['name'];
        if (typeof name !== 'string' || name === '')
            return undefined;
        const port = service['port'];
        let found;
        if (isRecord(port)) {
            if (typeof port['number'] === 'number' || typeof port['number'] === 'string') {
                found = { value: port['number'], path: [...path, 'service', 'port', 'number'] };
            }
            else if (typeof port['name'] === 'string') {
                found = { value: port['name'], path: [...path, 'service', 'port', 'name'] };
            }
        }
        return { path, serviceName: name, namePath: [...path, 'service', 'name'], port: found, portParentPath: [...path, 'service'] };
    }
    const name = backend['serviceName'];
    if (typeof name !== 'string' || name === '')
        return undefined;
    const port = backend['servicePort'];
    return {
        path,
        serviceName: name,
        namePath: [...path, 'serviceName'],
        port: typeof port === 'number' || typeof port === 'string' ? { value: port, path: [...path, 'servicePort'] } : undefined,
        portParentPath: path,
    };
}
/** The well-formed entries of a Service's spec.ports. */
export function servicePortsOf(service) {
    const spec = service['spec'];
    const ports = isRecord(spec) ? spec['ports'] : undefined;
    return Array.isArray(ports) ? ports.filter(isRecord) : [];
}
/**
 * The Service port a backend port refers to: a number (or a string of digits) matches `port`, any other
 * string matches the port's `name`.
 */
export function findServicePort(ports, wanted) {
    if (typeof wanted === 'number' || /^\d+$/.test(wanted.trim())) {
        const number = Number(wanted);
        return ports.find((port) => Number(port.port) === number);
    }
    return ports.find((port) => port.name === wanted);
}
/** A Service port as people say it: `80/http` or `80`. */
export function describeServicePort(port) {
    return typeof port.name === 'string' && port.name !== '' ? `${String(port.port)}/${port.name}` : String(port.port);
}
/** The last segment of an image's repository, lowercased: `nginx` for `docker.io/library/nginx:1.27`. */
export function imageBaseName(image) {
    if (typeof image !== 'string' || image.trim() === '')
        return undefined;
    const repository = parseImage(image.trim()).repository.toLowerCase();
    return repository.slice(repository.lastIndexOf('/') + 1);
}
/** The repository of an image without its registry, lowercased: `jaegertracing/all-in-one`. */
export function imageRepository(image) {
    if (typeof image !== 'string' || image.trim() === '')
        return undefined;
    return parseImage(image.trim()).repository.toLowerCase();
}
/** The value at a path inside an object, or undefined when any step is missing. */
export function valueAt(root, path) {
    let current = root;
    for (const key of path) {
        if (typeof key === 'number') {
            if (!Array.isArray(current))
                return undefined;
            current = current[key];
        }
        else {
            if (!isRecord(current))
                return undefined;
            current = current[key];
        }
    }
    return current;
}
/** A string map (labels, annotations) at a path, with every value as a string. */
export function stringMapAt(root, path) {
    const map = valueAt(root, path);
    if (!isRecord(map))
        return {};
    const result = {};
    for (const [key, value] of Object.entries(map)) {
        const text = scalarText(value);
        if (text !== undefined)
            result[key] = text;
    }
    return result;
}
/** A label or annotation value as text: a string, number or boolean; undefined for anything else. */
export function scalarText(value) {
    return typeof value === 'string' || typeof value === 'number' || typeof value === 'boolean' ? String(value) : undefined;
}
/**
 * Labels a controller adds to the pods it creates, which a Service may select on though no template
 * spells them out: whether the workload's kind adds the key, and whether the value can be one it writes.
 */
const controllerLabels = {
    'statefulset.kubernetes.io/pod-name': (w, v) => w.ref.kind === 'StatefulSet' && v.startsWith(`${w.ref.name}-`) && /^\d+$/.test(v.slice(w.ref.name.length + 1)),
    'apps.kubernetes.io/pod-index': (w, v) => w.ref.kind === 'StatefulSet' && /^\d+$/.test(v),
    'controller-revision-hash': (w) => w.ref.kind === 'StatefulSet' || w.ref.kind === 'DaemonSet',
    'pod-template-hash': (w) => w.ref.kind === 'Deployment' || w.ref.kind === 'ReplicaSet',
    'job-name': (w, v) => (w.ref.kind === 'Job' ? v === w.ref.name : w.ref.kind === 'CronJob' && v.startsWith(`${w.ref.name}-`)),
    'batch.kubernetes.io/job-name': (w, v) => (w.ref.kind === 'Job' ? v === w.ref.name : w.ref.kind === 'CronJob' && v.startsWith(`${w.ref.name}-`)),
    'controller-uid': (w) => w.ref.kind === 'Job' || w.ref.kind === 'CronJob',
    'batch.kubernetes.io/controller-uid': (w) => w.ref.kind === 'Job' || w.ref.kind === 'CronJob',
    'batch.kubernetes.io/job-completion-index': (w, v) => (w.ref.kind === 'Job' || w.ref.kind === 'CronJob') && /^\d+$/.test(v),
};
/** Whether selectsPodsOf may find a label under this key on pods without it in their template (looked up as it does). */
export function isControllerLabelKey(key) {
    return controllerLabels[key] !== undefined;
}
// Scanned for the first few questions, filed by pod label after (see labelLookup).
const workloadsByLabel = (workloads) => labelLookup(workloads, (workload) => (workload.pod ? [workload.pod.labels] : []));
/**
 * The workloads (any namespace, scope order) whose pods may carry every label of `required` (a Service
 * selector or a matchLabels): those whose template has one of its key=value pairs, other than a label a
 * controller adds (the fewest of them), or every workload when there is no such pair. A prefilter: callers
 * apply the real matcher.
 */
export function workloadsThatMayMatch(index, required) {
    if (!isRecord(required))
        return index.workloads;
    // A label a controller adds may be missing from the template: only the others narrow the candidates.
    const templateLabels = {};
    for (const key in required)
        if (Object.hasOwn(required, key) && !isControllerLabelKey(key))
            templateLabels[key] = required[key];
    return index.sift(workloadsByLabel, { workloads: true })(templateLabels);
}
/** Whether a Service's map selector (non-empty) matches a workload's pods, controller-added labels included. */
export function selectsPodsOf(selector, workload) {
    const labels = workload.pod?.labels;
    const entries = Object.entries(selector);
    if (!labels || entries.length === 0)
        return false;
    return entries.every(([key, raw]) => {
        const value = String(raw);
        if (labels[key] === value)
            return true;
        return labels[key] === undefined && (controllerLabels[key]?.(workload, value) ?? false);
    });
}
/** The workloads of the scope whose pods a Service selects (none for a Service without a selector). */
export function podsOfService(index, service) {
    const spec = service.object['spec'];
    const selector = isRecord(spec) ? spec['selector'] : undefined;
    if (!isRecord(selector))
        return [];
    return workloadsThatMayMatch(index, selector).filter((entry) => sameNamespace(entry.ref.namespace, service.ref.namespace) && selectsPodsOf(selector, entry));
}
/** The core/v1 Services of that name in a namespace of the scope (a scope can hold more than one variant). */
export function servicesNamed(index, name, namespace) {
    return index.named('Service', name, namespace).filter((entry) => isKind(entry.object, 'Service'));
}
/**
 * Custom resources of a namespace that an operator may turn into pods and Services (a Prometheus, an
 * Elasticsearch, a Rollout). Resources that only configure something else (monitors, rules, certificates,
 * mesh and autoscaling settings) are left out.
 */
export function operatorResourcesIn(index, namespace) {
    return index.sift(operatorResources, { namespace })();
}
/** The operator resources (as operatorResourcesIn) of that name in a namespace. */
export function operatorResourcesNamed(index, name, namespace) {
    return index.sift(operatorResourcesByName, { namespace })(name);
}
/**
 * The operator resources (as operatorResourcesIn) of a namespace that carry or set on their pods every label
 * of a map selector: in metadata.labels, spec.template.metadata.labels (a Rollout) or spec.podMetadata.labels.
 */
export function operatorResourcesLabelled(index, selector, namespace) {
    return index.sift(operatorResourcesByLabel, { namespace })(selector).filter((resource) => podLabelMapsOf(resource).some((labels) => matchesLabelMap(selector, labels)));
}
const podLabelPaths = [
    ['metadata', 'labels'],
    ['spec', 'template', 'metadata', 'labels'],
    ['spec', 'podMetadata', 'labels'],
];
function isOperatorResource(entry) {
    const group = apiGroupOf(entry.ref.apiVersion);
    return !isBuiltInGroup(group) && !configurationGroups.has(group) && !configurationKinds.has(entry.ref.kind);
}
const podLabelMaps = new WeakMap();
/** The non-empty label maps an operator resource carries or sets on its pods. */
function podLabelMapsOf(entry) {
    let maps = podLabelMaps.get(entry.object);
    if (!maps)
        podLabelMaps.set(entry.object, (maps = podLabelPaths.map((path) => stringMapAt(entry.object, path)).filter((labels) => Object.keys(labels).length > 0)));
    return maps;
}
const operatorResources = entriesWhere(isOperatorResource);
const operatorResourcesByName = entriesByKey((entry) => (isOperatorResource(entry) ? [entry.ref.name] : []));
const operatorResourcesByLabel = (list) => labelLookup(list.filter(isOperatorResource), podLabelMapsOf);
const configurationGroups = new Set([
    'cert-manager.io',
    'acme.cert-manager.io',
    'networking.istio.io',
    'security.istio.io',
    'telemetry.istio.io',
    'keda.sh',
    'external-secrets.io',
    'bitnami.com',
    'traefik.io',
    'traefik.containo.us',
]);
const configurationKinds = new Set(['ServiceMonitor', 'PodMonitor', 'PrometheusRule', 'Probe', 'ScrapeConfig', 'AlertmanagerConfig']);
