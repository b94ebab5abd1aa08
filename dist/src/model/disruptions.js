import { apiGroupOf, formatPath, isBuiltInGroup, isRecord } from './kinds.js';
import { sameNamespace } from './object-index.js';
import { labelLookup, matchesLabelSelector, selectorCandidates } from './selectors.js';
import { declaredReplicas, minimumReplicas, replicaFieldOf } from './workloads.js';
/** Shared logic of the disruption checks: budgets, replica floors and preStop sleeps. */
/** A PodDisruptionBudget (policy/v1, policy/v1beta1, or a mistyped built-in version such as v1). */
export function isBudget(object) {
    return object.kind === 'PodDisruptionBudget' && isBuiltInGroup(apiGroupOf(object.apiVersion));
}
/** `Deployment "api"`, and the namespace when asked for. */
export function describeRef(ref, withNamespace = false) {
    const name = `${ref.kind} "${ref.name}"`;
    return withNamespace ? `${name} ${namespaceText(ref.namespace)}` : name;
}
/**
 * A workload as messages name it: its ref, and for one of several pod templates of a custom resource which
 * one (`RayCluster "ray" worker group "cpu"`, `JobSet "train" replicated job "workers"`).
 */
export function describeWorkload(workload) {
    const name = describeRef(workload.ref);
    const template = workload.pod?.custom?.name;
    const prefix = `${workload.ref.kind} `;
    return template?.startsWith(prefix) ? `${name} ${template.slice(prefix.length)}` : name;
}
/** `Deployment "a", Deployment "b" and 3 more`. */
export function listRefs(entries, withNamespace = false, limit = 3) {
    const names = entries.slice(0, limit).map((entry) => describeRef(entry.ref, withNamespace));
    return entries.length > limit ? `${names.join(', ')} and ${entries.length - limit} more` : names.join(', ');
}
export function namespaceText(namespace) {
    return namespace === '' ? 'without a namespace' : `in namespace "${namespace}"`;
}
/** A selector with no matchLabels and no matchExpressions ({}, or both empty). */
export function isEmptySelector(selector) {
    if (!isRecord(selector))
        return false;
    const labels = selector['matchLabels'];
    const expressions = selector['matchExpressions'];
    return !(isRecord(labels) && Object.keys(labels).length > 0) && !(Array.isArray(expressions) && expressions.length > 0);
}
/**
 * The selector of a budget as the disruption controller reads it. policy/v1 selects every pod of the
 * namespace with an empty selector; policy/v1beta1 selected none, so there it counts as absent.
 */
export function budgetSelector(budget) {
    const spec = budget['spec'];
    const selector = isRecord(spec) ? spec['selector'] : undefined;
    if (!isRecord(selector))
        return undefined;
    if (budget.apiVersion.trim() === 'policy/v1beta1' && isEmptySelector(selector))
        return undefined;
    return selector;
}
/** True for a policy/v1beta1 budget whose empty selector selects nothing (unlike policy/v1). */
export function isEmptyBetaSelector(budget) {
    const spec = budget['spec'];
    return isRecord(spec) && isEmptySelector(spec['selector']) && budgetSelector(budget) === undefined;
}
/** The budgets that cover a workload's pods (same namespace; index.budgetsSelecting, v1beta1 corrected). */
export function budgetsProtecting(workload, index) {
    return index.budgetsSelecting(workload).filter((budget) => !isEmptyBetaSelector(budget.object));
}
const budgetCandidates = (budgets) => selectorCandidates(budgets, (budget) => budgetSelector(budget.object)?.matchLabels);
/** Budgets of OTHER namespaces whose selector would match the workload's pods: a common mistake. */
export function budgetsElsewhere(workload, index) {
    const labels = workload.pod?.labels ?? {};
    return index.sift(budgetCandidates, { kind: 'PodDisruptionBudget' })(labels)
        .filter((budget) => !sameNamespace(budget.ref.namespace, workload.ref.namespace) && isBudget(budget.object))
        .filter((budget) => {
        const selector = budgetSelector(budget.object);
        return selector !== undefined && !isEmptySelector(selector) && matchesLabelSelector(selector, labels);
    });
}
/** The workloads of the budget's namespace whose pods the budget selects. */
export function workloadsOfBudget(budget, namespace, index) {
    const selector = budgetSelector(budget);
    return selector === undefined ? [] : index.podsSelectedBy(selector, namespace);
}
/**
 * Custom resources of the namespace whose pods the selector probably selects: operators and
 * controllers (Argo Rollouts, the Prometheus operator, database operators) create pods the index
 * does not see. A custom resource counts when its own labels, its spec.template labels or its
 * spec.podMetadata labels match.
 */
