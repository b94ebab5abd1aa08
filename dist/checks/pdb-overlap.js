import { defineObjectCheck } from '../src/engine/check.js';
import { budgetsProtecting, describeRef, isBudget, workloadsOfBudget } from '../src/model/disruptions.js';
export default defineObjectCheck({
    meta: {
        id: 'pdb-overlap',
        title: 'Two PodDisruptionBudgets select the same pods',
        severity: 'warning',
        category: 'disruptions',
        description: 'Fires on a PodDisruptionBudget whose selector matches the pods of a workload that an earlier budget of the same ' +
            'deployment unit and namespace (in the order the manifests are read) also selects; the finding names the first budget ' +
            'and the workload. An empty policy/v1 selector selects every pod of its namespace and so overlaps every other budget ' +
            'there; an empty policy/v1beta1 selector selects nothing. Two manifests of the same budget (same name and namespace) ' +
            'are one object in the cluster and are left alone. The eviction API refuses to evict a pod that more than one budget ' +
            'covers (the eviction subresource answers "This pod has more than one PodDisruptionBudget, which the eviction ' +
            'subresource does not support"). A risk none of the peers checks.',
        risk: 'Every eviction of the pods fails with an error, so kubectl drain, cluster-autoscaler scale-down and node upgrades ' +
            'stall on the node that runs them until someone deletes one of the budgets by hand.',
        mitigation: 'Keep one budget per set of pods: make the selectors disjoint (add a label that tells the workloads apart), or ' +
            'delete the redundant budget.',
        example: `apiVersion: policy/v1
kind: PodDisruptionBudget
metadata: { name: api }
spec:
  maxUnavailable: 1
  selector:
    matchLabels: { app: api, component: server }   # the only budget over these pods`,
    },
    kinds: ['PodDisruptionBudget'],
    check(object, { ref, index, report }) {
        if (!isBudget(object))
            return;
        const self = index.entryOf(object);
        if (!self || self.borrowed)
            return;
        for (const workload of workloadsOfBudget(object, ref.namespace, index)) {
            const budgets = budgetsProtecting(workload, index).filter((budget) => !budget.borrowed && isBudget(budget.object));
            const position = budgets.indexOf(self);
            const first = budgets.slice(0, Math.max(position, 0)).find((other) => !sameObject(other, self));
            if (position < 0 || !first)
                continue;
            report({
                path: ['spec', 'selector'],
                message: `The budget selects the pods of ${describeRef(workload.ref)}, which PodDisruptionBudget "${first.ref.name}" already selects: ` +
                    'the eviction API refuses to evict a pod covered by more than one budget, so draining its node fails.',
            });
            return;
        }
    },
});
/** Two manifests of one budget (same name and namespace): one object once applied. */
function sameObject(a, b) {
    return a.ref.name === b.ref.name && (a.ref.namespace || 'default') === (b.ref.namespace || 'default');
}
