import { defineObjectCheck } from '../src/engine/check.js';
import { isKind, isRecord } from '../src/model/kinds.js';
import { operatorResourcesLabelled, operatorResourcesNamed, podsOfService, selectsPodsOf, workloadsThatMayMatch } from '../src/model/networking.js';
import { sameNamespace, unitKnowsPodsIn } from '../src/model/object-index.js';
export default defineObjectCheck({
    meta: {
        id: 'service-selects-nothing',
        title: 'Service selects no pods',
        severity: 'warning',
        category: 'networking',
        description: 'Fires when a Service\'s selector matches the pod template labels of no workload in its namespace in the scope ' +
            '(labels that controllers add, such as statefulset.kubernetes.io/pod-name or job-name, are matched too; an unset ' +
            'namespace and default count as the same), or is empty ({}), which Kubernetes treats as no selector, unless ' +
            'Endpoints or EndpointSlices for it are in the scope. Services without a selector, ExternalName Services, and ' +
            'selectors that may match the pods of an operator\'s custom resource (a value equal to its name, as in ' +
            'prometheus: k8s, or its own or its template\'s labels) are exempt. ' +
            'Relates the Service to the workloads of its deployment unit (a chart render, a Kustomize build, or a folder of plain files) and, in a namespace it names, of other units; silent when the unit deploys no workload of its own into that namespace, or holds a Role that creates pods at run time (an operator), unless the selector matches a workload of another namespace.',
        risk: 'The Service gets no endpoints, so every connection to it is refused or times out, and an Ingress or ' +
            'load balancer in front of it answers 503. Nothing fails at deploy time: the typo in a label only shows ' +
            'when traffic arrives.',
        mitigation: 'Make spec.selector a subset of the labels in the workload\'s pod template (spec.template.metadata.labels), ' +
            'in the same namespace as the Service. Drop the selector only when the endpoints are managed by hand.',
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
    metadata: { labels: { app: web, tier: frontend } }
    spec:
      containers: [{ name: web, image: "registry.example.com/web:1.4.2" }]`,
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
        if (!isRecord(selector))
            return; // no selector: endpoints are managed by hand
        const entries = Object.entries(selector);
        if (entries.length === 0) {
            if (hasManualEndpoints(index, ref.name, ref.namespace))
                return;
            report({
                path: ['spec', 'selector'],
                message: 'The selector is empty ({}): Kubernetes treats it as no selector and never fills in endpoints. ' +
                    'Remove it if the endpoints are managed by hand, or set the labels of the pods to serve.',
            });
            return;
        }
        if (podsOfService(index, entry).length > 0)
            return;
        if (operatorMayRunPods(index, selector, ref.namespace))
            return;
        const text = entries.map(([key, value]) => `${key}=${String(value)}`).join(', ');
        const elsewhere = workloadsThatMayMatch(index, selector).find((other) => other.pod && !sameNamespace(other.ref.namespace, ref.namespace) && selectsPodsOf(selector, other));
        // Unless such pods are in another namespace (a slip), the pods may be deployed from elsewhere.
        if (!elsewhere && !unitKnowsPodsIn(index, ref.namespace))
            return;
        const hint = elsewhere
            ? ` ${elsewhere.ref.kind} "${elsewhere.ref.name}" has such pods, but ${elsewhere.ref.namespace ? `in namespace "${elsewhere.ref.namespace}"` : 'with no namespace set'}, and a Service selects only pods of its own namespace.`
            : '';
        report({
            path: ['spec', 'selector'],
            message: `The selector ${text} matches no pod template in ${ref.namespace ? `namespace "${ref.namespace}"` : 'its namespace'}.${hint}`,
        });
    },
});
/** Endpoints or EndpointSlices written for the Service by hand, which make an empty selector deliberate. */
function hasManualEndpoints(index, name, namespace) {
    return (index.named('Endpoints', name, namespace).length > 0 ||
        index.ofKind('EndpointSlice', namespace).some((entry) => entry.object.metadata?.labels?.['kubernetes.io/service-name'] === name));
}
/**
 * Whether the pods of an operator's resource may be the ones selected: a selector value names the resource
 * (prometheus: k8s for a Prometheus named k8s), or the selector matches labels the resource carries or sets
 * on its pods (metadata.labels, spec.template.metadata.labels of a Rollout, spec.podMetadata.labels).
 */
function operatorMayRunPods(index, selector, namespace) {
    if (Object.values(selector).some((value) => operatorResourcesNamed(index, String(value), namespace).length > 0))
        return true;
    return operatorResourcesLabelled(index, selector, namespace).length > 0;
}
