import { defineObjectCheck } from '../src/engine/check.js';
import { customResourcesSelected, listRefs } from '../src/model/disruptions.js';
import { containersOf, isKind, isRecord } from '../src/model/kinds.js';
import { podsOfService } from '../src/model/networking.js';
import { portNameProblem } from '../src/model/k8s-names.js';
import { findPlaceholder } from '../src/model/placeholder.js';
import { declaredPorts, isSidecar, servicePortsOf, targetPortOf } from '../src/model/probes.js';
export default defineObjectCheck({
    meta: {
        id: 'service-target-port-unknown',
        title: 'Service targetPort that no selected container declares',
        severity: 'warning',
        category: 'networking',
        description: 'Resolves each port of a Service (its targetPort, or its port when targetPort is unset) against the containers of the ' +
            'workloads the Service selects in its namespace (regular containers and sidecar init containers, as the endpoints ' +
            'controller does in FindPort). A named targetPort fires when no selected container declares a port of that name with the ' +
            'Service port\'s protocol (TCP unless set on either side). A numeric targetPort fires only when every selected container ' +
            'declares ports, none of them is that number, and no container\'s command, args or env values mention it (a ' +
            '--metrics-bind-address=:8443 listens where no port is declared): a container that declares no ports may still listen on any. ' +
            'Silent for Services without a selector, ExternalName Services, Services that select no workload of the unit ' +
            '(service-selects-nothing reports those), selected workloads without containers, and selectors that may also match the ' +
            'pods of an operator\'s custom resource. A risk none of the peers checks (kube-linter\'s invalid-target-ports only ' +
            'validates the name\'s syntax).',
        risk: 'A named targetPort that no pod declares gives the Service no endpoints for that port: the endpoints controller leaves ' +
            'out every pod it cannot resolve the name in, and connections are refused. A number no container listens on sends ' +
            'traffic to a closed port. Nothing fails at deploy time.',
        mitigation: 'Point targetPort at a port the pod template declares (by its name, or its containerPort), or declare the port in ' +
            'the container that listens on it, with the same protocol.',
        example: `apiVersion: v1
kind: Service
metadata: { name: web }
spec:
  selector: { app: web }
  ports: [{ name: http, port: 80, targetPort: http }]
---
apiVersion: apps/v1
kind: Deployment
metadata: { name: web }
spec:
  selector: { matchLabels: { app: web } }
  template:
    metadata: { labels: { app: web } }
    spec:
      containers:
        - name: web
          image: "registry.example.com/web:1.4.2"
          ports: [{ name: http, containerPort: 8080 }]`,
    },
    kinds: ['Service'],
    check(object, { ref, index, report }) {
        if (!isKind(object, 'Service'))
            return;
        const entry = index.entryOf(object);
        const spec = object['spec'];
        if (!entry || !isRecord(spec) || spec['type'] === 'ExternalName')
            return;
        const selector = spec['selector'];
        if (!isRecord(selector) || Object.keys(selector).length === 0)
            return;
        const workloads = podsOfService(index, entry);
        if (workloads.length === 0)
            return;
        // Pods an operator creates for a custom resource may be the ones that declare the port.
        const matchLabels = Object.fromEntries(Object.entries(selector).map(([key, value]) => [key, String(value)]));
        if (customResourcesSelected({ matchLabels }, ref.namespace, index).length > 0)
            return;
        const containers = workloads.map((workload) => ({ workload, containers: listening(workload) }));
        if (containers.some((item) => item.containers.length === 0))
            return;
        const all = containers.flatMap((item) => item.containers);
        const who = listRefs(workloads);
        servicePortsOf(entry).forEach((port, i) => {
            const target = targetPortOf(port);
            if (target === undefined)
                return;
            const path = ['spec', 'ports', i, port.targetPort === undefined ? 'port' : 'targetPort'];
            const label = describe(port);
            if (typeof target === 'string') {
                // A name the API server would reject (service-spec-invalid) or a placeholder is another check's finding.
                if (findPlaceholder(target) !== undefined || portNameProblem(target) !== undefined)
                    return;
                const protocol = protocolOf(port.protocol);
                const named = all.flatMap((at) => portsOf(at).filter((p) => p['name'] === target));
                if (named.some((p) => protocolOf(p['protocol']) === protocol))
                    return;
                const other = named[0] ? protocolOf(named[0]['protocol']) : undefined;
                report({
                    path,
                    message: other
                        ? `${label} targets the port "${target}" over ${protocol}, but the selected pods (${who}) declare "${target}" over ${other} only, so the Service gets no endpoints for it.`
                        : `${label} targets the port "${target}", which no container of the selected pods (${who}) declares${namesHint(all)}, so the Service gets no endpoints for it.`,
                });
                return;
            }
            if (all.some((at) => declaredPorts(at.container).length === 0))
                return;
            // A containerPort that is no number (a placeholder) may be the one.
            if (all.some((at) => declaredPorts(at.container).some((p) => typeof p.containerPort !== 'number')))
                return;
            // Declared ports are informational: a container told to listen there (--metrics-bind-address=:8443) does.
            if (all.some((at) => mentions(at.container, target)))
                return;
            if (all.some((at) => declaredPorts(at.container).some((p) => Number(p.containerPort) === target)))
                return;
            const numbers = [...new Set(all.flatMap((at) => declaredPorts(at.container).map((p) => String(p.containerPort))))];
            const host = all.flatMap((at) => portsOf(at)).find((p) => Number(p['hostPort']) === target);
            const hint = host ? ` ${target} is the hostPort of containerPort ${String(host['containerPort'])}, but a Service sends to the containerPort.` : '';
            report({
                path,
                message: `${label} sends traffic to port ${target}, but every container of the selected pods (${who}) declares its ports and none is ${target} (they declare ${numbers.join(', ')}).${hint}`,
            });
        });
    },
});
/** The containers a Service can send traffic to: regular ones and sidecar init containers. */
function listening(workload) {
    if (!workload.pod)
        return [];
    return containersOf(workload.pod).filter((at) => at.role === 'container' || isSidecar(at));
}
function portsOf(at) {
    const ports = at.container.ports;
    return Array.isArray(ports) ? ports.filter(isRecord) : [];
}
/** Whether the container's command, args or env values name the port number (as a word of its own). */
function mentions(container, port) {
    const pattern = new RegExp(`(^|[^0-9])${port}([^0-9]|$)`);
    const texts = [
        ...(Array.isArray(container.command) ? container.command : []),
        ...(Array.isArray(container.args) ? container.args : []),
        ...(Array.isArray(container.env) ? container.env.map((variable) => (isRecord(variable) ? variable['value'] : undefined)) : []),
    ];
    return texts.some((text) => (typeof text === 'string' || typeof text === 'number') && pattern.test(String(text)));
}
function protocolOf(value) {
    return typeof value === 'string' && value !== '' ? value : 'TCP';
}
function describe(port) {
    const name = typeof port.name === 'string' && port.name !== '' ? ` "${port.name}"` : '';
    return `Service port${name} ${String(port.port)}`;
}
function namesHint(all) {
    const names = [...new Set(all.flatMap((at) => declaredPorts(at.container).flatMap((p) => (p.name ? [`"${p.name}"`] : []))))];
    return names.length > 0 ? ` (they name ${names.slice(0, 6).join(', ')})` : ' (they name no ports)';
}
