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
const podTemplates = new WeakMap();
const containerLists = new WeakMap();
const labelMaps = new WeakMap();
const noLabels = Object.freeze({});
/** Yields the pod spec of any workload kind, so checks never repeat per-kind code. */
export function podTemplateOf(object) {
    // Most objects are not workloads: answer those without trying every kind.
    if (!workloadKindNames.has(object.kind))
        return undefined;
    if (podTemplates.has(object))
        return podTemplates.get(object);
    const pod = findPodTemplate(object);
    podTemplates.set(object, pod);
    return pod;
}
function findPodTemplate(object) {
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
function fromTemplate(template, path) {
    if (!isRecord(template))
        return undefined;
    // A template without a spec still labels pods: selectors match it, and it simply has no containers.
    const spec = isRecord(template['spec']) ? template['spec'] : {};
    return {
        spec: spec,
        path: [...path, 'spec'],
        labels: labelsOf(template['metadata']),
        metadataPath: [...path, 'metadata'],
    };
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
        const strings = {};
        for (const key of Object.keys(labels))
            strings[key] = String(labels[key]);
        labelMaps.set(labels, (result = strings));
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
