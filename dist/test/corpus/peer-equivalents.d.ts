/**
 * Which checks of the peer linters (kube-score, Polaris, kube-linter) ask the same question as a
 * kubeready check, and why kubeready answers some of their test cases differently. peers.test.ts runs
 * kubeready over the peers' own test oracles (../shared/corpus/peers) with this data.
 *
 * How a peer's verdict is read:
 * - kube-score grades each check per object: CRITICAL and WARNING both mean the check found a problem
 *   (WARNING is kube-score's lower grade for the same question, e.g. requests missing while limits are
 *   set), so both count as "fails"; OK and a SKIPPED that the check itself decides (grade 0, or "not
 *   targeted by a service", "controlled by an HPA") count as "passes". Assertions about kube-score's
 *   own machinery (ignore annotations, whether an optional check is enabled) are not cases: see
 *   kubeScoreConfigs and kubeScoreAssertionsSetAside. An optional check turned on for the assertion
 *   (--enable-optional-test, a kube-score/enable annotation) is graded as any other.
 * - Polaris: a failure*.yaml must give at least one danger for the check, a success*.yaml none. The
 *   mutated*.yaml files are the expected output of its auto-fix, not oracle cases.
 * - kube-linter gives a report count per file; the cases are the objects (or, for the probe-port
 *   checks, the containers) the check judges, and `fires` names the ones the expected reports are
 *   about. The test cross-checks `fires` with the count and the kinds of the expected messages.
 *
 * kubeready "flags" a case when one of the mapped checks reports a finding in the file (kube-score,
 * Polaris) or on that object or container (kube-linter; for a binding, also on the role it binds when the
 * equivalence says throughRoleRef), whatever its severity. The checks run with their default options and
 * the baseline Pod Security level unless the equivalence names others: a restricted-only control (such as
 * allowPrivilegeEscalation) runs at restricted.
 */
import type { PodSecurityLevel } from '../../src/api.js';
export type Peer = 'kube-score' | 'polaris' | 'kube-linter';
export interface Equivalence {
    peer: Peer;
    peerCheck: string;
    /** The kubeready checks that answer the same question; each runs alone on the case's file. */
    checks: readonly string[];
    /** The peer check covers one part of a kubeready check: only findings whose message matches count. */
    only?: {
        part: string;
        message: RegExp;
    };
    /** kube-linter: the kinds the check judges (each object of these kinds is a case). */
    subjects?: readonly string[];
    /** kube-linter: one case per regular container instead of per object. */
    perContainer?: boolean;
    /** kube-linter: the cases the expected reports are about (labels as peers.test.ts builds them). */
    fires?: readonly string[];
    /** kube-linter: how many reports the check gives per firing case, when more than one. */
    reportsPerCase?: number;
    /**
     * kube-linter: the check judges a binding and kubeready the role it binds, so a finding on a Role or
     * ClusterRole of the file counts for the bindings whose roleRef names it.
     */
    throughRoleRef?: boolean;
    /** The Pod Security level the checks hold workloads to (the run setting; default baseline). */
    level?: PodSecurityLevel;
    /** Options for some of the checks, as a kubeready config would set them (default: the checks' defaults). */
    options?: Readonly<Record<string, Readonly<Record<string, unknown>>>>;
    /** Why the meaning is the same, and where the scope differs. */
    why: string;
}
export declare const equivalences: readonly Equivalence[];
/** Peer checks with oracle cases that kubeready has no equivalent for: no kubeready check asks their question, or one only looks alike. */
export declare const notEquivalent: Readonly<Record<Peer, Readonly<Record<string, string>>>>;
/**
 * How each kube-score run configuration is reproduced: the checks it leaves out, or why the assertion is
 * no case for this comparison. A configuration kubeready cannot express (another replica floor) runs
 * with kubeready's defaults, and the outcome is compared as it is.
 */
export declare const kubeScoreConfigs: Readonly<Record<string, {
    without?: readonly string[];
} | {
    exclude: string;
}>>;
/** kube-score assertions of a mapped check that are no case, one by one ("check | case label"), and why. */
export declare const kubeScoreAssertionsSetAside: Readonly<Record<string, string>>;
export interface Explanation {
    peer: Peer;
    peerCheck: string;
    /** The case label: kube-score file (with its run configuration when not the default), Polaris file, kube-linter object. */
    case: string;
    /** One line. "BUG:" when kubeready is wrong and the fix is pending. */
    reason: string;
}
export declare const explanations: readonly Explanation[];
