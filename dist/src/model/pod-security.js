import { isRecord, labelsOf, podTemplateOf } from './kinds.js';
import { perScope } from './object-index.js';
const rank = { privileged: 0, baseline: 1, restricted: 2 };
export const enforceLabel = 'pod-security.kubernetes.io/enforce';
/** The first Namespace object of each name in the scope (an unnamed one stands for default). */
const namespaceObjects = perScope((index) => {
    const byName = new Map();
    for (const entry of index.ofKind('Namespace')) {
        const name = entry.ref.name || 'default';
        if (!byName.has(name))
            byName.set(name, entry);
    }
    return byName;
});
/**
 * A Namespace object of the scope that carries `pod-security.kubernetes.io/enforce` decides the level
 * for its workloads (admission will reject violating pods there); otherwise the run's configured level.
 */
export function judgementFor(ref, index, settings) {
    const namespace = namespaceObjects(index).get(ref.namespace || 'default');
    const enforced = namespace ? labelsOf(namespace.object.metadata)[enforceLabel] : undefined;
    if (enforced === 'privileged' || enforced === 'baseline' || enforced === 'restricted') {
        return { level: enforced, enforcedBy: namespace?.ref.name };
    }
    // Admission evaluates an invalid enforce value as restricted.
    if (enforced !== undefined)
        return { level: 'restricted', enforcedBy: namespace?.ref.name };
    return { level: settings.podSecurityLevel, enforcedBy: undefined };
}
/**
 * The pod of a workload that a control applies to, with the judgement that made it apply; undefined
 * when the object has no pod or its level does not include the control.
 */
export function podUnderControl(object, context, control) {
    // Without a pod there is nothing to judge: most objects stop here.
    const pod = podTemplateOf(object);
    if (!pod)
        return undefined;
    const judgement = judgementFor(context.ref, context.index, context.settings);
    if (!control || !includes(judgement.level, control))
        return undefined;
    return { pod, judgement };
}
/** Whether a control tagged `control` is part of `level`. */
export function includes(level, control) {
    return rank[level] >= rank[control];
}
/**
 * Turns a control's violation into a report: an error that says admission would reject the pod when
 * the namespace enforces the level, else the check's own severity.
 */
export function violation(path, message, judgement) {
    if (!judgement.enforcedBy)
        return { path, message };
    return {
        path,
        message: `${message} Namespace "${judgement.enforcedBy}" enforces Pod Security "${judgement.level}", so admission would reject this pod.`,
        severity: 'error',
    };
}
/** Pods that declare spec.os.name windows, which some restricted controls exempt. */
export function isWindowsPod(object) {
    const os = podTemplateOf(object)?.spec.os;
    return isRecord(os) && os.name === 'windows';
}
