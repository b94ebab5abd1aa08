import { defineObjectCheck } from '../src/engine/check.js';
import { containerLabel, containersOf, isRecord, podTemplateOf, workloadKinds } from '../src/model/kinds.js';
import { capitalize, containerDefaults, isQuantitySet } from '../src/model/resources-scaling.js';
export default defineObjectCheck({
    meta: {
        id: 'memory-limit-missing',
        title: 'Container without a memory limit',
        severity: 'warning',
        category: 'resources',
        description: 'Every container and init container (sidecars included) of a workload must set resources.limits.memory. ' +
            'A LimitRange of the same namespace in the linted files whose Container default (or max) sets a memory ' +
            'limit counts as one, since it is filled in at admission.',
        risk: 'A container without a memory limit can grow until the node runs out of memory. The kubelet then evicts ' +
            'pods, or the kernel OOM killer picks a process, and the victims are often other, well-behaved pods on ' +
            'the same node. One leak becomes an outage of unrelated services.',
        mitigation: 'Set resources.limits.memory on every container, from observed peak usage plus headroom; setting it ' +
            'equal to the memory request makes the memory behaviour predictable. A namespace-wide LimitRange default ' +
            'is a safety net for containers that forget it.',
        example: `containers:
  - name: api
    resources:
      requests: { cpu: 250m, memory: 512Mi }
      limits: { memory: 512Mi }`,
    },
    kinds: workloadKinds,
    check(object, { ref, index, report }) {
        const pod = podTemplateOf(object);
        if (!pod)
            return;
        const defaults = containerDefaults(index, ref.namespace);
        if (defaults.limit('memory'))
            return;
        for (const at of containersOf(pod)) {
            const resources = at.container.resources;
            const limits = isRecord(resources) ? resources['limits'] : undefined;
            if (isQuantitySet(limits, 'memory'))
                continue;
            const requests = isRecord(resources) ? resources['requests'] : undefined;
            const request = isQuantitySet(requests, 'memory') ? ` (its memory request is ${String(requests['memory'])})` : '';
            report({
                path: [...at.path, 'resources', 'limits'],
                message: `${capitalize(containerLabel(at))} sets no memory limit${request}, so it can take memory from every other pod on its node.`,
            });
        }
    },
});
