import { apiGroupOf, groupOf, isRecord } from './kinds.js';
import { entriesWhere, sameNamespace } from './object-index.js';
import { isControllerLabelKey, selectsPodsOf } from './networking.js';
import { compileRe2 } from './re2.js';
import { matchesLabelSelector, selectorCandidates } from './selectors.js';
/**
 * Shared logic of the multi-tenancy and governance checks: Namespace objects and what the scope puts
 * in them, Kubernetes NetworkPolicy semantics (pod selection, policy types, default deny), and
 * user-supplied regular expressions.
 */
// ---------------------------------------------------------------------------------------------------
// Namespaces
/** A core/v1 Namespace. */
export function isNamespace(object) {
    return object.kind === 'Namespace' && groupOf(object) === '';
}
/** The name of a Namespace object, or undefined when it has none (then nothing can belong to it). */
export function namespaceNameOf(object) {
    const name = object.metadata?.name;
    return typeof name === 'string' && name.trim() !== '' ? name : undefined;
}
/**
 * Names starting with kube- are reserved for Kubernetes (kube-system, kube-public, kube-node-lease):
 * their pods are the cluster's own, which quotas, default-deny policies and Pod Security levels for
 * tenants do not fit.
 */
export function isSystemNamespace(name) {
    return name.startsWith('kube-');
}
/** `namespace "shop"`, or the default namespace for objects that set none. */
export function namespaceText(namespace) {
    return namespace === '' ? 'namespace "default" (no namespace set)' : `namespace "${namespace}"`;
}
/** Objects of a core kind (ResourceQuota, LimitRange) in a namespace; an unset namespace counts as default. */
export function coreObjectsIn(index, kind, namespace) {
    return index.ofKind(kind, namespace).filter((entry) => groupOf(entry.ref) === '');
}
/**
 * Objects of a core kind that set no namespace, while the Namespace being judged is not default: the
 * usual slip of a namespace folder applied without -n, worth naming in a message.
 */
export function coreObjectsWithoutNamespace(index, kind, namespace) {
    if (sameNamespace(namespace, ''))
        return [];
    return index.ofKind(kind).filter((entry) => entry.ref.namespace === '' && groupOf(entry.ref) === '');
}
/** `"a", "b", "c" and 2 more`. */
export function quotedNames(entries, limit = 3) {
    const names = entries.slice(0, limit).map((entry) => `"${entry.ref.name}"`);
    const head = names.length > 1 ? `${names.slice(0, -1).join(', ')} and ${names.at(-1) ?? ''}` : (names[0] ?? '');
    return entries.length > limit ? `${names.join(', ')} and ${entries.length - limit} more` : head;
}
/** ` ResourceQuota "a" sets...` or ` ResourceQuotas "a" and "b" set...`: a sentence about some objects of a kind. */
export function sentenceAbout(entries, kind, whenOne, whenMany, kinds = `${kind}s`) {
    return entries.length === 1 ? ` ${kind} ${quotedNames(entries)} ${whenOne}` : ` ${kinds} ${quotedNames(entries)} ${whenMany}`;
}
/** `1 NetworkPolicy`, `2 NetworkPolicies`. */
export function plural(count, singular, pluralForm = `${singular}s`) {
    return `${count} ${count === 1 ? singular : pluralForm}`;
}
export const directions = ['Ingress', 'Egress'];
/** A Kubernetes NetworkPolicy (networking.k8s.io, or the old extensions/v1beta1). */
export function isNetworkPolicy(object) {
    const group = groupOf(object);
    return object.kind === 'NetworkPolicy' && (group === 'networking.k8s.io' || group === 'extensions');
}
/** The Kubernetes NetworkPolicies of a namespace (an unset namespace counts as default). */
export function networkPoliciesIn(index, namespace) {
    return index.sift(networkPolicies, { kind: 'NetworkPolicy', namespace })();
}
const networkPolicies = entriesWhere((entry) => isNetworkPolicy(entry.object));
const ownNetworkPolicies = entriesWhere((entry) => !entry.borrowed && isNetworkPolicy(entry.object));
const defaultDenies = entriesWhere((entry) => isNetworkPolicy(entry.object) && selectsEveryPod(entry.object));
/** Whether the unit has NetworkPolicies of its own in a namespace, and whether one of them all selects every pod. */
export function networkPolicyFacts(index, namespace) {
    const list = { kind: 'NetworkPolicy', namespace };
    return { own: index.sift(ownNetworkPolicies, list)().length > 0, defaultDeny: index.sift(defaultDenies, list)().length > 0 };
}
/**
 * Policies of other engines that kubeready does not evaluate, named in messages so a reader knows why
 * they did not count: Cilium and Calico policies of the namespace, and cluster-wide ones (Cilium,
 * Calico, AdminNetworkPolicy) anywhere in the scope.
 */
