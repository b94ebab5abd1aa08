import type { PodSecurityJudgement } from './pod-security.js';
import { type ContainerAt, type KubeObject, type Path, type PodTemplate } from './kinds.js';
/**
 * Shared reading of the securityContext fields that the Pod Security controls for profiles and kernel
 * settings look at (AppArmor, SELinux, seccomp, procMount, sysctls, probe hosts). Every field may be
 * missing or of the wrong type: these helpers only ever hand back mappings and paths.
 */
/** Every container the admission controller visits: containers, init containers and ephemeral containers. */
export declare function everyContainerOf(pod: PodTemplate): readonly ContainerAt[];
/** A mapping found at a path of the object. */
export interface FieldAt {
    value: Record<string, unknown>;
    path: Path;
}
/** spec.securityContext, when it is a mapping. */
export declare function podSecurityContextOf(pod: PodTemplate): FieldAt | undefined;
/** A container's securityContext, when it is a mapping. */
export declare function containerSecurityContextOf(at: ContainerAt): FieldAt | undefined;
/** A profile field (seccompProfile, appArmorProfile) of a securityContext, when it is a mapping. */
export declare function profileOf(context: FieldAt | undefined, field: 'seccompProfile' | 'appArmorProfile'): FieldAt | undefined;
export { containerSubject as subjectOf } from './kinds.js';
export { shown } from './run-as.js';
/** `the baseline Pod Security level`, for the reason part of a message. */
export declare function levelPhrase(judgement: PodSecurityJudgement): string;
/** Whether a value counts as set, as a Go pointer field would: null and a missing key do not. */
export declare function isSet(value: unknown): boolean;
/** The annotations of the pod (its template's, for a workload), with their path, when they are a mapping. */
export declare function podAnnotationsOf(object: KubeObject, pod: PodTemplate): FieldAt | undefined;
