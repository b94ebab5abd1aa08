import { defineObjectCheck } from '../src/engine/check.js';
import { isRecord, workloadKinds } from '../src/model/kinds.js';
import { podUnderControl, violation } from '../src/model/pod-security.js';
import { levelPhrase, podSecurityContextOf, shown } from '../src/model/pod-security-fields.js';
/** The safe sysctls of the latest policy version (the v1.37 list), compared as exact names. */
const safeSysctls = new Set([
    'kernel.shm_rmid_forced',
    'net.ipv4.ip_local_port_range',
    'net.ipv4.tcp_syncookies',
    'net.ipv4.ping_group_range',
    'net.ipv4.ip_unprivileged_port_start',
    // v1.27
    'net.ipv4.ip_local_reserved_ports',
    // v1.29
    'net.ipv4.tcp_keepalive_time',
    'net.ipv4.tcp_fin_timeout',
    'net.ipv4.tcp_keepalive_intvl',
    'net.ipv4.tcp_keepalive_probes',
    // v1.32
    'net.ipv4.tcp_rmem',
    'net.ipv4.tcp_wmem',
    // v1.37
    'net.ipv4.tcp_slow_start_after_idle',
    'net.ipv4.tcp_notsent_lowat',
]);
const meta = {
    id: 'pss-sysctls',
    title: 'Sysctl outside the safe set',
    severity: 'error',
    category: 'security',
    description: 'Pod Security baseline sysctls control: every name in spec.securityContext.sysctls must be one of the ' +
        'safe, namespaced sysctls of the latest policy (kernel.shm_rmid_forced, net.ipv4.ip_local_port_range, ' +
        'net.ipv4.ip_local_reserved_ports, net.ipv4.ip_unprivileged_port_start, net.ipv4.ping_group_range, ' +
        'net.ipv4.tcp_syncookies, the tcp_keepalive_* and tcp_fin_timeout, tcp_rmem and tcp_wmem, ' +
        'tcp_slow_start_after_idle and tcp_notsent_lowat). Names are compared exactly, as admission does.',
    risk: 'A sysctl outside the safe set either is not isolated per pod, so the pod changes the kernel of the whole ' +
        'node for every other workload on it, or can exhaust resources other pods share. The kubelet also refuses ' +
        'such a pod with SysctlForbidden unless the node allows that sysctl, so it may never start; and where the ' +
        'namespace enforces the level, the API server rejects it outright.',
    mitigation: 'Keep only the safe sysctls in spec.securityContext.sysctls, spelled with dots. Set node-wide kernel ' +
        'parameters on the nodes themselves (node configuration or a tuning DaemonSet in a privileged namespace), ' +
        'not from application pods.',
    example: `spec:
  securityContext:
    sysctls:
      - name: net.ipv4.ip_local_port_range
        value: "1024 65535"
      - name: net.ipv4.tcp_keepalive_time
        value: "600"
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
        const context = podSecurityContextOf(pod);
        const sysctls = context?.value['sysctls'];
        if (!context || !Array.isArray(sysctls))
            return;
        for (const [i, sysctl] of sysctls.entries()) {
            if (!isRecord(sysctl))
                continue;
            const name = sysctl['name'];
            if (typeof name === 'string' && safeSysctls.has(name))
                continue;
            const path = [...context.path, 'sysctls', i, 'name'];
            if (typeof name !== 'string' || name === '') {
                report(violation(path, `The pod sets a sysctl without a name; ${levelPhrase(judgement)} allows only the safe sysctls.`, judgement));
                continue;
            }
            const dotted = name.replaceAll('/', '.');
            const hint = dotted !== name && safeSysctls.has(dotted)
                ? ` Admission compares names exactly: write it as ${dotted}.`
                : ` The kubelet also refuses it unless the node allows it as an unsafe sysctl.`;
            report(violation(path, `The pod sets sysctl ${shown(name)}, which is not in the safe set that ${levelPhrase(judgement)} allows.${hint}`, judgement));
        }
    },
});