export function otherEnginePolicies(index, namespace) {
    return index.sift(otherEngineCandidates, {})().filter((entry) => {
        const group = apiGroupOf(entry.ref.apiVersion);
        const kind = entry.ref.kind;
        if (kind === 'CiliumClusterwideNetworkPolicy' || kind === 'GlobalNetworkPolicy' || group === 'policy.networking.k8s.io')
            return true;
        const namespaced = group === 'cilium.io' || group.endsWith('projectcalico.org');
        return namespaced && sameNamespace(entry.ref.namespace, namespace);
    });
}
const otherEngineCandidates = entriesWhere((entry) => entry.ref.kind.includes('NetworkPolicy') && !isNetworkPolicy(entry.object));
/** `CiliumNetworkPolicy "a", GlobalNetworkPolicy "b"`. */
export function describeEntries(entries, limit = 3) {
    const names = entries.slice(0, limit).map((entry) => `${entry.ref.kind} "${entry.ref.name}"`);
    if (entries.length > limit)
        return `${names.join(', ')} and ${entries.length - limit} more`;
    return names.length > 1 ? `${names.slice(0, -1).join(', ')} and ${names.at(-1) ?? ''}` : (names[0] ?? '');
}
export function podSelectorOf(policy) {
    const spec = policy['spec'];
    if (!isRecord(spec))
        return { kind: 'all' };
    const selector = spec['podSelector'];
    if (selector === undefined || selector === null)
        return { kind: 'all' };
    if (!isRecord(selector)) {
        return {
            kind: 'invalid',
            reason: `The podSelector ${JSON.stringify(selector)} is not a label selector (matchLabels, matchExpressions): the API server rejects the policy.`,
            path: ['spec', 'podSelector'],
        };
    }
    const stray = Object.keys(selector).filter((key) => key !== 'matchLabels' && key !== 'matchExpressions');
    if (stray.length > 0) {
        return {
            kind: 'invalid',
            reason: `The podSelector holds ${stray.map((key) => `"${key}"`).join(', ')} directly, outside matchLabels and matchExpressions: ` +
                'strict field validation rejects the policy, and without it the field is dropped and the policy selects every pod of the namespace instead.',
            path: ['spec', 'podSelector', stray[0] ?? ''],
        };
    }
    const labels = selector['matchLabels'];
    const expressions = selector['matchExpressions'];
    if (labels !== undefined && labels !== null && !isRecord(labels)) {
        return { kind: 'invalid', reason: 'The podSelector\'s matchLabels is not a map of labels: the API server rejects the policy.', path: ['spec', 'podSelector', 'matchLabels'] };
    }
    if (expressions !== undefined && expressions !== null && !Array.isArray(expressions)) {
        return { kind: 'invalid', reason: 'The podSelector\'s matchExpressions is not a list: the API server rejects the policy.', path: ['spec', 'podSelector', 'matchExpressions'] };
    }
    const empty = !(isRecord(labels) && Object.keys(labels).length > 0) && !(Array.isArray(expressions) && expressions.length > 0);
    return empty ? { kind: 'all' } : { kind: 'labels', selector: selector };
}
/** Whether the policy applies to every pod of its namespace (podSelector {} or omitted). */
export function selectsEveryPod(policy) {
    return podSelectorOf(policy).kind === 'all';
}
/**
 * Whether a selector matches a workload's pods: the template labels, plus the labels a controller adds
 * (job-name, statefulset.kubernetes.io/pod-name, ...) where matchLabels names them.
 */
export function selectorMatchesPods(selector, workload) {
    const podLabels = workload.pod?.labels ?? {};
    // Copied only when a controller label is added: most selectors match on the template's labels alone.
    let labels = podLabels;
    const wanted = selector.matchLabels;
    if (isRecord(wanted)) {
        for (const [key, value] of Object.entries(wanted)) {
            if (!Object.hasOwn(labels, key) && selectsPodsOf({ [key]: value }, workload))
                labels = { ...labels, [key]: String(value) };
        }
    }
    return matchesLabelSelector(selector, labels);
}
const policyCandidates = (policies) => selectorCandidates(
// A default deny selects every pod of its namespace: filed nowhere, it would be a candidate for every workload of the scope.
policies.filter((policy) => podSelectorOf(policy.object).kind === 'labels'), (policy) => {
    const reading = podSelectorOf(policy.object);
    return reading.kind === 'labels' ? reading.selector.matchLabels : undefined;
}, isControllerLabelKey);
/**
 * The NetworkPolicies of the scope (any namespace) that may select the workload's pods by their labels, in
 * scope order: a prefilter that keeps every policy with a label selector for which policySelects can be
 * true. A policy that selects every pod of its namespace is not among them (ask selectsEveryPod).
 */
