import { apiGroupOf, groupOf, isRecord, labelsOf, podTemplateOf, podTemplateViews } from './kinds.js';
import { isDockerfileObject } from './dockerfile.js';
import { labelLookup, matchesLabelMap, matchesLabelSelector, scansBeforeTable, selectorCandidates } from './selectors.js';
export function refOf(object) {
    const name = object.metadata?.name;
    const namespace = object.metadata?.namespace;
    return {
        apiVersion: object.apiVersion,
        kind: object.kind,
        namespace: typeof namespace === 'string' ? namespace : '',
        name: typeof name === 'string' ? name : '',
    };
}
/**
 * Two namespaces are the same when they are equal, and a manifest without a namespace is taken to go
 * into `default` (where kubectl puts it unless told otherwise).
 */
export function sameNamespace(a, b) {
    return (a || 'default') === (b || 'default');
}
/** `compute` with its answers kept by argument: for questions a scope asks many times of the same values. */
export function memoize(compute) {
    const answers = new Map();
    return (key) => {
        if (answers.has(key))
            return answers.get(key);
        const answer = compute(key);
        answers.set(key, answer);
        return answer;
    };
}
/**
 * Memoizes an answer that depends only on the scope: checks run once per object, and a question about
 * all objects is then answered once per scope instead of once per object. Keyed by the index, so two
 * scopes never share an answer.
 */
export function perScope(compute) {
    const answers = new WeakMap();
    return (index) => {
        // A read of the index: the parse cache tells checks that depend on the scope by their reads of it.
        void index.own;
        let answer = answers.get(index);
        if (!answer) {
            answer = { value: compute(index) };
            answers.set(index, answer);
        }
        return answer.value;
    };
}
/**
 * Memoizes an answer about one namespace of a scope ('' and default are the same), worked out from that
 * namespace's objects when first asked: a scope also holds the namespaces' objects of other units, and a
 * whole-scope table would cost all of them for a question about one namespace.
 */
