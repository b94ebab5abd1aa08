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
/**
 * How many questions a list answers by a scan before it is filed in a table: a scope holds the objects of
 * its namespaces from other units too, most lists are asked about once or twice, and then a scan costs
 * less than a table; a list that many objects ask about gets its table, and each question stays cheap.
 */
export declare const scansBeforeTable = 4;
/**
 * The other direction, "which of these items may a selector match": a lookup that, asked with a selector's
 * required map (a matchLabels, a Service's selector), returns the items that may carry every pair of it, in
 * input order, each once; the caller applies the matcher. Its first few answers are all the items; then
 * the items are filed under every key=value pair of their label maps (`labelsOf`: their own labels, their
 * pods', several for a custom resource), and an answer is the shortest list of the pairs required.
 */
export declare function labelLookup<T>(items: readonly T[], labelsOf: (item: T) => readonly Readonly<Record<string, unknown>>[]): (required: unknown) => readonly T[];
export {};
