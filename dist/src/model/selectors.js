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
/**
 * How many questions a list answers by a scan before it is filed in a table: a scope holds the objects of
 * its namespaces from other units too, most lists are asked about once or twice, and then a scan costs
 * less than a table; a list that many objects ask about gets its table, and each question stays cheap.
 */
export const scansBeforeTable = 4;
/**
 * The other direction, "which of these items may a selector match": a lookup that, asked with a selector's
 * required map (a matchLabels, a Service's selector), returns the items that may carry every pair of it, in
 * input order, each once; the caller applies the matcher. Its first few answers are all the items; then
 * the items are filed under every key=value pair of their label maps (`labelsOf`: their own labels, their
 * pods', several for a custom resource), and an answer is the shortest list of the pairs required.
 */
export function labelLookup(items, labelsOf) {
    let asked = 0;
    let byLabel;
    const none = [];
    return (required) => {
        if (!isRecord(required))
            return items;
        if (!byLabel) {
            if (++asked <= scansBeforeTable)
                return items;
            byLabel = new Map();
            for (const item of items) {
                for (const labels of labelsOf(item)) {
                    for (const key in labels) {
                        if (!Object.hasOwn(labels, key))
                            continue;
                        const value = String(labels[key]);
                        let values = byLabel.get(key);
                        if (!values)
                            byLabel.set(key, (values = new Map()));
                        const list = values.get(value);
                        // An item with the same pair in two of its maps is filed once.
                        if (!list)
                            values.set(value, [item]);
                        else if (list[list.length - 1] !== item)
                            list.push(item);
                    }
                }
            }
        }
        let fewest = items;
        for (const key in required) {
            if (!Object.hasOwn(required, key))
                continue;
            const list = byLabel.get(key)?.get(String(required[key])) ?? none;
            if (list.length < fewest.length)
                fewest = list;
        }
        return fewest;
    };
}
