import { defineObjectCheck } from '../src/engine/check.js';
import { isRecord } from '../src/model/kinds.js';
import { computeResources, describeObject, isComputeResource, isVerticalPodAutoscaler, joinLabels, resourceMetricsOf, runningContainers, targetRefOf, } from '../src/model/resources-scaling.js';
/** The update modes in which the VPA changes the requests of running workloads. */
const activeModes = new Set(['Auto', 'Recreate', 'InPlaceOrRecreate']);
export default defineObjectCheck({
    meta: {
        id: 'vpa-hpa-conflict',
        title: 'VPA and HPA both act on cpu or memory of one workload',
        severity: 'warning',
        category: 'scaling',
        description: 'A VerticalPodAutoscaler (autoscaling.k8s.io) in updateMode Auto (the default), Recreate or ' +
            'InPlaceOrRecreate controls the cpu and memory requests of its target (per container, as narrowed by ' +
            'resourcePolicy.containerPolicies controlledResources or mode Off). Reported when an HPA or KEDA ' +
            'ScaledObject scales the same target on one of those resources. Modes Off and Initial, and HPAs on ' +
            'custom or external metrics only, do not conflict.',
        risk: 'Both autoscalers react to the same cpu or memory usage. When usage rises the VPA raises the requests ' +
            'and evicts pods to apply them while the HPA adds replicas; utilization then drops against the larger ' +
            'requests and the HPA scales in again. The workload oscillates, restarts pods under load, and settles ' +
            'on neither the right size nor the right count.',
        mitigation: 'Let each autoscaler own one dimension: scale horizontally on a custom or external metric (requests per ' +
            'second, queue length) while the VPA sizes cpu and memory; or keep the HPA on cpu and restrict the VPA ' +
            'to memory with controlledResources, or run the VPA in updateMode Off for recommendations only.',
        example: `apiVersion: autoscaling.k8s.io/v1
kind: VerticalPodAutoscaler
metadata: { name: api }
spec:
  targetRef: { apiVersion: apps/v1, kind: Deployment, name: api }
  updatePolicy: { updateMode: Auto }
  resourcePolicy:
    containerPolicies:
      - containerName: "*"
        controlledResources: [memory]   # the HPA of api scales on cpu only`,
    },
    kinds: ['VerticalPodAutoscaler'],
    check(object, { ref, index, report }) {
        if (!isVerticalPodAutoscaler(object))
            return;
        const spec = object['spec'];
        if (!isRecord(spec))
            return;
        const updatePolicy = spec['updatePolicy'];
        const written = isRecord(updatePolicy) ? updatePolicy['updateMode'] : undefined;
        const mode = written ?? 'Auto';
        if (typeof mode !== 'string' || !activeModes.has(mode))
            return;
        const target = index.target(targetRefOf(object).ref, ref.namespace);
        if (!target)
            return;
        const controls = controlledResources(spec['resourcePolicy']);
        const containerNames = target.pod ? runningContainers(target.pod).map((at) => at.container.name).filter((name) => typeof name === 'string') : [];
        /** The resources the VPA sets on one container, or on any container when none is named. */
        const controlled = (container) => {
            if (container !== undefined)
                return controls(container);
            const names = containerNames.length > 0 ? containerNames : ['*'];
            return new Set(names.flatMap((name) => [...controls(name)]));
        };
        const conflicts = [];
        for (const horizontal of index.autoscalersOf(target)) {
            const metrics = resourceMetricsOf(horizontal.object).filter((metric) => controlled(metric.container).has(metric.resource));
            if (metrics.length === 0)
                continue;
            conflicts.push({
                autoscaler: describeObject(horizontal.object),
                metrics: metrics.map((metric) => metric.label),
                resources: new Set(metrics.map((metric) => metric.resource)),
            });
        }
        if (conflicts.length === 0)
            return;
        const resources = computeResources.filter((resource) => conflicts.some((conflict) => conflict.resources.has(resource)));
        const scalers = conflicts.map((conflict) => `${conflict.autoscaler} scales it on ${joinLabels(conflict.metrics)}`);
        report({
            path: ['spec', 'updatePolicy', 'updateMode'],
            message: `In updateMode ${mode}${written === undefined || written === null ? ' (the default)' : ''} this VPA sets the ${resources.join(' and ')} requests of ${describeObject(target.object)}, ` +
                `while ${joinLabels(scalers)}: both react to the same usage and work against each other.`,
        });
    },
});
/**
 * Which of cpu and memory the VPA controls on a container: the policy named for the container, else the
 * "*" policy, else both. A policy in mode Off controls nothing.
 */
function controlledResources(resourcePolicy) {
    const policies = isRecord(resourcePolicy) && Array.isArray(resourcePolicy['containerPolicies']) ? resourcePolicy['containerPolicies'].filter(isRecord) : [];
    return (container) => {
        const policy = policies.find((p) => p['containerName'] === container) ?? policies.find((p) => p['containerName'] === '*');
        if (!policy)
            return new Set(computeResources);
        if (policy['mode'] === 'Off')
            return new Set();
        const listed = policy['controlledResources'];
        return Array.isArray(listed) ? new Set(listed.filter(isComputeResource)) : new Set(computeResources);
    };
}