export function customResourcesSelected(selector, namespace, index) {
    if (!isRecord(selector))
        return [];
    return index.sift(customResourcesByLabel, { namespace })(selector.matchLabels).filter((entry) => customResourceLabelsOf(entry).some((map) => matchesLabelSelector(selector, map)));
}
function isCustomResource(entry) {
    return entry.pod === undefined && !isBuiltInGroup(apiGroupOf(entry.ref.apiVersion));
}
const customResourceLabels = new WeakMap();
/** A custom resource's own, spec.template and spec.podMetadata labels, the non-empty ones. */
function customResourceLabelsOf(entry) {
    let labels = customResourceLabels.get(entry.object);
    if (!labels) {
        const spec = entry.object['spec'];
        const template = isRecord(spec) ? spec['template'] : undefined;
        const maps = [
            entry.object.metadata?.labels,
            isRecord(template) && isRecord(template['metadata']) ? template['metadata']['labels'] : undefined,
            isRecord(spec) && isRecord(spec['podMetadata']) ? spec['podMetadata']['labels'] : undefined,
        ];
        labels = maps.flatMap((found) => (isRecord(found) && Object.keys(found).length > 0 ? [stringLabels(found)] : []));
        customResourceLabels.set(entry.object, labels);
    }
    return labels;
}
/** The custom resources without a pod template of a namespace, by their labels. */
const customResourcesByLabel = (objects) => labelLookup(objects.filter(isCustomResource), customResourceLabelsOf);
function stringLabels(labels) {
    return Object.fromEntries(Object.entries(labels).map(([key, value]) => [key, String(value)]));
}
/** A selector as kubectl writes it: `app=api,tier in (web,api),!canary`. */
export function formatSelector(selector) {
    if (!isRecord(selector))
        return '';
    const parts = [];
    const labels = selector['matchLabels'];
    if (isRecord(labels))
        for (const [key, value] of Object.entries(labels))
            parts.push(`${key}=${String(value)}`);
    const expressions = selector['matchExpressions'];
    if (Array.isArray(expressions)) {
        for (const requirement of expressions) {
            if (!isRecord(requirement))
                continue;
            const key = String(requirement['key']);
            const values = Array.isArray(requirement['values']) ? requirement['values'].map(String).join(',') : '';
            switch (requirement['operator']) {
                case 'In':
                    parts.push(`${key} in (${values})`);
                    break;
                case 'NotIn':
                    parts.push(`${key} notin (${values})`);
                    break;
                case 'Exists':
                    parts.push(key);
                    break;
                case 'DoesNotExist':
                    parts.push(`!${key}`);
                    break;
                default:
                    parts.push(`${key} ${String(requirement['operator'])} (${values})`);
            }
        }
    }
    return parts.join(',');
}
/** A non-negative integer, also when written as a string of digits ("3"). Undefined otherwise. */
export function intLike(value) {
    if (typeof value === 'number')
        return Number.isInteger(value) && value >= 0 ? value : undefined;
    if (typeof value === 'string' && /^\s*\d+\s*$/.test(value))
        return Number(value);
    return undefined;
}
/**
 * The replica floor of a Deployment, StatefulSet, ReplicaSet, ReplicationController or custom resource
 * with a known replica field (see replicaFieldOf): minimumReplicas
 * when an autoscaler manages it (HPA minReplicas, KEDA minReplicaCount), else spec.replicas (a string
 * of digits accepted), default 1. Undefined when spec.replicas is set to something that is not a count
 * (a template expression, say).
 */
export function replicaFloor(workload, index) {
    const autoscalers = index.autoscalersOf(workload);
    if (autoscalers.length > 0) {
        const count = minimumReplicas(workload, index);
        const lowest = autoscalers.find((autoscaler) => autoscalerMinimum(autoscaler) === count) ?? autoscalers[0];
        return { count, source: lowest ? autoscalerText(lowest) : 'its autoscaler', autoscaled: true };
    }
    // spec.replicas, or a custom resource's own field (a Ray worker group's replicas); none known: unknown.
    const field = replicaFieldOf(workload.object);
    if (!field)
        return undefined;
    const name = formatPath(field.path);
    if (field.value === undefined || field.value === null)
        return field.unset === undefined ? undefined : { count: field.unset, source: `${name} unset, so ${field.unset}`, autoscaled: false };
    const count = declaredReplicas(workload.object) ?? intLike(field.value);
    return count === undefined ? undefined : { count, source: `${name} ${count}`, autoscaled: false };
}
/** The same minimum as minimumReplicas computes, for one autoscaler. */
function autoscalerMinimum(autoscaler) {
    const spec = autoscaler.object['spec'];
    if (!isRecord(spec))
        return 1;
    const value = autoscaler.ref.kind === 'ScaledObject' ? (spec['minReplicaCount'] ?? 0) : (spec['minReplicas'] ?? 1);
    return typeof value === 'number' ? value : 1;
}
function autoscalerText(autoscaler) {
    const spec = autoscaler.object['spec'];
    const field = autoscaler.ref.kind === 'ScaledObject' ? 'minReplicaCount' : 'minReplicas';
    const set = isRecord(spec) && typeof spec[field] === 'number';
    return `${describeRef(autoscaler.ref)} ${field} ${autoscalerMinimum(autoscaler)}${set ? '' : ' by default'}`;
}
const shells = new Set(['sh', 'bash', 'ash', 'dash', 'zsh', 'ksh', 'mksh']);
const units = { '': 1, s: 1, m: 60, h: 3600, d: 86400 };
/**
 * The time a container's preStop hook sleeps: the native `sleep.seconds`, an exec `sleep N`
 * (`5`, `"5"`, `"5s"`, `"1m"`, several arguments add up), or the sleeps of an `sh -c` script, added up.
 * Undefined when the hook does not sleep a known time.
 */
