import { defineObjectCheck } from '../src/engine/check.js';
import { workloadKinds } from '../src/model/kinds.js';
import { includes, podUnderControl, violation } from '../src/model/pod-security.js';
import { containerSecurityContextOf, everyContainerOf, isSet, levelPhrase, shown, subjectOf, } from '../src/model/pod-security-fields.js';
const meta = {
    id: 'pss-proc-mount',
    title: 'Unmasked /proc mount',
    severity: 'error',
    category: 'security',
    description: 'Pod Security /proc mount control: securityContext.procMount of every container (init and ephemeral ones ' +
        'included) must be unset or Default. At baseline, a pod with spec.hostUsers: false (its own user ' +
        'namespace) may use any value; at restricted that relaxation does not apply.',
    risk: 'The default /proc mount hides and write-protects kernel interfaces such as /proc/sys, /proc/kcore and ' +
        '/proc/sysrq-trigger. Unmasked exposes them to the container, so a process running as root in a pod that ' +
        'shares the host user namespace can read kernel memory or change node-wide settings. Where the namespace ' +
        'enforces the level, the API server rejects the pods and the rollout stalls.',
    mitigation: 'Remove securityContext.procMount or set it to Default. If the workload really needs an unmasked /proc ' +
        '(nested containers), run it in its own user namespace with spec.hostUsers: false in a namespace held to ' +
        'baseline.',
    example: `spec:
  containers:
    - name: api
      image: registry.example.com/api:1.4.2
      securityContext:
        procMount: Default`,
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
        const ownUserNamespace = pod.spec.hostUsers === false;
        // Baseline lets pods in their own user namespace pick any value; restricted overrides that control.
        if (!restricted && ownUserNamespace)
            return;
        const reason = !restricted
            ? `${levelPhrase(judgement)} allows only Default unless the pod sets hostUsers: false`
            : ownUserNamespace
                ? `${levelPhrase(judgement)} allows only Default, even with hostUsers: false (that exception is baseline only)`
                : `${levelPhrase(judgement)} allows only Default`;
        for (const at of everyContainerOf(pod)) {
            const context = containerSecurityContextOf(at);
            const procMount = context?.value['procMount'];
            if (!context || !isSet(procMount) || procMount === 'Default')
                continue;
            report(violation([...context.path, 'procMount'], `${subjectOf(at)} sets securityContext.procMount to ${shown(procMount)}; ${reason}.`, judgement));
        }
    },
});
