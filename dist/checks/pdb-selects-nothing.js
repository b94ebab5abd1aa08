import { defineObjectCheck } from '../src/engine/check.js';
import { customResourcesSelected, describeRef, formatSelector, isBudget, isEmptyBetaSelector, isEmptySelector, listRefs, namespaceText, workloadsOfBudget } from '../src/model/disruptions.js';
import { isRecord } from '../src/model/kinds.js';
import { sameNamespace, unitKnowsPodsIn, workloadsLabelledFor } from '../src/model/object-index.js';
import { labelLookup, matchesLabelSelector } from '../src/model/selectors.js';
export default defineObjectCheck({
    meta: {
        id: 'pdb-selects-nothing',
        title: 'PodDisruptionBudget that selects no workload',
        severity: 'warning',
        category: 'disruptions',
        description: 'Fires on a PodDisruptionBudget whose selector matches the pod template of no workload of its own ' +
            'namespace in the reviewed manifests. A missing selector selects nothing; an empty one ({}) selects ' +
            'every pod of the namespace in policy/v1, and nothing in policy/v1beta1. Labels written directly under ' +
            'selector, outside matchLabels, are reported too. Pods that an operator creates for a custom resource ' +
            '(an Argo Rollout, a Prometheus) count as selected when the resource carries matching labels. ' +
            'Relates the budget to the workloads of its deployment unit and, in a namespace it names, of other units; silent when the unit deploys no workload of its own into that namespace or holds a Role that creates pods at run time, unless the selector matches a workload of another namespace.',
        risk: 'The budget protects nothing, while it looks like it does: a node drain or upgrade can evict all ' +
            'replicas of the workload it was written for at once. A selector that drifted from the pod labels, a ' +
            'typo or a budget in the wrong namespace all end this way.',
        mitigation: 'Make spec.selector match the labels of the pod template (not the workload\'s own metadata labels), ' +
            'and put the budget in the namespace of the workload. Delete budgets left over from removed workloads.',
        example: `apiVersion: policy/v1
kind: PodDisruptionBudget
metadata:
  name: api
  namespace: shop
spec:
  maxUnavailable: 1
  selector:
    matchLabels: { app: api }   # the labels of the Deployment's pod template in shop`,
    },
    kinds: ['PodDisruptionBudget'],
    check(object, { ref, index, report }) {
        if (!isBudget(object))
            return;
        const spec = object['spec'];
        const selector = isRecord(spec) ? spec['selector'] : undefined;
        const path = ['spec', 'selector'];
        if (selector === undefined || selector === null) {
            report({ path, message: 'The PodDisruptionBudget has no selector, and a budget without one selects no pods.' });
            return;
        }
        if (!isRecord(selector)) {
            report({ path, message: `The selector ${JSON.stringify(selector)} is not a label selector (matchLabels, matchExpressions), so it selects no pods.` });
            return;
        }
        const stray = Object.keys(selector).filter((key) => key !== 'matchLabels' && key !== 'matchExpressions');
        if (stray.length > 0) {
            report({
                path: [...path, stray[0] ?? ''],
                message: `The selector holds ${stray.map((key) => `"${key}"`).join(', ')} directly, outside matchLabels and matchExpressions: ` +
                    'the API server rejects the budget, or without strict validation drops the field, and the selector no longer means what it says.',
            });
            return;
        }
        if (isEmptyBetaSelector(object)) {
            report({ path, message: 'The selector is empty, and in policy/v1beta1 an empty selector selects no pods (policy/v1 would select the whole namespace).' });
            return;
        }
        if (workloadsOfBudget(object, ref.namespace, index).length > 0)
            return;
        if (customResourcesSelected(selector, ref.namespace, index).length > 0)
            return;
        const elsewhere = podsElsewhere(index, selector, ref.namespace);
        // Unless such pods are in another namespace (a slip), the pods may be deployed from elsewhere.
        if (elsewhere.length === 0 && !unitKnowsPodsIn(index, ref.namespace))
            return;
        const where = ref.namespace === '' ? 'among the objects without a namespace' : namespaceText(ref.namespace);
        const ownLabels = workloadsLabelledFor(index, selector, ref.namespace);
        const hint = elsewhereHint(elsewhere) || ownHint(ownLabels);
        const message = isEmptySelector(selector)
            ? `The empty selector selects every pod of its namespace, but there is no workload ${where}.`
            : `The selector "${formatSelector(selector)}" matches the pods of no workload ${where}${hint}.`;
        report({ path, message });
    },
});
// The scope's objects with pods, by pod label: the objects themselves, not the further pod templates of a
// custom resource that has several.
const objectsByPodLabel = (objects) => labelLookup(objects.filter((entry) => entry.pod !== undefined), (entry) => (entry.pod ? [entry.pod.labels] : []));
/** The workloads of other namespaces whose pods the selector would match. */
function podsElsewhere(index, selector, namespace) {
    return index.sift(objectsByPodLabel, {})(selector.matchLabels).filter((entry) => !sameNamespace(entry.ref.namespace, namespace) && entry.pod !== undefined && matchesLabelSelector(selector, entry.pod.labels));
}
function elsewhereHint(elsewhere) {
    return elsewhere.length === 0 ? '' : ` (it would match ${listRefs(elsewhere, true)}, but a budget only selects pods of its own namespace)`;
}
function ownHint(workloads) {
    const first = workloads[0];
    return first ? ` (it matches the labels of ${describeRef(first.ref)} itself, but a budget selects pods by their template labels)` : '';
}
