import { apiGroupOf, groupOf, isRecord, podTemplateOf, podTemplateViews } from './kinds.js';
import { isDockerfileObject } from './dockerfile.js';
import { matchesLabelMap, matchesLabelSelector, selectorCandidates } from './selectors.js';
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
        void index.objects;
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
/** The index of a scope's objects; those from `owned` on are borrowed from other units. */
export function buildIndex(objects, owned = objects.length) {
    // A Dockerfile is no Kubernetes object: no lookup finds it, so no relation changes; entryOf still gives its ref.
    const all = objects.map((object, i) => ({ ref: refOf(object), object, pod: isDockerfileObject(object) ? undefined : podTemplateOf(object), borrowed: i >= owned }));
    const entries = all.some((entry) => isDockerfileObject(entry.object)) ? all.filter((entry) => !isDockerfileObject(entry.object)) : all;
    owned = entries.length - entries.filter((entry) => entry.borrowed).length;
    const byObject = new Map(all.map((entry) => [entry.object, entry]));
    resolveWorkloadRefs(entries);
    // A custom resource with several pod templates (a Ray cluster's head and workers) is one workload per
    // template: an entry for each further template, keyed by the view the engine checks it through.
    const templateEntries = new Map();
    for (const entry of entries) {
        const views = podTemplateViews(entry.object);
        if (views.length <= 1)
            continue;
        const more = views.slice(1).map((view) => ({ ref: entry.ref, object: view, pod: podTemplateOf(view), borrowed: entry.borrowed }));
        for (const view of more)
            byObject.set(view.object, view);
        templateEntries.set(entry, more);
    }
    // Buckets keep scope order, so that every lookup returns what a filter over all objects would.
    const byKind = new Map();
    const byNamespace = new Map();
    const workloadsByNamespace = new Map();
    const workloads = [];
    const push = (map, key, entry) => {
        const list = map.get(key);
        if (list)
            list.push(entry);
        else
            map.set(key, [entry]);
    };
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
    const none = Object.freeze([]);
    const ofKind = (kind, namespace) => {
        if (namespace === undefined)
            return byKind.get(kind) ?? none;
        return byKindAndNamespace.get(kind)?.get(namespace || 'default') ?? none;
    };
    const inNamespace = (namespace) => byNamespace.get(namespace || 'default') ?? none;
    const workloadsIn = (namespace) => workloadsByNamespace.get(namespace || 'default') ?? none;
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
    const lazy = (compute) => {
        let value;
        return () => (value ??= { computed: compute() }).computed;
    };
    // Candidates share a required label with the pods; the real matcher below still decides.
    const selectorsOfKind = new Map();
    const selectorCandidatesOf = (kind) => {
        let candidates = selectorsOfKind.get(kind);
        if (!candidates) {
            candidates = lazy(() => selectorCandidates(ofKind(kind), (entry) => specOf(entry)?.['selector']?.matchLabels));
            selectorsOfKind.set(kind, candidates);
        }
        return candidates();
    };
    const serviceCandidates = lazy(() => selectorCandidates(ofKind('Service'), (entry) => specOf(entry)?.['selector']));
    const selecting = (kinds) => memoize((workload) => {
        const labels = workload.pod?.labels ?? {};
        return [...kinds].flatMap((kind) => selectorCandidatesOf(kind)(labels).filter((candidate) => {
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
        objects: Object.freeze(entries),
        own: owned >= entries.length ? Object.freeze(entries) : Object.freeze(entries.slice(0, owned)),
        workloads: Object.freeze(workloads),
        ofKind,
        entryOf: (object) => byObject.get(object),
        inNamespace,
        workloadsIn,
        podsSelectedBy(selector, namespace) {
            return workloadsIn(namespace).filter((w) => w.pod && matchesLabelSelector(selector, w.pod.labels));
        },
        podsSelectedByMap(selector, namespace) {
            return workloadsIn(namespace).filter((w) => w.pod && matchesLabelMap(selector, w.pod.labels));
        },
        servicesSelecting: memoize((workload) => serviceCandidates()(workload.pod?.labels ?? {}).filter((service) => {
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
        if (entry.pod || entry.ref.kind !== 'Rollout' || apiGroupOf(entry.ref.apiVersion) !== 'argoproj.io')
            continue;
        const spec = entry.object['spec'];
        const ref = isRecord(spec) ? spec['workloadRef'] : undefined;
        if (!isRecord(ref) || typeof ref['name'] !== 'string' || (ref['kind'] !== undefined && ref['kind'] !== 'Deployment'))
            continue;
        const deployment = deployments.get(keyOf(entry.ref.namespace, ref['name']));
        if (deployment)
            entry.pod = deployment.pod;
    }
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
    return index.workloadsIn(namespace).some((entry) => !entry.borrowed) && !createsPodsAtRunTime(index);
}
