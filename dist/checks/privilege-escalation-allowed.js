import { defineObjectCheck } from '../src/engine/check.js';
import { containersOf, podTemplateOf, workloadKinds } from '../src/model/kinds.js';
import { includes, judgementFor } from '../src/model/pod-security.js';
import { containerFieldPath, labelOf, runsOnWindows, securityContextOf } from '../src/model/run-as.js';
export default defineObjectCheck({
    meta: {
        id: 'privilege-escalation-allowed',
        title: 'Privilege escalation explicitly allowed',
        severity: 'warning',
        category: 'security',
        description: 'Reports every container, init container and ephemeral container that sets ' +
            'securityContext.allowPrivilegeEscalation: true, as kube-linter\'s privilege-escalation-container and ' +
            'Polaris\'s privilegeEscalationAllowed do (both also flag an unset value; this check leaves unset alone, ' +
            'since the restricted Pod Security level covers it). It stays silent where another check already speaks: ' +
            'when the workload is held to the restricted level (by the run\'s --pod-security-level or its namespace\'s ' +
            'enforce label), pss-privilege-escalation reports the same field; a privileged container always escalates and ' +
            'pss-privileged reports it. Windows pods (spec.os.name or a kubernetes.io/os nodeSelector) are skipped: the field has no effect there.',
        risk: 'With no_new_privs off, a process in the container can gain more privileges than it started with, through a ' +
            'setuid or setgid binary in the image or file capabilities, so a foothold in the application becomes root in ' +
            'the container and a shorter path to the node. Setting it to true explicitly opts out of the protection a ' +
            'restricted namespace would demand, and the pod is rejected the day the namespace enforces restricted.',
        mitigation: 'Set securityContext.allowPrivilegeEscalation: false (or remove the line and set it to false when hardening ' +
            'to the restricted level). If the process really needs to gain privileges, give it the one capability it needs ' +
            'in capabilities.add instead and keep escalation off.',
        example: `containers:
  - name: api
    image: registry.example.com/api:1.4.2
    securityContext:
      allowPrivilegeEscalation: false
      capabilities: { drop: [ALL] }`,
    },
    kinds: workloadKinds,
    check(object, { ref, index, settings, report }) {
        const pod = podTemplateOf(object);
        if (!pod || runsOnWindows(pod))
            return;
        // At restricted, pss-privilege-escalation reports this very field.
        if (includes(judgementFor(ref, index, settings).level, 'restricted'))
            return;
        for (const at of containersOf(pod, ['container', 'initContainer', 'ephemeralContainer'])) {
            const context = securityContextOf(at);
            if (context?.['allowPrivilegeEscalation'] !== true)
                continue;
            // Privileged implies escalation (the API server rejects privileged with escalation off): pss-privileged's finding.
            if (context['privileged'] === true)
                continue;
            report({
                path: containerFieldPath(at, 'allowPrivilegeEscalation'),
                message: `${labelOf(at)} sets securityContext.allowPrivilegeEscalation: true, so its processes can gain privileges through setuid binaries and file capabilities; set it to false.`,
            });
        }
    },
});
