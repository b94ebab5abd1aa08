import { defineObjectCheck } from '../src/engine/check.js';
import { isEmptySelector } from '../src/model/disruptions.js';
import { workloadSelector } from '../src/model/api-migration.js';
import { canAppendAt, copyData } from '../src/model/fix-paths.js';
import { isRecord, podTemplateOf } from '../src/model/kinds.js';
import { declaredReplicas, isReplicated } from '../src/model/workloads.js';
import { matchesLabelSelector } from '../src/model/selectors.js';
const hostnameKey = 'kubernetes.io/hostname';
export default defineObjectCheck({
    meta: {
        id: 'anti-affinity-missing',
        title: 'Replicas may all land on one node',
        severity: 'warning',
        category: 'disruptions',
        description: 'A Deployment or StatefulSet with two or more replicas must keep them on different nodes: a pod ' +
            'anti-affinity term (required or preferred) or a topology spread constraint on kubernetes.io/hostname ' +
            'whose selector matches its own pods. The same holds for a custom resource whose replica field is known ' +
            '(an Argo Rollout\'s spec.replicas, a Ray worker group\'s replicas).',
        risk: 'Nothing stops the scheduler from putting every replica on the same node. Then one node failure, drain ' +
            'or upgrade takes the whole workload down at once, and the extra replicas bought no availability.',
        mitigation: 'Add a topologySpreadConstraints entry on kubernetes.io/hostname whose labelSelector selects the pods ' +
            'of this workload, or a preferred podAntiAffinity term with the same topology key and selector.',
        fix: 'Appends a preferredDuringSchedulingIgnoredDuringExecution podAntiAffinity term of weight 100 on ' +
            'kubernetes.io/hostname whose labelSelector is the workload\'s own spec.selector (or the one its old apiVersion made from the template labels): soft, so that replicas still ' +
            'schedule when there are fewer nodes than replicas. Other affinity terms are kept; a workload without a ' +
            'selector matching its pod labels gets no fix.',
        example: `spec:
  replicas: 3
  template:
    metadata:
      labels: { app: api }
    spec:
      topologySpreadConstraints:
        - maxSkew: 1
          topologyKey: kubernetes.io/hostname
          whenUnsatisfiable: ScheduleAnyway
          labelSelector: { matchLabels: { app: api } }`,
    },
    kinds: ['Deployment', 'StatefulSet'],
    check(object, { ref, report }) {
        // Deployments, StatefulSets, and custom resources whose replica field is known (a Rollout's spec.replicas).
        if (!isReplicated(object))
            return;
        const replicas = declaredReplicas(object);
        const pod = podTemplateOf(object);
        if (typeof replicas !== 'number' || replicas < 2 || !pod)
            return;
        const selectsOwnPods = (term) => term.topologyKey === hostnameKey &&
            matchesLabelSelector(term.labelSelector, pod.labels) &&
            (!('namespaces' in term) || !Array.isArray(term.namespaces) || term.namespaces.length === 0 || term.namespaces.includes(ref.namespace));
        const antiAffinity = pod.spec.affinity?.podAntiAffinity;
        const terms = [
            ...listOf(antiAffinity?.requiredDuringSchedulingIgnoredDuringExecution),
            ...listOf(antiAffinity?.preferredDuringSchedulingIgnoredDuringExecution).map((weighted) => weighted.podAffinityTerm),
        ].filter(isRecord);
        if (terms.some(selectsOwnPods))
            return;
        if (listOf(pod.spec.topologySpreadConstraints).filter(isRecord).some(selectsOwnPods))
            return;
        report({
            path: [...pod.path, 'affinity', 'podAntiAffinity'],
            message: `${replicas} replicas, but neither a podAntiAffinity term nor a topologySpreadConstraint on ` +
                `${hostnameKey} selects this workload's own pods.`,
            fix: spreadFix(object, pod),
        });
    },
});
/** A soft anti-affinity term over the workload's own selector, appended to the preferred terms. */
function spreadFix(object, pod) {
    const selector = workloadSelector(object)?.selector;
    if (!selector || isEmptySelector(selector) || !matchesLabelSelector(selector, pod.labels))
        return undefined;
    const labelSelector = {};
    if (selector['matchLabels'] !== undefined)
        labelSelector['matchLabels'] = copyData(selector['matchLabels']);
    if (selector['matchExpressions'] !== undefined)
        labelSelector['matchExpressions'] = copyData(selector['matchExpressions']);
    const path = [...pod.path, 'affinity', 'podAntiAffinity', 'preferredDuringSchedulingIgnoredDuringExecution'];
    if (!canAppendAt(object, path))
        return undefined;
    return {
        description: `appends a preferred podAntiAffinity term (weight 100) on ${hostnameKey} selecting the workload's own pods`,
        edits: [{ op: 'append', path, value: { weight: 100, podAffinityTerm: { labelSelector, topologyKey: hostnameKey } } }],
    };
}
function listOf(value) {
    return Array.isArray(value) ? value : [];
}
