import { defineObjectCheck } from '../src/engine/check.js';
import { isRecord } from '../src/model/kinds.js';
import { describeObject, isHorizontalPodAutoscaler, isScaledObject, targetRefOf } from '../src/model/resources-scaling.js';
export default defineObjectCheck({
    meta: {
        id: 'hpa-min-replicas-low',
        title: 'Autoscaler may scale down to a single replica',
        severity: 'warning',
        category: 'scaling',
        description: 'A HorizontalPodAutoscaler must keep minReplicas at 2 or more (unset means 1). A KEDA ScaledObject is ' +
            'reported for minReplicaCount 1; its default of 0 (scale to zero) is taken as deliberate for event-driven ' +
            'workers, and reported only when a Service of the namespace selects the target\'s pods, since a served ' +
            'workload then has no endpoint at all while idle.',
        risk: 'At the floor the workload runs one pod: a node drain, an eviction or a crash of that pod is a full ' +
            'outage until a replacement starts, and a PodDisruptionBudget either blocks node maintenance or allows ' +
            'the outage. Quiet hours, when the floor is reached, are also when maintenance usually runs.',
        mitigation: 'Set minReplicas (KEDA: minReplicaCount) to 2 or more, spread the replicas across nodes, and let the ' +
            'autoscaler add pods for load above that. Scale a served workload to zero only behind something that ' +
            'holds requests while it starts, such as the KEDA HTTP add-on.',
        example: `apiVersion: autoscaling/v2
kind: HorizontalPodAutoscaler
metadata: { name: api }
spec:
  scaleTargetRef: { apiVersion: apps/v1, kind: Deployment, name: api }
  minReplicas: 2
  maxReplicas: 10`,
    },
    kinds: ['HorizontalPodAutoscaler', 'ScaledObject'],
    check(object, { ref, index, report }) {
        const spec = object['spec'];
        if (!isRecord(spec))
            return;
        const target = index.target(targetRefOf(object).ref, ref.namespace);
        const workload = target ? describeObject(target.object) : 'the workload';
        if (isHorizontalPodAutoscaler(object)) {
            const value = spec['minReplicas'] ?? 1;
            if (typeof value !== 'number' || value >= 2)
                return;
            const written = spec['minReplicas'] === undefined || spec['minReplicas'] === null ? 'minReplicas is unset, which means 1' : `minReplicas is ${value}`;
            report({
                path: ['spec', 'minReplicas'],
                message: value <= 0
                    ? `${written}: ${workload} may be scaled down to no pod at all, and at best one pod carries the whole load.`
                    : `${written}: ${workload} may be scaled down to a single pod, and losing that pod is an outage.`,
            });
            return;
        }
        if (!isScaledObject(object))
            return;
        const value = spec['minReplicaCount'] ?? 0;
        if (typeof value !== 'number' || value >= 2)
            return;
        const written = spec['minReplicaCount'] === undefined || spec['minReplicaCount'] === null ? 'minReplicaCount is unset, which means 0' : `minReplicaCount is ${value}`;
        if (value >= 1) {
            report({ path: ['spec', 'minReplicaCount'], message: `${written}: ${workload} may be scaled down to a single pod, and losing that pod stops it.` });
            return;
        }
        // Scaling to zero is KEDA's purpose for queue consumers; it is a problem only for a served workload.
        const service = target?.pod ? index.servicesSelecting(target)[0] : undefined;
        if (!target || !service)
            return;
        report({
            path: ['spec', 'minReplicaCount'],
            message: `${written}: KEDA scales ${workload} to zero when idle, but ${describeObject(service.object)} sends it ` +
                'traffic, and requests fail until a pod has started again.',
        });
    },
});
