import type { Finding } from '../engine/finding.js';
export interface FixOutcome {
    /** Findings whose fix was written (--fix) or would be (--fix-dry-run). */
    fixed: Finding[];
    /** Files written (or that would be). */
    files: number;
    /** --fix-dry-run: the diff and the suggestions, for stdout. */
    output: string;
    /** Lines for stderr: files left alone and why, and what was done. */
    messages: string[];
}
/**
 * --fix and --fix-dry-run: plans the fixes of the findings, then writes them or shows them as a diff.
 * Only files of the repositories of the paths linted are written (`paths`, as named on the command line).
 */
export declare function runFixes(findings: readonly Finding[], paths: readonly string[], cwd: string, dryRun: boolean): FixOutcome;
