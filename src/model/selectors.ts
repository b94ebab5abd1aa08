import type { LabelSelector, LabelSelectorRequirement } from 'kubernetes-types/meta/v1.js';
import { isRecord } from './kinds.js';

type Labels = Readonly<Record<string, string>>;

/**
 * Label-selector semantics in one place. An empty selector ({}) selects everything;
 * an absent one (undefined) selects nothing, as for a selector-less Service.
 */
export function matchesLabelSelector(selector: LabelSelector | undefined, labels: Labels): boolean {
  if (!isRecord(selector)) return false;
  const matchLabels: unknown = selector.matchLabels;
  if (isRecord(matchLabels) && !matchesLabelMap(matchLabels, labels, true)) return false;
  const expressions: unknown = selector.matchExpressions;
  if (Array.isArray(expressions)) {
    for (const requirement of expressions) {
      if (!isRecord(requirement) || !matchesRequirement(requirement as unknown as LabelSelectorRequirement, labels)) return false;
    }
  }
  return true;
}

/** A plain key=value map selector such as Service.spec.selector. Empty or absent selects nothing. */
export function matchesLabelMap(selector: unknown, labels: Labels, emptyMatchesAll = false): boolean {
  if (!isRecord(selector)) return false;
  let empty = true;
  for (const key in selector) {
    if (!Object.hasOwn(selector, key)) continue;
    empty = false;
    if (labels[key] !== String(selector[key])) return false;
  }
  return empty ? emptyMatchesAll : true;
}

function matchesRequirement(requirement: LabelSelectorRequirement, labels: Labels): boolean {
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
export function selectorCandidates<T>(
  items: readonly T[],
  requiredOf: (item: T) => unknown,
  isLoose: (key: string) => boolean = () => false,
): (labels: Labels) => T[] {
  const unfiled: number[] = [];
  // Positions by required key, then value: a lookup builds no string. Each list is in input order, and
  // each position is in one list only.
  const filed = new Map<string, Map<string, number[]>>();
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
    if (!byValue) filed.set(key, (byValue = new Map()));
    const list = byValue.get(value);
    if (list) list.push(position);
    else byValue.set(value, [position]);
  });
  const itemsAt = (positions: readonly number[]) => positions.map((position) => items[position] as T);
  return (labels) => {
    const lists: (readonly number[])[] = unfiled.length > 0 ? [unfiled] : [];
    for (const key in labels) {
      const list = Object.hasOwn(labels, key) ? filed.get(key)?.get(labels[key] as string) : undefined;
      if (list) lists.push(list);
    }
    let positions = lists[0] ?? [];
    for (let l = 1; l < lists.length; l++) positions = mergeAscending(positions, lists[l] ?? []);
    return itemsAt(positions);
  };
}

/** Two ascending lists without an element in common (each item is filed once) as one, in order. */
function mergeAscending(a: readonly number[], b: readonly number[]): number[] {
  const merged: number[] = [];
  let i = 0;
  let j = 0;
  while (i < a.length && j < b.length) merged.push((a[i] as number) < (b[j] as number) ? (a[i++] as number) : (b[j++] as number));
  while (i < a.length) merged.push(a[i++] as number);
  while (j < b.length) merged.push(b[j++] as number);
  return merged;
}