export function perNamespace(compute) {
    const answers = perScope(() => new Map());
    return (index, namespace) => {
        const key = namespace || 'default';
        const known = answers(index);
        if (known.has(key))
            return known.get(key);
        const answer = compute(index, key);
        known.set(key, answer);
        return answer;
    };
}
const budgetKinds = new Set(['PodDisruptionBudget']);
const horizontalKinds = new Set(['HorizontalPodAutoscaler', 'ScaledObject']);
/** How many index entries have been made, over every scope of the process: what tests count to see that context is shared. */
let entriesMade = 0;
export function indexEntriesMade() {
    return entriesMade;
}
function entriesOf(objects, borrowed) {
    entriesMade += objects.length;
    return objects.map((object, i) => ({ ref: refOf(object), object, pod: isDockerfileObject(object) ? undefined : podTemplateOf(object), borrowed: borrowed(i) }));
}
function push(map, key, entry) {
    const list = map.get(key);
    if (list)
        list.push(entry);
    else
        map.set(key, [entry]);
}
/** Files entries (after resolveWorkloadRefs, which may give a Rollout its pods) by kind, namespace and pods. */
function fileEntries(all) {
    const entries = all.some((entry) => isDockerfileObject(entry.object)) ? all.filter((entry) => !isDockerfileObject(entry.object)) : all;
    const byObject = new Map(all.map((entry) => [entry.object, entry]));
    // A custom resource with several pod templates (a Ray cluster's head and workers) is one workload per
    // template: an entry for each further template, keyed by the view the engine checks it through.
    const templateEntries = new Map();
    for (const entry of entries) {
        const views = podTemplateViews(entry.object);
        if (views.length <= 1)
            continue;
        const more = views.slice(1).map((view) => ({ ref: entry.ref, object: view, pod: podTemplateOf(view), borrowed: entry.borrowed }));
        entriesMade += more.length;
        for (const view of more)
            byObject.set(view.object, view);
        templateEntries.set(entry, more);
    }
    // Buckets keep scope order, so that every lookup returns what a filter over all objects would.
    const byKind = new Map();
    const byNamespace = new Map();
    const workloadsByNamespace = new Map();
    const workloads = [];
    const byKindAndNamespace = new Map();
    for (const entry of entries) {
        const namespace = entry.ref.namespace || 'default';
        push(byKind, entry.ref.kind, entry);
        push(byNamespace, namespace, entry);
        let kindByNamespace = byKindAndNamespace.get(entry.ref.kind);
        if (!kindByNamespace)
            byKindAndNamespace.set(entry.ref.kind, (kindByNamespace = new Map()));
        push(kindByNamespace, namespace, entry);
        if (entry.pod === undefined)
            continue;
        push(workloadsByNamespace, namespace, entry);
        workloads.push(entry);
        for (const more of templateEntries.get(entry) ?? []) {
            push(workloadsByNamespace, namespace, more);
            workloads.push(more);
        }
    }
    return { entries, byObject, workloads, byKind, byKindAndNamespace, byNamespace, workloadsByNamespace, templateEntries };
}
/** The index of a scope's objects; those from `owned` on are borrowed from other units. */
export function buildIndex(objects, owned = objects.length) {
    const all = entriesOf(objects, (i) => i >= owned);
    resolveWorkloadRefs(all.filter((entry) => !isDockerfileObject(entry.object)));
    const filed = fileEntries(all);
    const { entries } = filed;
    const ownCount = entries.length - entries.filter((entry) => entry.borrowed).length;
    const frozen = Object.freeze(entries);
    const own = ownCount >= entries.length ? frozen : Object.freeze(entries.slice(0, ownCount));
    const workloads = Object.freeze(filed.workloads);
    return indexOver({
        objects: () => frozen,
        own: () => own,
        workloads: () => workloads,
        entryOf: (object) => filed.byObject.get(object),
        ofKind: (kind, namespace) => (namespace === undefined ? filed.byKind.get(kind) : filed.byKindAndNamespace.get(kind)?.get(namespace)),
        inNamespace: (namespace) => filed.byNamespace.get(namespace),
        workloadsIn: (namespace) => filed.workloadsByNamespace.get(namespace),
    });
}
/** The shared index of the objects of `files` (each a list of objects, in order), all borrowed. */
export function sharedContext(files) {
    const all = [];
    const fileAt = new Map();
    files.forEach((objects, at) => {
        for (const entry of entriesOf(objects, () => true)) {
            all.push(entry);
            fileAt.set(entry, at);
        }
    });
    const filed = fileEntries(all);
    for (const [entry, more] of filed.templateEntries)
        for (const view of more)
            fileAt.set(view, fileAt.get(entry) ?? 0);
    return { filed, fileAt, scopeDependent: filed.entries.some(takesPodsOfAnother) };
}
/**
 * The index of a scope made of its own objects and a shared context less the context's files from
 * `hole[0]` to `hole[1]` (the unit's own, which it holds as its own objects): the same answers as
 * buildIndex of the own objects followed by the rest of the context, for a cost in the own objects and
 * in the lists asked for. Undefined when the context cannot be shared (see SharedContext.scopeDependent).
 */
