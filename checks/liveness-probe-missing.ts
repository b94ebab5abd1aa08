import { defineObjectCheck } from '../src/engine/check.js';
import { containersOf, podTemplateOf, workloadKinds } from '../src/model/kinds.js';
import { probeOf, runsContinuously, sentenceLabel } from '../src/model/probes.js';

export default defineObjectCheck({
  meta: {
    id: 'liveness-probe-missing',
    title: 'Long-running container without a liveness probe',
    severity: 'info',
    category: 'probes',
    description:
      'Every regular container of a long-running workload (Deployment, StatefulSet, DaemonSet, ReplicaSet, ' +
      'ReplicationController, or a Pod that restarts Always) should have a liveness probe. Init containers, ' +
      'sidecar init containers included, are not judged; Jobs, CronJobs and Pods that run to completion are exempt.',
    risk:
      'A process that deadlocks, spins in a loop or loses its connection pool without exiting stays Running. ' +
      'Nothing restarts it, and if its readiness probe also keeps passing it goes on taking its share of requests ' +
      'and failing them until someone notices and deletes the pod by hand.',
    mitigation:
      'Add a livenessProbe on a cheap endpoint that fails only when the process is stuck and a restart helps ' +
      '(not on its dependencies), with a failure window at least as long as the readiness probe\'s. A process ' +
      'that reliably exits when it breaks may do without one; then lower or switch off this check.',
    example: `containers:
  - name: api
    ports: [{ name: http, containerPort: 8080 }]
    livenessProbe:
      httpGet: { path: /livez, port: http }
      periodSeconds: 10
      failureThreshold: 6`,
  },
  kinds: workloadKinds,
  check(object, { report }) {
    if (!runsContinuously(object)) return;
    const pod = podTemplateOf(object);
    // A custom resource whose operator adds a liveness probe to containers without one (KubeRay).
    if (!pod || pod.custom?.defaultProbes?.includes('livenessProbe')) return;
    for (const at of containersOf(pod, ['container'])) {
      if (probeOf(at.container, 'livenessProbe')) continue;
      report({ path: [...at.path, 'livenessProbe'], message: `${sentenceLabel(at)} has no liveness probe, so it is restarted only when its process exits.` });
    }
  },
});
