import type { LabelSelector } from 'kubernetes-types/meta/v1.js';
type Labels = Readonly<Record<string, string>>;
/**
 * Label-selector semantics in one place. An empty selector ({}) selects everything;
 * an absent one (undefined) selects nothing, as for a selector-less Service.
 */
export declare function matchesLabelSelector(selector: LabelSelector | undefined, labels: Labels): boolean;
/** A plain key=value map selector such as Service.spec.selector. Empty or absent selects nothing. */
export declare function matchesLabelMap(selector: unknown, labels: Labels, emptyMatchesAll?: boolean): boolean;
/**
 * A prefilter for the question "which of these selectors may match a set of labels": each selector is
 * filed under one key=value pair that it requires (`requiredOf` gives the map of them: a matchLabels, or
 * a Service's selector), so a lookup visits only the selectors that share a label with the pods, plus
 * those it cannot file (no such map, or only keys for which `isLoose` holds, which a caller may satisfy
 * otherwise).
 * Candidates come back in input order; the caller still applies the real matcher, and no item that could
 * match is left out.
 */
export declare function selectorCandidates<T>(items: readonly T[], requiredOf: (item: T) => unknown, isLoose?: (key: string) => boolean): (labels: Labels) => T[];
export {};
