import { workloadKinds } from '../src/model/kinds.js';
import { defineObjectCheck } from '../src/engine/check.js';
import { sameNamespace } from '../src/model/object-index.js';
import { isNetworkPolicy, namespaceText, networkPoliciesIn, networkPolicyFacts, plural, policiesThatMaySelect, policySelects, quotedNames, selectsEveryPod, usesHostNetwork } from '../src/model/tenancy.js';
export default defineObjectCheck({
    meta: {
        id: 'networkpolicy-uncovered',
        title: 'Workload that no NetworkPolicy selects',
        severity: 'warning',
        category: 'security',
        description: 'Fires on a workload (Jobs and CronJobs included) whose pod template labels no NetworkPolicy of its namespace ' +
            'selects, when the reviewed manifests hold at least one NetworkPolicy in that namespace (without any, ' +
            'namespace-default-deny-missing speaks for the namespace). An empty or omitted podSelector selects every ' +
            'pod; matchExpressions and labels that controllers add (job-name, statefulset.kubernetes.io/pod-name) are ' +
            'understood. Pods on the host network are exempt, since NetworkPolicies do not apply to them. ' +
            'Relates the workload to the policies of its deployment unit and, in a namespace it names, of other units (a platform folder\'s default deny covers it); fires only when its own unit holds a NetworkPolicy of that namespace.',
        risk: 'The namespace uses NetworkPolicies, so its authors expect traffic to be restricted, but these pods are ' +
            'not isolated in either direction: anything in the cluster can connect to them and they can connect to ' +
            'anything. Usually a label was renamed in the pod template or a new workload was added without its ' +
            'policy, and the gap stays invisible until someone goes through it.',
        mitigation: 'Add a NetworkPolicy whose podSelector matches the pod template labels and allows only the traffic the ' +
            'workload needs, or a namespace-wide default deny (podSelector: {}) so that every new workload starts ' +
            'isolated.',
        example: `apiVersion: networking.k8s.io/v1
kind: NetworkPolicy
metadata:
  name: worker
  namespace: shop
spec:
  podSelector:
    matchLabels: { app: worker }   # the labels of the worker's pod template
  policyTypes: [Ingress, Egress]
  egress:
    - to: [{ podSelector: { matchLabels: { app: queue } } }]
      ports: [{ port: 5672 }]`,
    },
    kinds: workloadKinds,
    check(object, { ref, index, report }) {
        const entry = index.entryOf(object);
        if (!entry?.pod || usesHostNetwork(entry))
            return;
        const facts = networkPolicyFacts(index, ref.namespace || 'default');
        // Only the unit's own policies say that this namespace restricts traffic: another project's may not mean these pods.
        if (!facts.own)
            return;
        // A policy that selects every pod of the namespace (a default deny) covers these pods too.
        if (facts.defaultDeny)
            return;
        // Of the rest, only policies that share a label with the pods, or select without matchLabels, can select them.
        const candidates = policiesThatMaySelect(index, entry);
        const covered = candidates.some((policy) => sameNamespace(policy.ref.namespace, ref.namespace) && isNetworkPolicy(policy.object) && policySelects(policy.object, entry));
        if (covered)
            return;
        const elsewhere = candidates
            .filter((policy) => isNetworkPolicy(policy.object) && !sameNamespace(policy.ref.namespace, ref.namespace))
            .filter((policy) => !selectsEveryPod(policy.object) && policySelects(policy.object, entry));
        const pod = ref.kind === 'Pod';
        const hint = elsewhere[0]
            ? ` NetworkPolicy "${elsewhere[0].ref.name}" in ${namespaceText(elsewhere[0].ref.namespace)} would select ${pod ? 'it' : 'them'}, but a policy applies to pods of its own namespace only.`
            : '';
        const policies = networkPoliciesIn(index, ref.namespace);
        const labels = Object.entries(entry.pod.labels).map(([key, value]) => `${key}=${value}`);
        const listed = labels.length > 4 ? `${labels.slice(0, 4).join(', ')} and ${labels.length - 4} more` : labels.join(', ');
        const carrying = labels.length > 0 ? `labels ${listed}` : 'no labels';
        report({
            path: [...entry.pod.metadataPath, 'labels'],
            message: `No NetworkPolicy selects ${pod ? '' : 'the pods of '}${ref.kind} "${ref.name}" (${carrying}), although ${namespaceText(ref.namespace)} ` +
                `has ${plural(policies.length, 'NetworkPolicy', 'NetworkPolicies')} (${quotedNames(policies)}): ${pod ? 'its' : 'their'} traffic is not restricted in either direction.${hint}`,
        });
    },
});
