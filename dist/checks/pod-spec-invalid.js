import { defineObjectCheck } from '../src/engine/check.js';
import { containerLabel, containerSubject, containersOf, isKind, isRecord, podTemplateOf, } from '../src/model/kinds.js';
import { findPlaceholder } from '../src/model/placeholder.js';
import { portNameProblem } from '../src/model/k8s-names.js';
import { isSidecar, probeContainerLabel, probeFields } from '../src/model/probes.js';
import { compareQuantities } from '../src/model/quantity.js';
/**
 * The kinds whose pod spec the API server validates on create (ValidatePodCreate for a Pod,
 * ValidatePodTemplateSpec for the others). A StatefulSet is left out on purpose: the apps validation
 * (ValidatePodTemplateSpecForStatefulSet) checks only the template's labels and annotations, so the
 * server accepts a StatefulSet with any of these mistakes and its pods fail later, at creation.
 * Custom resources that carry a pod template (Argo Rollouts...) are validated by their schema only.
 */
const validatedKinds = ['Pod', 'Deployment', 'DaemonSet', 'ReplicaSet', 'ReplicationController', 'Job', 'CronJob'];
const probeHandlers = ['exec', 'httpGet', 'tcpSocket', 'grpc'];
// LifecycleHandler has no grpc, and has sleep (PodLifecycleSleepAction, on by default since 1.30).
const lifecycleHandlers = ['exec', 'httpGet', 'tcpSocket', 'sleep'];
const probeNames = { livenessProbe: 'liveness', readinessProbe: 'readiness', startupProbe: 'startup' };
export default defineObjectCheck({
    meta: {
        id: 'pod-spec-invalid',
        title: 'Pod spec the API server rejects',
        severity: 'error',
        category: 'correctness',
        description: 'Applies rules of the API server\'s pod validation (pkg/apis/core/validation: ValidatePodSpec, ' +
            'validateContainers, validateInitContainers, validateEphemeralContainers, ValidateVolumes, ' +
            'ValidateVolumeMounts, validateContainerPorts, validateProbe, validateLifecycle, validateHandler, ' +
            'ValidateResourceRequirements) that no schema carries, to Pods and to the pod templates of Deployments, ' +
            'DaemonSets, ReplicaSets, ReplicationControllers, Jobs and CronJobs. It fires on: a container name used twice ' +
            'across containers, init containers and ephemeral containers; a volume name used twice; a volumeMount whose ' +
            'name is no volume of the pod; a container port name that is not an IANA_SVC_NAME (at most 15 characters of ' +
            'a-z, 0-9 and "-", at least one letter, no "--", no "-" at either end) or that repeats within the container; a ' +
            'containerPort outside 1-65535, or a hostPort outside it when set; a probe (of a container or a sidecar) or a ' +
            'postStart/preStop handler with no handler or more than one (exec, httpGet, tcpSocket, grpc for probes; exec, ' +
            'httpGet, tcpSocket, sleep for lifecycle hooks); a resource request above its limit, compared as quantities ' +
            '(1Gi equals 1073741824). StatefulSets are left alone, because their validation skips the pod template and ' +
            'the server accepts them; so are custom resources. Values holding template placeholders are skipped ' +
            '(template-placeholder reports them), and wrong types are left to schema-invalid.',
        risk: 'The API server refuses the whole object: kubectl apply, Helm or the GitOps controller fails at deploy time, ' +
            'often halfway through a release, and nothing of the change rolls out. None of these rules is in the OpenAPI ' +
            'schema, so schema validation in CI passes and the failure shows only against a cluster.',
        mitigation: 'Rename the duplicate container or volume; add the volume a mount names, or fix the mount\'s spelling; give ' +
            'ports short lowercase names such as http or metrics (probes and Services may refer to them by that name); ' +
            'keep exactly one handler per probe or hook; raise the limit or lower the request so that the request is at ' +
            'most the limit.',
        example: `spec:
  volumes:
    - name: config
      configMap: { name: web-config }
  containers:
    - name: web
      image: registry.example.com/web:1.4.2
      ports: [{ name: http, containerPort: 8080 }]
      volumeMounts: [{ name: config, mountPath: /etc/web }]
      readinessProbe:
        httpGet: { path: /readyz, port: http }
      resources:
        requests: { cpu: 250m, memory: 256Mi }
        limits: { memory: 256Mi }`,
    },
    kinds: validatedKinds,
    check(object, { report }) {
        if (!validatedKinds.some((kind) => isKind(object, kind)))
            return;
        const pod = podTemplateOf(object);
        if (!pod)
            return;
        duplicateContainerNames(pod, report);
        const volumes = duplicateVolumeNames(pod, report);
        for (const at of containersOf(pod)) {
            if (volumes)
                unknownVolumeMounts(at, volumes, report);
            containerPorts(at, report);
            handlers(at, report);
            requestsAboveLimits(at, report);
        }
    },
});
/** A name worth comparing: a non-empty string without a template placeholder. */
function nameOf(value) {
    return typeof value === 'string' && value !== '' && findPlaceholder(value) === undefined ? value : undefined;
}
/**
 * Names must be unique across containers, init containers and ephemeral containers; the API server checks
 * them in that order and reports the later one, as this does.
 */
