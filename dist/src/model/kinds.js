import { apiGroupOf, correctedGroupOf, isBuiltInGroup } from './built-in-kinds.js';
// Older groups (extensions, apps/v1beta*, batch/v1beta1) still appear in real manifests.
const groupsOfKind = {
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
export function groupOf(object) {
    return correctedGroupOf(object.apiVersion, object.kind) ?? apiGroupOf(object.apiVersion);
}
export function isKind(object, kind) {
    if (object.kind !== kind)
        return false;
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
];
const workloadKindNames = new Set(workloadKinds);
// Many checks ask for the same object's pod template and containers: each is worked out once per object.
// Parsed objects are never changed, so an answer kept by the object's identity stays true.
const podTemplateLists = new WeakMap();
const templateViews = new WeakMap();
const containerLists = new WeakMap();
const labelMaps = new WeakMap();
const noLabels = Object.freeze({});
const noTemplates = Object.freeze([]);
/**
 * Yields the pod spec of any workload kind, so checks never repeat per-kind code. For a custom resource
 * with several pod templates (a Ray cluster's head and worker groups, a JobSet's jobs) this is the first;
 * the engine calls workload checks once per template (see podTemplateViews), and there it is that template.
 */
export function podTemplateOf(object) {
    return podTemplatesOf(object)[0];
}
/** Every pod template of an object, in document order: one for the built-in workloads, several for some custom resources. */
export function podTemplatesOf(object) {
    // Most objects are not workloads: answer the built-in ones without trying every kind.
    const builtIn = isBuiltInGroup(apiGroupOf(object.apiVersion));
    if (builtIn && !workloadKindNames.has(object.kind) && !customKindsInBuiltInGroups.has(object.kind))
        return noTemplates;
    let templates = podTemplateLists.get(object);
    if (templates === undefined) {
        templates = findPodTemplates(object);
        podTemplateLists.set(object, templates);
    }
    return templates;
}
/** True for an object that runs pods of its own: a built-in workload or a custom resource with a pod template. */
export function isWorkload(object) {
    return podTemplatesOf(object).length > 0;
}
/** True for a custom resource with a pod template (an Argo Rollout, a RayCluster, ...), as opposed to a built-in workload. */
export function isCustomWorkload(object) {
    return podTemplatesOf(object)[0]?.custom !== undefined;
}
/**
 * The object once per pod template: the object itself for the first, and for each further template a
 * shallow copy of it (the same fields, so every path into it is a path into the object) whose
 * podTemplateOf is that template. The engine calls workload checks on each, so a check written for one
 * pod template reviews a Ray worker group or a JobSet's second job as it reviews a Deployment.
 */
export function podTemplateViews(object) {
    const templates = podTemplatesOf(object);
    if (templates.length <= 1)
        return [object];
    let views = templateViews.get(object);
    if (!views) {
        views = templates.map((template, i) => {
            if (i === 0)
                return object;
            const view = { ...object };
            podTemplateLists.set(view, [template]);
            return view;
        });
        templateViews.set(object, views);
    }
    return views;
}
function findPodTemplates(object) {
    const builtIn = findPodTemplate(object);
    if (builtIn)
        return [builtIn];
    const custom = customPodTemplates(object);
    return custom.length > 0 ? custom : noTemplates;
}
function findPodTemplate(object) {
    if (!workloadKindNames.has(object.kind))
        return undefined;
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
            const spec = object.spec;
            return isRecord(spec) ? fromTemplate(spec['template'], ['spec', 'template']) : undefined;
        }
    }
    return undefined;
}
function fromTemplate(template, path, custom) {
    if (!isRecord(template))
        return undefined;
    // A template without a spec still labels pods: selectors match it, and it simply has no containers.
    const spec = isRecord(template['spec']) ? template['spec'] : {};
    // Kept as long as the object is (podTemplatesOf): concat makes lists of their size, where spreading into a
    // literal left room for 16 more items (208 bytes a path, against 67).
    const pod = {
        spec: spec,
        path: path.concat('spec'),
        labels: labelsOf(template['metadata']),
        metadataPath: path.concat('metadata'),
    };
    if (custom)
        pod.custom = custom;
    return pod;
}
/** DeploymentConfig was served as plain `v1` by OpenShift 3: a kind in a built-in group that is not built in. */
const customKindsInBuiltInGroups = new Set(['DeploymentConfig']);
const knownCustomWorkloads = {
    // Argo Rollouts: spec.template like a Deployment, spec.replicas defaults to 1. A Rollout with
    // spec.workloadRef runs the referenced Deployment's template: it has none of its own here (the
    // Deployment's checks review that template once), and the object index relates it to those pods.
    'argoproj.io': {
        Rollout: (spec) => one(spec, ['template'], { name: 'Rollout', longRunning: true, replicas: { path: ['spec', 'replicas'], unset: 1 } }),
    },
    // OpenShift DeploymentConfig: spec.template; spec.replicas (its default is left unknown).
    'apps.openshift.io': {
        DeploymentConfig: (spec) => one(spec, ['template'], { name: 'DeploymentConfig', longRunning: true, replicas: { path: ['spec', 'replicas'], unset: undefined } }),
    },
    '': {
        DeploymentConfig: (spec) => one(spec, ['template'], { name: 'DeploymentConfig', longRunning: true, replicas: { path: ['spec', 'replicas'], unset: undefined } }),
    },
    // Knative Serving: spec.template is a RevisionTemplateSpec, whose spec embeds a pod spec (containers at
    // spec.template.spec.containers). The autoscaler decides the replicas.
    'serving.knative.dev': {
        // Knative gives a container without a readiness probe a TCP one on its port (serving's defaults).
        Service: (spec) => one(spec, ['template'], { name: 'Knative Service', longRunning: true, defaultProbes: ['readinessProbe'] }),
        Configuration: (spec) => one(spec, ['template'], { name: 'Knative Configuration', longRunning: true, defaultProbes: ['readinessProbe'] }),
    },
    // KEDA ScaledJob: spec.jobTargetRef is a JobSpec.
    'keda.sh': {
        ScaledJob: (spec) => one(spec, ['jobTargetRef', 'template'], { name: 'ScaledJob', longRunning: false }),
    },
    // JobSet: spec.replicatedJobs[*].template is a JobTemplateSpec.
    'jobset.x-k8s.io': {
        JobSet: (spec) => each(spec['replicatedJobs'], ['spec', 'replicatedJobs'], (job, path) => at(job, ['template', 'spec', 'template'], path, { name: `JobSet replicated job ${quoted(job['name'])}`, longRunning: false })),
    },
    // LeaderWorkerSet: leaderTemplate (optional) and workerTemplate under spec.leaderWorkerTemplate.
    'leaderworkerset.x-k8s.io': {
        LeaderWorkerSet: (spec) => [
            ...one(spec, ['leaderWorkerTemplate', 'leaderTemplate'], { name: 'LeaderWorkerSet leader template', longRunning: true }),
            ...one(spec, ['leaderWorkerTemplate', 'workerTemplate'], { name: 'LeaderWorkerSet worker template', longRunning: true }),
        ],
    },
    // Ray: a RayCluster's head group and worker groups; a RayJob and a RayService hold a RayCluster spec.
    'ray.io': {
        RayCluster: (spec) => rayCluster(spec, ['spec'], 'RayCluster', true),
        RayJob: (spec) => [
            ...(isRecord(spec['rayClusterSpec']) ? rayCluster(spec['rayClusterSpec'], ['spec', 'rayClusterSpec'], 'RayJob', false) : []),
            ...one(spec, ['submitterPodTemplate'], { name: 'RayJob submitter', longRunning: false }),
        ],
        RayService: (spec) => (isRecord(spec['rayClusterConfig']) ? rayCluster(spec['rayClusterConfig'], ['spec', 'rayClusterConfig'], 'RayService', true) : []),
    },
};
// Kubeflow training jobs (TFJob, PyTorchJob, MPIJob, XGBoostJob, PaddleJob, MXJob, JAXJob): spec.<x>ReplicaSpecs
// maps a role (Master, Worker, Launcher...) to a replica spec with template and replicas (1 when unset).
function kubeflowJob(spec, object) {
    const found = [];
    for (const [field, roles] of Object.entries(spec)) {
        if (!field.endsWith('ReplicaSpecs') || !isRecord(roles))
            continue;
        for (const [role, replicaSpec] of Object.entries(roles)) {
            if (!isRecord(replicaSpec))
                continue;
            const path = ['spec', field, role];
            const pod = at(replicaSpec, ['template'], path, {
                name: `${object.kind} replica spec ${quoted(role)}`,
                longRunning: false,
                replicas: { path: [...path, 'replicas'], unset: 1 },
            });
            found.push(...pod);
        }
    }
    return found;
}
function rayCluster(cluster, path, owner, longRunning) {
    // With the in-tree autoscaler, a worker group runs between minReplicas and maxReplicas: replicas says little.
    const autoscaled = cluster['enableInTreeAutoscaling'] === true;
    // KubeRay (1.1 and later) adds liveness and readiness probes to Ray containers that set none.
    const defaultProbes = ['livenessProbe', 'readinessProbe'];
    return [
        ...at(cluster, ['headGroupSpec', 'template'], path, { name: `${owner} head group`, longRunning, defaultProbes }),
        ...each(cluster['workerGroupSpecs'], [...path, 'workerGroupSpecs'], (group, groupPath) => {
            const pods = { name: `${owner} worker group ${quoted(group['groupName'])}`, longRunning, defaultProbes };
            if (!autoscaled)
                pods.replicas = { path: [...groupPath, 'replicas'], unset: undefined };
            return at(group, ['template'], groupPath, pods);
        }),
    ];
}
function quoted(value) {
    return typeof value === 'string' ? `"${value}"` : '?';
}
function one(spec, fields, custom) {
    return at(spec, fields, ['spec'], custom);
}
function at(record, fields, path, custom) {
    let node = record;
    for (const field of fields)
        node = isRecord(node) ? node[field] : undefined;
    const pod = fromTemplate(node, [...path, ...fields], custom);
    return pod ? [pod] : [];
}
function each(list, path, find) {
    if (!Array.isArray(list))
        return [];
    return list.flatMap((item, i) => (isRecord(item) ? find(item, [...path, i]) : []));
}
// Custom resources whose templates describe what pods may or must look like, not pods that run: policy
// engines (Kyverno patterns, Gatekeeper constraints) hold `template.spec.containers` with image patterns.
const notPodGroups = /(^|\.)(kyverno\.io|gatekeeper\.sh|kubewarden\.io)$/;
// Fields whose content is input to something else (a chart's values), not a resource the object runs.
const notPodFields = new Set(['metadata', 'status', 'values', 'valuesContent', 'valuesObject']);
const maxWalkDepth = 12;
/** The pod templates of a custom resource: a known kind's, else those a structural walk finds. */
function customPodTemplates(object) {
    const group = apiGroupOf(object.apiVersion);
    const spec = object['spec'];
    // Own properties only: a kind or group named `constructor` is data, not a finder.
    const kinds = Object.hasOwn(knownCustomWorkloads, group) ? knownCustomWorkloads[group] : undefined;
    const known = (kinds && Object.hasOwn(kinds, object.kind) ? kinds[object.kind] : undefined) ??
        (group === 'kubeflow.org' && object.kind.endsWith('Job') ? kubeflowJob : undefined);
    if (known)
        return isRecord(spec) ? known(spec, object) : [];
    if (isBuiltInGroup(group) || notPodGroups.test(group))
        return [];
    const found = [];
    walk(object, [], 0, found, object.kind);
    return found;
}
/** Finds `template` fields holding a pod template with containers that name images, outside metadata and status. */
function walk(node, path, depth, found, kind) {
    if (depth > maxWalkDepth)
        return;
    if (Array.isArray(node)) {
        node.forEach((item, i) => walk(item, [...path, i], depth + 1, found, kind));
        return;
    }
    if (!isRecord(node))
        return;
    for (const key of Object.keys(node)) {
        if (depth === 0 && (key === 'apiVersion' || key === 'kind'))
            continue;
        if (notPodFields.has(key))
            continue;
        const value = node[key];
        if (key === 'template' && isPodTemplate(value)) {
            const pod = fromTemplate(value, [...path, key], { name: `${kind} template at ${formatPath([...path, key])}`, longRunning: false });
            if (pod)
                found.push(pod);
            continue;
        }
        walk(value, [...path, key], depth + 1, found, kind);
    }
}
function isPodTemplate(value) {
    if (!isRecord(value) || !isRecord(value['spec']))
        return false;
    const containers = value['spec']['containers'];
    return Array.isArray(containers) && containers.some((container) => isRecord(container) && typeof container['image'] === 'string');
}
const containerFields = [
    ['containers', 'container'],
    ['initContainers', 'initContainer'],
    ['ephemeralContainers', 'ephemeralContainer'],
];
const defaultRoles = ['container', 'initContainer'];
/** Every container of a pod, init and ephemeral ones included, with its path. */
export function containersOf(pod, roles = defaultRoles) {
    // The set of roles as bits: a key that costs no string per call.
    let key = 0;
    for (let i = 0; i < roles.length; i++)
        key |= roles[i] === 'container' ? 1 : roles[i] === 'initContainer' ? 2 : 4;
    let lists = containerLists.get(pod);
    const known = lists?.get(key);
    if (known)
        return known;
    const result = listContainers(pod, roles);
    if (!lists)
        containerLists.set(pod, (lists = new Map()));
    lists.set(key, result);
    return result;
}
function listContainers(pod, roles) {
    const result = [];
    for (const [field, role] of containerFields) {
        if (!roles.includes(role))
            continue;
        const list = pod.spec[field];
        if (!Array.isArray(list))
            continue;
        list.forEach((container, i) => {
            if (isRecord(container))
                result.push({ container: container, role, path: [...pod.path, field, i] });
        });
    }
    return result;
}
/** The containers of every pod template of an object (a Ray cluster's head and workers, say), each with its path. */
export function containersOfAll(object, roles = defaultRoles) {
    const templates = podTemplatesOf(object);
    if (templates.length === 1 && templates[0])
        return containersOf(templates[0], roles);
    return templates.flatMap((pod) => containersOf(pod, roles));
}
export function containerLabel(at) {
    const name = typeof at.container.name === 'string' ? at.container.name : '?';
    return at.role === 'container' ? `container "${name}"` : `${at.role === 'initContainer' ? 'init' : 'ephemeral'} container "${name}"`;
}
/** `Container "app"`, `Init container "setup"`: a container as the subject that starts a sentence. */
export function containerSubject(at) {
    const label = containerLabel(at);
    return label.charAt(0).toUpperCase() + label.slice(1);
}
/** The labels of metadata, every value as a string. */
export function labelsOf(metadata) {
    const labels = metadata?.labels;
    if (!isRecord(labels))
        return noLabels;
    let result = labelMaps.get(labels);
    if (!result) {
        // Labels are strings in all but a few manifests (`version: 1`): those are copied, the rest serve as they are.
        if (Object.values(labels).every((value) => typeof value === 'string'))
            result = labels;
        else {
            const strings = {};
            for (const key of Object.keys(labels))
                setOwnField(strings, key, String(labels[key]));
            result = strings;
        }
        labelMaps.set(labels, result);
    }
    return result;
}
// Objects the parser found no null in, kept by identity: schema validation takes them as they are
// instead of first walking them for nulls to drop. An object not in here may hold nulls or not.
const parsedWithoutNulls = new WeakSet();
export function markParsedWithoutNulls(object) {
    parsedWithoutNulls.add(object);
}
export function isParsedWithoutNulls(object) {
    return parsedWithoutNulls.has(object);
}
/** Sets an own field, `__proto__` included: a manifest may have a key of that name, and it is data. */
export function setOwnField(record, key, value) {
    if (key === '__proto__')
        Object.defineProperty(record, key, { value, writable: true, enumerable: true, configurable: true });
    else
        record[key] = value;
}
export function isRecord(value) {
    return typeof value === 'object' && value !== null && !Array.isArray(value);
}
/** A path as people read it: spec.template.spec.containers[0].image. */
export function formatPath(path) {
    let result = '';
    for (const segment of path) {
        if (typeof segment === 'number')
            result += `[${segment}]`;
        else if (/^[A-Za-z_$][\w$-]*$/.test(segment))
            result += result ? `.${segment}` : segment;
        else
            result += `[${JSON.stringify(segment)}]`;
    }
    return result;
}
