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
  const entries = Object.entries(selector);
  if (entries.length === 0) return emptyMatchesAll;
  return entries.every(([key, value]) => labels[key] === String(value));
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
