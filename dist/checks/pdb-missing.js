import { defineObjectCheck } from '../src/engine/check.js';
import { compareVersions, parseMinorVersion } from '../src/model/api-lifecycle.js';
import { budgetsElsewhere, budgetsProtecting, describeRef, describeWorkload, isEmptyBetaSelector, isEmptySelector, namespaceText, replicaFloor, } from '../src/model/disruptions.js';
import { workloadSelector } from '../src/model/api-migration.js';
import { copyData, stringLabels } from '../src/model/fix-paths.js';
import { isKind } from '../src/model/kinds.js';
import { isDns1123Subdomain } from '../src/model/k8s-names.js';
import { entriesWhere } from '../src/model/object-index.js';
import { isReplicated, replicaFieldOf } from '../src/model/workloads.js';
/** policy/v1 PodDisruptionBudget is served from 1.21; policy/v1beta1 before. */
const policyV1Since = [1, 21];
/** spec.unhealthyPodEvictionPolicy is honoured from 1.27 (PDBUnhealthyPodEvictionPolicy beta and on by default). */
const unhealthyPolicySince = [1, 27];
export default defineObjectCheck({
    meta: {
        id: 'pdb-missing',
        title: 'Replicated workload without a PodDisruptionBudget',
        severity: 'warning',
        category: 'disruptions',
        description: 'A Deployment or StatefulSet that runs two or more replicas at its lowest (spec.replicas, or the ' +
            'minimum of the HorizontalPodAutoscaler or KEDA ScaledObject that scales it) must have its pods selected ' +
            'by a PodDisruptionBudget of its own namespace. DaemonSets, Jobs and CronJobs are not looked at; custom ' +
            'resources that run pods continuously are, where their replica field is known (an Argo Rollout\'s spec.replicas, ' +
            'a Ray worker group\'s replicas). ' +
            'Relates the workload to the budgets of its deployment unit and, in a namespace it names, of other units: with dev/ and prod/ folders applied apart, dev\'s budget does not cover prod.',
        risk: 'Without a budget, voluntary disruptions are not rate limited: a node drain, a cluster autoscaler ' +
            'scale-down or a managed node-pool upgrade may evict every replica at the same time, and the extra ' +
            'replicas buy no availability during maintenance.',
        mitigation: 'Add a policy/v1 PodDisruptionBudget in the same namespace whose selector matches the pod template ' +
            'labels, with maxUnavailable: 1 (or a minAvailable below the replica count).',
        fix: 'Adds a PodDisruptionBudget after the workload in its file: named as the workload, in its namespace, with its ' +
            'labels, its spec.selector (for an old apiVersion without one, the template labels that version made it from) and maxUnavailable: 1 (policy/v1; policy/v1beta1 for targets before 1.21). From 1.27 it ' +
            'sets unhealthyPodEvictionPolicy too: AlwaysAllow for a Deployment, IfHealthyBudget (the default, written out) for ' +
            'a StatefulSet, whose starting pods may be a database replaying its log. No budget is added when the selector would ' +
            'also select the pods of another workload, or a budget of that name exists.',
        example: `apiVersion: policy/v1
kind: PodDisruptionBudget
metadata:
  name: api
spec:
  maxUnavailable: 1
  selector:
    matchLabels: { app: api }`,
    },
    kinds: ['Deployment', 'StatefulSet'],
    check(object, { index, settings, report }) {
        if (!isReplicated(object))
            return;
        const entry = index.entryOf(object);
        if (!entry?.pod)
            return;
        const floor = replicaFloor(entry, index);
        if (!floor || floor.count < 2)
            return;
        if (budgetsProtecting(entry, index).length > 0)
            return;
        const elsewhere = budgetsElsewhere(entry, index);
        const emptyBeta = index.sift(emptyBetaBudgets, { kind: 'PodDisruptionBudget', namespace: entry.ref.namespace })();
        const hints = [
            ...elsewhere.slice(0, 3).map((budget) => `${describeRef(budget.ref, true)} would match, but a budget only covers pods of its own namespace`),
            ...emptyBeta.slice(0, 3).map((budget) => `${describeRef(budget.ref)} is policy/v1beta1, where an empty selector selects no pods`),
        ];
        const where = entry.ref.namespace === '' ? '' : ` ${namespaceText(entry.ref.namespace)}`;
        report({
            path: replicaFieldOf(object)?.path ?? ['spec', 'replicas'],
            message: `${describeWorkload(entry)} runs ${floor.autoscaled ? `at least ${floor.count} replicas (${floor.source})` : `${floor.count} replicas`}, ` +
                `but no PodDisruptionBudget${where} selects its pods${hints.length > 0 ? ` (${hints.join('; ')})` : ''}.`,
            fix: budgetFix(object, entry, index, settings),
        });
    },
});
/**
 * A budget of maxUnavailable 1 over the workload's own selector. Undefined where that selector is missing,
 * empty, or selects other workloads' pods as well (one budget would then ration them together), and where
 * the name is taken or would not be a valid one.
 */
function budgetFix(object, entry, index, settings) {
    const target = parseMinorVersion(settings.kubernetesVersion);
    const selector = workloadSelector(object)?.selector;
    if (!target || !selector || isEmptySelector(selector))
        return undefined;
    const { namespace, name } = entry.ref;
    const selected = index.podsSelectedBy(selector, namespace);
    if (selected.some((other) => other.object !== object))
        return undefined;
    if (!isDns1123Subdomain(name) || index.named('PodDisruptionBudget', name, namespace).length > 0)
        return undefined;
    const copied = {};
    if (selector['matchLabels'] !== undefined)
        copied['matchLabels'] = copyData(selector['matchLabels']);
    if (selector['matchExpressions'] !== undefined)
        copied['matchExpressions'] = copyData(selector['matchExpressions']);
    const metadata = { name };
    const written = object.metadata?.namespace;
    if (typeof written === 'string' && written !== '')
        metadata['namespace'] = written;
    const labels = stringLabels(object.metadata?.labels);
    if (labels)
        metadata['labels'] = labels;
    const budgetSpec = { maxUnavailable: 1 };
    if (compareVersions(target, unhealthyPolicySince) >= 0) {
        budgetSpec['unhealthyPodEvictionPolicy'] = isKind(object, 'StatefulSet') ? 'IfHealthyBudget' : 'AlwaysAllow';
    }
    budgetSpec['selector'] = copied;
    const apiVersion = compareVersions(target, policyV1Since) >= 0 ? 'policy/v1' : 'policy/v1beta1';
    return {
        description: `adds ${apiVersion} PodDisruptionBudget "${name}" with maxUnavailable: 1 over the selector of ${describeRef(entry.ref)}`,
        add: [{ apiVersion, kind: 'PodDisruptionBudget', metadata, spec: budgetSpec }],
    };
}
/** The policy/v1beta1 budgets with an empty selector (of a namespace, asked of a list of budgets). */
const emptyBetaBudgets = entriesWhere((budget) => isEmptyBetaSelector(budget.object));
