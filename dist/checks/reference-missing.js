import { defineObjectCheck } from '../src/engine/check.js';
import { apiGroupOf, containersOf, groupOf, isBuiltInGroup, isRecord, podTemplateOf, workloadKinds } from '../src/model/kinds.js';
import { entriesByKey, entriesWhere, memoize, perScope } from '../src/model/object-index.js';
import { findPlaceholder } from '../src/model/placeholder.js';
/** Objects that Kubernetes, or a component found in most clusters, puts in every namespace. */
const everywhere = {
    ServiceAccount: new Set(['default']),
    ConfigMap: new Set(['kube-root-ca.crt', 'openshift-service-ca.crt', 'istio-ca-root-cert']),
    Secret: new Set(),
    PersistentVolumeClaim: new Set(),
    PriorityClass: new Set(['system-cluster-critical', 'system-node-critical']),
};
/** The resources whose creation by a Role of the unit means objects of the kind appear at run time. */
const resourceOfKind = {
    ServiceAccount: 'serviceaccounts',
    ConfigMap: 'configmaps',
    Secret: 'secrets',
    PersistentVolumeClaim: 'persistentvolumeclaims',
    PriorityClass: 'priorityclasses',
};
export default defineObjectCheck({
    meta: {
        id: 'reference-missing',
        title: 'Pod refers to an object or key its unit does not declare',
        severity: 'warning',
        category: 'correctness',
        description: 'Resolves the ServiceAccount (serviceAccountName), ConfigMaps and Secrets (volumes, projected volumes, env valueFrom, ' +
            'envFrom), PersistentVolumeClaims (volumes) and PriorityClass (priorityClassName) a pod template names against the ' +
            'objects of the scope. A missing object is reported only where the deployment unit manages objects of that kind in ' +
            'that namespace (for PriorityClasses, at all), so that it would have declared this one too; for ConfigMaps, Secrets and ' +
            'claims, of which a pod uses several, the workload must also use another of them, or one of them must be used by no pod ' +
            '(misnamed, most likely): a workload that uses none of the unit\'s objects of the kind while all of them serve other ' +
            'workloads is left alone (an example beside others, a Job run against existing claims). Where the ConfigMap or Secret ' +
            'is in the scope, a key that configMapKeyRef, secretKeyRef or a volume\'s items take from it and that its data, ' +
            'binaryData or stringData lacks is reported. References marked optional: true are skipped. Left alone: the default ' +
            'ServiceAccount, the kube-root-ca.crt, openshift-service-ca.crt and istio-ca-root-cert ConfigMaps that every ' +
            'namespace gets, the system-* PriorityClasses, imagePullSecrets (a missing one only logs a warning), names a custom ' +
            'resource of the namespace mentions (a cert-manager Certificate\'s secretName, an ExternalSecret or SealedSecret, an ' +
            'operator\'s resource) or starts with, units holding a Role that creates objects of the kind at run time (an operator, ' +
            'a hook Job), and values with template placeholders. From kube-linter non-existent-service-account (on by default) and ' +
            'env-value-from (off), with the unit rule that spares them their known false positives for objects made outside the repository.',
        risk: 'A pod that mounts a missing ConfigMap, Secret or claim stays in ContainerCreating; an env var from a missing key or ' +
            'object fails the container with CreateContainerConfigError; a missing ServiceAccount or PriorityClass makes the ' +
            'controller fail to create the pod at all. The manifests apply cleanly and the rollout hangs.',
        mitigation: 'Add the object to the manifests of the unit, fix the name or key, or mark the reference optional: true when the ' +
            'pod can run without it.',
        example: `apiVersion: v1
kind: ConfigMap
metadata: { name: api-config }
data: { LOG_LEVEL: info }
---
# in the pod template
env:
  - name: LOG_LEVEL
    valueFrom:
      configMapKeyRef: { name: api-config, key: LOG_LEVEL }`,
    },
    kinds: workloadKinds,
    check(object, { ref, index, report }) {
        // A custom resource with several pod templates comes once per template (a view of it, not in the index).
        if (index.entryOf(object)?.borrowed === true)
            return;
        const pod = podTemplateOf(object);
        if (!pod)
            return;
        const namespace = ref.namespace;
        const references = referencesOf(pod);
        for (const reference of references) {
            if (findPlaceholder(reference.name) !== undefined || everywhere[reference.kind].has(reference.name))
                continue;
            const found = objectsNamed(index, reference.kind, reference.name, namespace);
            if (found.length === 0) {
                const declared = reference.optional ? undefined : wouldDeclare(index, references, reference.kind, namespace);
                if (declared === undefined)
                    continue;
                if (createdAtRunTime(index, reference.kind) || mentionedByCustomResource(index, reference.name, namespace))
                    continue;
                const where = reference.kind === 'PriorityClass' ? 'in the unit, which declares other PriorityClasses' : `${namespaceText(namespace)} of the unit, which declares other ${plural(reference.kind)} there`;
                report({
                    path: reference.path,
                    message: `The pod refers to ${reference.kind} "${reference.name}", which is not ${where}${declared ? ` (it declares ${reference.kind} "${declared}", which no pod template refers to)` : ''}.`,
                });
                continue;
            }
            if (reference.kind !== 'ConfigMap' && reference.kind !== 'Secret')
                continue;
            if (reference.optional || reference.keys.length === 0 || createdAtRunTime(index, reference.kind))
                continue;
            const keys = keysOf(found, reference.kind);
            if (keys === undefined)
                continue;
            for (const { key, path } of reference.keys) {
                if (keys.has(key) || findPlaceholder(key) !== undefined)
                    continue;
                const known = [...keys].slice(0, 6).map((name) => `"${name}"`).join(', ');
                report({
                    path,
                    message: `The pod takes the key "${key}" from ${reference.kind} "${reference.name}", which has no such key (it has ${known}).`,
                });
            }
        }
    },
});
function namespaceText(namespace) {
    return namespace === '' ? 'in its namespace' : `in namespace "${namespace}"`;
}
function plural(kind) {
    return kind === 'PriorityClass' ? 'PriorityClasses' : `${kind}s`;
}
function isCore(entry, kind) {
    const group = groupOf(entry.object);
    return kind === 'PriorityClass' ? group === 'scheduling.k8s.io' : group === '';
}
function objectsNamed(index, kind, name, namespace) {
    return index.named(kind, name, kind === 'PriorityClass' ? undefined : namespace).filter((entry) => isCore(entry, kind));
}
/**
 * The unit would have declared the object (undefined when not; else the name of an unused one, or ''): it declares objects of the kind there (for PriorityClasses, at all), and
 * either the workload uses one of them, or one of them is used by no pod of the scope (misnamed, most likely). A
 * workload that uses none of the unit's objects of a kind, all of which serve other workloads, is one the unit's
 * objects of that kind were not written for (an example beside others, a Job run against existing claims).
 */
