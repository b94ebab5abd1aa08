import type { Finding } from '../engine/finding.js';
import { type Replacement } from './apply.js';
/** One finding's fix alone, as changes to its file's text as linted: what SARIF's `fixes` carry. */
export interface SingleFix {
    text: string;
    replacements: Replacement[];
}
/**
 * Each fixable finding's fix applied alone to the file it edits, read through `readSource` (the text as a
 * report reads it); a file that is no longer the text linted gives none. Each file is read and parsed once.
 */
export declare function singleFixes(findings: readonly Finding[], readSource: (file: string) => string | undefined): Map<Finding, SingleFix>;
/** 1-based line and column (UTF-16 code units, SARIF's default) of each end of a replacement. */
export declare function regionOf(text: string, replacement: Replacement): {
    startLine: number;
    startColumn: number;
    endLine: number;
    endColumn: number;
};
