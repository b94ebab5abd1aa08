import { defineObjectCheck } from '../src/engine/check.js';
import { containerLabel, containersOf, podTemplateOf, workloadKinds } from '../src/model/kinds.js';
export default defineObjectCheck({
    meta: {
        id: 'probes-identical',
        title: 'Liveness and readiness probes hit the same endpoint',
        severity: 'warning',
        category: 'probes',
        description: 'Compares the liveness and readiness probe of every container: same handler and same target (HTTP path, ' +
            'port, host and scheme with named ports resolved; TCP port; gRPC port and service; exec command).',
        risk: 'When the shared endpoint fails, for example because a dependency is slow, the pod is taken out of the ' +
            'Service and restarted at the same moment. Restarts then pile up under load instead of the pod resting ' +
            'until it is ready again, and one slow dependency can restart the whole fleet.',
        mitigation: 'Point the readiness probe at an endpoint that reports whether the pod can serve traffic now, and the ' +
            'liveness probe at a cheaper one that only fails when the process is stuck and a restart helps. Or drop ' +
            'the liveness probe if the process exits on its own when it breaks.',
        example: `containers:
  - name: api
    ports: [{ name: http, containerPort: 8080 }]
    readinessProbe:
      httpGet: { path: /readyz, port: http }
    livenessProbe:
      httpGet: { path: /livez, port: http }
      failureThreshold: 6`,
    },
    kinds: workloadKinds,
    check(object, { report }) {
        const pod = podTemplateOf(object);
        if (!pod)
            return;
        for (const at of containersOf(pod)) {
            const { livenessProbe, readinessProbe } = at.container;
            if (!livenessProbe || !readinessProbe)
                continue;
            const liveness = endpointOf(livenessProbe, at.container);
            const readiness = endpointOf(readinessProbe, at.container);
            if (liveness !== undefined && liveness === readiness) {
                report({
                    path: [...at.path, 'livenessProbe'],
                    message: `The liveness and readiness probes of ${containerLabel(at)} both check ${liveness}.`,
                });
            }
        }
    },
});
/** A description of what a probe calls, equal for two probes exactly when they hit the same endpoint. */
function endpointOf(probe, container) {
    if (probe.httpGet) {
        const { path = '/', host = '', scheme = 'HTTP' } = probe.httpGet;
        const target = host ? `${host}:${portOf(probe.httpGet.port, container)}` : `port ${portOf(probe.httpGet.port, container)}`;
        return `${String(scheme).toUpperCase()} GET ${String(path) || '/'} on ${target}`;
    }
    if (probe.tcpSocket) {
        const { host = '' } = probe.tcpSocket;
        return `a TCP connection to ${host ? `${host}:` : 'port '}${portOf(probe.tcpSocket.port, container)}`;
    }
    if (probe.grpc) {
        const service = probe.grpc.service ? ` service "${probe.grpc.service}"` : '';
        return `gRPC health${service} on port ${String(probe.grpc.port)}`;
    }
    if (probe.exec) {
        return Array.isArray(probe.exec.command) ? `the command ${JSON.stringify(probe.exec.command)}` : undefined;
    }
    return undefined;
}
/** A named port is resolved through the container's ports, so `http` and 8080 compare equal. */
function portOf(port, container) {
    if (typeof port === 'string' && !/^\d+$/.test(port)) {
        const declared = Array.isArray(container.ports) ? container.ports.find((p) => p.name === port) : undefined;
        return declared ? String(declared.containerPort) : `"${port}"`;
    }
    return String(port);
}
