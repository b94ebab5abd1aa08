import { defineObjectCheck } from '../src/engine/check.js';
import { isRecord } from '../src/model/kinds.js';
import { isIngress } from '../src/model/networking.js';
import { findPlaceholder } from '../src/model/placeholder.js';
/**
 * Annotations with which an ingress controller terminates TLS with a certificate from outside the Ingress's
 * spec.tls: a cloud certificate (AWS Load Balancer Controller, GKE, Azure Application Gateway).
 */
const certificateAnnotations = [
    'alb.ingress.kubernetes.io/certificate-arn',
    'ingress.gcp.kubernetes.io/pre-shared-cert',
    'networking.gke.io/managed-certificates',
    'appgw.ingress.kubernetes.io/appgw-ssl-certificate',
    'appgw.ingress.kubernetes.io/appgw-trusted-root-certificate',
];
export default defineObjectCheck({
    meta: {
        id: 'ingress-tls-missing',
        title: 'Ingress host served without TLS',
        severity: 'info',
        category: 'networking',
        description: 'Reports an Ingress (networking.k8s.io or extensions) that has rules or a default backend and no spec.tls at ' +
            'all, at spec.rules (or the default backend), and ' +
            'otherwise each rule host that no spec.tls[].hosts entry lists (a wildcard such as *.example.com covers one ' +
            'label: shop.example.com), at the rule\'s host; Polaris\'s tlsSettingsMissing flags the first case. A tls ' +
            'entry without hosts covers every host, and a rule without a host is judged only when there is no tls at all. ' +
            'Left alone: Ingresses whose annotations give the controller a certificate of the cloud provider (AWS ' +
            'certificate-arn or an HTTPS listen-ports, GKE pre-shared or managed certificates, Azure Application Gateway ' +
            'certificates) or say TLS is served otherwise (Traefik router.tls or a certresolver, ingress-nginx ' +
            'force-ssl-redirect for TLS ended in front of it), and hosts holding template placeholders. Info, because TLS ' +
            'may be terminated in front of the ' +
            'ingress controller (a cloud load balancer or CDN), which the manifests cannot show.',
        risk: 'The host is served over plain HTTP: session cookies, tokens and form data cross the network readable and ' +
            'alterable by anyone on the path, and browsers mark the site not secure. A host missing from tls[].hosts while ' +
            'others are listed usually gets the controller\'s default self-signed certificate on HTTPS, so clients fail ' +
            'with certificate errors.',
        mitigation: 'List every rule host under spec.tls[].hosts with the Secret that holds its certificate (cert-manager fills ' +
            'it when the Ingress carries its issuer annotation). If TLS ends at a load balancer in front of the ' +
            'controller, suppress the finding with that reason.',
        example: `apiVersion: networking.k8s.io/v1
kind: Ingress
metadata:
  name: shop
  annotations: { cert-manager.io/cluster-issuer: letsencrypt }
spec:
  tls:
    - hosts: [shop.example.com]
      secretName: shop-tls
  rules:
    - host: shop.example.com
      http:
        paths:
          - path: /
            pathType: Prefix
            backend: { service: { name: shop, port: { name: http } } }`,
    },
    kinds: ['Ingress'],
    check(object, { report }) {
        if (!isIngress(object))
            return;
        const spec = object['spec'];
        if (!isRecord(spec))
            return;
        const rules = Array.isArray(spec['rules']) ? spec['rules'] : [];
        const fallback = ['defaultBackend', 'backend'].find((field) => isRecord(spec[field]));
        if ((rules.length === 0 && !fallback) || certificateElsewhere(object.metadata?.annotations))
            return;
        const name = object.metadata?.name ?? '';
        const tls = Array.isArray(spec['tls']) ? spec['tls'].filter(isRecord) : [];
        const hosts = ruleHosts(rules);
        if (tls.length === 0) {
            const served = hosts.length > 0 ? `host${hosts.length > 1 ? 's' : ''} ${hosts.map(({ host }) => `"${host}"`).join(', ')}` : rules.length > 0 ? 'its rules' : 'its default backend';
            report({
                path: ['spec', rules.length > 0 ? 'rules' : (fallback ?? 'rules')],
                message: `Ingress "${name}" has no spec.tls, so the ingress controller serves ${served} over plain HTTP, unless TLS is terminated in front of it, which the manifests cannot show.`,
            });
            return;
        }
        // A tls entry without hosts takes the controller's default host setting: every host, as far as one can tell.
        if (tls.some((entry) => !Array.isArray(entry['hosts']) || entry['hosts'].length === 0))
            return;
        const covered = tls.flatMap((entry) => entry['hosts'].filter((host) => typeof host === 'string').map((host) => host.toLowerCase()));
        const reported = new Set();
        for (const { host, index } of hosts) {
            const lower = host.toLowerCase();
            if (reported.has(lower) || covers(covered, lower) || findPlaceholder(host) !== undefined)
                continue;
            reported.add(lower);
            report({
                path: ['spec', 'rules', index, 'host'],
                message: `Ingress "${name}" serves host "${host}", which no spec.tls[].hosts entry lists, so it is served without its certificate (plain HTTP, or the controller's default certificate), unless TLS is terminated in front of the controller, which the manifests cannot show.`,
            });
        }
    },
});
function ruleHosts(rules) {
    const result = [];
    rules.forEach((rule, index) => {
        const host = isRecord(rule) ? rule['host'] : undefined;
        if (typeof host === 'string' && host !== '')
            result.push({ host, index });
    });
    return result;
}
/** Whether a tls host list covers a host: the same name, or a wildcard whose one label stands for the host's first. */
function covers(tlsHosts, host) {
    if (tlsHosts.includes(host))
        return true;
    const dot = host.indexOf('.');
    return dot > 0 && !host.startsWith('*.') && tlsHosts.includes(`*${host.slice(dot)}`);
}
/**
 * Annotations, with the value that says so, by which the controller serves TLS without spec.tls (Traefik's
 * router.tls, with its default certificate or a certificate resolver), or redirects to HTTPS terminated in
 * front of it (ingress-nginx's force-ssl-redirect, meant for TLS ended at a load balancer).
 */
const tlsFlags = [
    'traefik.ingress.kubernetes.io/router.tls',
    'nginx.ingress.kubernetes.io/force-ssl-redirect',
];
function certificateElsewhere(annotations) {
    if (!isRecord(annotations))
        return false;
    if (certificateAnnotations.some((key) => typeof annotations[key] === 'string' && annotations[key] !== ''))
        return true;
    if (tlsFlags.some((key) => String(annotations[key]).toLowerCase() === 'true'))
        return true;
    if (typeof annotations['traefik.ingress.kubernetes.io/router.tls.certresolver'] === 'string')
        return true;
    // The AWS Load Balancer Controller discovers ACM certificates by host for an HTTPS listener.
    const listenPorts = annotations['alb.ingress.kubernetes.io/listen-ports'];
    return typeof listenPorts === 'string' && listenPorts.toUpperCase().includes('HTTPS');
}