export function policiesThatMaySelect(index, workload) {
    return index.sift(policyCandidates, { kind: 'NetworkPolicy' })(workload.pod?.labels ?? {});
}
/** Whether the policy selects the workload's pods (same namespace is the caller's business). */
export function policySelects(policy, workload) {
    const reading = podSelectorOf(policy);
    if (reading.kind === 'all')
        return true;
    return reading.kind === 'labels' && selectorMatchesPods(reading.selector, workload);
}
/**
 * The directions a policy isolates. spec.policyTypes when set and non-empty; otherwise the API server's
 * default: Ingress always, Egress only when the policy has egress rules.
 */
export function policyTypesOf(policy) {
    const spec = policy['spec'];
    if (!isRecord(spec))
        return new Set(['Ingress']);
    const raw = spec['policyTypes'];
    const listed = (Array.isArray(raw) ? raw : typeof raw === 'string' ? [raw] : []).filter((value) => value === 'Ingress' || value === 'Egress');
    if (Array.isArray(raw) ? raw.length > 0 : typeof raw === 'string')
        return new Set(listed);
    const egress = spec['egress'];
    return new Set(Array.isArray(egress) && egress.length > 0 ? ['Ingress', 'Egress'] : ['Ingress']);
}
/** Whether spec.policyTypes is left to its default. */
export function policyTypesDefaulted(policy) {
    const spec = policy['spec'];
    const raw = isRecord(spec) ? spec['policyTypes'] : undefined;
    return raw === undefined || raw === null || (Array.isArray(raw) && raw.length === 0);
}
const ruleField = { Ingress: 'ingress', Egress: 'egress' };
const peerField = { Ingress: 'from', Egress: 'to' };
/** The rules of one direction: [] when absent, undefined when the field is not a list. */
function rulesOf(policy, direction) {
    const spec = policy['spec'];
    if (!isRecord(spec))
        return [];
    const rules = spec[ruleField[direction]];
    if (rules === undefined || rules === null)
        return [];
    return Array.isArray(rules) ? rules : undefined;
}
const isEmptyList = (value) => value === undefined || value === null || (Array.isArray(value) && value.length === 0);
/** A rule with no peers and no ports (`{}`, or a null entry, which decodes to one) allows all traffic. */
function allowsEverything(rule, direction) {
    if (rule === null || rule === undefined)
        return true;
    return isRecord(rule) && isEmptyList(rule[peerField[direction]]) && isEmptyList(rule['ports']);
}
/** An egress rule that only opens DNS: every port 53 (or kube-dns's port names dns, dns-tcp). */
function onlyDns(rule) {
    if (!isRecord(rule) || !Array.isArray(rule['ports']) || rule['ports'].length === 0)
        return false;
    return rule['ports'].every((port) => isRecord(port) &&
        (port['port'] === 53 || port['port'] === '53' || port['port'] === 'dns' || port['port'] === 'dns-tcp') &&
        (port['endPort'] === undefined || port['endPort'] === null || port['endPort'] === 53));
}
/**
 * A default deny for one direction: the policy selects every pod, isolates that direction, and allows
 * nothing in it (no rules). For Egress, rules that open only DNS (port 53) still count, since that is
 * how a default deny for egress is usually written.
 */
export function deniesAll(policy, direction) {
    if (!selectsEveryPod(policy) || !policyTypesOf(policy).has(direction))
        return false;
    const rules = rulesOf(policy, direction);
    if (rules === undefined)
        return false;
    return rules.length === 0 || (direction === 'Egress' && rules.every(onlyDns));
}
/** A policy that selects every pod and allows all traffic of one direction, which undoes any default deny. */
export function allowsAll(policy, direction) {
    if (!selectsEveryPod(policy) || !policyTypesOf(policy).has(direction))
        return false;
    const rules = rulesOf(policy, direction);
    return rules !== undefined && rules.some((rule) => allowsEverything(rule, direction));
}
/** Whether the pod runs in the host's network namespace, where NetworkPolicies do not apply. */
export function usesHostNetwork(workload) {
    return workload.pod?.spec.hostNetwork === true;
}
/**
 * A user's pattern, which must match the whole value. .kubeready.yaml comes with the manifests, so the
 * pattern is input like them: RE2 syntax (Go's, as in Kubernetes), matched by re2js in time linear in the
 * value, where a backtracking RegExp such as `(a+)+b` never ends on a long name. Lookarounds and
 * backreferences are not RE2, and make the pattern invalid.
 */
export function compileFullMatch(pattern) {
    const compiled = compileRe2(pattern);
    if (!compiled.ok)
        return compiled;
    const whole = compiled.pattern;
    return { ok: true, regex: { test: (value) => whole.testExact(value) } };
}
/** Whether a kind named in options (case-insensitive, or *) means the object's kind. */
export function kindMatches(listed, kind) {
    return listed === '*' || listed.toLowerCase() === kind.toLowerCase();
}
/** `Deployment "api"`. */
export function describeObject(object) {
    const name = object.metadata?.name;
    return typeof name === 'string' && name !== '' ? `${object.kind} "${name}"` : `This ${object.kind}`;
}
