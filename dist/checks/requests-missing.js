import { defineObjectCheck } from '../src/engine/check.js';
import { canSetAt } from '../src/model/fix-paths.js';
import { containerLabel, containersOf, isRecord, podTemplateOf, workloadKinds } from '../src/model/kinds.js';
import { compareQuantities } from '../src/model/quantity.js';
const resources = ['cpu', 'memory'];
export default defineObjectCheck({
    meta: {
        id: 'requests-missing',
        title: 'Container without CPU or memory request',
        severity: 'warning',
        category: 'resources',
        description: 'Every container and init container must set a cpu and a memory request, or a limit, which defaults the ' +
            'request. The message names what is missing.',
        risk: 'Without requests the scheduler places the pod as if it needed nothing. Nodes get overcommitted, the pod ' +
            'runs as BestEffort or Burstable and is the first evicted under memory pressure, and autoscalers that work ' +
            'on utilization have nothing to measure against.',
        mitigation: 'Set resources.requests.cpu and resources.requests.memory from observed usage (for example the 90th ' +
            'percentile), and a memory limit. A limit alone also sets the request to the same value.',
        fix: 'Only with fix.defaultRequests in the config: sets the missing resources.requests.cpu and .memory to the ' +
            'values configured there. Nothing is invented: a container missing a resource the config gives no value for ' +
            'gets no fix.',
        example: `containers:
  - name: api
    resources:
      requests: { cpu: 250m, memory: 256Mi }
      limits: { memory: 256Mi }`,
    },
    kinds: workloadKinds,
    check(object, { settings, report }) {
        const pod = podTemplateOf(object);
        if (!pod)
            return;
        for (const at of containersOf(pod)) {
            const declared = at.container.resources;
            const requirements = isRecord(declared) ? declared : {};
            const missing = resources.filter((name) => !isSet(requirements.requests, name) && !isSet(requirements.limits, name));
            if (missing.length === 0)
                continue;
            report({
                path: [...at.path, 'resources', 'requests'],
                message: `${capitalize(containerLabel(at))} sets no ${missing.join(' or ')} request (nor a limit that would default it).`,
                fix: requestsFix(object, at, missing, settings),
            });
        }
    },
});
/** The configured default requests for what is missing, when the config gives all of them. */
function requestsFix(object, at, missing, settings) {
    const defaults = settings.fix?.defaultRequests;
    if (!defaults)
        return undefined;
    const edits = [];
    for (const name of missing) {
        const value = defaults[name];
        // A quantity the API server accepts, above zero; anything else in the config is no value to write.
        if (typeof value !== 'string' || compareQuantities(value, '0') !== 1)
            return undefined;
        edits.push({ op: 'set', path: [...at.path, 'resources', 'requests', name], value });
    }
    if (!edits.every((edit) => canSetAt(object, edit.path)))
        return undefined;
    const values = edits.map((edit) => `${String(edit.path[edit.path.length - 1])}: ${String(edit.value)}`).join(', ');
    return { description: `sets resources.requests ${values} of ${containerLabel(at)}, from fix.defaultRequests`, edits };
}
function isSet(quantities, name) {
    return isRecord(quantities) && quantities[name] !== undefined && quantities[name] !== null && quantities[name] !== '';
}
function capitalize(text) {
    return text.charAt(0).toUpperCase() + text.slice(1);
}
