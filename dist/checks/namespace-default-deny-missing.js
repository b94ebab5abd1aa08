import { defineObjectCheck } from '../src/engine/check.js';
import { allowsAll, deniesAll, describeEntries, directions, isNamespace, isSystemNamespace, namespaceNameOf, networkPoliciesIn, otherEnginePolicies, policyTypesDefaulted, policyTypesOf, selectsEveryPod, sentenceAbout, } from '../src/model/tenancy.js';
export default defineObjectCheck({
    meta: {
        id: 'namespace-default-deny-missing',
        title: 'Namespace without a default-deny NetworkPolicy',
        severity: 'warning',
        category: 'security',
        description: 'Fires on a Namespace object, once for ingress and once for egress, when no NetworkPolicy of that namespace ' +
            'in the reviewed manifests denies the direction by default: a podSelector that selects every pod ({} or ' +
            'omitted), the direction in policyTypes (unset, policyTypes means Ingress, plus Egress only when the policy ' +
            'has egress rules) and no rules for it. An egress default deny may still open DNS (port 53). A policy that ' +
            'selects every pod and allows all traffic ({} rule) does not count, and undoes a default deny. Only ' +
            'Kubernetes NetworkPolicies are evaluated, not Cilium, Calico or AdminNetworkPolicy resources. Namespaces ' +
            'reserved for Kubernetes (kube-*) are exempt.',
        risk: 'Pods that no policy selects accept connections from, and open connections to, anything the cluster network ' +
            'reaches: every pod of every other tenant, the node, the cloud metadata endpoint. One compromised pod ' +
            'anywhere can then probe the databases and internal APIs of this namespace, or send data out, and ' +
            'a new workload is exposed the moment it starts unless someone remembers to write its policy.',
        mitigation: 'Add a NetworkPolicy with podSelector: {} and policyTypes [Ingress, Egress] and no rules (opening DNS ' +
            'egress if the pods resolve names), then allow the traffic each workload needs with policies that select ' +
            'its pods.',
        example: `apiVersion: networking.k8s.io/v1
kind: NetworkPolicy
metadata:
  name: default-deny
  namespace: shop
spec:
  podSelector: {}
  policyTypes: [Ingress, Egress]
  egress:
    - ports: [{ port: 53, protocol: UDP }, { port: 53, protocol: TCP }]`,
    },
    kinds: ['Namespace'],
    check(object, { index, report }) {
        if (!isNamespace(object))
            return;
        const name = namespaceNameOf(object);
        if (name === undefined || isSystemNamespace(name))
            return;
        const policies = networkPoliciesIn(index, name);
        const others = otherEnginePolicies(index, name);
        const unevaluated = others.length > 0 ? ` (${describeEntries(others)} ${others.length === 1 ? 'is' : 'are'} not evaluated: only Kubernetes NetworkPolicies are.)` : '';
        for (const direction of directions) {
            const lower = direction.toLowerCase();
            const denying = policies.filter((policy) => deniesAll(policy.object, direction));
            const allowing = policies.filter((policy) => allowsAll(policy.object, direction));
            if (denying.length > 0) {
                if (allowing.length === 0)
                    continue;
                report({
                    path: ['metadata', 'name'],
                    message: `Namespace "${name}":${sentenceAbout(denying, 'NetworkPolicy', `denies all ${lower} by default,`, `deny all ${lower} by default,`, 'NetworkPolicies')} but` +
                        `${sentenceAbout(allowing, 'NetworkPolicy', `selects every pod and allows all ${lower}`, `select every pod and allow all ${lower}`, 'NetworkPolicies')}, which undoes the deny.`,
                });
                continue;
            }
            report({
                path: ['metadata', 'name'],
                message: `Namespace "${name}" has no default-deny NetworkPolicy for ${lower}: pods that no policy selects ${direction === 'Ingress' ? 'accept connections from anywhere' : 'can connect anywhere'}.${hint(policies.map((entry) => entry.object), direction)}${unevaluated}`,
            });
        }
    },
});
/** Why the policies that select every pod are not a default deny for the direction, when one is close. */
function hint(policies, direction) {
    const lower = direction.toLowerCase();
    const name = (policy) => `"${String(policy.metadata?.name ?? '')}"`;
    for (const policy of policies) {
        if (!selectsEveryPod(policy))
            continue;
        if (allowsAll(policy, direction))
            return ` NetworkPolicy ${name(policy)} selects every pod but allows all ${lower} (a rule with no peers and no ports).`;
        if (!policyTypesOf(policy).has(direction)) {
            return direction === 'Egress' && policyTypesDefaulted(policy)
                ? ` NetworkPolicy ${name(policy)} selects every pod but leaves policyTypes unset, which means Ingress only when it has no egress rules: list Egress in policyTypes.`
                : ` NetworkPolicy ${name(policy)} selects every pod but its policyTypes leave out ${direction}.`;
        }
        return ` NetworkPolicy ${name(policy)} selects every pod but allows some ${lower}, so it is not a default deny.`;
    }
    if (policies.length === 0)
        return ' The reviewed manifests hold no NetworkPolicy for it.';
    const count = policies.length === 1 ? 'its NetworkPolicy' : `its ${policies.length} NetworkPolicies`;
    return ` None of ${count} selects every pod (podSelector: {}).`;
}
