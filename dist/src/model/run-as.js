import { containerLabel, isRecord } from './kinds.js';
/**
 * Shared reading of security contexts for the run-as family (pss-run-as-non-root, pss-run-as-user,
 * pss-privilege-escalation, pss-volume-types, run-as-root, readonly-root-fs-missing): every field may be
 * missing or of the wrong type, so the accessors only ever return records or undefined.
 */
/** The pod-level securityContext, when it is a mapping. */
export function podSecurityContextOf(pod) {
    const context = pod.spec.securityContext;
    return isRecord(context) ? context : undefined;
}
/** A container's securityContext, when it is a mapping. */
export function securityContextOf(at) {
    const context = at.container.securityContext;
    return isRecord(context) ? context : undefined;
}
/** Path of a field of the pod-level securityContext. */
export function podFieldPath(pod, field) {
    return [...pod.path, 'securityContext', field];
}
/** Path of a field of a container's securityContext. */
export function containerFieldPath(at, field) {
    return [...at.path, 'securityContext', field];
}
/**
 * `spec.hostUsers: false` puts the pod in a user namespace: uid 0 inside is an unprivileged uid on the
 * node. Pod Security (policy v1.35 and later) then waives runAsNonRoot and runAsUser.
 */
export function usesUserNamespace(pod) {
    return pod.spec.hostUsers === false;
}
/**
 * A pod that runs on Windows nodes: `spec.os.name: windows`, or (for manifests older than the os field)
 * a nodeSelector on kubernetes.io/os: windows. The Pod Security controls use only spec.os.name, as the
 * admission plugin does; the non-PSS checks accept both.
 */
export function runsOnWindows(pod) {
    const os = pod.spec.os;
    if (isRecord(os) && os['name'] === 'windows')
        return true;
    const nodeSelector = pod.spec.nodeSelector;
    return isRecord(nodeSelector) && nodeSelector['kubernetes.io/os'] === 'windows';
}
/** A field value as a message shows it: `false`, `0`, `"yes"`. */
export function shown(value) {
    return JSON.stringify(value) ?? String(value);
}
/** A value where a boolean belongs, as a message shows it: `false`, or `"true" (a string, not a boolean)`. */
export function shownBoolean(value) {
    return typeof value === 'boolean' ? String(value) : `${shown(value)} (${Array.isArray(value) ? 'a list' : value === null ? 'null' : `a ${typeof value}`}, not a boolean)`;
}
export { containerSubject as labelOf } from './kinds.js';
/** `container "a"`, `container "a" and init container "b"`, `container "a", "b" and "c"`-style lists. */
export function labelsOf(list) {
    const labels = list.map(containerLabel);
    return labels.length <= 1 ? (labels[0] ?? '') : `${labels.slice(0, -1).join(', ')} and ${labels[labels.length - 1]}`;
}
/**
 * The runAsUser and runAsNonRoot a container gets: its own value when set to a value of the right type,
 * else the pod's, as the kubelet merges them.
 */
export function effectiveRunAs(pod, at) {
    const own = securityContextOf(at);
    const inherited = podSecurityContextOf(pod);
    const pick = (field, is) => {
        const mine = own?.[field];
        if (is(mine))
            return { value: mine, from: 'container' };
        const theirs = inherited?.[field];
        return is(theirs) ? { value: theirs, from: 'pod' } : undefined;
    };
    return {
        user: pick('runAsUser', (value) => typeof value === 'number'),
        nonRoot: pick('runAsNonRoot', (value) => typeof value === 'boolean'),
    };
}
