import { defineObjectCheck } from '../src/engine/check.js';
import { canSetAt } from '../src/model/fix-paths.js';
import { containerLabel, workloadKinds } from '../src/model/kinds.js';
import { includes, isWindowsPod, podUnderControl, violation } from '../src/model/pod-security.js';
import { containerSecurityContextOf, everyContainerOf, isSet, levelPhrase, podAnnotationsOf, podSecurityContextOf, profileOf, shown, subjectOf, } from '../src/model/pod-security-fields.js';
const allowed = ['RuntimeDefault', 'Localhost'];
const legacyAnnotationPrefix = 'seccomp.security.alpha.kubernetes.io/';
const legacyContainerAnnotationPrefix = 'container.seccomp.security.alpha.kubernetes.io/';
const meta = {
    id: 'pss-seccomp',
    title: 'Seccomp profile unconfined or missing',
    severity: 'error',
    category: 'security',
    description: 'Pod Security seccomp control, on the pod and on every container (init and ephemeral ones included). ' +
        'At baseline, securityContext.seccompProfile.type may be unset, RuntimeDefault or Localhost, and anything ' +
        'else (Unconfined) is reported. At restricted, the type must be RuntimeDefault or Localhost on the pod, or on ' +
        'every container when the pod sets none; pods with spec.os.name windows are exempt at restricted.',
    risk: 'An unconfined container can make every system call the kernel offers, including the rarely needed ones ' +
        'behind most container-escape exploits, so one compromised process is one kernel bug away from the node. ' +
        'Where the namespace enforces the level, the API server rejects the pods outright and the rollout stalls ' +
        'with no new replicas.',
    mitigation: 'Set securityContext.seccompProfile.type: RuntimeDefault at pod level (or Localhost with a profile ' +
        'installed on the nodes), and remove the Unconfined overrides on single containers.',
    example: `spec:
  securityContext:
    seccompProfile:
      type: RuntimeDefault
  containers:
    - name: api
      image: registry.example.com/api:1.4.2`,
    fix: 'Sets securityContext.seccompProfile.type: RuntimeDefault: in the pod securityContext when neither the pod nor ' +
        'a container sets a profile, in place of an Unconfined (or missing) type where one is set. A Localhost ' +
        'profile is left alone.',
    podSecurity: 'baseline',
};
export default defineObjectCheck({
    meta,
    kinds: workloadKinds,
    check(object, { ref, index, settings, report }) {
        const controlled = podUnderControl(object, { ref, index, settings }, meta.podSecurity);
        if (!controlled)
            return;
        const { pod, judgement } = controlled;
        const restricted = includes(judgement.level, 'restricted');
        // The restricted control replaces the baseline one, and lets Windows pods pass (Pod validation
        // already forbids seccomp settings there).
        if (restricted && isWindowsPod(object))
            return;
        const reason = `${levelPhrase(judgement)} allows only RuntimeDefault or Localhost`;
        const podProfile = profileOf(podSecurityContextOf(pod), 'seccompProfile');
        const podType = podProfile?.value['type'];
        const podValid = podProfile !== undefined && allowed.includes(podType);
        if (podProfile && !podValid) {
            report({ ...violation(...explicit('The pod', podProfile, reason), judgement), ...runtimeDefault(object, podProfile, 'the pod') });
        }
        const unset = [];
        for (const at of everyContainerOf(pod)) {
            const profile = profileOf(containerSecurityContextOf(at), 'seccompProfile');
            if (!profile) {
                unset.push(at);
                continue;
            }
            if (!allowed.includes(profile.value['type'])) {
                const overriding = podValid ? `, overriding the pod's ${String(podType)}` : '';
                report({ ...violation(...explicit(subjectOf(at), profile, reason, overriding), judgement), ...runtimeDefault(object, profile, containerLabel(at)) });
            }
        }
        // At restricted, a container without a profile of its own needs a valid one at pod level. When the
        // pod sets a bad one, fixing that report fixes these containers too.
        if (!restricted || podProfile || unset.length === 0)
            return;
        const requirement = `${levelPhrase(judgement)} requires RuntimeDefault or Localhost`;
        const legacy = legacyNote(object, pod);
        const explicitCount = everyContainerOf(pod).length - unset.length;
        if (explicitCount === 0) {
            const names = unset.map((at) => containerLabel(at)).join(', ');
            const neither = unset.length === 1 ? `neither does ${names}` : `neither do its containers (${names})`;
            const path = [...pod.path, 'securityContext', 'seccompProfile'];
            report({
                ...violation(path, `The pod sets no securityContext.seccompProfile.type, and ${neither}; ${requirement} on the pod or on every container.${legacy}`, judgement),
                ...podRuntimeDefault(object, path),
            });
            return;
        }
        // One pod-level profile fixes every such container; their fixes are the same edit and apply once.
        const podFix = podRuntimeDefault(object, [...pod.path, 'securityContext', 'seccompProfile']);
        for (const at of unset) {
            report({
                ...violation([...at.path, 'securityContext', 'seccompProfile'], `${subjectOf(at)} sets no securityContext.seccompProfile.type, and the pod sets none for it to ` +
                    `inherit; ${requirement} on the pod or on every container.${legacy}`, judgement),
                ...podFix,
            });
        }
    },
});
/** RuntimeDefault in the pod securityContext, where none is set. */
function podRuntimeDefault(object, profilePath) {
    const path = [...profilePath, 'type'];
    if (!canSetAt(object, path))
        return {};
    return { fix: { description: 'set seccompProfile.type: RuntimeDefault in the pod securityContext', edits: [{ op: 'set', path, value: 'RuntimeDefault' }] } };
}
/** RuntimeDefault in place of an Unconfined or missing type; a profile that names a Localhost file is someone's choice. */
function runtimeDefault(object, profile, subject) {
    // Windows pods may not set seccomp fields at all.
    if (profile.value['localhostProfile'] !== undefined || isWindowsPod(object))
        return {};
    const path = [...profile.path, 'type'];
    if (!canSetAt(object, path))
        return {};
    return { fix: { description: `set seccompProfile.type: RuntimeDefault for ${subject}`, edits: [{ op: 'set', path, value: 'RuntimeDefault' }] } };
}
function explicit(subject, profile, reason, overriding = '') {
    const type = profile.value['type'];
    if (!isSet(type) || type === '') {
        return [profile.path, `${subject} sets securityContext.seccompProfile without a type${overriding}; ${reason}.`];
    }
    return [
        [...profile.path, 'type'],
        `${subject} sets securityContext.seccompProfile.type to ${shown(type)}${overriding}; ${reason}.`,
    ];
}
/** The alpha annotations no longer do anything; say so when a manifest still relies on them. */
function legacyNote(object, pod) {
    const annotations = podAnnotationsOf(object, pod)?.value ?? {};
    const legacy = Object.keys(annotations).some((key) => key.startsWith(legacyAnnotationPrefix) || key.startsWith(legacyContainerAnnotationPrefix));
    return legacy ? ' The seccomp.security.alpha.kubernetes.io annotations do not count: they are ignored since Kubernetes 1.27.' : '';
}
