import { defineObjectCheck } from '../src/engine/check.js';
import { isKind, isRecord } from '../src/model/kinds.js';
/**
 * Annotations that make a cloud provider's load balancer internal (reachable from the private network only),
 * with the value that does it; a function for the providers that take any value but "false".
 */
const internalAnnotations = [
    ['service.beta.kubernetes.io/aws-load-balancer-internal', (value) => value !== '' && value.toLowerCase() !== 'false'],
    ['service.beta.kubernetes.io/aws-load-balancer-scheme', (value) => value.toLowerCase() === 'internal'],
    ['service.beta.kubernetes.io/azure-load-balancer-internal', (value) => value.toLowerCase() === 'true'],
    ['networking.gke.io/load-balancer-type', (value) => value.toLowerCase() === 'internal'],
    ['cloud.google.com/load-balancer-type', (value) => value.toLowerCase() === 'internal'],
    ['service.beta.kubernetes.io/openstack-internal-load-balancer', (value) => value.toLowerCase() === 'true'],
    ['service.beta.kubernetes.io/oci-load-balancer-internal', (value) => value.toLowerCase() === 'true'],
    ['service.kubernetes.io/ibm-load-balancer-cloud-provider-ip-type', (value) => value.toLowerCase() === 'private'],
    ['service.beta.kubernetes.io/alibaba-cloud-loadbalancer-address-type', (value) => value.toLowerCase() === 'intranet'],
];
/** The annotation the service controller reads when spec.loadBalancerSourceRanges is empty. */
const sourceRangesAnnotation = 'service.beta.kubernetes.io/load-balancer-source-ranges';
const everyAddress = new Set(['0.0.0.0/0', '::/0']);
export default defineObjectCheck({
    meta: {
        id: 'service-exposed',
        title: 'Service reachable from outside the cluster',
        severity: 'info',
        category: 'networking',
        description: 'Reports a Service that opens its pods to addresses outside the cluster: type NodePort (at spec.type), as ' +
            'kube-score\'s service-type does; type LoadBalancer without source ranges (neither ' +
            'spec.loadBalancerSourceRanges nor the service.beta.kubernetes.io/load-balancer-source-ranges annotation), ' +
            'or with a range of every address (0.0.0.0/0, ::/0); and spec.externalIPs on a Service of any type, as ' +
            'kube-linter\'s exposed-services does for the types. A load balancer that a cloud provider\'s annotation makes ' +
            'internal (AWS, Azure, GKE, OpenStack, OCI, IBM, Alibaba) is left alone, as are ClusterIP, headless and ' +
            'ExternalName Services. Info: exposure is often the intent, and a firewall in front of the nodes cannot be ' +
            'seen from the manifests.',
        risk: 'A NodePort opens the port on every node of the cluster, often past the firewall rules meant for the load ' +
            'balancer; a load balancer without source ranges accepts connections from the whole internet; externalIPs ' +
            'make every node route traffic for those addresses (and let whoever may create Services intercept them, ' +
            'CVE-2020-8554). An admin endpoint or a database exposed by mistake this way is found by scanners in hours.',
        mitigation: 'Keep internal Services ClusterIP and expose HTTP through an Ingress or Gateway. For a load balancer, list the ' +
            'client networks in spec.loadBalancerSourceRanges, or make it internal with the provider\'s annotation. ' +
            'Replace externalIPs with a LoadBalancer Service, and deny externalIPs cluster-wide with an admission policy.',
        example: `apiVersion: v1
kind: Service
metadata: { name: api }
spec:
  type: LoadBalancer
  loadBalancerSourceRanges: [203.0.113.0/24]
  selector: { app: api }
  ports: [{ name: https, port: 443, targetPort: 8443 }]`,
    },
    kinds: ['Service'],
    check(object, { report }) {
        if (!isKind(object, 'Service'))
            return;
        const spec = object.spec;
        if (!isRecord(spec))
            return;
        const name = object.metadata?.name ?? '';
        const service = `Service "${name}"`;
        const type = spec['type'];
        if (type === 'NodePort') {
            report({
                path: ['spec', 'type'],
                message: `${service} is of type NodePort: it opens ${nodePortsOf(spec)} on every node of the cluster, reachable by whatever can reach a node.`,
            });
        }
        else if (type === 'LoadBalancer' && !isInternal(object.metadata?.annotations)) {
            loadBalancerRanges(spec, object.metadata?.annotations, service, report);
        }
        const externalIPs = spec['externalIPs'];
        if (Array.isArray(externalIPs) && externalIPs.length > 0) {
            const addresses = externalIPs.filter((ip) => typeof ip === 'string');
            report({
                path: ['spec', 'externalIPs'],
                message: `${service} sets externalIPs${addresses.length > 0 ? ` (${addresses.join(', ')})` : ''}: every node routes traffic for ${addresses.length === 1 ? 'that address' : 'those addresses'} to its pods, with no source restriction.`,
            });
        }
    },
});
function nodePortsOf(spec) {
    const ports = Array.isArray(spec['ports']) ? spec['ports'].filter(isRecord) : [];
    const numbers = ports.map((port) => port['nodePort']).filter((port) => typeof port === 'number');
    if (numbers.length === ports.length && numbers.length > 0)
        return `port${numbers.length > 1 ? 's' : ''} ${numbers.join(', ')}`;
    return ports.length === 1 ? 'a port (allocated from 30000-32767)' : 'ports (allocated from 30000-32767)';
}
function annotationsOf(annotations) {
    return isRecord(annotations) ? annotations : {};
}
function isInternal(annotations) {
    const all = annotationsOf(annotations);
    return internalAnnotations.some(([key, internal]) => {
        const value = all[key];
        return (typeof value === 'string' || typeof value === 'boolean') && internal(String(value));
    });
}
function loadBalancerRanges(spec, annotations, service, report) {
    const ranges = spec['loadBalancerSourceRanges'];
    if (Array.isArray(ranges) && ranges.length > 0) {
        ranges.forEach((range, i) => {
            if (typeof range === 'string' && everyAddress.has(range.trim())) {
                report({
                    path: ['spec', 'loadBalancerSourceRanges', i],
                    message: `${service} lists ${range.trim()} among its loadBalancerSourceRanges, which admits every address: the load balancer is open to the internet.`,
                });
            }
        });
        return;
    }
    // The service controller falls back to the annotation when the field is empty.
    const annotated = annotationsOf(annotations)[sourceRangesAnnotation];
    if (typeof annotated === 'string' && annotated.trim() !== '') {
        const open = annotated.split(',').map((range) => range.trim()).find((range) => everyAddress.has(range));
        if (open) {
            report({
                path: ['metadata', 'annotations', sourceRangesAnnotation],
                message: `${service} lists ${open} among its load balancer source ranges, which admits every address: the load balancer is open to the internet.`,
            });
        }
        return;
    }
    report({
        path: ['spec', 'type'],
        message: `${service} is of type LoadBalancer with no loadBalancerSourceRanges and no internal load balancer annotation: the cloud load balancer accepts connections from any address, usually the whole internet.`,
    });
}
