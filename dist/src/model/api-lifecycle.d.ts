/**
 * When Kubernetes' own API versions were deprecated and stopped being served, per kind.
 *
 * Removal releases and replacements follow the official "Deprecated API Migration Guide"
 * (kubernetes.io/docs/reference/using-api/deprecation-guide, sections v1.16 to v1.32). The deprecation
 * releases are the ones the API server itself announces in its warnings ("... is deprecated in v1.21+,
 * unavailable in v1.25+"), i.e. the prerelease-lifecycle tags of each type. A few entries go beyond the
 * guide, each marked where it stands: alpha versions dropped in the 1.23 changelog, and betas introduced
 * after 1.24 whose lifecycle tags already date their deprecation and removal.
 *
 * An entry covers exactly one kind of one group/version: extensions/v1beta1 Ingress (removed in 1.22) is
 * a different entry from extensions/v1beta1 NetworkPolicy (removed in 1.16), and a kind that is not listed
 * under a group/version is not judged at all. Custom resources never match: only Kubernetes' own groups
 * are listed.
 */
export interface ApiLifecycle {
    /** API group, '' for the core group. */
    group: string;
    version: string;
    kind: string;
    /** The release (major.minor) from which the API server warns that this version is deprecated. */
    deprecatedIn: string;
    /** The first release that no longer serves it. */
    removedIn?: string;
    /** The apiVersion (group/version) that serves the same kind instead, when there is one. */
    replacement?: string;
    /** The release from which the replacement is served. */
    replacementSince?: string;
    /** What to do instead when there is no replacement API. */
    note?: string;
}
export declare const apiLifecycles: readonly ApiLifecycle[];
/** The lifecycle entry of an object's apiVersion and kind, when Kubernetes deprecated that pair. */
export declare function lifecycleOf(apiVersion: unknown, kind: unknown): ApiLifecycle | undefined;
export declare function apiVersionOf(entry: Pick<ApiLifecycle, 'group' | 'version'>): string;
/** "1.9" → [1, 9]; accepts "v1.29.3" too. Undefined when it is not a version. */
export declare function parseMinorVersion(version: unknown): readonly [number, number] | undefined;
/** Numeric comparison of major.minor versions: 1.9 < 1.16 < 1.22. */
export declare function compareVersions(a: readonly [number, number], b: readonly [number, number]): number;
export type LifecycleStatus = 'removed' | 'deprecated' | 'current';
/** Where an API version stands at the target release: no longer served, deprecated, or neither. */
export declare function statusAt(entry: ApiLifecycle, target: readonly [number, number]): LifecycleStatus;
/** What to migrate an object to when the target release is `target`. */
export interface Migration {
    /** The apiVersion to use instead, or undefined when the kind has no successor API. */
    apiVersion?: string;
    kind: string;
    /** Set when the replacement is served only from a release after the target. */
    servedFrom?: string;
    /** What to do instead when there is no successor API. */
    note?: string;
}
/**
 * The replacement to recommend at the target release. Replacements chain (extensions/v1beta1 Ingress →
 * networking.k8s.io/v1beta1 → networking.k8s.io/v1): a step is followed while the next version is itself
 * deprecated at the target and its own replacement is already served there, so the answer is the newest
 * version the target serves, never one that is already gone.
 */
export declare function migrationAt(entry: ApiLifecycle, target: readonly [number, number]): Migration;
/** "use networking.k8s.io/v1 Ingress", or the advice when the kind has no successor API. */
export declare function migrationAdvice(migration: Migration): string;
