import { defineObjectCheck } from '../src/engine/check.js';
import { isKind, isRecord, labelsOf } from '../src/model/kinds.js';
import { findPlaceholder, unquotedMustache } from '../src/model/placeholder.js';
import { matchesLabelMap, matchesLabelSelector } from '../src/model/selectors.js';
// The labels the Job registry strategy puts on a generated selector and on the pods (pkg/apis/batch).
const jobNameKeys = ['job-name', 'batch.kubernetes.io/job-name'];
const controllerUidKeys = ['controller-uid', 'batch.kubernetes.io/controller-uid'];
const appsKinds = ['Deployment', 'ReplicaSet', 'StatefulSet', 'DaemonSet'];
export default defineObjectCheck({
    meta: {
        id: 'selector-mismatch',
        title: 'Workload selector the API server rejects',
        severity: 'error',
        category: 'correctness',
        description: "Fires where the API server's validation refuses a workload's selector. A Deployment, ReplicaSet, " +
            'StatefulSet or DaemonSet whose spec.selector does not select its own pod template labels (matchLabels ' +
            'and the In, NotIn, Exists and DoesNotExist expressions, as the server evaluates them) or is empty ' +
            '(ValidateDeploymentSpec and its siblings in pkg/apis/apps/validation: "`selector` does not match ' +
            'template `labels`", "empty selector is invalid for deployment"); a ReplicationController whose ' +
            'selector is set and does not match its template labels (ValidateReplicationControllerSpec), and an ' +
            'OpenShift DeploymentConfig likewise (ValidateDeploymentConfigSpec); a Job with ' +
            'manualSelector: true whose selector does not match its template labels, or that has no selector ' +
            '(ValidateJobSpec); a Job without manualSelector: true that sets a selector of its own, which the ' +
            'server extends with the generated controller-uid label and then refuses ("`selector` not ' +
            'auto-generated", validateGeneratedSelector); and a CronJob whose jobTemplate sets a selector or ' +
            'manualSelector: true (ValidateJobTemplateSpec: "`selector` will be auto-generated"). A missing ' +
            'selector where the schema requires one is left to schema-invalid, a selector the server defaults from ' +
            'the template (ReplicationController, extensions/v1beta1) is fine, and selectors or labels holding ' +
            'template placeholders, malformed expressions, and a Job selector on the controller-uid label are not judged. ' +
            'Custom resources validated only by their controller (an Argo Rollout checks its selector when it ' +
            'reconciles, not at admission) are not reported.',
        risk: 'kubectl apply, Helm or the GitOps controller fails on the object: the workload is never created, or ' +
            'an update of it is refused and the running version stays, often halfway through a release whose other ' +
            'objects were already applied.',
        mitigation: 'Make spec.selector select the labels of spec.template.metadata.labels (usually the same app/name/' +
            'instance labels in both). Leave a Job\'s selector out and let the server generate it, unless you ' +
            'really mean to set manualSelector: true; never set one in a CronJob\'s jobTemplate. Remember that the ' +
            'selector of an existing Deployment, StatefulSet or DaemonSet cannot be changed in place.',
        example: `apiVersion: apps/v1
kind: Deployment
metadata: { name: api }
spec:
  selector:
    matchLabels: { app: api }
  template:
    metadata:
      labels: { app: api, tier: backend }
    spec:
      containers: [{ name: api, image: registry.example.com/api:1.4.2 }]`,
    },
    kinds: ['Deployment', 'ReplicaSet', 'StatefulSet', 'DaemonSet', 'ReplicationController', 'Job', 'CronJob', 'DeploymentConfig'],
    check(object, { report }) {
        const spec = object['spec'];
        if (!isRecord(spec))
            return;
        if (isKind(object, 'CronJob')) {
            const jobTemplate = spec['jobTemplate'];
            const jobSpec = isRecord(jobTemplate) ? jobTemplate['spec'] : undefined;
            if (!isRecord(jobSpec))
                return;
            const base = ['spec', 'jobTemplate', 'spec'];
            if (isSet(jobSpec['selector'])) {
                report({
                    path: [...base, 'selector'],
                    message: `CronJob "${nameOf(object)}" sets a selector in its jobTemplate: the server generates the selector of every Job ` +
                        'it creates and rejects the CronJob ("`selector` will be auto-generated"). Remove it.',
                });
            }
            if (jobSpec['manualSelector'] === true) {
                report({
                    path: [...base, 'manualSelector'],
                    message: `CronJob "${nameOf(object)}" sets manualSelector: true in its jobTemplate, which the server rejects (only unset or false is supported).`,
                });
            }
            return;
        }
        const template = spec['template'];
        if (!isRecord(template) || !hasJudgeableLabels(template))
            return;
        const labels = labelsOf(template['metadata']);
        const selector = spec['selector'];
        const selectorPath = ['spec', 'selector'];
        if (isKind(object, 'ReplicationController') || isDeploymentConfig(object)) {
            // An absent or empty selector is defaulted from the template labels (OpenShift defaults a
            // DeploymentConfig's the same way, and validates it with ValidatePodTemplateSpecForRC).
            if (!isRecord(selector) || Object.keys(selector).length === 0 || hasPlaceholder(selector) || !isPlainMap(selector))
                return;
            if (matchesLabelMap(selector, labels))
                return;
            report({ path: selectorPath, message: mismatch(object, describeMap(selector), labels, firstMissing(selector, labels)) });
            return;
        }
        if (isKind(object, 'Job')) {
            if (spec['manualSelector'] === true) {
                if (!isSet(selector)) {
                    report({
                        path: ['spec', 'manualSelector'],
                        message: `Job "${nameOf(object)}" sets manualSelector: true without a selector, which the server then requires (spec.selector: Required value).`,
                    });
                    return;
                }
                judgeSelector(object, selector, labels, false, selectorPath, report);
                return;
            }
            if (!isSet(selector))
                return; // generated by the server
            const parsed = parseSelector(selector);
            if (!parsed)
                return;
            // The server adds controller-uid=<uid> to matchLabels and requires the result to match the labels it
            // generates (job-name, controller-uid). The uid is unknown here: a selector on it is not judged.
            if (parsed.keys.some((key) => controllerUidKeys.includes(key)))
                return;
            const name = object.metadata?.name;
            const named = typeof name === 'string' && findPlaceholder(name) === undefined;
            if (!named && parsed.keys.some((key) => jobNameKeys.includes(key)))
                return;
            const generated = {};
            if (named)
                for (const key of jobNameKeys)
                    generated[key] = name;
            if (matchesLabelSelector(selector, generated))
                return;
            report({
                path: selectorPath,
                message: `Job "${nameOf(object)}" sets spec.selector (${describeSelector(selector)}) without manualSelector: true: the server ` +
                    'adds its generated controller-uid label to it and rejects the Job ("`selector` not auto-generated"). Remove the ' +
                    'selector and let the server generate it.',
            });
            return;
        }
        if (!appsKinds.some((kind) => isKind(object, kind)))
            return;
        // Deployment, ReplicaSet, StatefulSet, DaemonSet. A missing selector is schema-invalid's (required in
        // apps/v1; defaulted from the template labels in extensions/v1beta1 and apps/v1beta1).
        if (!isSet(selector))
            return;
        judgeSelector(object, selector, labels, true, selectorPath, report);
    },
});
/** An OpenShift DeploymentConfig, served by OpenShift's own API server (apps.openshift.io/v1, or v1 in OpenShift 3). */
function isDeploymentConfig(object) {
    return object.kind === 'DeploymentConfig' && (object.apiVersion === 'apps.openshift.io/v1' || object.apiVersion === 'v1');
}
function judgeSelector(object, selector, labels, emptyInvalid, path, report) {
    if (!isRecord(selector) || hasPlaceholder(selector))
        return;
    const parsed = parseSelector(selector);
    if (!parsed)
        return;
    if (parsed.size === 0) {
        if (emptyInvalid) {
            report({
                path,
                message: `${object.kind} "${nameOf(object)}" has an empty selector, which the server rejects ("empty selector is invalid for ` +
                    `${object.kind.toLowerCase()}"): it would select every pod of the namespace. Select the template's labels.`,
            });
        }
        return; // an empty selector selects everything: it matches the template
    }
    if (matchesLabelSelector(selector, labels))
        return;
    report({ path, message: mismatch(object, describeSelector(selector), labels, parsed.failing(labels)) });
}
function mismatch(object, selector, labels, why) {
    const shown = Object.keys(labels).length === 0 ? 'has no labels' : `has ${describeMap(labels)}`;
    return (`${object.kind} "${nameOf(object)}": spec.selector (${selector}) does not select its own pod template, which ${shown}` +
        `${why ? ` (${why})` : ''}; the server rejects it ("\`selector\` does not match template \`labels\`").`);
}
const operators = new Set(['In', 'NotIn', 'Exists', 'DoesNotExist']);
/**
 * A selector as metav1.LabelSelectorAsSelector accepts it; undefined for one it refuses (an unknown
 * operator, In without values, Exists with values): the server reports that otherwise, and no match is judged.
 */
