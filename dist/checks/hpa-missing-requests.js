import { defineObjectCheck } from '../src/engine/check.js';
import { containerLabel } from '../src/model/kinds.js';
import { containerDefaults, containerRequest, describeObject, isHorizontalPodAutoscaler, isScaledObject, joinLabels, resourceMetricsOf, runningContainers, targetRefOf, } from '../src/model/resources-scaling.js';
export default defineObjectCheck({
    meta: {
        id: 'hpa-missing-requests',
        title: 'Autoscaling on utilization of a resource the pods do not request',
        severity: 'error',
        category: 'scaling',
        description: 'An HPA (autoscaling/v1 targetCPUUtilizationPercentage, a v2/v2beta2/v2beta1 Resource or ContainerResource ' +
            'metric with a Utilization target, or no metric at all, which defaults to 80% cpu) or a KEDA cpu or ' +
            'memory trigger of metricType Utilization measures usage as a percentage of the request. Every container ' +
            'of the target (sidecars included; for a container metric, the named one) must then request that ' +
            'resource: a limit alone, or a LimitRange default of the namespace, counts as a request. Custom, external ' +
            'and AverageValue metrics need no request.',
        risk: 'Utilization is usage divided by request. When a container has no request, the autoscaler cannot compute ' +
            'it and silently skips the metric (FailedGetResourceMetric), so the workload never scales out under load ' +
            'even though an autoscaler appears to be in place.',
        mitigation: 'Set the request of the scaled resource on every container of the target, sidecars included; or scale ' +
            'on an AverageValue target, which compares absolute usage and needs no request.',
        example: `apiVersion: autoscaling/v2
kind: HorizontalPodAutoscaler
metadata: { name: api }
spec:
  scaleTargetRef: { apiVersion: apps/v1, kind: Deployment, name: api }
  minReplicas: 2
  maxReplicas: 10
  metrics:
    - type: Resource
      resource: { name: cpu, target: { type: Utilization, averageUtilization: 70 } }
# and in Deployment "api", every container sets resources.requests.cpu`,
    },
    kinds: ['HorizontalPodAutoscaler', 'ScaledObject'],
    check(object, { ref, index, report }) {
        if (!isHorizontalPodAutoscaler(object) && !isScaledObject(object))
            return;
        const target = index.target(targetRefOf(object).ref, ref.namespace);
        if (!target?.pod)
            return;
        const defaults = containerDefaults(index, ref.namespace);
        const containers = runningContainers(target.pod);
        for (const metric of resourceMetricsOf(object)) {
            if (!metric.utilization)
                continue;
            const measured = metric.container === undefined ? containers : containers.filter((at) => at.container.name === metric.container);
            const missing = measured.filter((at) => containerRequest(at.container, metric.resource, defaults) === undefined);
            if (missing.length === 0)
                continue;
            const labels = missing.map(containerLabel);
            report({
                path: metric.path,
                message: `Scales ${describeObject(target.object)} on ${metric.label}, but ${joinLabels(labels)} ` +
                    `${missing.length === 1 ? 'sets' : 'set'} no ${metric.resource} request (nor a limit that would default it): ` +
                    'utilization cannot be computed and this metric never scales the workload.',
            });
        }
    },
});
