import { defineObjectCheck } from '../src/engine/check.js';
import { budgetsElsewhere, budgetsProtecting, describeRef, describeWorkload, isEmptyBetaSelector, namespaceText, replicaFloor } from '../src/model/disruptions.js';
import { isReplicated, replicaFieldOf } from '../src/model/workloads.js';
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
    check(object, { index, report }) {
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
        const emptyBeta = index.ofKind('PodDisruptionBudget', entry.ref.namespace).filter((budget) => isEmptyBetaSelector(budget.object));
        const hints = [
            ...elsewhere.slice(0, 3).map((budget) => `${describeRef(budget.ref, true)} would match, but a budget only covers pods of its own namespace`),
            ...emptyBeta.slice(0, 3).map((budget) => `${describeRef(budget.ref)} is policy/v1beta1, where an empty selector selects no pods`),
        ];
        const where = entry.ref.namespace === '' ? '' : ` ${namespaceText(entry.ref.namespace)}`;
        report({
            path: replicaFieldOf(object)?.path ?? ['spec', 'replicas'],
            message: `${describeWorkload(entry)} runs ${floor.autoscaled ? `at least ${floor.count} replicas (${floor.source})` : `${floor.count} replicas`}, ` +
                `but no PodDisruptionBudget${where} selects its pods${hints.length > 0 ? ` (${hints.join('; ')})` : ''}.`,
        });
    },
});