function parseSelector(selector) {
    if (!isRecord(selector))
        return undefined;
    // Other keys (a Service-style map written where a LabelSelector belongs) are schema-unknown-field's.
    if (Object.keys(selector).some((key) => key !== 'matchLabels' && key !== 'matchExpressions'))
        return undefined;
    const matchLabels = selector['matchLabels'];
    const expressions = selector['matchExpressions'];
    if (matchLabels !== undefined && matchLabels !== null && (!isRecord(matchLabels) || !isPlainMap(matchLabels)))
        return undefined;
    if (expressions !== undefined && expressions !== null && !Array.isArray(expressions))
        return undefined;
    const labelEntries = isRecord(matchLabels) ? Object.entries(matchLabels).map(([key, value]) => [key, String(value)]) : [];
    const requirements = [];
    for (const expression of Array.isArray(expressions) ? expressions : []) {
        if (!isRecord(expression))
            return undefined;
        const { key, operator, values } = expression;
        if (typeof key !== 'string' || typeof operator !== 'string' || !operators.has(operator))
            return undefined;
        if (values !== undefined && values !== null && !Array.isArray(values))
            return undefined;
        const list = Array.isArray(values) ? values : [];
        if (list.some((value) => value === null || typeof value === 'object'))
            return undefined;
        const withValues = operator === 'In' || operator === 'NotIn';
        if (withValues !== list.length > 0)
            return undefined;
        requirements.push({ key, operator, values: list.map(String) });
    }
    return {
        size: labelEntries.length + requirements.length,
        keys: [...labelEntries.map(([key]) => key), ...requirements.map((r) => r.key)],
        failing(labels) {
            for (const [key, value] of labelEntries) {
                if (!Object.hasOwn(labels, key))
                    return `no label ${key}, which matchLabels requires to be ${value}`;
                if (labels[key] !== value)
                    return `${key} is ${labels[key]}, matchLabels wants ${value}`;
            }
            for (const { key, operator, values } of requirements) {
                const has = Object.hasOwn(labels, key);
                const value = labels[key] ?? '';
                const set = values.join(', ');
                if (operator === 'In' && !(has && values.includes(value)))
                    return has ? `${key} is ${value}, not in (${set})` : `no label ${key}, which ${key} In (${set}) requires`;
                if (operator === 'NotIn' && has && values.includes(value))
                    return `${key} is ${value}, which ${key} NotIn (${set}) excludes`;
                if (operator === 'Exists' && !has)
                    return `no label ${key}, which ${key} Exists requires`;
                if (operator === 'DoesNotExist' && has)
                    return `label ${key} is set, which ${key} DoesNotExist excludes`;
            }
            return undefined;
        },
    };
}
/** Template labels that are all plain values without placeholders (or none at all). */
function hasJudgeableLabels(template) {
    const metadata = template['metadata'];
    if (metadata === undefined || metadata === null)
        return true;
    if (!isRecord(metadata))
        return false;
    const labels = metadata['labels'];
    if (labels === undefined || labels === null)
        return true;
    return isRecord(labels) && Object.values(labels).every((value) => value !== null && typeof value !== 'object') && !hasPlaceholder(labels);
}
/** A field written with a value (null and absent are the same to the server). */
function isSet(value) {
    return value !== undefined && value !== null;
}
/** Keys and scalar values only: a nested object here is unrendered templating or a schema error. */
function isPlainMap(map) {
    return Object.values(map).every((value) => value !== null && typeof value !== 'object');
}
function hasPlaceholder(value) {
    if (typeof value === 'string')
        return findPlaceholder(value) !== undefined;
    if (Array.isArray(value))
        return value.some(hasPlaceholder);
    if (isRecord(value)) {
        if (unquotedMustache(value) !== undefined)
            return true;
        return Object.entries(value).some(([key, inner]) => findPlaceholder(key) !== undefined || hasPlaceholder(inner));
    }
    return false;
}
function firstMissing(selector, labels) {
    for (const [key, raw] of Object.entries(selector)) {
        const value = String(raw);
        if (!Object.hasOwn(labels, key))
            return `no label ${key}, which the selector requires to be ${value}`;
        if (labels[key] !== value)
            return `${key} is ${labels[key]}, the selector wants ${value}`;
    }
    return undefined;
}
function describeMap(map) {
    const entries = Object.entries(map).map(([key, value]) => `${key}=${String(value)}`);
    return entries.length > 4 ? `${entries.slice(0, 4).join(', ')} and ${entries.length - 4} more` : entries.join(', ');
}
function describeSelector(selector) {
    if (!isRecord(selector))
        return '';
    const parts = [];
    if (isRecord(selector['matchLabels']))
        parts.push(...Object.entries(selector['matchLabels']).map(([key, value]) => `${key}=${String(value)}`));
    const expressions = selector['matchExpressions'];
    if (Array.isArray(expressions)) {
        for (const expression of expressions) {
            if (!isRecord(expression))
                continue;
            const values = Array.isArray(expression['values']) ? ` (${expression['values'].map(String).join(', ')})` : '';
            parts.push(`${String(expression['key'])} ${String(expression['operator'])}${values}`);
        }
    }
    return parts.length > 4 ? `${parts.slice(0, 4).join(', ')} and ${parts.length - 4} more` : parts.join(', ');
}
function nameOf(object) {
    const name = object.metadata?.name;
    return typeof name === 'string' ? name : '?';
}
