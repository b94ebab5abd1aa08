import { defineObjectCheck } from '../src/engine/check.js';
import { apiGroupOf, containersOf, isKind, isRecord } from '../src/model/kinds.js';
import { memoize, perScope, sameNamespace } from '../src/model/object-index.js';
import { imageBaseName, imageRepository, scalarText } from '../src/model/networking.js';
import { isLongRunning } from '../src/model/workloads.js';
/** Custom resources that make an operator run a piece of the stack. */
const stackResources = {
    'monitoring.coreos.com': ['Prometheus', 'PrometheusAgent', 'Alertmanager', 'ThanosRuler'],
    'grafana.integreatly.org': ['Grafana'],
    'loki.grafana.com': ['LokiStack'],
    'tempo.grafana.com': ['TempoStack', 'TempoMonolithic'],
    'jaegertracing.io': ['Jaeger'],
    'elasticsearch.k8s.elastic.co': ['Elasticsearch'],
    'kibana.k8s.elastic.co': ['Kibana'],
};
const stackNames = /^(prometheus(?!-to-sd)|alertmanager|thanos|grafana|loki|tempo|mimir|jaeger|elasticsearch|opensearch|kibana|pushgateway|victoria-metrics|kube-prometheus)(-[a-z0-9-]+)?$/;
/** Log and telemetry collectors. Fluentd and Fluent Bit on their own are a log aggregator, part of the stack. */
const collectorNames = /^(fluentd|fluent-bit|opentelemetry-collector|otelcol|prometheus-to-sd)(-[a-z0-9-]+)?$/;
const aggregatorNames = /^(fluentd|fluent-bit)(-[a-z0-9-]+)?$/;
/** Containers that run beside a piece of the stack without changing what the pod is. */
const helperNames = new Set(['configmap-reload', 'config-reloader', 'k8s-sidecar', 'oauth2-proxy', 'kube-rbac-proxy', 'istio-proxy']);
const exporterNames = /(^|-)exporter$|^kube-state-metrics$/;
const nameLabels = ['app.kubernetes.io/name', 'app.kubernetes.io/part-of', 'app', 'k8s-app'];
export default defineObjectCheck({
    meta: {
        id: 'observability-colocated',
        title: 'Observability stack deployed with the applications',
        severity: 'info',
        category: 'environments',
        description: 'Finds the monitoring and logging stack in a scope: Prometheus, Alertmanager, Thanos, Grafana, Loki, Tempo, Mimir, ' +
            'Jaeger, Elasticsearch, OpenSearch, Kibana and Pushgateway workloads (by image, or by an app.kubernetes.io/name, ' +
            'app.kubernetes.io/part-of, app or k8s-app label), Fluentd and Fluent Bit running as an aggregator of their own, ' +
            'and operator resources (monitoring.coreos.com Prometheus, PrometheusAgent, Alertmanager, ThanosRuler; Grafana, ' +
            'LokiStack, TempoStack, Jaeger, Elastic Elasticsearch and Kibana). Each is reported when the same scope also runs ' +
            'an application: a long-running workload with a container that is none of these. DaemonSets (per-node agents such ' +
            'as log shippers and node-exporter), Jobs, CronJobs, exporters and OpenTelemetry or Grafana Alloy collectors count ' +
            'on neither side. ' +
            'Judges one deployment unit at a time (a chart render, a Kustomize build, or a folder of plain files), never objects of another unit.',
        risk: 'Monitoring that ships with the application shares its fate: the release that breaks the application can break, ' +
            'roll back or uninstall the dashboards and alerts needed to see it, a namespace quota or node pressure caused by the ' +
            'application starves Prometheus at that very moment, and a deleted namespace or chart takes the history with it.',
        mitigation: 'Deploy the observability stack as its own release or overlay, in its own namespace (monitoring, logging), and let it ' +
            'reach the applications through ServiceMonitors, PodMonitors or log collectors that live beside them.',
        example: `# apps/ scope: the application and what it needs to be monitored
apiVersion: monitoring.coreos.com/v1
kind: ServiceMonitor
metadata: { name: api, namespace: shop }
spec:
  selector: { matchLabels: { app: api } }
  endpoints: [{ port: metrics }]
# monitoring/ scope, rendered and deployed on its own: the Prometheus that scrapes it`,
    },
    check(object, { ref, index, report }) {
        const entry = index.entryOf(object);
        if (!entry)
            return;
        const { roles, applications } = scopeRoles(index);
        const role = roles.get(entry);
        if (role?.kind !== 'stack')
            return;
        const first = applications.find((app) => sameNamespace(app.ref.namespace, ref.namespace)) ?? applications[0];
        if (!first)
            return;
        const others = applications.length - 1;
        const where = sameNamespace(first.ref.namespace, ref.namespace)
            ? (ref.namespace ? ` in the same namespace "${ref.namespace}"` : '')
            : (first.ref.namespace ? ` in namespace "${first.ref.namespace}"` : ' (no namespace set)');
        const component = role.component === ref.kind || role.component === ref.name ? '' : ` (${role.component})`;
        report({
            path: ['metadata', 'name'],
            message: `${ref.kind} "${ref.name}"${component} is deployed in the same scope as the application ` +
                `${first.ref.kind} "${first.ref.name}"${where}${others > 0 ? ` and ${others} other application workload${others === 1 ? '' : 's'}` : ''}.`,
        });
    },
});
/** The role of every object of the scope, and the application workloads in scope order: each worked out once. */
const scopeRoles = perScope((index) => {
    const roles = new Map();
    const applications = [];
    // Labels and images repeat across a scope: each value is read once.
    const labelRoleOf = memoize(readLabel);
    const partOfImage = memoize(partOf);
    for (const entry of index.own) {
        const role = roleOf(entry, labelRoleOf, partOfImage);
        roles.set(entry, role);
        if (entry.pod && role.kind === 'application')
            applications.push(entry);
    }
    return { roles, applications };
});
function readLabel(value) {
    const lower = value.toLowerCase();
    if (exporterNames.test(lower))
        return { kind: 'exporter' };
    return stackNames.test(lower) || aggregatorNames.test(lower) ? { kind: 'stack', component: lower } : { kind: 'none' };
}
function roleOf(entry, labelRoleOf, partOfImage) {
    const { object, pod } = entry;
    if (!pod) {
        const kinds = stackResources[apiGroupOf(object.apiVersion)];
        return kinds?.includes(object.kind) ? { kind: 'stack', component: object.kind } : { kind: 'neither' };
    }
    if (!isLongRunning(object) || isKind(object, 'DaemonSet'))
        return { kind: 'neither' };
    // The pod's label where it has one, else the object's own (a scalar only).
    const own = object.metadata?.labels;
    const labelOf = (key) => {
        if (Object.hasOwn(pod.labels, key))
            return pod.labels[key];
        return scalarText(isRecord(own) && Object.hasOwn(own, key) ? own[key] : undefined);
    };
    const labelled = nameLabels.map((key) => labelOf(key)).filter((value) => value !== undefined).map(labelRoleOf);
    if (labelled.some((label) => label.kind === 'exporter'))
        return { kind: 'neither' };
    for (const label of labelled)
        if (label.kind === 'stack')
            return label;
    const parts = containersOf(pod)
        .filter((at) => at.role === 'container')
        .map((at) => partOfImage(at.container.image));
    if (parts.length === 0 || parts.some((part) => part.kind === 'other'))
        return { kind: 'application' };
    const core = parts.find((part) => part.kind === 'stack');
    if (core)
        return { kind: 'stack', component: core.name };
    const aggregator = parts.find((part) => part.kind === 'collector' && aggregatorNames.test(part.name));
    if (aggregator)
        return { kind: 'stack', component: `${aggregator.name} aggregator` };
    return { kind: 'neither' }; // exporters, telemetry collectors and their helpers only
}
/** What a container's image is: a piece of the stack, a collector, an exporter, a helper, or something else. */
function partOf(image) {
    const base = imageBaseName(image) ?? '';
    const repository = imageRepository(image) ?? '';
    if (exporterNames.test(base))
        return { kind: 'exporter', name: base };
    if (helperNames.has(base) || base === 'proxyv2' || repository.endsWith('linkerd/proxy'))
        return { kind: 'helper', name: base };
    if (repository === 'grafana/agent' || repository === 'grafana/alloy' || collectorNames.test(base))
        return { kind: 'collector', name: base };
    if (repository.startsWith('jaegertracing/'))
        return { kind: 'stack', name: base.startsWith('jaeger') ? base : `jaeger-${base}` };
    if (stackNames.test(base))
        return { kind: 'stack', name: base };
    return { kind: 'other', name: base };
}
