import { defineObjectCheck } from '../src/engine/check.js';
import { formatPath, isRecord } from '../src/model/kinds.js';
import { isReplicated, replicaFieldOf } from '../src/model/workloads.js';
import { describeObject, joinLabels } from '../src/model/resources-scaling.js';
export default defineObjectCheck({
    meta: {
        id: 'hpa-replicas-conflict',
        title: 'Replica count set on an autoscaled workload',
        severity: 'warning',
        category: 'scaling',
        description: 'A Deployment or StatefulSet that a HorizontalPodAutoscaler or a KEDA ScaledObject of the same namespace ' +
            'scales must leave spec.replicas out of its manifest (an Argo Rollout likewise). Reported on spec.replicas, ' +
            'naming the autoscaler.',
        risk: 'The manifest and the autoscaler both own the replica count. Every kubectl apply (or GitOps sync) resets ' +
            'it to the written value: a workload scaled out to 20 pods under load drops to 3 in the middle of a ' +
            'deploy, and the autoscaler needs minutes to scale it back while the remaining pods are overloaded.',
        mitigation: 'Delete spec.replicas from the manifest and let the autoscaler\'s minReplicas set the floor. When ' +
            'migrating an existing workload, first remove the field from the last-applied configuration (kubectl ' +
            'apply edit-last-applied, or server-side apply with the field dropped) so the next apply does not scale ' +
            'it down to 1.',
        example: `apiVersion: apps/v1
kind: Deployment
metadata: { name: api }
spec:
  # no replicas: HorizontalPodAutoscaler "api" owns the count (minReplicas 3)
  selector: { matchLabels: { app: api } }
  template:
    metadata: { labels: { app: api } }
    spec:
      containers: [{ name: api, image: registry.example.com/api:1.4.2 }]`,
    },
    kinds: ['Deployment', 'StatefulSet'],
    needsInUnit: ['HorizontalPodAutoscaler', 'ScaledObject'],
    check(object, { index, report }) {
        if (!isReplicated(object))
            return;
        // spec.replicas, or the replica field of a custom resource's pod template.
        const field = replicaFieldOf(object);
        const replicas = field?.value;
        if (!field || replicas === undefined || replicas === null)
            return;
        const entry = index.entryOf(object);
        const autoscalers = entry ? index.autoscalersOf(entry) : [];
        if (autoscalers.length === 0)
            return;
        const written = typeof replicas === 'number' ? String(replicas) : JSON.stringify(replicas);
        report({
            path: field.path,
            message: `${formatPath(field.path)} is ${written}, but ${joinLabels(autoscalers.map(describeAutoscaler))} ` +
                `${autoscalers.length === 1 ? 'manages' : 'manage'} the replica count: every apply resets it to ${written} ` +
                (autoscalers.length === 1
                    ? 'until the autoscaler corrects it again.'
                    : 'until an autoscaler corrects it again (and several autoscalers on one workload also overwrite each other).'),
        });
    },
});
/** HorizontalPodAutoscaler "api" (minReplicas 2, maxReplicas 10). */
function describeAutoscaler(autoscaler) {
    const spec = autoscaler.object['spec'];
    const keda = autoscaler.ref.kind === 'ScaledObject';
    const [minField, maxField] = keda ? ['minReplicaCount', 'maxReplicaCount'] : ['minReplicas', 'maxReplicas'];
    const bounds = isRecord(spec)
        ? [minField, maxField].filter((field) => typeof spec[field] === 'number').map((field) => `${field} ${String(spec[field])}`)
        : [];
    return `${describeObject(autoscaler.object)}${bounds.length > 0 ? ` (${bounds.join(', ')})` : ''}`;
}
