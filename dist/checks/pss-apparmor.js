import { defineObjectCheck } from '../src/engine/check.js';
import { workloadKinds } from '../src/model/kinds.js';
import { podUnderControl, violation } from '../src/model/pod-security.js';
import { containerSecurityContextOf, everyContainerOf, isSet, levelPhrase, podAnnotationsOf, podSecurityContextOf, profileOf, shown, subjectOf, } from '../src/model/pod-security-fields.js';
const annotationPrefix = 'container.apparmor.security.beta.kubernetes.io/';
const allowedTypes = ['RuntimeDefault', 'Localhost'];
const meta = {
    id: 'pss-apparmor',
    title: 'AppArmor profile disabled',
    severity: 'error',
    category: 'security',
    description: 'Pod Security baseline AppArmor control: securityContext.appArmorProfile.type on the pod and on every ' +
        'container (init and ephemeral ones included) may only be RuntimeDefault or Localhost, and the pod ' +
        'annotations container.apparmor.security.beta.kubernetes.io/* only runtime/default, localhost/<profile> ' +
        'or empty. Unconfined, in either spelling, is reported.',
    risk: 'Without AppArmor the container loses the mandatory access control that the runtime applies by default: ' +
        'writes to /proc and /sys, mounts and raw access the default profile blocks become possible, which is what ' +
        'turns a compromised process into a node compromise. Where the namespace enforces baseline or restricted, ' +
        'the API server rejects the pods and the rollout stalls.',
    mitigation: 'Remove the Unconfined setting so the runtime default applies, or set appArmorProfile.type: RuntimeDefault, ' +
        'or Localhost with a localhostProfile loaded on every node; on older clusters use the annotation value ' +
        'runtime/default or localhost/<profile>.',
    example: `spec:
  securityContext:
    appArmorProfile:
      type: RuntimeDefault
  containers:
    - name: api
      image: registry.example.com/api:1.4.2`,
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
        const annotations = podAnnotationsOf(object, pod);
        for (const [key, value] of Object.entries(annotations?.value ?? {})) {
            if (!key.startsWith(annotationPrefix) || !isSet(value))
                continue;
            if (typeof value === 'string' && (value === '' || value === 'runtime/default' || value.startsWith('localhost/')))
                continue;
            report(violation([...(annotations?.path ?? []), key], `The annotation ${key} is ${shown(value)}; ${levelPhrase(judgement)} allows only runtime/default, ` +
                `localhost/<profile> or an empty value.`, judgement));
        }
        const reason = `${levelPhrase(judgement)} allows only RuntimeDefault or Localhost`;
        const podProfile = profileOf(podSecurityContextOf(pod), 'appArmorProfile');
        if (podProfile && !allowedTypes.includes(podProfile.value['type'])) {
            report(violation(...explicit('The pod', podProfile, reason), judgement));
        }
        const podType = podProfile && allowedTypes.includes(podProfile.value['type']) ? podProfile.value['type'] : undefined;
        for (const at of everyContainerOf(pod)) {
            const profile = profileOf(containerSecurityContextOf(at), 'appArmorProfile');
            if (profile && !allowedTypes.includes(profile.value['type'])) {
                const overriding = podType ? `, overriding the pod's ${String(podType)}` : '';
                report(violation(...explicit(subjectOf(at), profile, reason, overriding), judgement));
            }
        }
    },
});
function explicit(subject, profile, reason, overriding = '') {
    const type = profile.value['type'];
    if (!isSet(type) || type === '') {
        return [profile.path, `${subject} sets securityContext.appArmorProfile without a type${overriding}; ${reason}.`];
    }
    return [
        [...profile.path, 'type'],
        `${subject} sets securityContext.appArmorProfile.type to ${shown(type)}${overriding}; ${reason}.`,
    ];
}
