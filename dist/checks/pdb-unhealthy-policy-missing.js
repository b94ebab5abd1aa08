import { compareVersions, parseMinorVersion } from '../src/model/api-lifecycle.js';
import { defineObjectCheck } from '../src/engine/check.js';
import { isBudget, workloadsOfBudget } from '../src/model/disruptions.js';
import { percentOf } from '../src/model/intstr.js';
import { isRecord } from '../src/model/kinds.js';
/** The release from which the API server honours the field by default (PDBUnhealthyPodEvictionPolicy: alpha 1.26, beta and on 1.27, GA 1.31). */
const servedFrom = [1, 27];
export default defineObjectCheck({
    meta: {
        id: 'pdb-unhealthy-policy-missing',
        title: 'PodDisruptionBudget that guards crash-looping pods',
        severity: 'info',
        category: 'disruptions',
        description: 'Fires on a policy/v1 PodDisruptionBudget that leaves spec.unhealthyPodEvictionPolicy unset, when the ' +
            'target Kubernetes version (--kube-version) is 1.27 or later: the field came with the ' +
            'PDBUnhealthyPodEvictionPolicy feature gate, alpha and off in 1.26, beta and on by default in 1.27, GA in ' +
            '1.31, and before 1.27 the API server drops it. Unset, the eviction API applies IfHealthyBudget. A value set ' +
            'explicitly (IfHealthyBudget included) is a choice and is left alone, as are budgets that never hold a pod ' +
            'back (maxUnavailable "100%", minAvailable 0 or "0%"). From kube-linter\'s pdb-unhealthy-pod-eviction-policy.',
        risk: 'Under IfHealthyBudget a pod that runs but is not Ready may be evicted only while the application has all ' +
            'the healthy pods its budget asks for. When the application is broken (pods crash-looping after a bad ' +
            'release or a missing dependency), that is never true: kubectl drain and node-pool upgrades hang on ' +
            'pods that serve nothing, and the broken release blocks the maintenance that might have fixed the node.',
        mitigation: 'Set unhealthyPodEvictionPolicy: AlwaysAllow, so that pods that are not Ready can always be evicted and only ' +
            'healthy ones are counted against the budget. Keep IfHealthyBudget, written out, only for applications whose ' +
            'starting pods must not be interrupted (a database replaying its log).',
        example: `apiVersion: policy/v1
kind: PodDisruptionBudget
metadata:
  name: api
spec:
  maxUnavailable: 1
  unhealthyPodEvictionPolicy: AlwaysAllow
  selector:
    matchLabels: { app: api }`,
    },
    kinds: ['PodDisruptionBudget'],
    check(object, { ref, index, settings, report }) {
        if (!isBudget(object) || object.apiVersion.trim() === 'policy/v1beta1')
            return;
        const target = parseMinorVersion(settings.kubernetesVersion);
        if (!target || compareVersions(target, servedFrom) < 0)
            return;
        const spec = object['spec'];
        if (!isRecord(spec))
            return;
        const policy = spec['unhealthyPodEvictionPolicy'];
        if (policy !== undefined && policy !== null && policy !== '')
            return;
        const maxUnavailable = spec['maxUnavailable'];
        const minAvailable = spec['minAvailable'];
        if (percentOf(maxUnavailable) === 100 || minAvailable === 0 || minAvailable === '0' || percentOf(minAvailable) === 0)
            return;
        const workloads = workloadsOfBudget(object, ref.namespace, index);
        const pods = workloads.length === 1 && workloads[0] ? `the pods of ${workloads[0].ref.kind} "${workloads[0].ref.name}"` : 'its pods';
        report({
            path: ['spec'],
            message: `PodDisruptionBudget "${ref.name || '?'}" leaves unhealthyPodEvictionPolicy unset (IfHealthyBudget): while ${pods} crash-loop, ` +
                'the budget is short of healthy pods and refuses to evict even the ones that serve nothing, so node drains hang.',
        });
    },
});
