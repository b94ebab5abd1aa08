import { defineObjectCheck } from '../src/engine/check.js';
import { workloadKinds } from '../src/model/kinds.js';
import { perScope, sameNamespace } from '../src/model/object-index.js';
import { isNamespace, isNetworkPolicy, isSystemNamespace, namespaceNameOf, namespaceText, networkPoliciesIn, otherEnginePolicies, usesHostNetwork, } from '../src/model/tenancy.js';
const declared = perScope((index) => {
    const namespaces = new Set();
    const policyNamespaces = new Set();
    let unplacedPolicy = false;
    for (const entry of index.own) {
        if (isNamespace(entry.object)) {
            const name = namespaceNameOf(entry.object);
            if (name !== undefined)
                namespaces.add(name);
        }
        else if (isNetworkPolicy(entry.object)) {
            if (entry.ref.namespace === '')
                unplacedPolicy = true;
            else
                policyNamespaces.add(entry.ref.namespace);
        }
    }
    return { namespaces, policyNamespaces, unplacedPolicy };
});
export default defineObjectCheck({
    meta: {
        id: 'networkpolicy-missing',
        title: 'Workload in a namespace without any NetworkPolicy',
        severity: 'info',
        category: 'security',
        description: 'Fires on a workload (Jobs and CronJobs included) of an explicitly named namespace in which the reviewed ' +
            'manifests hold no NetworkPolicy at all, of its own deployment unit or of another one in scope, when the unit ' +
            'is the one that would declare them: it declares that Namespace object itself, or it declares NetworkPolicies ' +
            'for other namespaces but none for this one. Otherwise nothing is said: a unit of one application whose ' +
            'namespace and policies live in a platform folder, a chart whose policies are off by default, or workloads ' +
            'without a namespace (placed wherever they are applied) cannot tell. Also silent: namespaces reserved for ' +
            'Kubernetes (kube-*), pods on the host network (policies do not apply to them), and namespaces that Cilium or ' +
            'Calico policies of the scope cover, or any cluster-wide policy of those engines or AdminNetworkPolicy. Where ' +
            'the namespace does hold policies, networkpolicy-uncovered judges whether one selects the pods. From ' +
            'kube-score\'s pod-networkpolicy and kube-linter\'s non-isolated-pod, restricted to what the unit can know.',
        risk: 'No policy isolates these pods in either direction: any pod of the cluster can connect to them, and they can ' +
            'connect to every pod, the node and the cloud metadata endpoint. A compromised pod anywhere reaches them, and a ' +
            'compromised one of them reaches everything.',
        mitigation: 'Declare NetworkPolicies for the namespace with the rest of its manifests: a default deny (podSelector: {}, ' +
            'policyTypes [Ingress, Egress]) and policies that allow what each workload needs. If the namespace\'s ' +
            'policies are applied from elsewhere (a platform repository, a policy engine that generates them), suppress ' +
            'this finding for the namespace.',
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
    kinds: workloadKinds,
    check(object, { ref, index, report }) {
        const namespace = ref.namespace;
        if (namespace === '' || isSystemNamespace(namespace))
            return;
        const entry = index.entryOf(object);
        if (!entry?.pod || usesHostNetwork(entry))
            return;
        if (networkPoliciesIn(index, namespace).length > 0 || otherEnginePolicies(index, namespace).length > 0)
            return;
        const unit = declared(index);
        if (unit.unplacedPolicy)
            return;
        const ownsNamespace = [...unit.namespaces].some((name) => sameNamespace(name, namespace));
        const elsewhere = [...unit.policyNamespaces].filter((name) => !sameNamespace(name, namespace));
        if (!ownsNamespace && elsewhere.length === 0)
            return;
        const listed = elsewhere.slice(0, 3).map((name) => `"${name}"`);
        const others = elsewhere.length > 3 ? `${listed.join(', ')} and ${elsewhere.length - 3} more` : listed.join(', ');
        const why = ownsNamespace
            ? `the manifests declare the Namespace but no NetworkPolicy for it${elsewhere.length > 0 ? ` (they do for ${others})` : ''}`
            : `the manifests declare NetworkPolicies for ${elsewhere.length === 1 ? 'namespace' : 'namespaces'} ${others} but none for this one`;
        const pods = ref.kind === 'Pod' ? `Pod "${ref.name}" is` : `the pods of ${ref.kind} "${ref.name}" are`;
        report({
            path: ['metadata', 'name'],
            message: `No NetworkPolicy applies in ${namespaceText(namespace)}, so ${pods} not isolated in either direction: ${why}. ` +
                'If its policies are applied from elsewhere, this can be ignored.',
        });
    },
});
