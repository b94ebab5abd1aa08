import { defineObjectCheck } from '../src/engine/check.js';
import { customResourcesSelected, formatSelector } from '../src/model/disruptions.js';
import { groupOf, isRecord, labelsOf } from '../src/model/kinds.js';
import { workloadsThatMayMatch } from '../src/model/networking.js';
import { createsServicesAtRunTime, entriesWhere, sameNamespace, unitKnowsPodsIn } from '../src/model/object-index.js';
import { findPlaceholder } from '../src/model/placeholder.js';
import { labelLookup, matchesLabelSelector } from '../src/model/selectors.js';
export default defineObjectCheck({
    meta: {
        id: 'servicemonitor-selects-nothing',
        title: 'ServiceMonitor or PodMonitor that selects nothing',
        severity: 'warning',
        category: 'networking',
        description: 'Fires on a prometheus-operator ServiceMonitor (monitoring.coreos.com) whose spec.selector matches the labels ' +
            '(metadata.labels) of no Service, or a PodMonitor whose selector matches the pod template labels of no workload, in ' +
            'the namespaces its namespaceSelector names (matchNames; its own namespace when unset). An empty or missing selector ' +
            'selects everything of those namespaces. Silent when namespaceSelector.any is true and nothing matches (the targets may ' +
            'be in any namespace), when the unit cannot know: a named namespace where the unit has no Service of its own (for a ' +
            'ServiceMonitor) or no workload of its own (for a PodMonitor), a unit holding a Role that creates Services or pods at run ' +
            'time, selectors with template placeholders, and selectors that may match the pods of an operator\'s custom resource. ' +
            'The kube-prometheus mixins and Polaris-style reviews ask for this pairing; no peer checks it by default.',
        risk: 'Prometheus scrapes no target for the monitor: the metrics, dashboards and alerts built on it stay empty, and an ' +
            'absent-metric alert is the only sign, if one exists. The usual cause is a selector written against the pod labels or ' +
            'the Service\'s spec.selector instead of the Service\'s own labels, or a monitor in another namespace than its Service.',
        mitigation: 'Make spec.selector match the metadata.labels of the Service (ServiceMonitor) or the pod template labels (PodMonitor), ' +
            'and name the target namespace in spec.namespaceSelector.matchNames when the monitor lives elsewhere.',
        example: `apiVersion: monitoring.coreos.com/v1
kind: ServiceMonitor
metadata: { name: api, namespace: monitoring }
spec:
  namespaceSelector: { matchNames: [shop] }
  selector:
    matchLabels: { app.kubernetes.io/name: api }   # the labels of Service "api" in shop
  endpoints: [{ port: metrics }]`,
    },
    kinds: ['ServiceMonitor', 'PodMonitor'],
    check(object, { ref, index, report }) {
        if ((object.kind !== 'ServiceMonitor' && object.kind !== 'PodMonitor') || groupOf(object) !== 'monitoring.coreos.com')
            return;
        const spec = object['spec'];
        if (!isRecord(spec))
            return;
        const raw = spec['selector'];
        if (raw !== undefined && raw !== null && !isRecord(raw))
            return;
        const selector = (isRecord(raw) ? raw : {});
        if (findPlaceholder(JSON.stringify(selector)) !== undefined)
            return;
        const scope = namespacesOf(spec['namespaceSelector'], ref.namespace);
        if (scope === undefined)
            return;
        const pods = object.kind === 'PodMonitor';
        if (scope === 'any')
            return; // a match anywhere would do, and the unit cannot see every namespace
        const selects = (namespace) => (pods ? index.podsSelectedBy(selector, namespace).length > 0 : servicesLabelled(index, selector, namespace) !== undefined);
        if (scope.some(selects))
            return;
        // Quiet when the unit cannot tell that nothing of a named namespace matches.
        if (pods) {
            if (!scope.every((namespace) => unitKnowsPodsIn(index, namespace)))
                return;
            if (scope.some((namespace) => customResourcesSelected(selector, namespace, index).length > 0))
                return;
        }
        else {
            if (!scope.every((namespace) => index.sift(ownCoreServices, { kind: 'Service', namespace })().length > 0))
                return;
            if (createsServicesAtRunTime(index))
                return;
        }
        const where = scope.length === 1 ? namespaceText(scope[0] ?? '') : `namespaces ${scope.map((namespace) => `"${namespace || 'default'}"`).join(', ')}`;
        const text = formatSelector(selector) || '{}';
        report({
            path: isRecord(raw) ? ['spec', 'selector'] : ['spec'],
            message: pods
                ? `The PodMonitor's selector "${text}" matches the pods of no workload ${where}, so Prometheus scrapes nothing for it${podHint(index, selector, scope)}.`
                : `The ServiceMonitor's selector "${text}" matches the labels of no Service ${where}, so Prometheus scrapes nothing for it${serviceHint(index, selector, scope)}.`,
        });
    },
});
function isCoreService(entry) {
    return entry.ref.kind === 'Service' && groupOf(entry.object) === '';
}
/** The namespaces a monitor looks in: 'any', the names listed, or its own; undefined when unreadable. */
function namespacesOf(namespaceSelector, own) {
    if (namespaceSelector === undefined || namespaceSelector === null)
        return [own];
    if (!isRecord(namespaceSelector))
        return undefined;
    if (namespaceSelector['any'] === true)
        return 'any';
    const names = namespaceSelector['matchNames'];
    if (names === undefined || names === null)
        return [own];
    if (!Array.isArray(names))
        return undefined;
    const strings = names.filter((name) => typeof name === 'string');
    if (strings.length !== names.length || strings.some((name) => findPlaceholder(name) !== undefined))
        return undefined;
    return strings.length === 0 ? [own] : strings;
}
function namespaceText(namespace) {
    return namespace === '' ? 'in its namespace' : `in namespace "${namespace}"`;
}
const selectorOfService = (entry) => {
    const spec = entry.object['spec'];
    const podSelector = isRecord(spec) ? spec['selector'] : undefined;
    return isRecord(podSelector) && Object.keys(podSelector).length > 0 ? stringMap(podSelector) : undefined;
};
// Services (of a namespace, or of every one) asked of: the unit's own core ones, the core ones by their labels, and all
// by their selector's (of any group, as a Service of another API that selects pods would be written against them too).
const ownCoreServices = entriesWhere((entry) => !entry.borrowed && isCoreService(entry));
const coreServicesByLabel = (services) => labelLookup(services.filter(isCoreService), (entry) => [labelsOf(entry.object.metadata)]);
const servicesBySelector = (services) => labelLookup(services, (entry) => [selectorOfService(entry) ?? {}]);
/** The first core Service of a namespace whose own labels the selector matches. */
function servicesLabelled(index, selector, namespace) {
    return index.sift(coreServicesByLabel, { kind: 'Service', namespace })(selector.matchLabels).find((entry) => matchesLabelSelector(selector, labelsOf(entry.object.metadata)));
}
/** A Service whose spec.selector the monitor's selector would match: it was written against the pods. */
function serviceHint(index, selector, scope) {
    const elsewhere = index.sift(coreServicesByLabel, { kind: 'Service' })(selector.matchLabels).find((entry) => !scope.some((namespace) => sameNamespace(namespace, entry.ref.namespace)) && matchesLabelSelector(selector, labelsOf(entry.object.metadata)));
    if (elsewhere)
        return ` (Service "${elsewhere.ref.name}" has such labels, but ${namespaceText(elsewhere.ref.namespace)}, which the namespaceSelector does not name)`;
    for (const namespace of scope) {
        const service = index.sift(servicesBySelector, { kind: 'Service', namespace })(selector.matchLabels).find((entry) => {
            const podSelector = selectorOfService(entry);
            return podSelector !== undefined && matchesLabelSelector(selector, podSelector);
        });
        if (service)
            return ` (Service "${service.ref.name}" selects pods with such labels, but a ServiceMonitor matches the Service's own metadata.labels)`;
    }
    return '';
}
function podHint(index, selector, scope) {
    const elsewhere = workloadsThatMayMatch(index, selector.matchLabels).find((entry) => !scope.some((namespace) => sameNamespace(namespace, entry.ref.namespace)) && matchesLabelSelector(selector, entry.pod?.labels ?? {}));
    return elsewhere ? ` (${elsewhere.ref.kind} "${elsewhere.ref.name}" has such pods, but ${namespaceText(elsewhere.ref.namespace)}, which the namespaceSelector does not name)` : '';
}
function stringMap(map) {
    return Object.fromEntries(Object.entries(map).map(([key, value]) => [key, String(value)]));
}
