import { defineObjectCheck } from '../src/engine/check.js';
import { type ContainerAt, containersOf, podTemplateOf, workloadKinds } from '../src/model/kinds.js';
import {
  declaresTarget,
  probeOf,
  probedContainersOf,
  runsContinuously,
  sentenceLabel,
  servicePortsOf,
  servingServices,
  targetPortOf,
} from '../src/model/probes.js';

export default defineObjectCheck({
  meta: {
    id: 'readiness-probe-missing',
    title: 'Served container without a readiness probe',
    severity: 'warning',
    category: 'probes',
    description:
      'Looks at long-running workloads whose pods a Service of the same namespace selects (Services that publish ' +
      'not-ready addresses, and ExternalName ones, do not count). The containers that receive the traffic, found by ' +
      'matching each Service targetPort to a declared container port (a sidecar init container included when it is ' +
      'the one targeted), must have a readiness probe; when no declared port matches, the check fires only if no ' +
      'regular container has one. Jobs, CronJobs and Pods that run to completion are exempt.',
    risk:
      'Without a readiness probe a container counts as ready the moment its process starts. The Service sends it ' +
      'requests while it is still loading configuration, warming caches or connecting to its database, so every ' +
      'rollout and every restart turns into a burst of errors and timeouts for clients.',
    mitigation:
      'Add a readinessProbe to the serving container that succeeds only once the process can answer requests, ' +
      'for example an HTTP endpoint that checks the state of the process itself.',
    example: `containers:
  - name: api
    ports: [{ name: http, containerPort: 8080 }]
    readinessProbe:
      httpGet: { path: /readyz, port: http }`,
  },
  kinds: workloadKinds,
  check(object, { index, report }) {
    if (!runsContinuously(object)) return;
    const entry = index.entryOf(object);
    const pod = entry?.pod ?? podTemplateOf(object);
    // A custom resource whose operator adds a readiness probe to containers without one (KubeRay, Knative).
    if (!entry || !pod || pod.custom?.defaultProbes?.includes('readinessProbe')) return;
    const services = servingServices(entry, index);
    if (services.length === 0) return;
    const candidates = probedContainersOf(pod);
    const regular = containersOf(pod, ['container']);

    // The containers a Service's targetPort lands on, with the Service that sends to them.
    const targeted = new Map<ContainerAt, string>();
    for (const service of services) {
      for (const port of servicePortsOf(service)) {
        const target = targetPortOf(port);
        if (target === undefined) continue;
        for (const at of candidates) {
          if (!targeted.has(at) && declaresTarget(at.container, target)) {
            targeted.set(at, `Service "${service.ref.name}" (targetPort ${typeof target === 'number' ? target : `"${target}"`})`);
          }
        }
      }
    }

    if (targeted.size > 0) {
      for (const [at, via] of targeted) {
        if (probeOf(at.container, 'readinessProbe')) continue;
        report({
          path: [...at.path, 'readinessProbe'],
          message: `${sentenceLabel(at)} receives the traffic of ${via} but has no readiness probe.`,
        });
      }
      return;
    }

    // No declared port tells which container serves: a readiness probe on any regular container will do.
    if (regular.some((at) => probeOf(at.container, 'readinessProbe'))) return;
    const names = services.map((service) => `"${service.ref.name}"`).join(', ');
    const selects = services.length > 1 ? `Services ${names} select` : `Service ${names} selects`;
    const others = regular.length > 1 ? ', nor does any other container of the pod,' : ',';
    for (const at of regular) {
      report({
        path: [...at.path, 'readinessProbe'],
        message: `${sentenceLabel(at)} has no readiness probe${others} though ${selects} its pods.`,
      });
    }
  },
});