export function scopeIndex(ownObjects, context, hole) {
    if (context.scopeDependent)
        return undefined;
    const ownAll = entriesOf(ownObjects, () => false);
    if (ownAll.some(takesPodsOfAnother))
        return undefined;
    const mine = fileEntries(ownAll);
    const shared = context.filed;
    // The first position in a list of the context at or after a file: lists keep file order.
    const firstFrom = (list, at) => {
        let low = 0;
        let high = list.length;
        while (low < high) {
            const middle = (low + high) >>> 1;
            if ((context.fileAt.get(list[middle]) ?? 0) < at)
                low = middle + 1;
            else
                high = middle;
        }
        return low;
    };
    const join = (ownList, sharedList) => {
        if (!sharedList || sharedList.length === 0)
            return ownList;
        const from = firstFrom(sharedList, hole[0]);
        const to = firstFrom(sharedList, hole[1]);
        if (!ownList && from === to)
            return sharedList;
        return [...(ownList ?? []), ...sharedList.slice(0, from), ...sharedList.slice(to)];
    };
    // Each list made when first asked, and kept: lookups keyed by a list's identity see the same list again.
    const kept = new Map();
    const joined = (key, ownList, sharedList) => {
        if (kept.has(key))
            return kept.get(key);
        const list = join(ownList(), sharedList());
        kept.set(key, list);
        return list;
    };
    const once = (compute) => {
        let value;
        return () => (value ??= { computed: compute() }).computed;
    };
    const own = Object.freeze(mine.entries);
    const objects = once(() => Object.freeze(join(own, shared.entries) ?? []));
    const workloads = once(() => Object.freeze(join(mine.workloads, shared.workloads) ?? []));
    return indexOver({
        objects,
        own: () => own,
        workloads,
        entryOf: (object) => mine.byObject.get(object) ?? context.filed.byObject.get(object),
        ofKind: (kind, namespace) => namespace === undefined
            ? joined(`k\u0000${kind}`, () => mine.byKind.get(kind), () => shared.byKind.get(kind))
            : joined(`n\u0000${kind}\u0000${namespace}`, () => mine.byKindAndNamespace.get(kind)?.get(namespace), () => shared.byKindAndNamespace.get(kind)?.get(namespace)),
        inNamespace: (namespace) => joined(`o\u0000${namespace}`, () => mine.byNamespace.get(namespace), () => shared.byNamespace.get(namespace)),
        workloadsIn: (namespace) => joined(`w\u0000${namespace}`, () => mine.workloadsByNamespace.get(namespace), () => shared.workloadsByNamespace.get(namespace)),
    });
}
function indexOver(lists) {
    const none = Object.freeze([]);
    const lazy = (compute) => {
        let value;
        return () => (value ??= { computed: compute() }).computed;
    };
    const ofKind = (kind, namespace) => lists.ofKind(kind, namespace === undefined ? undefined : namespace || 'default') ?? none;
    const inNamespace = (namespace) => lists.inNamespace(namespace || 'default') ?? none;
    const workloadsIn = (namespace) => lists.workloadsIn(namespace || 'default') ?? none;
    // Names are looked up in the list of a kind (and namespace): scanned for the first few lookups, then filed
    // by name (see scansBeforeTable).
    const namesOf = new Map();
    const named = (kind, name, namespace) => {
        const list = ofKind(kind, namespace);
        let lookups = namesOf.get(list);
        if (!lookups)
            namesOf.set(list, (lookups = { asked: 0 }));
        if (!lookups.names) {
            if (++lookups.asked <= scansBeforeTable)
                return list.filter((entry) => entry.ref.name === name);
            lookups.names = new Map();
            for (const entry of list)
                push(lookups.names, entry.ref.name, entry);
        }
        return lookups.names.get(name) ?? none;
    };
    // The workloads of a namespace by pod label, for selectors: the matcher looks only at those that carry a label it requires.
    const workloadLabels = new Map();
    const workloadsMayMatch = (required, namespace) => {
        const key = namespace || 'default';
        let lookup = workloadLabels.get(key);
        if (!lookup) {
            lookup = labelLookup(workloadsIn(key), (workload) => (workload.pod ? [workload.pod.labels] : []));
            workloadLabels.set(key, lookup);
        }
        return lookup(required);
    };
    const firstByName = new Map();
    const target = (ref, namespace) => {
        if (!isRecord(ref) || typeof ref.name !== 'string')
            return undefined;
        const kind = typeof ref.kind === 'string' ? ref.kind : 'Deployment'; // KEDA's default
        const candidates = ofKind(kind, namespace);
        let names = firstByName.get(candidates);
        if (!names) {
            const first = new Map();
            for (const entry of candidates)
                if (!first.has(entry.ref.name))
                    first.set(entry.ref.name, entry);
            names = first;
            firstByName.set(candidates, names);
        }
        return names.get(ref.name);
    };
    const targetOf = (candidate) => {
        const spec = candidate.object['spec'];
        if (!isRecord(spec))
            return undefined;
        const ref = (spec['scaleTargetRef'] ?? spec['targetRef']);
        return target(ref, candidate.ref.namespace);
    };
    const specOf = (entry) => {
        const spec = entry.object['spec'];
        return isRecord(spec) ? spec : undefined;
    };
    // Candidates share a required label with the pods; the real matcher below still decides. Only a selector of
    // the workload's namespace selects it: the candidates of a kind are filed per namespace, so that a scope
    // files only the namespaces it asks about.
    const selectorsOfKind = new Map();
    const candidatesOf = (kind, namespace, requiredOf) => {
        const key = `${kind}\u0000${namespace || 'default'}`;
        let candidates = selectorsOfKind.get(key);
        if (!candidates)
            selectorsOfKind.set(key, (candidates = selectorCandidates(ofKind(kind, namespace), requiredOf)));
        return candidates;
    };
    const matchLabelsOf = (entry) => specOf(entry)?.['selector']?.matchLabels;
    const serviceSelectorOf = (entry) => specOf(entry)?.['selector'];
    const selecting = (kinds) => memoize((workload) => {
        const labels = workload.pod?.labels ?? {};
        return [...kinds].flatMap((kind) => candidatesOf(kind, workload.ref.namespace, matchLabelsOf)(labels).filter((candidate) => {
            const spec = specOf(candidate);
            return sameNamespace(candidate.ref.namespace, workload.ref.namespace) && spec !== undefined && matchesLabelSelector(spec['selector'], labels);
        }));
    });
    // Each autoscaler has at most one target: file them all under it once, in kind order, then scope order.
    const autoscalersByTarget = (kinds) => lazy(() => {
        const byTarget = new Map();
        for (const kind of kinds) {
            for (const autoscaler of ofKind(kind)) {
                const found = targetOf(autoscaler);
                if (found)
                    push(byTarget, found, autoscaler);
            }
        }
        return byTarget;
    });
    const horizontalByTarget = autoscalersByTarget([...horizontalKinds]);
    const verticalByTarget = autoscalersByTarget(['VerticalPodAutoscaler']);
    return Object.freeze({
        get objects() {
            return lists.objects();
        },
        get own() {
            return lists.own();
        },
        get workloads() {
            return lists.workloads();
        },
        ofKind,
        entryOf: lists.entryOf,
        inNamespace,
        workloadsIn,
        named,
        podsSelectedBy(selector, namespace) {
            if (!isRecord(selector))
                return none;
            return workloadsMayMatch(selector.matchLabels, namespace).filter((w) => w.pod && matchesLabelSelector(selector, w.pod.labels));
        },
        podsSelectedByMap(selector, namespace) {
            if (!isRecord(selector))
                return none;
            return workloadsMayMatch(selector, namespace).filter((w) => w.pod && matchesLabelMap(selector, w.pod.labels));
        },
        servicesSelecting: memoize((workload) => candidatesOf('Service', workload.ref.namespace, serviceSelectorOf)(workload.pod?.labels ?? {}).filter((service) => {
            const spec = specOf(service);
            return sameNamespace(service.ref.namespace, workload.ref.namespace) && spec !== undefined && matchesLabelMap(spec['selector'], workload.pod?.labels ?? {});
        })),
        budgetsSelecting: selecting(budgetKinds),
        autoscalersOf: (workload) => horizontalByTarget().get(workload) ?? none,
        verticalAutoscalersOf: (workload) => verticalByTarget().get(workload) ?? none,
        target,
    });
}
/**
 * An Argo Rollout with spec.workloadRef runs the pods of the Deployment it names (of the same scope and
 * namespace): its entry gets that Deployment's pod template, so Services, budgets and autoscalers relate
 * to it as to a Rollout with its own template. The engine does not check the Rollout's pods (podTemplateOf
 * of the object has none): the Deployment's own checks review that template once.
 */
