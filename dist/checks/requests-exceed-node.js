import { defineObjectCheck } from '../src/engine/check.js';
import { isKind, isRecord, podTemplateOf, workloadKinds } from '../src/model/kinds.js';
import { computeResources, containerDefaults, formatResource, isQuantitySet, podRequest, toUnits, } from '../src/model/resources-scaling.js';
import { parseQuantity } from '../src/model/quantity.js';
const example = `
    node profile: capacity { cpu: 2, memory: 8Gi, pods: 110 },
                  kubeReserved { cpu: 70m, memory: 574Mi }, evictionHard { memory: 100Mi }
      allocatable cpu    = 2 - 70m               = 1930m
      allocatable memory = 8Gi - 574Mi - 100Mi   = 7518Mi
    pod: containers api (600m, 1Gi) and proxy (400m, 512Mi), init container migrate (250m, 2Gi)
      cpu request    = max(600m + 400m, 250m)    = 1
      memory request = max(1Gi + 512Mi, 2Gi)     = 2Gi
    pods per node = min(floor(1930m / 1) = 1, floor(7518Mi / 2Gi) = 3, pods 110) = 1
    1 < minPodsPerNode 3: a warning (0 on every profile would be an error)`;
export default defineObjectCheck({
    meta: {
        id: 'requests-exceed-node',
        title: 'Pod requests too large for the nodes',
        severity: 'error',
        category: 'resources',
        description: 'Compares the effective request of each pod with the node profiles of the nodeProfiles option, and ' +
            'reports nothing until one is configured. A profile gives allocatable, or capacity minus kubeReserved, ' +
            'systemReserved and the evictionHard memory threshold. The pod request per resource is the sum over ' +
            'the containers and sidecars (a limit alone counts as the request, as does a LimitRange default), or ' +
            'the largest init container phase when that is larger, plus spec.overhead. Pods per node = ' +
            'min(floor(allocatable cpu / cpu request), floor(allocatable memory / memory request), pods). An error ' +
            'when it is 0 on every profile; a warning when the best profile holds fewer than minPodsPerNode (not ' +
            'for DaemonSets, which run one pod per node anyway). Worked example:\n' +
            example,
        risk: 'A pod that fits on no node stays Pending forever, and the cluster autoscaler cannot help because no ' +
            'node group it knows is big enough. A pod that barely fits leaves most of a node idle, cannot be ' +
            'rescheduled when nodes are busy, and a rolling update or a drain may find no room for the new pod.',
        mitigation: 'Lower the requests to what the containers use (check for a forgotten init container or sidecar with ' +
            'a large request, or a limit without a request), split the pod, or add a larger node profile or node ' +
            'group for it.',
        example: `# with the option nodeProfiles: [{ name: m5.large, allocatable: { cpu: 1930m, memory: 7518Mi, pods: 29 } }]
# pods per node = min(floor(1930m / 500m) = 3, floor(7518Mi / 1Gi) = 7, pods 29) = 3
containers:
  - name: api
    resources:
      requests: { cpu: 500m, memory: 1Gi }
      limits: { memory: 1Gi }`,
    },
    options: {
        defaults: { nodeProfiles: [], minPodsPerNode: 3 },
        schema: {
            type: 'object',
            properties: {
                nodeProfiles: {
                    type: 'array',
                    description: 'The node shapes pods can land on: { name, allocatable: { cpu, memory, pods } } or { name, capacity: ' +
                        '{ cpu, memory, pods }, kubeReserved: { cpu, memory }, systemReserved: { cpu, memory }, evictionHard: ' +
                        '{ memory } }, quantities as in a manifest ("1930m", "7518Mi", "5%" for evictionHard). Empty: the check is off.',
                    items: {
                        type: 'object',
                        properties: {
                            name: { type: 'string' },
                            allocatable: { type: 'object' },
                            capacity: { type: 'object' },
                            kubeReserved: { type: 'object' },
                            systemReserved: { type: 'object' },
                            evictionHard: { type: 'object' },
                        },
                        additionalProperties: false,
                    },
                },
                minPodsPerNode: {
                    type: 'integer',
                    minimum: 1,
                    description: 'Warn when fewer pods than this fit on the best node profile.',
                },
            },
            additionalProperties: false,
        },
    },
    kinds: workloadKinds,
    check(object, { ref, index, options, report }) {
        const profiles = nodeProfilesOf(options.nodeProfiles);
        if (profiles.length === 0)
            return;
        const pod = podTemplateOf(object);
        if (!pod)
            return;
        const defaults = containerDefaults(index, ref.namespace);
        const requests = { cpu: podRequest(pod, 'cpu', defaults), memory: podRequest(pod, 'memory', defaults) };
        const fits = profiles.map((profile) => fitOn(profile, requests));
        const best = fits.reduce((a, b) => (b.count > a.count || (b.count === a.count && b.ratio > a.ratio) ? b : a));
        const minimum = typeof options.minPodsPerNode === 'number' && options.minPodsPerNode > 0 ? options.minPodsPerNode : 3;
        const asked = describeRequests(requests);
        const pathFor = (binding) => {
            if (binding === undefined || binding === 'pods')
                return pod.path;
            const request = requests[binding];
            if (request.podLevel)
                return [...pod.path, 'resources', 'requests', binding];
            const largest = request.shares.reduce((a, b) => (a && a.units >= b.units ? a : b), undefined);
            return largest ? [...largest.at.path, 'resources', 'requests', binding] : pod.path;
        };
        if (best.count === 0) {
            report({
                path: pathFor(best.binding),
                severity: 'error',
                message: `The pod requests ${asked}, which fits on no node profile, so it would stay Pending: ` +
                    `${fits.map((fit) => `${describeProfile(fit.profile)} fits ${arithmetic(fit)}`).join('; ')}.`,
            });
            return;
        }
        if (isKind(object, 'DaemonSet') || best.count >= minimum)
            return;
        report({
            path: pathFor(best.binding),
            severity: 'warning',
            message: `The pod requests ${asked}; the best node profile ${describeProfile(best.profile)} fits ` +
                `${arithmetic(best)}, fewer than minPodsPerNode ${minimum}.`,
        });
    },
});
function fitOn(profile, requests) {
    let count = Infinity;
    let ratio = Infinity;
    let binding;
    const terms = [];
    for (const resource of computeResources) {
        const allocatable = profile[resource];
        const request = requests[resource].units;
        if (allocatable === undefined || request <= 0)
            continue;
        const fit = Math.floor(Math.max(allocatable, 0) / request);
        terms.push(`${resource} floor(${formatResource(resource, allocatable)} / ${formatResource(resource, request)}) = ${fit}`);
        ratio = Math.min(ratio, allocatable / request);
        if (fit < count) {
            count = fit;
            binding = resource;
        }
    }
    if (profile.pods !== undefined) {
        const pods = Math.max(Math.floor(profile.pods), 0);
        terms.push(`pods ${pods}`);
        if (pods < count) {
            count = pods;
            binding = 'pods';
        }
    }
    return { profile, count, ratio, binding, terms };
}
function arithmetic(fit) {
    return fit.terms.length === 1 ? `${fit.terms[0]}` : `min(${fit.terms.join(', ')}) = ${fit.count}`;
}
function describeProfile(profile) {
    const parts = [
        profile.cpu !== undefined ? `cpu ${formatResource('cpu', profile.cpu)}` : undefined,
        profile.memory !== undefined ? `memory ${formatResource('memory', profile.memory)}` : undefined,
        profile.pods !== undefined ? `pods ${profile.pods}` : undefined,
    ].filter((part) => part !== undefined);
    return `"${profile.name}" (allocatable ${parts.join(', ')})`;
}
function describeRequests(requests) {
    return computeResources
        .map((resource) => {
        const request = requests[resource];
        if (request.units <= 0)
            return `no ${resource}`;
        const format = (units) => formatResource(resource, units);
        const named = (share) => `"${share.at.container.name ?? '?'}" ${format(share.units)}`;
        const notes = [];
        if (request.podLevel)
            notes.push('pod-level');
        else if (request.initPhase) {
            const [init, ...sidecars] = request.shares;
            const phase = init ? [`init container ${named(init)}`, ...sidecars.map((share) => `sidecar ${named(share)}`)].join(' + ') : '';
            notes.push(`${phase}, more than the ${format(request.running)} of the running containers`);
        }
        else {
            const contributing = request.shares.filter((share) => share.units > 0);
            if (contributing.length > 4)
                notes.push(`the sum over ${contributing.length} containers`);
            else if (contributing.length > 1)
                notes.push(contributing.map(named).join(' + '));
        }
        if (request.overhead > 0)
            notes.push(`with ${format(request.overhead)} pod overhead`);
        return `${resource} ${format(request.units)}${notes.length > 0 ? ` (${notes.join(', ')})` : ''}`;
    })
        .join(' and ');
}
/** The usable profiles of the option: those that bound at least one of cpu, memory or pods. */
function nodeProfilesOf(value) {
    if (!Array.isArray(value))
        return [];
    const result = [];
    value.forEach((raw, i) => {
        if (!isRecord(raw))
            return;
        const name = typeof raw['name'] === 'string' && raw['name'] !== '' ? raw['name'] : `#${i + 1}`;
        const profile = {
            name,
            cpu: allocatableOf(raw, 'cpu'),
            memory: allocatableOf(raw, 'memory'),
            pods: podsOf(raw),
        };
        if (profile.cpu !== undefined || profile.memory !== undefined || profile.pods !== undefined)
            result.push(profile);
    });
    return result;
}
/** allocatable.<r> as given, else capacity.<r> minus the reservations and (memory) the hard eviction threshold. */
function allocatableOf(profile, resource) {
    const given = profile['allocatable'];
    if (isQuantitySet(given, resource))
        return toUnits(resource, given[resource]);
    const capacity = profile['capacity'];
    if (!isQuantitySet(capacity, resource))
        return undefined;
    const total = toUnits(resource, capacity[resource]);
    if (total === undefined)
        return undefined;
    const reserved = (field) => {
        const list = profile[field];
        return isQuantitySet(list, resource) ? (toUnits(resource, list[resource]) ?? 0) : 0;
    };
    let allocatable = total - reserved('kubeReserved') - reserved('systemReserved');
    if (resource === 'memory')
        allocatable -= evictionOf(profile['evictionHard'], total);
    return allocatable;
}
/** evictionHard memory (kubelet writes it as memory.available), a quantity or a percentage of capacity. */
function evictionOf(eviction, capacity) {
    if (!isRecord(eviction))
        return 0;
    const value = eviction['memory'] ?? eviction['memory.available'];
    const percent = typeof value === 'string' ? /^\s*(\d+(?:\.\d+)?)%\s*$/.exec(value) : null;
    if (percent?.[1])
        return Math.ceil((Number(percent[1]) * capacity) / 100);
    return toUnits('memory', value) ?? 0;
}
function podsOf(profile) {
    for (const field of ['allocatable', 'capacity']) {
        const list = profile[field];
        if (!isQuantitySet(list, 'pods'))
            continue;
        const pods = parseQuantity(list['pods']);
        if (pods !== undefined && pods >= 0)
            return Math.floor(pods);
    }
    return undefined;
}
