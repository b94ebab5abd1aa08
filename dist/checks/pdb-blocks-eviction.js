import { defineObjectCheck } from '../src/engine/check.js';
import { describeRef, isBudget, listRefs, replicaFloor, workloadsOfBudget } from '../src/model/disruptions.js';
import { percentOf, resolveIntOrPercent } from '../src/model/intstr.js';
import { isKind, isRecord } from '../src/model/kinds.js';
import { isLongRunning, isReplicated } from '../src/model/workloads.js';
const hang = 'no pod can ever be evicted, so node drains and cluster upgrades hang';
export default defineObjectCheck({
    meta: {
        id: 'pdb-blocks-eviction',
        title: 'PodDisruptionBudget that allows no eviction',
        severity: 'error',
        category: 'disruptions',
        description: 'Fires on a PodDisruptionBudget with maxUnavailable 0 or "0%", minAvailable "100%", or a minAvailable ' +
            'that is not below the replicas the selected workloads run at their lowest (added up over all of them; ' +
            'autoscaler minimums used, a floor of zero counted as the first pod, percentages rounded up as the ' +
            'disruption controller does). Budgets over DaemonSets are judged only on their literal values.',
        risk: 'The eviction API refuses every request for the selected pods. kubectl drain retries forever, the ' +
            'cluster autoscaler never scales the node down, and managed node-pool upgrades stall, fail, or after ' +
            'their timeout drain the node regardless of the budget, which is the outage it was meant to prevent.',
        mitigation: 'Allow at least one disruption: set maxUnavailable: 1 (or a percentage above 0), or a minAvailable ' +
            'below the lowest replica count, and run enough replicas that losing one is safe.',
        example: `apiVersion: policy/v1
kind: PodDisruptionBudget
metadata:
  name: api
spec:
  maxUnavailable: 1
  selector:
    matchLabels: { app: api }`,
    },
    kinds: ['PodDisruptionBudget'],
    check(object, { ref, index, report }) {
        if (!isBudget(object))
            return;
        const spec = object['spec'];
        if (!isRecord(spec))
            return;
        const workloads = workloadsOfBudget(object, ref.namespace, index).filter((w) => isLongRunning(w.object));
        const selected = workloads.length > 0 ? ` of the pods of ${listRefs(workloads)}` : '';
        const maxUnavailable = spec['maxUnavailable'];
        if (maxUnavailable !== undefined && maxUnavailable !== null && (percentOf(maxUnavailable) ?? resolveIntOrPercent(maxUnavailable, 1)) === 0) {
            report({
                path: ['spec', 'maxUnavailable'],
                message: `maxUnavailable ${JSON.stringify(maxUnavailable)} allows no voluntary disruption${selected}: ${hang}.`,
            });
        }
        const minAvailable = spec['minAvailable'];
        if (minAvailable === undefined || minAvailable === null)
            return;
        const shown = JSON.stringify(minAvailable);
        if ((percentOf(minAvailable) ?? 0) >= 100) {
            const which = workloads.length > 0 ? ` (${listRefs(workloads)})` : '';
            report({ path: ['spec', 'minAvailable'], message: `minAvailable ${shown} requires every pod it selects${which} to stay available: ${hang}.` });
            return;
        }
        if (workloads.length === 0)
            return;
        const floors = workloads.map((workload) => floorOf(workload, index));
        if (floors.some((floor) => floor === undefined))
            return; // a DaemonSet or a templated count: unknown
        const known = floors.filter((floor) => floor !== undefined);
        const lowest = known.reduce((sum, floor) => sum + floor.count, 0);
        // Scaled to zero there is nothing to evict; the first pod that starts is the case that hangs.
        const total = Math.max(lowest, 1);
        const required = resolveIntOrPercent(minAvailable, total);
        if (required === undefined || required < total)
            return;
        const rounding = percentOf(minAvailable) !== undefined ? ` (${shown} of ${total}, rounded up)` : '';
        const parts = known.slice(0, 4).map((floor) => `${floor.name}: ${floor.source}`).join('; ') + (known.length > 4 ? `; and ${known.length - 4} more` : '');
        const only = known.length === 1 ? known[0] : undefined;
        const running = only
            ? lowest === 0
                ? `${only.name} scales to zero (${only.source}), so it runs 1 pod at its lowest when up`
                : `${only.name} runs ${only.autoscaled ? `${total} at its lowest` : total} (${only.source})`
            : lowest === 0
                ? `the ${known.length} workloads it selects scale to zero (${parts}), so they run 1 pod at their lowest when up`
                : `the ${known.length} workloads it selects run ${total} together at their lowest (${parts})`;
        report({
            path: ['spec', 'minAvailable'],
            message: `minAvailable ${shown} requires ${required} available pod${required === 1 ? '' : 's'}${rounding}, and ${running}: ${hang}.`,
        });
    },
});
/** The fewest pods a selected workload runs; undefined when unknown (DaemonSet: one per node). */
function floorOf(workload, index) {
    const name = describeRef(workload.ref);
    if (isKind(workload.object, 'Pod'))
        return { name, count: 1, source: '1 pod', autoscaled: false };
    if (isReplicated(workload.object) || isKind(workload.object, 'ReplicaSet') || isKind(workload.object, 'ReplicationController')) {
        const floor = replicaFloor(workload, index);
        return floor && { name, ...floor };
    }
    return undefined;
}
