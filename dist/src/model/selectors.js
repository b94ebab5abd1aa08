import { isRecord } from './kinds.js';
/**
 * Label-selector semantics in one place. An empty selector ({}) selects everything;
 * an absent one (undefined) selects nothing, as for a selector-less Service.
 */
export function matchesLabelSelector(selector, labels) {
    if (!isRecord(selector))
        return false;
    const matchLabels = selector.matchLabels;
    if (isRecord(matchLabels) && !matchesLabelMap(matchLabels, labels, true))
        return false;
    const expressions = selector.matchExpressions;
    if (Array.isArray(expressions)) {
        for (const requirement of expressions) {
            if (!isRecord(requirement) || !matchesRequirement(requirement, labels))
                return false;
        }
    }
    return true;
}
/** A plain key=value map selector such as Service.spec.selector. Empty or absent selects nothing. */
export function matchesLabelMap(selector, labels, emptyMatchesAll = false) {
    if (!isRecord(selector))
        return false;
    let empty = true;
    for (const key in selector) {
        if (!Object.hasOwn(selector, key))
            continue;
        empty = false;
        if (labels[key] !== String(selector[key]))
            return false;
    }
    return empty ? emptyMatchesAll : true;
}
function matchesRequirement(requirement, labels) {
    const has = Object.hasOwn(labels, requirement.key);
    const values = Array.isArray(requirement.values) ? requirement.values.map(String) : [];
    switch (requirement.operator) {
        case 'In':
            return has && values.includes(labels[requirement.key] ?? '');
        case 'NotIn':
            return !has || !values.includes(labels[requirement.key] ?? '');
        case 'Exists':
            return has;
        case 'DoesNotExist':
            return !has;
        default:
            return false; // an unknown operator selects nothing, as the API server would reject it
    }
}
/**
 * A prefilter for the question "which of these selectors may match a set of labels": each selector is
 * filed under one key=value pair that it requires (`requiredOf` gives the map of them: a matchLabels, or
 * a Service's selector), so a lookup visits only the selectors that share a label with the pods, plus
 * those it cannot file (no such map, or only keys for which `isLoose` holds, which a caller may satisfy
 * otherwise).
 * Candidates come back in input order; the caller still applies the real matcher, and no item that could
 * match is left out.
 */
export function selectorCandidates(items, requiredOf, isLoose = () => false) {
    const unfiled = [];
    // Positions by required key, then value: a lookup builds no string. Each list is in input order, and
    // each position is in one list only.
    const filed = new Map();
    items.forEach((item, position) => {
        const requiredLabels = requiredOf(item);
        const required = isRecord(requiredLabels) ? Object.entries(requiredLabels).find(([key]) => !isLoose(key)) : undefined;
        if (!required) {
            unfiled.push(position);
            return;
        }
        const key = required[0];
        const value = String(required[1]);
        let byValue = filed.get(key);
        if (!byValue)
            filed.set(key, (byValue = new Map()));
        const list = byValue.get(value);
        if (list)
            list.push(position);
        else
            byValue.set(value, [position]);
    });
    const itemsAt = (positions) => positions.map((position) => items[position]);
    return (labels) => {
        const lists = unfiled.length > 0 ? [unfiled] : [];
        for (const key in labels) {
            const list = Object.hasOwn(labels, key) ? filed.get(key)?.get(labels[key]) : undefined;
            if (list)
                lists.push(list);
        }
        let positions = lists[0] ?? [];
        for (let l = 1; l < lists.length; l++)
            positions = mergeAscending(positions, lists[l] ?? []);
        return itemsAt(positions);
    };
}
/** Two ascending lists without an element in common (each item is filed once) as one, in order. */
function mergeAscending(a, b) {
    const merged = [];
    let i = 0;
    let j = 0;
    while (i < a.length && j < b.length)
        merged.push(a[i] < b[j] ? a[i++] : b[j++]);
    while (i < a.length)
        merged.push(a[i++]);
    while (j < b.length)
        merged.push(b[j++]);
    return merged;
}
