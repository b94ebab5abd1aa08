import { defineObjectCheck } from '../src/engine/check.js';
import { describeServicePort, findServicePort, ingressBackends, operatorResourcesNamed, servicePortsOf, servicesNamed, } from '../src/model/networking.js';
import { sameNamespace } from '../src/model/object-index.js';
export default defineObjectCheck({
    meta: {
        id: 'ingress-backend-missing',
        title: 'Ingress backend Service or port not found',
        severity: 'warning',
        category: 'networking',
        description: 'Follows every Service backend of an Ingress (rules[].http.paths[].backend and the default backend, in the ' +
            'networking.k8s.io/v1 service.name/service.port shape and the v1beta1 serviceName/servicePort shape) and fires ' +
            'when no Service of that name is in the scope in the Ingress\'s namespace (an unset namespace and default count ' +
            'as the same), or none of that name exposes the port by number (spec.ports[].port) or name. Resource backends, ' +
            'ExternalName Services, and names that an operator\'s custom resource of the namespace may create (kibana-kb-http ' +
            'for a Kibana named kibana) are left alone.',
        risk: 'The ingress controller has nowhere to send the request and answers 503 (or 404 from the default backend) for ' +
            'that host and path. The Ingress itself is accepted without complaint, so the outage shows only when users ' +
            'hit the route, often right after a rename of the Service or its port.',
        mitigation: 'Point the backend at the Service\'s name in the same namespace, and at one of the ports it declares in ' +
            'spec.ports, by its port number (not the container\'s targetPort) or by its name.',
        example: `apiVersion: networking.k8s.io/v1
kind: Ingress
metadata: { name: web }
spec:
  rules:
    - host: shop.example.com
      http:
        paths:
          - path: /
            pathType: Prefix
            backend:
              service: { name: web, port: { name: http } }
---
apiVersion: v1
kind: Service
metadata: { name: web }
spec:
  selector: { app: web }
  ports: [{ name: http, port: 80, targetPort: 8080 }]`,
    },
    kinds: ['Ingress'],
    check(object, { ref, index, report }) {
        for (const backend of ingressBackends(object)) {
            const services = servicesNamed(index, backend.serviceName, ref.namespace);
            const service = services[0];
            if (!service) {
                if (operatorMayCreate(index, backend.serviceName, ref.namespace))
                    continue;
                const elsewhere = index.named('Service', backend.serviceName).find((entry) => !sameNamespace(entry.ref.namespace, ref.namespace));
                const hint = elsewhere
                    ? ` A Service of that name is in ${elsewhere.ref.namespace ? `namespace "${elsewhere.ref.namespace}"` : 'no namespace'}, but an Ingress reaches only Services of its own namespace.`
                    : '';
                report({
                    path: backend.namePath,
                    message: `The backend names Service "${backend.serviceName}", which is not in the scope${ref.namespace ? ` in namespace "${ref.namespace}"` : ''}.${hint}`,
                });
                continue;
            }
            if (services.some((candidate) => candidate.object.spec?.type === 'ExternalName'))
                continue;
            const ports = servicePortsOf(service.object);
            const listed = ports.length > 0 ? `it exposes ${ports.map(describeServicePort).join(', ')}` : 'it declares no ports';
            if (!backend.port) {
                report({
                    path: backend.portParentPath,
                    message: `The backend to Service "${backend.serviceName}" names no port; ${listed}.`,
                });
                continue;
            }
            const wanted = backend.port.value;
            if (services.some((candidate) => findServicePort(servicePortsOf(candidate.object), wanted)))
                continue;
            const isNumber = typeof wanted === 'number' || /^\d+$/.test(wanted.trim());
            const target = isNumber ? ports.find((port) => String(port.targetPort) === String(wanted).trim()) : undefined;
            const note = target ? ` ${String(wanted)} is the targetPort of port ${describeServicePort(target)}; the backend needs the Service port.` : '';
            report({
                path: backend.port.path,
                message: `Service "${backend.serviceName}" has no port ${isNumber ? String(wanted) : `named "${wanted}"`}: ${listed}.${note}`,
            });
        }
    },
});
/**
 * Operators name the Services they create after their resource: kibana-kb-http for a Kibana named kibana.
 * The resource's name is then the Service's, or what comes before one of its dashes.
 */
function operatorMayCreate(index, service, namespace) {
    if (service === '')
        return false;
    if (operatorResourcesNamed(index, service, namespace).length > 0)
        return true;
    for (let dash = service.indexOf('-', 1); dash !== -1; dash = service.indexOf('-', dash + 1)) {
        if (operatorResourcesNamed(index, service.slice(0, dash), namespace).length > 0)
            return true;
    }
    return false;
}