function duplicateContainerNames(pod, report) {
    const seen = new Map();
    for (const at of containersOf(pod, ['container', 'initContainer', 'ephemeralContainer'])) {
        const name = nameOf(at.container.name);
        if (name === undefined)
            continue;
        const first = seen.get(name);
        if (!first) {
            seen.set(name, at);
            continue;
        }
        report({
            path: [...at.path, 'name'],
            message: `${containerSubject(at)} has the same name as ${first.role === at.role ? `the earlier ${containerLabel(first)}` : containerLabel(first)}; the API server rejects duplicate container names (validateContainers: names are unique across containers, init containers and ephemeral containers).`,
        });
    }
}
/**
 * Reports volume names used twice (ValidateVolumes) and returns every volume name, or undefined when the
 * names cannot be known (a placeholder stands for one, or volumes is not a list).
 */
function duplicateVolumeNames(pod, report) {
    const list = pod.spec.volumes;
    if (list === undefined || list === null)
        return new Set();
    if (!Array.isArray(list))
        return undefined;
    const names = new Set();
    let knowable = true;
    list.forEach((volume, i) => {
        if (!isRecord(volume))
            return;
        const raw = volume['name'];
        if (typeof raw === 'string' && findPlaceholder(raw) !== undefined)
            knowable = false;
        const name = nameOf(raw);
        if (name === undefined)
            return;
        if (names.has(name)) {
            report({
                path: [...pod.path, 'volumes', i, 'name'],
                message: `Volume "${name}" is declared twice in the pod; the API server rejects duplicate volume names (ValidateVolumes).`,
            });
        }
        names.add(name);
    });
    return knowable ? names : undefined;
}
/** A mount must name a volume of the pod (ValidateVolumeMounts: NotFound). */
function unknownVolumeMounts(at, volumes, report) {
    const mounts = at.container.volumeMounts;
    if (!Array.isArray(mounts))
        return;
    mounts.forEach((mount, i) => {
        if (!isRecord(mount))
            return;
        const name = nameOf(mount['name']);
        if (name === undefined || volumes.has(name))
            return;
        const known = [...volumes].map((volume) => `"${volume}"`);
        report({
            path: [...at.path, 'volumeMounts', i, 'name'],
            message: `${containerSubject(at)} mounts volume "${name}", which the pod does not declare (${known.length > 0 ? `its volumes are ${known.join(', ')}` : 'it has no volumes'}); the API server rejects a volumeMount that names no volume of the pod (ValidateVolumeMounts).`,
        });
    });
}
/** validateContainerPorts: IANA_SVC_NAME names unique in the container, port numbers in 1-65535. */
function containerPorts(at, report) {
    const ports = at.container.ports;
    if (!Array.isArray(ports))
        return;
    const names = new Set();
    ports.forEach((port, i) => {
        if (!isRecord(port))
            return;
        const path = [...at.path, 'ports', i];
        const name = nameOf(port['name']);
        if (name !== undefined) {
            const problem = portNameProblem(name);
            if (problem) {
                report({
                    path: [...path, 'name'],
                    message: `${containerSubject(at)} names a port "${name}", which is not a valid port name (IANA_SVC_NAME): it ${problem}. The API server rejects it (validateContainerPorts).`,
                });
            }
            else if (names.has(name)) {
                report({
                    path: [...path, 'name'],
                    message: `${containerSubject(at)} names two ports "${name}"; the API server rejects a port name repeated within a container (validateContainerPorts).`,
                });
            }
            else {
                names.add(name);
            }
        }
        const containerPort = port['containerPort'];
        if (typeof containerPort === 'number' && Number.isInteger(containerPort) && (containerPort < 1 || containerPort > 65535)) {
            report({
                path: [...path, 'containerPort'],
                message: `${containerSubject(at)} declares containerPort ${containerPort}, outside 1-65535; the API server rejects it (validateContainerPorts${containerPort === 0 ? ': 0 counts as unset, and the field is required' : ''}).`,
            });
        }
        const hostPort = port['hostPort'];
        // 0 means no host port.
        if (typeof hostPort === 'number' && Number.isInteger(hostPort) && hostPort !== 0 && (hostPort < 1 || hostPort > 65535)) {
            report({
                path: [...path, 'hostPort'],
                message: `${containerSubject(at)} declares hostPort ${hostPort}, outside 1-65535; the API server rejects it (validateContainerPorts).`,
            });
        }
    });
}
/**
 * validateHandler: a probe or lifecycle hook needs exactly one handler. Probes are judged on containers and
 * sidecars only: on other init containers the API server forbids them outright, a different mistake.
 */
