import { type ContainerAt, type Path, type PodTemplate } from './kinds.js';
/**
 * Shared reading of security contexts for the run-as family (pss-run-as-non-root, pss-run-as-user,
 * pss-privilege-escalation, pss-volume-types, run-as-root, readonly-root-fs-missing): every field may be
 * missing or of the wrong type, so the accessors only ever return records or undefined.
 */
/** The pod-level securityContext, when it is a mapping. */
export declare function podSecurityContextOf(pod: PodTemplate): Record<string, unknown> | undefined;
/** A container's securityContext, when it is a mapping. */
export declare function securityContextOf(at: ContainerAt): Record<string, unknown> | undefined;
/** Path of a field of the pod-level securityContext. */
export declare function podFieldPath(pod: PodTemplate, field: string): Path;
/** Path of a field of a container's securityContext. */
export declare function containerFieldPath(at: ContainerAt, field: string): Path;
/**
 * `spec.hostUsers: false` puts the pod in a user namespace: uid 0 inside is an unprivileged uid on the
 * node. Pod Security (policy v1.35 and later) then waives runAsNonRoot and runAsUser.
 */
export declare function usesUserNamespace(pod: PodTemplate): boolean;
/**
 * A pod that runs on Windows nodes: `spec.os.name: windows`, or (for manifests older than the os field)
 * a nodeSelector on kubernetes.io/os: windows. The Pod Security controls use only spec.os.name, as the
 * admission plugin does; the non-PSS checks accept both.
 */
export declare function runsOnWindows(pod: PodTemplate): boolean;
/** A field value as a message shows it: `false`, `0`, `"yes"`. */
export declare function shown(value: unknown): string;
/** A value where a boolean belongs, as a message shows it: `false`, or `"true" (a string, not a boolean)`. */
export declare function shownBoolean(value: unknown): string;
export { containerSubject as labelOf } from './kinds.js';
/** `container "a"`, `container "a" and init container "b"`, `container "a", "b" and "c"`-style lists. */
export declare function labelsOf(list: readonly ContainerAt[]): string;
/** Where a setting comes from once container values override pod values. */
export interface Effective<T> {
    value: T;
    from: 'container' | 'pod';
}
/**
 * The runAsUser and runAsNonRoot a container gets: its own value when set to a value of the right type,
 * else the pod's, as the kubelet merges them.
 */
export declare function effectiveRunAs(pod: PodTemplate, at: ContainerAt): {
    user: Effective<number> | undefined;
    nonRoot: Effective<boolean> | undefined;
};
