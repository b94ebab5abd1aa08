import { containersOf, isRecord } from './kinds.js';
/**
 * Shared reading of the securityContext fields that the Pod Security controls for profiles and kernel
 * settings look at (AppArmor, SELinux, seccomp, procMount, sysctls, probe hosts). Every field may be
 * missing or of the wrong type: these helpers only ever hand back mappings and paths.
 */
/** Every container the admission controller visits: containers, init containers and ephemeral containers. */
export function everyContainerOf(pod) {
    return containersOf(pod, ['container', 'initContainer', 'ephemeralContainer']);
}
/** spec.securityContext, when it is a mapping. */
export function podSecurityContextOf(pod) {
    const value = pod.spec.securityContext;
    return isRecord(value) ? { value, path: [...pod.path, 'securityContext'] } : undefined;
}
/** A container's securityContext, when it is a mapping. */
export function containerSecurityContextOf(at) {
    const value = at.container.securityContext;
    return isRecord(value) ? { value, path: [...at.path, 'securityContext'] } : undefined;
}
/** A profile field (seccompProfile, appArmorProfile) of a securityContext, when it is a mapping. */
export function profileOf(context, field) {
    const value = context?.value[field];
    return context && isRecord(value) ? { value, path: [...context.path, field] } : undefined;
}
export { containerSubject as subjectOf } from './kinds.js';
export { shown } from './run-as.js';
/** `the baseline Pod Security level`, for the reason part of a message. */
export function levelPhrase(judgement) {
    return `the ${judgement.level} Pod Security level`;
}
/** Whether a value counts as set, as a Go pointer field would: null and a missing key do not. */
export function isSet(value) {
    return value !== undefined && value !== null;
}
/** The annotations of the pod (its template's, for a workload), with their path, when they are a mapping. */
export function podAnnotationsOf(object, pod) {
    let metadata = object;
    for (const key of pod.metadataPath)
        metadata = isRecord(metadata) ? metadata[String(key)] : undefined;
    const annotations = isRecord(metadata) ? metadata['annotations'] : undefined;
    return isRecord(annotations) ? { value: annotations, path: [...pod.metadataPath, 'annotations'] } : undefined;
}