function handlers(at, report) {
    const container = at.container;
    const runs = at.role === 'container' || isSidecar(at);
    if (!runs)
        return;
    for (const field of probeFields) {
        const probe = container[field];
        if (isRecord(probe))
            handlerCount(probe, probeHandlers, [...at.path, field], `The ${probeNames[field]} probe of ${probeContainerLabel(at)}`, report);
    }
    const lifecycle = container['lifecycle'];
    if (!isRecord(lifecycle))
        return;
    for (const hook of ['postStart', 'preStop']) {
        const handler = lifecycle[hook];
        if (isRecord(handler))
            handlerCount(handler, lifecycleHandlers, [...at.path, 'lifecycle', hook], `The ${hook} hook of ${probeContainerLabel(at)}`, report);
    }
}
function handlerCount(value, kinds, path, what, report) {
    // A handler set to null is no handler, as the API server decodes it.
    const present = kinds.filter((kind) => value[kind] !== undefined && value[kind] !== null);
    if (present.length === 1)
        return;
    if (present.length === 0) {
        report({
            path,
            message: `${what} has no handler (one of ${kinds.join(', ')}); the API server rejects it (validateHandler: "must specify a handler type").`,
        });
        return;
    }
    report({
        path: [...path, present[1]],
        message: `${what} has ${present.length} handlers (${present.join(', ')}); the API server rejects more than one (validateHandler: "may not specify more than 1 handler type").`,
    });
}
/** ValidateResourceRequirements: a request must be at most the limit of the same resource. */
function requestsAboveLimits(at, report) {
    const resources = at.container.resources;
    if (!isRecord(resources))
        return;
    const requests = resources['requests'];
    const limits = resources['limits'];
    if (!isRecord(requests) || !isRecord(limits))
        return;
    for (const [resource, request] of Object.entries(requests)) {
        if (!Object.hasOwn(limits, resource))
            continue;
        const limit = limits[resource];
        if (compareQuantities(request, limit) !== 1)
            continue;
        report({
            path: [...at.path, 'resources', 'requests', resource],
            message: `${containerSubject(at)} requests ${resource} ${String(request)}, above its limit ${String(limit)}; the API server rejects a request above the limit (ValidateResourceRequirements).`,
        });
    }
}