function wouldDeclare(index, references, kind, namespace) {
    const declared = declaredOfKind(index)(`${kind}\u0000${kind === 'PriorityClass' ? '' : namespace || 'default'}`);
    if (!declared)
        return undefined;
    if (declared.unused !== undefined)
        return declared.unused;
    // Claims hold data that outlives the manifests (restored, migrated, made by hand): for them alone the unit's own
    // claims must be the workload's too. For the rest, that the unit declares others of the kind is enough.
    if (kind !== 'PersistentVolumeClaim')
        return '';
    return references.some((reference) => reference.kind === kind && declared.names.has(reference.name)) ? '' : undefined;
}
/**
 * Per kind and namespace (kind NUL namespace, '' for PriorityClasses), once per scope: the names of the unit's
 * own objects of the kind there, and the first of them no pod template refers to; undefined when there is none.
 */
const declaredOfKind = perScope((index) => memoize((key) => {
    const [kind, namespace] = key.split('\u0000');
    const candidates = index.sift(ownCore, kind === 'PriorityClass' ? { kind } : { kind, namespace })();
    if (candidates.length === 0)
        return undefined;
    const unused = candidates.find((entry) => index.sift(workloadsByReference, { workloads: true })(usedKey(kind, entry.ref.name, entry.ref.namespace)).length === 0 &&
        index.sift(customWorkloadsByString, { workloads: true })(entry.ref.name).length === 0 &&
        !everywhere[kind].has(entry.ref.name));
    return { names: new Set(candidates.map((entry) => entry.ref.name)), unused: unused?.ref.name };
}));
// The unit's own objects of the core kind of the list they are asked of.
const ownCore = entriesWhere((entry) => !entry.borrowed && isCore(entry, entry.ref.kind));
function usedKey(kind, name, namespace) {
    return `${kind}\u0000${kind === 'PriorityClass' ? '' : namespace || 'default'}\u0000${name}`;
}
// The workloads by the objects their pods refer to: kind, namespace and name (see usedKey).
const workloadsByReference = entriesByKey((workload) => (workload.pod ? [...new Set(referencesOf(workload.pod).map((reference) => usedKey(reference.kind, reference.name, workload.ref.namespace)))] : []));
// Custom workloads by every string they hold: their further pod templates (a Ray worker group) may use what the first does not.
const customWorkloadsByString = entriesByKey((workload) => (workload.pod && !isBuiltInGroup(apiGroupOf(workload.ref.apiVersion)) ? [...stringsOf(workload.object)] : []));
/** The keys of the ConfigMaps or Secrets of that name (every variant of it); undefined when one holds no data at all. */
function keysOf(found, kind) {
    const fields = kind === 'Secret' ? ['data', 'stringData'] : ['data', 'binaryData'];
    const keys = new Set();
    for (const entry of found) {
        const before = keys.size;
        for (const field of fields) {
            const data = entry.object[field];
            if (isRecord(data))
                for (const key of Object.keys(data))
                    keys.add(key);
        }
        // An object without data is a shell that something fills in at run time.
        if (keys.size === before)
            return undefined;
    }
    return keys;
}
/** Roles of the unit that create objects of a kind: an operator or a hook Job makes them at run time. */
const creators = perScope((index) => {
    const resources = new Set();
    for (const entry of index.own) {
        if ((entry.ref.kind !== 'Role' && entry.ref.kind !== 'ClusterRole') || groupOf(entry.object) !== 'rbac.authorization.k8s.io')
            continue;
        const rules = entry.object['rules'];
        if (!Array.isArray(rules))
            continue;
        for (const rule of rules) {
            if (!isRecord(rule))
                continue;
            const listed = (key) => (Array.isArray(rule[key]) ? rule[key].filter((item) => typeof item === 'string') : []);
            if (!listed('verbs').some((verb) => verb === 'create' || verb === 'update' || verb === 'patch' || verb === '*'))
                continue;
            for (const resource of listed('resources'))
                resources.add(resource);
        }
    }
    return resources;
});
function createdAtRunTime(index, kind) {
    const made = creators(index);
    return made.has('*') || made.has(resourceOfKind[kind]);
}
/** A custom resource that is no workload: an operator may turn what it names into objects. */
function isOperatorInput(entry) {
    // A custom workload (a Rollout, a DeploymentConfig) names what its pods use; it makes none of it.
    return !isBuiltInGroup(apiGroupOf(entry.ref.apiVersion)) && entry.pod === undefined && !hasPodTemplate(entry.object);
}
const operatorInputsByString = entriesByKey((entry) => (isOperatorInput(entry) ? [...stringsOf(entry.object)] : []));
const operatorInputsByName = entriesByKey((entry) => (entry.ref.name !== '' && isOperatorInput(entry) ? [entry.ref.name] : []));
function hasPodTemplate(object) {
    const spec = object['spec'];
    const template = isRecord(spec) ? spec['template'] : undefined;
    const podSpec = isRecord(template) ? template['spec'] : undefined;
    return isRecord(podSpec) && Array.isArray(podSpec['containers']);
}
function stringsOf(object) {
    const strings = new Set();
    collectStrings(object, strings, 0);
    return strings;
}
function collectStrings(value, into, depth) {
    if (depth > 40)
        return;
    if (typeof value === 'string')
        into.add(value);
    else if (Array.isArray(value))
        for (const item of value)
            collectStrings(item, into, depth + 1);
    else if (isRecord(value))
        for (const key of Object.keys(value))
            collectStrings(value[key], into, depth + 1);
}
/** A custom resource of the namespace names the object, or has a name it starts with (my-db, my-db-credentials). */
function mentionedByCustomResource(index, name, namespace) {
    if (index.sift(operatorInputsByString, { namespace })(name).length > 0)
        return true;
    // Each name the object's may start with ends before one of its dashes or dots.
    for (let at = 1; at < name.length; at++) {
        if ((name[at] === '-' || name[at] === '.') && index.sift(operatorInputsByName, { namespace })(name.slice(0, at)).length > 0)
            return true;
    }
    return false;
}
/** Every object name a pod template refers to, with the keys it reads. */
function referencesOf(pod) {
    const result = [];
    const spec = pod.spec;
    const at = (...rest) => [...pod.path, ...rest];
    for (const field of ['serviceAccountName', 'serviceAccount']) {
        const name = spec[field];
        if (typeof name === 'string' && name !== '') {
            result.push({ kind: 'ServiceAccount', name, path: at(field), optional: false, keys: [] });
            break;
        }
    }
    const priority = spec['priorityClassName'];
    if (typeof priority === 'string' && priority !== '')
        result.push({ kind: 'PriorityClass', name: priority, path: at('priorityClassName'), optional: false, keys: [] });
    const volumes = spec['volumes'];
    if (Array.isArray(volumes)) {
        volumes.forEach((volume, i) => {
            if (!isRecord(volume))
                return;
            const claim = volume['persistentVolumeClaim'];
            if (isRecord(claim) && typeof claim['claimName'] === 'string') {
                result.push({ kind: 'PersistentVolumeClaim', name: claim['claimName'], path: at('volumes', i, 'persistentVolumeClaim', 'claimName'), optional: false, keys: [] });
            }
            const configMap = volume['configMap'];
            if (isRecord(configMap))
                pushSource(result, 'ConfigMap', configMap, 'name', at('volumes', i, 'configMap'));
            const secret = volume['secret'];
            if (isRecord(secret))
                pushSource(result, 'Secret', secret, 'secretName', at('volumes', i, 'secret'));
            const projected = volume['projected'];
            const sources = isRecord(projected) ? projected['sources'] : undefined;
            if (Array.isArray(sources)) {
                sources.forEach((source, j) => {
                    if (!isRecord(source))
                        return;
                    if (isRecord(source['configMap']))
                        pushSource(result, 'ConfigMap', source['configMap'], 'name', at('volumes', i, 'projected', 'sources', j, 'configMap'));
                    if (isRecord(source['secret']))
                        pushSource(result, 'Secret', source['secret'], 'name', at('volumes', i, 'projected', 'sources', j, 'secret'));
                });
            }
        });
    }
    for (const container of containersOf(pod, ['container', 'initContainer', 'ephemeralContainer'])) {
        const record = container.container;
        const envFrom = record['envFrom'];
        if (Array.isArray(envFrom)) {
            envFrom.forEach((item, i) => {
                if (!isRecord(item))
                    return;
                for (const [field, kind] of [['configMapRef', 'ConfigMap'], ['secretRef', 'Secret']]) {
                    const source = item[field];
                    if (isRecord(source) && typeof source['name'] === 'string') {
                        result.push({ kind, name: source['name'], path: [...container.path, 'envFrom', i, field, 'name'], optional: source['optional'] === true, keys: [] });
                    }
                }
            });
        }
        const env = record['env'];
        if (!Array.isArray(env))
            continue;
        env.forEach((variable, i) => {
            const from = isRecord(variable) ? variable['valueFrom'] : undefined;
            if (!isRecord(from))
                return;
            for (const [field, kind] of [['configMapKeyRef', 'ConfigMap'], ['secretKeyRef', 'Secret']]) {
                const source = from[field];
                if (!isRecord(source) || typeof source['name'] !== 'string')
                    continue;
                const base = [...container.path, 'env', i, 'valueFrom', field];
                const keys = typeof source['key'] === 'string' ? [{ key: source['key'], path: [...base, 'key'] }] : [];
                result.push({ kind, name: source['name'], path: [...base, 'name'], optional: source['optional'] === true, keys });
            }
        });
    }
    return result;
}
/** A configMap or secret volume source (or projection): its name and the keys its items pick. */
function pushSource(result, kind, source, nameField, path) {
    const name = source[nameField];
    if (typeof name !== 'string')
        return;
    const items = source['items'];
    const keys = [];
    if (Array.isArray(items)) {
        items.forEach((item, i) => {
            if (isRecord(item) && typeof item['key'] === 'string')
                keys.push({ key: item['key'], path: [...path, 'items', i, 'key'] });
        });
    }
    result.push({ kind, name, path: [...path, nameField], optional: source['optional'] === true, keys });
}
