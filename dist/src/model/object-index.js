import { apiGroupOf, groupOf, isRecord, labelsOf, podTemplateOf, podTemplateViews } from './kinds.js';
import { isDockerfileObject } from './dockerfile.js';
import { labelLookup, matchesLabelMap, matchesLabelSelector, scansBeforeTable, selectorCandidates } from './selectors.js';
/** A sieve with one question: the entries that pass `test`, filtered when first asked. */
export function entriesWhere(test) {
    return (list) => {
        let passed;
        return () => (passed ??= list.filter(test));
    };
}
/**
 * A sieve asked with a key: the entries `keysOf` files under it, in a table made when first asked or, with
 * `scans`, after that many questions answered by a scan (see scansBeforeTable).
 */
export function entriesByKey(keysOf, scans = 0) {
    return (list) => {
        let asked = 0;
        let table;
        return (key) => {
            if (!table) {
                if (++asked <= scans)
                    return list.filter((entry) => keysOf(entry).includes(key));
                table = groupBy(list, keysOf);
            }
            return table.get(key) ?? [];
        };
    };
}
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
 * scopes never share an answer: for answers from the unit's own objects. A table over a list that holds
 * the namespace's context (of a kind, of a namespace, the workloads) is a Sieve, made once per context.
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
/** A list of filed entries, undefined when empty. */
function listIn(filed, list) {
    const namespace = list.namespace === undefined ? undefined : list.namespace || 'default';
    if (list.workloads)
        return namespace === undefined ? filed.workloads : filed.workloadsByNamespace.get(namespace);
    if (list.kind !== undefined)
        return namespace === undefined ? filed.byKind.get(list.kind) : filed.byKindAndNamespace.get(list.kind)?.get(namespace);
    return namespace === undefined ? filed.entries : filed.byNamespace.get(namespace);
}
/** A list's name as a key: the kind's length keeps a kind and a namespace apart, whatever characters they hold. */
function listKey(list) {
    const namespace = list.namespace === undefined ? '' : `/${list.namespace || 'default'}`;
    return `${list.workloads ? 'w' : list.kind === undefined ? 'o' : `k${list.kind.length}:${list.kind}`}${namespace}`;
}
/** The lookup of `sieve` over a list, made by `make` when first asked and kept in `sifted`. */
function siftedOnce(sifted, sieve, list, make) {
    let byList = sifted.get(sieve);
    if (!byList)
        sifted.set(sieve, (byList = new Map()));
    const key = listKey(list);
    let lookup = byList.get(key);
    if (!lookup)
        byList.set(key, (lookup = make()));
    return lookup;
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
    const sifted = new Map();
    return indexOver({
        objects: () => frozen,
        own: () => own,
        workloads: () => workloads,
        entryOf: (object) => filed.byObject.get(object),
        ofKind: (kind, namespace) => (namespace === undefined ? filed.byKind.get(kind) : filed.byKindAndNamespace.get(kind)?.get(namespace)),
        inNamespace: (namespace) => filed.byNamespace.get(namespace),
        workloadsIn: (namespace) => filed.workloadsByNamespace.get(namespace),
        sift: (sieve, list) => siftedOnce(sifted, sieve, list, () => sieve(listIn(filed, list) ?? [])),
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
    return { filed, fileAt, scopeDependent: filed.entries.some(takesPodsOfAnother), sifted: new Map() };
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
    // Each list made when first asked, and kept.
    const kept = new Map();
    const joined = (list) => {
        const key = listKey(list);
        if (kept.has(key))
            return kept.get(key);
        const answer = join(listIn(mine, list), listIn(shared, list));
        kept.set(key, answer);
        return answer;
    };
    const once = (compute) => {
        let value;
        return () => (value ??= { computed: compute() }).computed;
    };
    const own = Object.freeze(mine.entries);
    const objects = once(() => Object.freeze(join(own, shared.entries) ?? []));
    const workloads = once(() => Object.freeze(join(mine.workloads, shared.workloads) ?? []));
    const sifted = new Map();
    const sift = (sieve, list) => siftedOnce(sifted, sieve, list, () => {
        const ownLookup = sieve(listIn(mine, list) ?? []);
        const sharedLookup = siftedOnce(context.sifted, sieve, list, () => sieve(listIn(shared, list) ?? []));
        // Kept per question: a joined answer is a new list, and many objects of the unit may ask the same.
        return memoize((question) => {
            const ownAnswer = ownLookup(question);
            return join(ownAnswer.length > 0 ? ownAnswer : undefined, sharedLookup(question)) ?? ownAnswer;
        });
    });
    return indexOver({
        objects,
        own: () => own,
        workloads,
        entryOf: (object) => mine.byObject.get(object) ?? context.filed.byObject.get(object),
        ofKind: (kind, namespace) => joined(namespace === undefined ? { kind } : { kind, namespace }),
        inNamespace: (namespace) => joined({ namespace }),
        workloadsIn: (namespace) => joined({ workloads: true, namespace }),
        sift,
    });
}
function indexOver(lists) {
    const none = Object.freeze([]);
    const ofKind = (kind, namespace) => lists.ofKind(kind, namespace === undefined ? undefined : namespace || 'default') ?? none;
    const inNamespace = (namespace) => lists.inNamespace(namespace || 'default') ?? none;
    const workloadsIn = (namespace) => lists.workloadsIn(namespace || 'default') ?? none;
    const listOfKind = (kind, namespace) => (namespace === undefined ? { kind } : { kind, namespace });
    const named = (kind, name, namespace) => lists.sift(byName, listOfKind(kind, namespace))(name);
    // The workloads of a namespace by pod label, for selectors: the matcher looks only at those that carry a label it requires.
    const workloadsMayMatch = (required, namespace) => lists.sift(byPodLabel, { workloads: true, namespace })(required);
    const target = (ref, namespace) => {
        if (!isRecord(ref) || typeof ref.name !== 'string')
            return undefined;
        const kind = typeof ref.kind === 'string' ? ref.kind : 'Deployment'; // KEDA's default
        return named(kind, ref.name, namespace)[0];
    };
    const targetOf = (candidate) => {
        const ref = scaleTargetOf(candidate);
        return ref && target(ref, candidate.ref.namespace);
    };
    // Candidates share a required label with the pods; the real matcher below still decides. Only a selector of
    // the workload's namespace selects it: the candidates of a kind are looked up in that namespace.
    const selecting = (kinds) => memoize((workload) => {
        const labels = workload.pod?.labels ?? {};
        return [...kinds].flatMap((kind) => lists.sift(byMatchLabels, listOfKind(kind, workload.ref.namespace))(labels).filter((candidate) => {
            const spec = specOf(candidate);
            return sameNamespace(candidate.ref.namespace, workload.ref.namespace) && spec !== undefined && matchesLabelSelector(spec['selector'], labels);
        }));
    });
    // An autoscaler of the workload's namespace that names it, of each kind in turn (each has at most one target).
    const targeting = (kinds) => memoize((workload) => kinds.flatMap((kind) => lists.sift(byScaleTarget, listOfKind(kind, workload.ref.namespace))(targetKey(workload.ref.kind, workload.ref.name)).filter((autoscaler) => targetOf(autoscaler) === workload)));
    const horizontalOf = targeting([...horizontalKinds]);
    const verticalOf = targeting(['VerticalPodAutoscaler']);
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
        servicesSelecting: memoize((workload) => lists.sift(byServiceSelector, listOfKind('Service', workload.ref.namespace))(workload.pod?.labels ?? {}).filter((service) => {
            const spec = specOf(service);
            return sameNamespace(service.ref.namespace, workload.ref.namespace) && spec !== undefined && matchesLabelMap(spec['selector'], workload.pod?.labels ?? {});
        })),
        budgetsSelecting: selecting(budgetKinds),
        autoscalersOf: horizontalOf,
        verticalAutoscalersOf: verticalOf,
        target,
        sift: lists.sift,
    });
}
const byName = entriesByKey((entry) => [entry.ref.name], scansBeforeTable);
const workloadsByName = entriesByKey((entry) => [entry.ref.name]);
const byPodLabel = (list) => labelLookup(list, (workload) => (workload.pod ? [workload.pod.labels] : []));
function specOf(entry) {
    const spec = entry.object['spec'];
    return isRecord(spec) ? spec : undefined;
}
// Selectors filed by a label pair they require, asked with the labels of a workload's pods.
const byMatchLabels = (list) => selectorCandidates(list, (entry) => specOf(entry)?.['selector']?.matchLabels);
const byServiceSelector = (list) => selectorCandidates(list, (entry) => specOf(entry)?.['selector']);
/** The scaleTargetRef (or a VerticalPodAutoscaler's targetRef) of an autoscaler. */
function scaleTargetOf(autoscaler) {
    const spec = specOf(autoscaler);
    const ref = spec?.['scaleTargetRef'] ?? spec?.['targetRef'];
    return isRecord(ref) ? ref : undefined;
}
function targetKey(kind, name) {
    return `${kind}\u0000${name}`;
}
// Autoscalers by the kind and name of the object they scale, which target() looks up in their namespace.
const byScaleTarget = entriesByKey((autoscaler) => {
    const ref = scaleTargetOf(autoscaler);
    return ref && typeof ref.name === 'string' ? [targetKey(typeof ref.kind === 'string' ? ref.kind : 'Deployment', ref.name)] : [];
});
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
/** The unit's own entries of a list (all of them but the borrowed ones). */
export const ownEntries = entriesWhere((entry) => !entry.borrowed);
/** The unit's own workloads of a namespace ('' and default are the same), in scope order. */
export function ownWorkloadsIn(index, namespace) {
    return index.sift(ownEntries, { workloads: true, namespace })();
}
/** The workloads (objects with a pod template, of any kind) of that name in a namespace, in scope order. */
export function workloadsNamed(index, name, namespace) {
    return index.sift(workloadsByName, { workloads: true, namespace })(name);
}
// The workloads of a namespace by the labels of their own metadata (not their pod template's); each object
// once, not once per pod template.
const workloadsByOwnLabel = (objects) => labelLookup(objects.filter((entry) => entry.pod !== undefined), (entry) => [labelsOf(entry.object.metadata)]);
/**
 * The workloads of a namespace whose own metadata labels (not their pods') a selector matches, in scope
 * order, each once: a budget or policy written against the workload's labels instead of its pods'.
 */
export function workloadsLabelledFor(index, selector, namespace) {
    const candidates = index.sift(workloadsByOwnLabel, { namespace })(isRecord(selector) ? selector.matchLabels : undefined);
    return candidates.filter((entry) => matchesLabelSelector(selector, labelsOf(entry.object.metadata)));
}
