import type { LabelSelector } from 'kubernetes-types/meta/v1.js';
import { type KubeObject, type Path } from './kinds.js';
import { type IndexedObject, type ObjectIndex } from './object-index.js';
/**
 * Shared logic of the multi-tenancy and governance checks: Namespace objects and what the scope puts
 * in them, Kubernetes NetworkPolicy semantics (pod selection, policy types, default deny), and
 * user-supplied regular expressions.
 */
/** A core/v1 Namespace. */
export declare function isNamespace(object: KubeObject): boolean;
/** The name of a Namespace object, or undefined when it has none (then nothing can belong to it). */
export declare function namespaceNameOf(object: KubeObject): string | undefined;
/**
 * Names starting with kube- are reserved for Kubernetes (kube-system, kube-public, kube-node-lease):
 * their pods are the cluster's own, which quotas, default-deny policies and Pod Security levels for
 * tenants do not fit.
 */
export declare function isSystemNamespace(name: string): boolean;
/** `namespace "shop"`, or the default namespace for objects that set none. */
export declare function namespaceText(namespace: string): string;
/** Objects of a core kind (ResourceQuota, LimitRange) in a namespace; an unset namespace counts as default. */
export declare function coreObjectsIn(index: ObjectIndex, kind: string, namespace: string): readonly IndexedObject[];
/**
 * Objects of a core kind that set no namespace, while the Namespace being judged is not default: the
 * usual slip of a namespace folder applied without -n, worth naming in a message.
 */
export declare function coreObjectsWithoutNamespace(index: ObjectIndex, kind: string, namespace: string): readonly IndexedObject[];
/** `"a", "b", "c" and 2 more`. */
export declare function quotedNames(entries: readonly IndexedObject[], limit?: number): string;
/** ` ResourceQuota "a" sets...` or ` ResourceQuotas "a" and "b" set...`: a sentence about some objects of a kind. */
export declare function sentenceAbout(entries: readonly IndexedObject[], kind: string, whenOne: string, whenMany: string, kinds?: string): string;
/** `1 NetworkPolicy`, `2 NetworkPolicies`. */
export declare function plural(count: number, singular: string, pluralForm?: string): string;
export type Direction = 'Ingress' | 'Egress';
export declare const directions: readonly Direction[];
/** A Kubernetes NetworkPolicy (networking.k8s.io, or the old extensions/v1beta1). */
export declare function isNetworkPolicy(object: KubeObject): boolean;
/** The Kubernetes NetworkPolicies of a namespace (an unset namespace counts as default). */
export declare function networkPoliciesIn(index: ObjectIndex, namespace: string): readonly IndexedObject[];
/** Whether the unit has NetworkPolicies of its own in a namespace, and whether one of them all selects every pod. */
export declare function networkPolicyFacts(index: ObjectIndex, namespace: string): {
    own: boolean;
    defaultDeny: boolean;
};
/**
 * Policies of other engines that kubeready does not evaluate, named in messages so a reader knows why
 * they did not count: Cilium and Calico policies of the namespace, and cluster-wide ones (Cilium,
 * Calico, AdminNetworkPolicy) anywhere in the scope.
 */
export declare function otherEnginePolicies(index: ObjectIndex, namespace: string): readonly IndexedObject[];
/** `CiliumNetworkPolicy "a", GlobalNetworkPolicy "b"`. */
export declare function describeEntries(entries: readonly IndexedObject[], limit?: number): string;
/**
 * How a policy's spec.podSelector reads. Omitted, it defaults to the empty selector (every pod of the
 * namespace). A selector with keys other than matchLabels and matchExpressions (`podSelector: {app: web}`)
 * is rejected by strict validation, or loses those keys and then selects every pod: it is `invalid`.
 */
export type PodSelectorReading = {
    kind: 'all';
} | {
    kind: 'labels';
    selector: LabelSelector;
} | {
    kind: 'invalid'; /** A sentence for a message. */
    reason: string;
    path: Path;
};
export declare function podSelectorOf(policy: KubeObject): PodSelectorReading;
/** Whether the policy applies to every pod of its namespace (podSelector {} or omitted). */
export declare function selectsEveryPod(policy: KubeObject): boolean;
/**
 * Whether a selector matches a workload's pods: the template labels, plus the labels a controller adds
 * (job-name, statefulset.kubernetes.io/pod-name, ...) where matchLabels names them.
 */
export declare function selectorMatchesPods(selector: LabelSelector, workload: IndexedObject): boolean;
/**
 * The NetworkPolicies of the scope (any namespace) that may select the workload's pods by their labels, in
 * scope order: a prefilter that keeps every policy with a label selector for which policySelects can be
 * true. A policy that selects every pod of its namespace is not among them (ask selectsEveryPod).
 */
export declare function policiesThatMaySelect(index: ObjectIndex, workload: IndexedObject): readonly IndexedObject[];
/** Whether the policy selects the workload's pods (same namespace is the caller's business). */
export declare function policySelects(policy: KubeObject, workload: IndexedObject): boolean;
/**
 * The directions a policy isolates. spec.policyTypes when set and non-empty; otherwise the API server's
 * default: Ingress always, Egress only when the policy has egress rules.
 */
export declare function policyTypesOf(policy: KubeObject): ReadonlySet<Direction>;
/** Whether spec.policyTypes is left to its default. */
export declare function policyTypesDefaulted(policy: KubeObject): boolean;
/**
 * A default deny for one direction: the policy selects every pod, isolates that direction, and allows
 * nothing in it (no rules). For Egress, rules that open only DNS (port 53) still count, since that is
 * how a default deny for egress is usually written.
 */
export declare function deniesAll(policy: KubeObject, direction: Direction): boolean;
/** A policy that selects every pod and allows all traffic of one direction, which undoes any default deny. */
export declare function allowsAll(policy: KubeObject, direction: Direction): boolean;
/** Whether the pod runs in the host's network namespace, where NetworkPolicies do not apply. */
export declare function usesHostNetwork(workload: IndexedObject): boolean;
export type Compiled = {
    ok: true;
    regex: {
        test(value: string): boolean;
    };
} | {
    ok: false;
    error: string;
};
/**
 * A user's pattern, which must match the whole value. .kubeready.yaml comes with the manifests, so the
 * pattern is input like them: RE2 syntax (Go's, as in Kubernetes), matched by re2js in time linear in the
 * value, where a backtracking RegExp such as `(a+)+b` never ends on a long name. Lookarounds and
 * backreferences are not RE2, and make the pattern invalid.
 */
export declare function compileFullMatch(pattern: string): Compiled;
/** Whether a kind named in options (case-insensitive, or *) means the object's kind. */
export declare function kindMatches(listed: string, kind: string): boolean;
/** `Deployment "api"`. */
export declare function describeObject(object: KubeObject): string;
