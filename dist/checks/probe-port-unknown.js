import { defineObjectCheck } from '../src/engine/check.js';
import { containerLabel, containersOf, isRecord, podTemplateOf, workloadKinds } from '../src/model/kinds.js';
import { declaredPorts, isNamedPort, probeContainerLabel, probeFields, probeOf } from '../src/model/probes.js';
const probeNames = { livenessProbe: 'liveness', readinessProbe: 'readiness', startupProbe: 'startup' };
export default defineObjectCheck({
    meta: {
        id: 'probe-port-unknown',
        title: 'Probe on a port name the container does not declare',
        severity: 'error',
        category: 'probes',
        description: 'Resolves the named port of every liveness, readiness and startup probe (httpGet, tcpSocket) against the ' +
            'ports of the same container, which is where the kubelet looks, in every workload kind. Fires when no port ' +
            'of that container has the name. Numeric ports are not judged. A gRPC probe takes a port number only, so a ' +
            'name there is reported too.',
        risk: 'The API server accepts any well-formed port name, but the kubelet cannot resolve an undeclared one and counts ' +
            'every run of the probe as a failure. A readiness probe then keeps the pod out of its Services forever and ' +
            'a rollout stalls; a liveness or startup probe restarts the container in a loop.',
        mitigation: 'Declare the port under the container\'s own ports with that name (a port of another container of the pod ' +
            'does not count), fix the spelling, or give the probe the port number.',
        example: `containers:
  - name: api
    ports: [{ name: http, containerPort: 8080 }]
    readinessProbe:
      httpGet: { path: /readyz, port: http }`,
    },
    kinds: workloadKinds,
    check(object, { report }) {
        const pod = podTemplateOf(object);
        if (!pod)
            return;
        const all = containersOf(pod, ['container', 'initContainer', 'ephemeralContainer']);
        for (const at of containersOf(pod)) {
            for (const field of probeFields) {
                const probe = probeOf(at.container, field);
                if (!probe)
                    continue;
                const what = `The ${probeNames[field]} probe of ${probeContainerLabel(at)}`;
                for (const handler of ['httpGet', 'tcpSocket']) {
                    const action = probe[handler];
                    const port = isRecord(action) ? action['port'] : undefined;
                    if (!isNamedPort(port) || declares(at, port))
                        continue;
                    report({
                        path: [...at.path, field, handler, 'port'],
                        message: `${what} targets the port "${port}", which the container does not declare${elsewhere(at, port, all)}.`,
                    });
                }
                const grpc = probe.grpc;
                const grpcPort = isRecord(grpc) ? grpc['port'] : undefined;
                if (isNamedPort(grpcPort)) {
                    const number = declaredPorts(at.container).find((p) => p.name === grpcPort)?.containerPort;
                    report({
                        path: [...at.path, field, 'grpc', 'port'],
                        message: typeof number === 'number'
                            ? `${what} gives its gRPC port by the name "${grpcPort}", but gRPC probes take a number only: use ${number}.`
                            : `${what} gives its gRPC port by the name "${grpcPort}", which gRPC probes do not resolve and the container does not declare.`,
                    });
                }
            }
        }
    },
});
function declares(at, name) {
    return declaredPorts(at.container).some((port) => port.name === name);
}
/** Says which other container declares the name, the usual cause of the mistake. */
function elsewhere(at, name, all) {
    const owner = all.find((other) => other !== at && declares(other, name));
    if (owner)
        return ` (${containerLabel(owner)} does, but a probe resolves names in its own container only)`;
    const names = declaredPorts(at.container).flatMap((port) => (port.name ? [`"${port.name}"`] : []));
    return names.length > 0 ? ` (it names ${names.join(', ')})` : ' (it names no ports)';
}