function resolveWorkloadRefs(entries) {
    const deployments = new Map();
    const keyOf = (namespace, name) => `${namespace || 'default'}\u0000${name}`;
    for (const entry of entries) {
        if (entry.ref.kind === 'Deployment' && entry.pod && groupOf(entry.object) === 'apps' && !deployments.has(keyOf(entry.ref.namespace, entry.ref.name))) {
            deployments.set(keyOf(entry.ref.namespace, entry.ref.name), entry);
        }
    }
    if (deployments.size === 0)
        return;
    for (const entry of entries) {
        const name = workloadRefOf(entry);
        const deployment = name === undefined ? undefined : deployments.get(keyOf(entry.ref.namespace, name));
        if (deployment)
            entry.pod = deployment.pod;
    }
}
/** The name of the Deployment whose pods an Argo Rollout without a template runs (spec.workloadRef). */
function workloadRefOf(entry) {
    if (entry.pod || entry.ref.kind !== 'Rollout' || apiGroupOf(entry.ref.apiVersion) !== 'argoproj.io')
        return undefined;
    const spec = entry.object['spec'];
    const ref = isRecord(spec) ? spec['workloadRef'] : undefined;
    if (!isRecord(ref) || typeof ref['name'] !== 'string' || (ref['kind'] !== undefined && ref['kind'] !== 'Deployment'))
        return undefined;
    return ref['name'];
}
/** True for an object whose pods depend on the rest of its scope (see resolveWorkloadRefs). */
function takesPodsOfAnother(entry) {
    return workloadRefOf(entry) !== undefined;
}
const podMakingResources = new Set(['pods', 'deployments', 'statefulsets', 'daemonsets', 'replicasets', 'jobs', 'cronjobs', '*']);
/**
 * True when the unit holds a Role or ClusterRole that may create pods or their controllers: an operator or
 * a deployment tool lives here, and pods may appear at run time that no manifest describes.
 */