export function preStopSleepOf(at) {
    const lifecycle = at.container.lifecycle;
    const preStop = isRecord(lifecycle) ? lifecycle['preStop'] : undefined;
    if (!isRecord(preStop))
        return undefined;
    const hookPath = [...at.path, 'lifecycle', 'preStop'];
    const sleep = preStop['sleep'];
    if (isRecord(sleep)) {
        const seconds = intLike(sleep['seconds']);
        return seconds === undefined ? undefined : { seconds, path: [...hookPath, 'sleep', 'seconds'], text: `sleep.seconds ${seconds}` };
    }
    const exec = preStop['exec'];
    const command = isRecord(exec) ? exec['command'] : undefined;
    if (!Array.isArray(command))
        return undefined;
    const words = command.map((word) => (typeof word === 'string' ? word : typeof word === 'number' ? String(word) : ''));
    const commandPath = [...hookPath, 'exec', 'command'];
    let first = 0;
    if (baseName(words[0]) === 'busybox' || baseName(words[0]) === 'env')
        first = 1;
    const program = baseName(words[first]);
    if (program === 'sleep') {
        const seconds = sleepArguments(words.slice(first + 1));
        return seconds === undefined ? undefined : { seconds, path: [...commandPath, first + 1], text: words.slice(first).join(' ') };
    }
    if (shells.has(program)) {
        const flag = words.findIndex((word, i) => i > first && isScriptFlag(word));
        const script = flag === -1 ? undefined : words[flag + 1];
        if (script === undefined)
            return undefined;
        const seconds = scriptSleeps(script);
        return seconds === undefined ? undefined : { seconds, path: [...commandPath, flag + 1], text: shorten(script) };
    }
    return undefined;
}
/**
 * `-c`, `-ec`, `-xec`: short flags of a shell, one of them c. (`^-[a-z]*c[a-z]*$` said the same in time
 * quadratic in a word of c's.)
 */
function isScriptFlag(word) {
    return /^-[a-z]*$/.test(word) && word.includes('c');
}
/** The seconds a `sleep` with these arguments waits; several arguments add up, as in GNU sleep. */
function sleepArguments(args) {
    let total = 0;
    let any = false;
    for (const raw of args) {
        const arg = unquote(raw);
        if (arg === '' || /^[<>]|^\d*>/.test(arg))
            break; // a redirection ends the arguments
        if (arg === 'infinity')
            return Infinity;
        const match = /^(\d+(?:\.\d*)?|\.\d+)([smhd]?)$/.exec(arg);
        if (!match?.[1])
            return undefined; // $DELAY and the like: unknown
        total += Number(match[1]) * (units[match[2] ?? ''] ?? 1);
        any = true;
    }
    return any ? total : undefined;
}
/** The sleeps of a shell script, added up; undefined when it has none of a known length. */
function scriptSleeps(script) {
    let total = 0;
    let any = false;
    for (const segment of script.split(/&&|\|\||[;&|\n]/)) {
        const tokens = segment.trim().split(/\s+/).map(unquote);
        while (tokens[0] === 'exec' || tokens[0] === 'command' || tokens[0] === 'busybox')
            tokens.shift();
        if (baseName(tokens[0]) !== 'sleep')
            continue;
        const seconds = sleepArguments(tokens.slice(1));
        if (seconds === undefined)
            continue;
        total += seconds;
        any = true;
    }
    return any ? total : undefined;
}
function unquote(word) {
    return word.trim().replace(/^(['"])(.*)\1$/, '$2');
}
function baseName(word) {
    if (word === undefined)
        return '';
    const clean = unquote(word);
    return clean.slice(clean.lastIndexOf('/') + 1);
}
export function formatSeconds(seconds) {
    return Number.isFinite(seconds) ? `${Number(seconds.toFixed(3))}s` : 'forever';
}
/** A script on one line, cut at 60 characters. */
function shorten(script) {
    // Each run of spaces becomes one, and a `; ` when it holds a line break.
    const line = script.trim().replace(/\s+/g, (run) => (run.includes('\n') ? '; ' : ' '));
    return line.length > 60 ? `${line.slice(0, 57)}...` : line;
}
