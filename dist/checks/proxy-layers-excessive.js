import { defineObjectCheck } from '../src/engine/check.js';
import { apiGroupOf, containersOf, isRecord } from '../src/model/kinds.js';
import { imageBaseName, imageRepository, ingressBackends, podsOfService, servicesNamed, stringMapAt } from '../src/model/networking.js';
const maxDepth = 8;
const proxyImage = /^(nginx|envoy|haproxy|traefik|caddy)(-(unprivileged|alpine|slim|distroless|debian|contrib))?$/;
export default defineObjectCheck({
    meta: {
        id: 'proxy-layers-excessive',
        title: 'Too many reverse proxies in front of the application',
        severity: 'warning',
        category: 'networking',
        description: 'Follows each backend of an Ingress, Istio VirtualService bound to a gateway, or Gateway API HTTPRoute/GRPCRoute ' +
            'to its Service and the pods that Service selects, and counts one layer for: the ingress controller or gateway; ' +
            'a mesh sidecar in the pod (an istio-proxy or linkerd-proxy container, or injection by sidecar.istio.io/inject: ' +
            '"true", linkerd.io/inject: enabled, or a Namespace in scope labelled istio-injection: enabled / istio.io/rev or ' +
            'annotated linkerd.io/inject: enabled); each container running an nginx, envoy, haproxy, traefik or caddy image ' +
            'beside another application container; and a pod made only of such proxy containers whose env, args or command ' +
            'name another Service of the scope by URL or host:port, which is then followed the same way (proxy configuration ' +
            'in ConfigMaps is not read, so such a pod is otherwise taken to be the application). The Service itself (kube-proxy) ' +
            'counts nothing. Fires when the longest chain has more than maxLayers layers.',
        risk: 'Every proxy adds latency, its own timeouts, buffer and body-size limits, retries and header rewriting. With ' +
            'several stacked, a timeout or 502 has many possible origins, retries multiply into request storms, client IPs ' +
            'and protocol upgrades (WebSocket, gRPC) get lost on the way, and each layer is one more thing to scale and patch.',
        mitigation: 'Remove the layers that add nothing: let the ingress controller or mesh gateway do the routing, TLS and header work ' +
            'that an in-pod nginx does, or skip the sidecar for pods that a gateway already fronts. If a layer must stay, ' +
            'align timeouts and retry budgets across the chain, and raise maxLayers for that route on purpose.',
        example: `apiVersion: networking.k8s.io/v1
kind: Ingress
metadata: { name: web }
spec:
  ingressClassName: nginx
  rules:
    - http:
        paths:
          - path: /
            pathType: Prefix
            backend: { service: { name: web, port: { number: 80 } } }
---
apiVersion: apps/v1
kind: Deployment
metadata: { name: web }
spec:
  selector: { matchLabels: { app: web } }
  template:
    metadata: { labels: { app: web } }
    spec:
      containers: [{ name: web, image: "registry.example.com/web:1.4.2" }]`,
    },
    options: {
        defaults: { maxLayers: 2 },
        schema: {
            type: 'object',
            properties: {
                maxLayers: {
                    type: 'integer',
                    minimum: 0,
                    description: 'The most reverse-proxy layers allowed in front of the application (the ingress controller counts as one).',
                },
            },
            additionalProperties: false,
        },
    },
    kinds: ['Ingress', 'VirtualService', 'HTTPRoute', 'GRPCRoute'],
    check(object, { ref, index, options, report }) {
        const route = routeOf(object, ref.namespace);
        if (!route)
            return;
        const limit = typeof options.maxLayers === 'number' ? options.maxLayers : 2;
        const seen = new Set();
        for (const backend of route.backends) {
            const key = `${backend.namespace}/${backend.name}`;
            if (seen.has(key))
                continue;
            seen.add(key);
            const chain = chainBehind(backend.name, backend.namespace, index, new Set(), 0);
            const layers = [route.entry, ...chain.layers];
            if (layers.length <= limit)
                continue;
            report({
                path: backend.path,
                message: `${layers.length} reverse-proxy layers in front of the application, over the limit of ${limit}: ` +
                    `${[...layers, chain.end].join(' -> ')}.`,
            });
        }
    },
});
/** The entry layer (ingress controller or gateway) and the Service backends of a route object. */
function routeOf(object, namespace) {
    const group = apiGroupOf(object.apiVersion);
    const spec = object['spec'];
    const backends = ingressBackends(object);
    if (backends.length > 0) {
        const annotations = stringMapAt(object, ['metadata', 'annotations']);
        const className = isRecord(spec) && typeof spec['ingressClassName'] === 'string' ? spec['ingressClassName'] : annotations['kubernetes.io/ingress.class'];
        return {
            entry: className ? `ingress controller "${className}"` : 'ingress controller',
            backends: backends.map((backend) => ({ name: backend.serviceName, namespace, path: backend.namePath })),
        };
    }
    if (!isRecord(spec))
        return undefined;
    if (group === 'networking.istio.io' && object.kind === 'VirtualService')
        return virtualServiceRoute(spec, namespace);
    if (group === 'gateway.networking.k8s.io' && (object.kind === 'HTTPRoute' || object.kind === 'GRPCRoute'))
        return gatewayRoute(spec, namespace);
    return undefined;
}
/** An Istio VirtualService counts only when bound to a gateway; `mesh` alone is traffic inside the mesh. */
function virtualServiceRoute(spec, namespace) {
    const gateways = Array.isArray(spec['gateways']) ? spec['gateways'].filter((g) => typeof g === 'string' && g !== 'mesh') : [];
    const gateway = gateways[0];
    if (gateway === undefined)
        return undefined;
    const backends = [];
    for (const protocol of ['http', 'tls', 'tcp']) {
        const routes = spec[protocol];
        if (!Array.isArray(routes))
            continue;
        routes.forEach((route, i) => {
            if (!isRecord(route) || !Array.isArray(route['route']))
                return;
            route['route'].forEach((destination, j) => {
                const host = isRecord(destination) && isRecord(destination['destination']) ? destination['destination']['host'] : undefined;
                const service = typeof host === 'string' ? serviceOfHost(host, namespace) : undefined;
                if (service)
                    backends.push({ ...service, path: ['spec', protocol, i, 'route', j, 'destination', 'host'] });
            });
        });
    }
    return { entry: `Istio gateway "${gateway}"`, backends };
}
/** A Gateway API route; one whose parents are all Services (GAMMA) is mesh traffic, not an entry point. */
function gatewayRoute(spec, namespace) {
    const parents = Array.isArray(spec['parentRefs']) ? spec['parentRefs'].filter(isRecord) : [];
    const gateway = parents.find((parent) => parent['kind'] === undefined || parent['kind'] === 'Gateway');
    if (!gateway)
        return undefined;
    const backends = [];
    const rules = spec['rules'];
    if (Array.isArray(rules)) {
        rules.forEach((rule, i) => {
            if (!isRecord(rule) || !Array.isArray(rule['backendRefs']))
                return;
            rule['backendRefs'].forEach((backend, j) => {
                if (!isRecord(backend) || typeof backend['name'] !== 'string')
                    return;
                if ((backend['kind'] ?? 'Service') !== 'Service' || (backend['group'] ?? '') !== '')
                    return;
                const target = typeof backend['namespace'] === 'string' ? backend['namespace'] : namespace;
                backends.push({ name: backend['name'], namespace: target, path: ['spec', 'rules', i, 'backendRefs', j, 'name'] });
            });
        });
    }
    return { entry: typeof gateway['name'] === 'string' ? `gateway "${gateway['name']}"` : 'gateway', backends };
}
/** A Service named by a host: `api`, `api.ns`, `api.ns.svc` or `api.ns.svc.cluster.local`; other hosts are outside. */
function serviceOfHost(host, namespace) {
    const parts = host.trim().toLowerCase().split('.');
    const [name, ns] = parts;
    if (!name || !/^[a-z0-9]([-a-z0-9]*[a-z0-9])?$/.test(name))
        return undefined;
    if (parts.length === 1)
        return { name, namespace };
    if (ns && (parts.length === 2 || parts[2] === 'svc'))
        return { name, namespace: ns };
    return undefined;
}
/** The longest chain of proxies behind a Service: through each pod it selects, and on through proxy-only pods. */
function chainBehind(name, namespace, index, visited, depth) {
    const fallback = { layers: [], end: `Service "${name}"` };
    const key = `${namespace}/${name}`;
    if (visited.has(key))
        return { layers: [], end: `Service "${name}" again (a loop)` };
    if (depth > maxDepth)
        return fallback;
    const next = new Set(visited).add(key);
    let longest;
    for (const workload of servicesNamed(index, name, namespace).flatMap((service) => podsOfService(index, service))) {
        const chain = chainThrough(workload, index, next, depth);
        if (!longest || chain.layers.length > longest.layers.length)
            longest = chain;
    }
    return longest ?? fallback;
}
function chainThrough(workload, index, visited, depth) {
    const pod = workload.pod;
    const where = `${workload.ref.kind} "${workload.ref.name}"`;
    if (!pod)
        return { layers: [], end: where };
    const running = containersOf(pod).filter((at) => at.role === 'container' || at.container.restartPolicy === 'Always');
    const layers = [];
    const mesh = running.map(meshProxyOf).find((found) => found !== undefined) ?? injectedProxy(workload, index);
    if (mesh)
        layers.push(`${mesh} sidecar in ${where}`);
    const proxies = running.filter((at) => meshProxyOf(at) === undefined && proxyKindOf(at) !== undefined);
    const apps = running.filter((at) => meshProxyOf(at) === undefined && proxyKindOf(at) === undefined);
    const proxyLayer = (at) => `${proxyKindOf(at) ?? 'proxy'} container "${String(at.container.name)}" in ${where}`;
    if (apps.length > 0) {
        for (const proxy of proxies)
            layers.push(proxyLayer(proxy));
        return { layers, end: `${apps.length === 1 ? `container "${String(apps[0]?.container.name)}"` : 'application'} in ${where}` };
    }
    // Only proxies: the pod forwards traffic on, if its env, args or command name a Service of the scope.
    let longest;
    for (const target of forwardsOf(proxies, workload.ref.namespace, index)) {
        const chain = chainBehind(target.name, target.namespace, index, visited, depth + 1);
        if (!longest || chain.layers.length > longest.layers.length)
            longest = chain;
    }
    if (!longest)
        return { layers, end: where };
    return { layers: [...layers, ...proxies.map(proxyLayer), ...longest.layers], end: longest.end };
}
/** istio-proxy or linkerd-proxy when the container is a mesh sidecar. */
function meshProxyOf(at) {
    const name = at.container.name;
    const repository = imageRepository(at.container.image) ?? '';
    if (name === 'istio-proxy')
        return 'istio-proxy';
    if (name === 'linkerd-proxy' || repository.endsWith('linkerd/proxy'))
        return 'linkerd-proxy';
    return undefined;
}
/** nginx, envoy, haproxy, traefik or caddy when the container runs one of those images (Istio's proxyv2 is envoy). */
function proxyKindOf(at) {
    const base = imageBaseName(at.container.image);
    if (base === undefined)
        return undefined;
    if (base === 'proxyv2')
        return 'envoy';
    return proxyImage.exec(base)?.[1];
}
/** A mesh sidecar that the injector adds: asked for on the pod, or on a Namespace of the scope. */
function injectedProxy(workload, index) {
    const pod = workload.pod;
    if (!pod)
        return undefined;
    const annotations = stringMapAt(workload.object, [...pod.metadataPath, 'annotations']);
    const istio = pod.labels['sidecar.istio.io/inject'] ?? annotations['sidecar.istio.io/inject'];
    const linkerd = annotations['linkerd.io/inject'];
    if (istio === 'true')
        return 'istio-proxy';
    if (linkerd === 'enabled' || linkerd === 'ingress')
        return 'linkerd-proxy';
    const namespace = workload.ref.namespace === '' ? undefined : index.named('Namespace', workload.ref.namespace)[0];
    if (!namespace)
        return undefined;
    const labels = stringMapAt(namespace.object, ['metadata', 'labels']);
    const namespaceAnnotations = stringMapAt(namespace.object, ['metadata', 'annotations']);
    if (istio !== 'false' && (labels['istio-injection'] === 'enabled' || (labels['istio.io/rev'] ?? '') !== ''))
        return 'istio-proxy';
    if (linkerd !== 'disabled' && namespaceAnnotations['linkerd.io/inject'] === 'enabled')
        return 'linkerd-proxy';
    return undefined;
}
/** Services of the scope that proxy containers name in env values, args or command: by URL or as host:port. */
function forwardsOf(proxies, namespace, index) {
    const texts = [];
    for (const { container } of proxies) {
        for (const list of [container.args, container.command]) {
            if (Array.isArray(list))
                for (const item of list)
                    if (typeof item === 'string')
                        texts.push(item);
        }
        if (Array.isArray(container.env)) {
            for (const variable of container.env)
                if (isRecord(variable) && typeof variable['value'] === 'string')
                    texts.push(variable['value']);
        }
    }
    const found = new Map();
    for (const text of texts) {
        for (const host of [...urlHostsIn(text), ...Array.from(text.matchAll(hostPort), (match) => match[1] ?? '')]) {
            const service = serviceOfHost(host, namespace);
            if (service && servicesNamed(index, service.name, service.namespace).length > 0)
                found.set(`${service.namespace}/${service.name}`, service);
        }
    }
    return [...found.values()];
}
const hostPort = /(?<![\w./:-])([a-z0-9][-a-z0-9.]*):\d{1,5}\b/gi;
const urlHost = /[a-z0-9][-a-z0-9.]*/iy;
/**
 * The hosts of the `scheme://host` in a text, as `\b[a-z][a-z0-9+.-]*:\/\/([a-z0-9][-a-z0-9.]*)` (gi) found
 * them, from each `://` back to its scheme: that expression restarted at every word boundary of a long
 * run of letters and dashes, and scanned the rest of the run each time.
 */
function urlHostsIn(text) {
    const hosts = [];
    let end = 0; // where the last URL ended: a scheme starts there or after
    for (let at = text.indexOf('://'); at !== -1; at = text.indexOf('://', at + 1)) {
        if (!endsWithScheme(text, end, at))
            continue;
        urlHost.lastIndex = at + 3;
        const host = urlHost.exec(text)?.[0];
        if (host === undefined)
            continue;
        hosts.push(host);
        end = at + 3 + host.length;
    }
    return hosts;
}
/** Whether text[from, to) ends with a scheme: a letter after a word boundary, then letters, digits, `+`, `.` or `-`. */
function endsWithScheme(text, from, to) {
    for (let i = to - 1; i >= from && /[a-z0-9+.-]/i.test(text.charAt(i)); i--) {
        if (/[a-z]/i.test(text.charAt(i)) && (i === 0 || !/\w/.test(text.charAt(i - 1))))
            return true;
    }
    return false;
}