export const createsPodsAtRunTime = perScope((index) => rolesMayCreate(index, podMakingResources));
/** True when the unit holds a Role or ClusterRole that may create Services: an operator may make the ones its objects expect. */
export const createsServicesAtRunTime = perScope((index) => rolesMayCreate(index, serviceMakingResources));
const serviceMakingResources = new Set(['services', '*']);
function rolesMayCreate(index, resources) {
    return index.own.some((entry) => {
        if ((entry.ref.kind !== 'Role' && entry.ref.kind !== 'ClusterRole') || groupOf(entry.object) !== 'rbac.authorization.k8s.io')
            return false;
        const rules = entry.object['rules'];
        if (!Array.isArray(rules))
            return false;
        return rules.some((rule) => {
            if (!isRecord(rule))
                return false;
            const listed = (key) => (Array.isArray(rule[key]) ? rule[key].filter((item) => typeof item === 'string') : []);
            return listed('resources').some((resource) => resources.has(resource)) && listed('verbs').some((verb) => verb === 'create' || verb === '*');
        });
    });
}
/**
 * Whether the unit can tell that no pod of a namespace has some labels: it has workloads of its own there,
 * and nothing in it creates pods at run time. A check that concludes from the absence of such pods stays
 * silent otherwise: the pods may come from another project, another folder, or an operator.
 */
export function unitKnowsPodsIn(index, namespace) {
    return ownWorkloadsIn(index, namespace).length > 0 && !createsPodsAtRunTime(index);
}
/** Lists of a scope's entries by key, in scope order: what a per-object question looks up instead of filtering the scope. */
function groupBy(entries, keysOf) {
    const groups = new Map();
    for (const entry of entries) {
        for (const key of keysOf(entry)) {
            const list = groups.get(key);
            if (list)
                list.push(entry);
            else
                groups.set(key, [entry]);
        }
    }
    return groups;
}
const ownWorkloads = perNamespace((index, namespace) => index.workloadsIn(namespace).filter((entry) => !entry.borrowed));
/** The unit's own workloads of a namespace ('' and default are the same), in scope order. */
export function ownWorkloadsIn(index, namespace) {
    return ownWorkloads(index, namespace);
}
const workloadNames = perNamespace((index, namespace) => groupBy(index.workloadsIn(namespace), (entry) => [entry.ref.name]));
/** The workloads (objects with a pod template, of any kind) of that name in a namespace, in scope order. */
export function workloadsNamed(index, name, namespace) {
    return workloadNames(index, namespace).get(name) ?? [];
}
// The workloads of a namespace by the labels of their own metadata (not their pod template's); each object
// once, not once per pod template.
const workloadsByOwnLabel = perNamespace((index, namespace) => labelLookup(index.inNamespace(namespace).filter((entry) => entry.pod !== undefined), (entry) => [labelsOf(entry.object.metadata)]));
/**
 * The workloads of a namespace whose own metadata labels (not their pods') a selector matches, in scope
 * order, each once: a budget or policy written against the workload's labels instead of its pods'.
 */
export function workloadsLabelledFor(index, selector, namespace) {
    const candidates = workloadsByOwnLabel(index, namespace)(isRecord(selector) ? selector.matchLabels : undefined);
    return candidates.filter((entry) => matchesLabelSelector(selector, labelsOf(entry.object.metadata)));
}
