import { defineObjectCheck } from '../src/engine/check.js';
import { describeWorkload, intLike, listRefs } from '../src/model/disruptions.js';
import { formatPath } from '../src/model/kinds.js';
import { isReplicated, replicaFieldOf } from '../src/model/workloads.js';

export default defineObjectCheck({
  meta: {
    id: 'replicas-single',
    title: 'Served workload with a single replica',
    severity: 'warning',
    category: 'disruptions',
    description:
      'A Deployment or StatefulSet whose pods a Service selects runs one replica (spec.replicas 1, or unset, ' +
      'which means 1) and no HorizontalPodAutoscaler or KEDA ScaledObject scales it. Custom resources that run ' +
      'pods continuously are judged by their own replica field where it is known (an Argo Rollout\'s spec.replicas, ' +
      'a Ray worker group\'s replicas), and left alone where it is not.',
    risk:
      'The only pod is a single point of failure: every node drain, node failure, eviction, OOM kill and ' +
      'StatefulSet rollout is an outage of the Service until a new pod is scheduled, pulls its image and ' +
      'passes its readiness probe. A PodDisruptionBudget cannot help either, as it can only block the drain.',
    mitigation:
      'Run at least two replicas, spread over nodes, or let an autoscaler with minReplicas 2 or more manage ' +
      'the count. If one instance is a hard requirement (a leader, a singleton consumer), document it and ' +
      'accept the downtime in maintenance windows.',
    example: `apiVersion: apps/v1
kind: Deployment
metadata:
  name: api
spec:
  replicas: 2
  selector:
    matchLabels: { app: api }`,
  },
  kinds: ['Deployment', 'StatefulSet'],
  check(object, { index, report }) {
    if (!isReplicated(object)) return;
    const entry = index.entryOf(object);
    if (!entry?.pod) return;
    // spec.replicas, or the replica field of a custom resource's pod template (a Ray worker group's).
    const field = replicaFieldOf(object);
    if (!field) return;
    const declared = field.value;
    const unset = declared === undefined || declared === null;
    if (unset ? field.unset !== 1 : intLike(declared) !== 1) return;
    const services = index.servicesSelecting(entry);
    if (services.length === 0 || index.autoscalersOf(entry).length > 0) return;
    const name = formatPath(field.path);
    const count = unset ? `${name} unset, so 1` : `${name} 1`;
    report({
      path: field.path,
      message:
        `${describeWorkload(entry)} runs a single replica (${count}) behind ${listRefs(services)}, ` +
        'and no autoscaler scales it: any restart, eviction or node drain is an outage.',
    });
  },
});
