import type { Replacement } from './apply.js';
/**
 * A unified diff of a file's text before and after the replacements that made it (sorted, apart). The
 * changed lines are known from the replacements, so no lines need matching: each replacement changes the
 * lines it touches, less those it leaves as they were; changes closer than twice the context share a hunk.
 */
export declare function unifiedDiff(file: string, before: string, replacements: readonly Replacement[]): string;
