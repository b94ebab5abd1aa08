import { defineObjectCheck } from '../src/engine/check.js';
import { customResourcesSelected, formatSelector } from '../src/model/disruptions.js';
import { isRecord } from '../src/model/kinds.js';
import { operatorResourcesNamed, workloadsThatMayMatch } from '../src/model/networking.js';
import { ownWorkloadsIn, sameNamespace, unitKnowsPodsIn, workloadsLabelledFor } from '../src/model/object-index.js';
import { isNetworkPolicy, namespaceText, podSelectorOf, selectorMatchesPods } from '../src/model/tenancy.js';
export default defineObjectCheck({
    meta: {
        id: 'networkpolicy-selects-nothing',
        title: 'NetworkPolicy that selects no workload',
        severity: 'warning',
        category: 'security',
        description: 'Fires on a NetworkPolicy whose spec.podSelector (matchLabels and matchExpressions, with labels that ' +
            'controllers add such as job-name) matches the pod template of no workload of its namespace in the ' +
            'reviewed manifests. An empty or omitted podSelector selects every pod and never fires. When the ' +
            'namespace has no workload in the manifests at all, the policy is only reported if its selector matches ' +
            'a workload of another namespace, since the pods it is meant for may be deployed from elsewhere. Labels ' +
            'written directly under podSelector, outside matchLabels, are reported too. Pods of an operator\'s custom ' +
            'resource (an Argo Rollout, a Prometheus) count when the resource carries matching labels or a matchLabels value ' +
            'is its name (prometheus: k8s for a Prometheus named k8s). ' +
            'Relates the policy to the workloads of its deployment unit and, in a namespace it names, of other units; silent when the unit deploys no workload of its own into that namespace or holds a Role that creates pods at run time (an operator), since the pods may come from elsewhere.',
        risk: 'The rules protect nothing while they look like they do: the pods they were written for stay open to the ' +
            'whole cluster, or keep reaching what they were meant to be cut off from. A label renamed in the pod ' +
            'template, a typo, or a policy applied to the wrong namespace all end this way, and nothing reports it.',
        mitigation: 'Make podSelector match the labels of the pod template (spec.template.metadata.labels, not the ' +
            'workload\'s own labels), under matchLabels or matchExpressions, and put the policy in the namespace of ' +
            'the pods. Delete policies left over from removed workloads.',
        example: `apiVersion: networking.k8s.io/v1
kind: NetworkPolicy
metadata:
  name: api
  namespace: shop
spec:
  podSelector:
    matchLabels: { app.kubernetes.io/name: api }   # as in the Deployment's pod template
  policyTypes: [Ingress]
  ingress:
    - from: [{ podSelector: { matchLabels: { app.kubernetes.io/name: frontend } } }]
      ports: [{ port: 8080 }]`,
    },
    kinds: ['NetworkPolicy'],
    check(object, { ref, index, report }) {
        if (!isNetworkPolicy(object))
            return;
        const reading = podSelectorOf(object);
        if (reading.kind === 'all')
            return;
        if (reading.kind === 'invalid') {
            report({ path: reading.path, message: reading.reason });
            return;
        }
        const { selector } = reading;
        const own = ownWorkloadsIn(index, ref.namespace);
        const candidates = workloadsThatMayMatch(index, selector.matchLabels);
        if (candidates.some((entry) => sameNamespace(entry.ref.namespace, ref.namespace) && selectorMatchesPods(selector, entry)))
            return;
        if (customResourcesSelected(selector, ref.namespace, index).length > 0 || namesOperatorResource(selector, ref.namespace, index))
            return;
        const elsewhere = candidates.filter((entry) => !sameNamespace(entry.ref.namespace, ref.namespace) && selectorMatchesPods(selector, entry));
        const text = `The podSelector "${formatSelector(selector)}"`;
        const where = namespaceText(ref.namespace);
        if (own.length === 0) {
            if (elsewhere.length === 0)
                return; // nothing to judge against: the pods may be deployed from elsewhere
            report({
                path: ['spec', 'podSelector'],
                message: `${text} matches no workload in ${where}, which has none in the reviewed manifests, but it matches ${describe(elsewhere)}: a NetworkPolicy selects pods of its own namespace only.`,
            });
            return;
        }
        if (!unitKnowsPodsIn(index, ref.namespace))
            return; // pods made at run time, by an operator of the unit
        const byOwnLabels = workloadsLabelledFor(index, selector, ref.namespace).filter((entry) => !entry.borrowed);
        let hint = '';
        if (elsewhere.length > 0)
            hint = ` It would match ${describe(elsewhere)}, but a NetworkPolicy selects pods of its own namespace only.`;
        else if (byOwnLabels[0])
            hint = ` It matches the labels of ${byOwnLabels[0].ref.kind} "${byOwnLabels[0].ref.name}" itself, but a NetworkPolicy selects pods by their template labels.`;
        const only = own.length === 1 ? own[0] : undefined;
        const misses = only
            ? `does not match the pods of ${only.ref.kind} "${only.ref.name}", the only workload in ${where}`
            : `matches the pods of none of the ${own.length} workloads in ${where}`;
        report({ path: ['spec', 'podSelector'], message: `${text} ${misses}, so the policy applies to no pod.${hint}` });
    },
});
/**
 * A matchLabels value equal to the name of an operator's resource in the namespace (prometheus: k8s for a
 * Prometheus named k8s): the operator labels its pods that way, though no template in the scope shows it.
 */
function namesOperatorResource(selector, namespace, index) {
    const wanted = selector.matchLabels;
    if (!isRecord(wanted))
        return false;
    return Object.values(wanted).some((value) => operatorResourcesNamed(index, String(value), namespace).length > 0);
}
function describe(entries) {
    const first = entries[0];
    if (!first)
        return '';
    const more = entries.length > 1 ? ` and ${entries.length - 1} more` : '';
    return `${first.ref.kind} "${first.ref.name}" in ${namespaceText(first.ref.namespace)}${more}`;
}
