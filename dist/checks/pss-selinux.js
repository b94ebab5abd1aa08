import { defineObjectCheck } from '../src/engine/check.js';
import { isRecord, workloadKinds } from '../src/model/kinds.js';
import { podUnderControl, violation } from '../src/model/pod-security.js';
import { containerSecurityContextOf, everyContainerOf, isSet, levelPhrase, podSecurityContextOf, shown, subjectOf, } from '../src/model/pod-security-fields.js';
/** The types allowed by the latest policy (container_engine_t since policy v1.31); empty means unset. */
const allowedTypes = ['', 'container_t', 'container_init_t', 'container_kvm_t', 'container_engine_t'];
const meta = {
    id: 'pss-selinux',
    title: 'Custom SELinux type, user or role',
    severity: 'error',
    category: 'security',
    description: 'Pod Security baseline SELinux control: seLinuxOptions in the pod securityContext and in every ' +
        "container's (init and ephemeral ones included) may set type only to container_t, container_init_t, " +
        'container_kvm_t or container_engine_t, and may not set user or role at all. The level (MCS categories) ' +
        'is free.',
    risk: 'The SELinux type decides what the container process may touch on the node. A type such as spc_t ' +
        '(super-privileged container) or unconfined_t lifts the confinement that keeps a container off host ' +
        'files, devices and other containers, and a custom user or role can do the same. Where the namespace ' +
        'enforces baseline or restricted, the API server rejects the pods and the rollout stalls.',
    mitigation: 'Drop seLinuxOptions.type, user and role and let the runtime assign its container type, keeping only ' +
        'level if the pod needs fixed categories; a workload that really needs a host-level type belongs in a ' +
        'namespace labelled privileged.',
    example: `spec:
  securityContext:
    seLinuxOptions:
      level: "s0:c123,c456"
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
        reportOptions('The pod', podSecurityContextOf(pod), judgement, report);
        for (const at of everyContainerOf(pod)) {
            reportOptions(subjectOf(at), containerSecurityContextOf(at), judgement, report);
        }
    },
});
function reportOptions(subject, context, judgement, report) {
    const options = context?.value['seLinuxOptions'];
    if (!context || !isRecord(options))
        return;
    const path = [...context.path, 'seLinuxOptions'];
    const { type, user, role } = options;
    if (isSet(type) && !allowedTypes.includes(type)) {
        report(violation([...path, 'type'], `${subject} sets securityContext.seLinuxOptions.type to ${shown(type)}; ${levelPhrase(judgement)} allows ` +
            `only container_t, container_init_t, container_kvm_t or container_engine_t.`, judgement));
    }
    for (const [field, value] of [['user', user], ['role', role]]) {
        if (!isSet(value) || value === '')
            continue;
        report(violation([...path, field], `${subject} sets securityContext.seLinuxOptions.${field} to ${shown(value)}; ${levelPhrase(judgement)} ` +
            `forbids a custom SELinux ${field}.`, judgement));
    }
}
