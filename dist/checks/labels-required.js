import { defineObjectCheck, perOptions } from '../src/engine/check.js';
import { isKind, isRecord, podTemplateOf, workloadKinds } from '../src/model/kinds.js';
import { valueAt } from '../src/model/networking.js';
import { compileFullMatch, describeObject, kindMatches } from '../src/model/tenancy.js';
export default defineObjectCheck({
    meta: {
        id: 'labels-required',
        title: 'Required label missing or malformed',
        severity: 'error',
        category: 'security',
        description: 'With requiredLabels set, checks that every object of the listed kinds (by default the workloads: Pod, ' +
            'Deployment, StatefulSet, DaemonSet, ReplicaSet, ReplicationController, Job, CronJob) carries each required ' +
            'label in metadata.labels, and, for workloads, in the pod template\'s labels too; with a pattern, the value ' +
            'must match it whole (RE2 syntax, as in Go and Kubernetes). Keys compare exactly, prefixes included ' +
            '(app.kubernetes.io/name). An invalid pattern is reported once per scope, on the first object the ' +
            'requirement applies to, and only the presence of that label is checked. Does nothing while the list is empty.',
        risk: 'Labels are how the organisation finds who owns a workload at 3 a.m., charges its cost to a team, selects ' +
            'it in policies, dashboards and alerts, and applies tenant rules. An object without them falls through ' +
            'every one of those: no owner is paged, cost lands on nobody, and a policy or admission rule keyed on the ' +
            'label silently skips it. Pods only carry the template\'s labels, so a label on the Deployment alone does ' +
            'not reach the pods that metrics and policies see.',
        mitigation: 'Add the label with a valid value to the object\'s metadata.labels and, for workloads, to ' +
            'spec.template.metadata.labels as well (a Helm helper or a Kustomize labels entry with ' +
            'includeTemplates: true sets both).',
        example: `# requiredLabels: [{ key: app.kubernetes.io/name }, { key: team, pattern: "[a-z][a-z0-9-]*" }]
apiVersion: apps/v1
kind: Deployment
metadata:
  name: api
  labels: { app.kubernetes.io/name: api, team: payments }
spec:
  selector: { matchLabels: { app.kubernetes.io/name: api } }
  template:
    metadata:
      labels: { app.kubernetes.io/name: api, team: payments }`,
    },
    options: {
        defaults: { requiredLabels: [] },
        schema: {
            type: 'object',
            properties: {
                requiredLabels: {
                    type: 'array',
                    description: 'The labels every object of the given kinds must carry. Each entry is { key, pattern?, kinds? }, or ' +
                        'just the key as a string. pattern: a regular expression (RE2 syntax) the whole value must match. ' +
                        'kinds: the kinds it applies to (case-insensitive, * for every kind); default the workload kinds. ' +
                        'Empty: the check is off.',
                    items: {
                        anyOf: [
                            { type: 'string' },
                            {
                                type: 'object',
                                properties: {
                                    key: { type: 'string', description: 'The label key, with its prefix if any (app.kubernetes.io/name).' },
                                    pattern: { type: 'string', description: 'A regular expression the whole value must match.' },
                                    kinds: { type: 'array', items: { type: 'string' }, description: 'Kinds the label is required on (default: workloads).' },
                                },
                                required: ['key'],
                                additionalProperties: false,
                            },
                        ],
                    },
                },
            },
            additionalProperties: false,
        },
    },
    check(object, { index, options, report }) {
        for (const rule of rulesOf(options)) {
            if (!applies(rule, object))
                continue;
            const compiled = rule.pattern === undefined ? undefined : compileFullMatch(rule.pattern);
            const places = placesOf(object);
            for (const place of places) {
                const labels = valueAt(object, [...place.metadataPath, 'labels']);
                const present = isRecord(labels) && Object.hasOwn(labels, rule.key);
                if (!present) {
                    const wanted = compiled?.ok ? `, whose value must match ${rule.pattern ?? ''}` : '';
                    report({ path: [...place.metadataPath, 'labels'], message: `${place.subject} has no label "${rule.key}"${wanted}.` });
                    continue;
                }
                if (!compiled?.ok)
                    continue;
                const raw = labels[rule.key];
                const value = raw === null || raw === undefined ? '' : String(raw);
                if (compiled.regex.test(value))
                    continue;
                report({
                    path: [...place.metadataPath, 'labels', rule.key],
                    message: `The label "${rule.key}" of ${lowerFirst(place.subject)} is "${value}", which the pattern ${rule.pattern ?? ''} does not fully match.`,
                });
            }
            if (compiled && !compiled.ok && index.objects.find((entry) => applies(rule, entry.object))?.object === object) {
                report(invalidPattern(rule, compiled.error, object, places));
            }
        }
    },
});
const rulesOf = perOptions((options) => readRules(options.requiredLabels));
/** The requiredLabels option as written, read leniently: a single entry for a list, a string for { key }. */
function readRules(raw) {
    const list = Array.isArray(raw) ? raw : raw === undefined || raw === null ? [] : [raw];
    const rules = [];
    for (const item of list) {
        if (typeof item === 'string') {
            if (item.trim() !== '')
                rules.push({ key: item.trim(), pattern: undefined, kinds: [] });
            continue;
        }
        if (!isRecord(item) || typeof item['key'] !== 'string' || item['key'].trim() === '')
            continue;
        const kinds = item['kinds'];
        rules.push({
            key: item['key'].trim(),
            pattern: typeof item['pattern'] === 'string' ? item['pattern'] : undefined,
            kinds: (Array.isArray(kinds) ? kinds : [kinds]).filter((kind) => typeof kind === 'string' && kind !== ''),
        });
    }
    return rules;
}
function applies(rule, object) {
    if (rule.kinds.length === 0)
        return workloadKinds.some((kind) => isKind(object, kind));
    return rule.kinds.some((kind) => kindMatches(kind, object.kind));
}
/** The object's own metadata and, for a workload other than a Pod, its pod template's. */
function placesOf(object) {
    const places = [{ subject: describeObject(object), metadataPath: ['metadata'] }];
    const pod = podTemplateOf(object);
    if (pod && pod.metadataPath.join('.') !== 'metadata') {
        places.push({ subject: `The pod template of ${describeObject(object)}`, metadataPath: pod.metadataPath });
    }
    return places;
}
function invalidPattern(rule, error, object, places) {
    const carrying = places.find((place) => {
        const labels = valueAt(object, [...place.metadataPath, 'labels']);
        return isRecord(labels) && Object.hasOwn(labels, rule.key);
    });
    return {
        path: carrying ? [...carrying.metadataPath, 'labels', rule.key] : ['metadata', 'labels'],
        message: `The requiredLabels pattern ${JSON.stringify(rule.pattern)} for label "${rule.key}" is not a valid regular ` +
            `expression (${error}), so no value of "${rule.key}" is checked, only its presence. Fix the option; this is ` +
            'reported once, on the first object the requirement applies to.',
    };
}
function lowerFirst(text) {
    return text.startsWith('The ') || text.startsWith('This ') ? `t${text.slice(1)}` : text;
}
