import type { LintResult } from '../api.js';
import type { Severity } from '../engine/check.js';
export interface StylishOptions {
    color: boolean;
    /** Follow each finding with a code frame of its source lines (needs readSource). */
    codeFrame?: boolean;
    /** List only error findings; the summary counts what is listed and says how many were left out. */
    quiet?: boolean;
    /** The text of a finding's file, relative to the working directory; undefined for stdin or an unreadable file. */
    readSource?: (file: string) => string | undefined;
    /** The lowest severity that fails the run (--fail-on): with it, a --quiet summary never says ✔ for a run that fails. */
    failOn?: Severity;
    /**
     * The terminal's width in columns: findings, code frames and the summary wrap to fit it. Undefined (output
     * piped or written to a file): one line per finding, however long.
     */
    width?: number;
}
/** ESLint-style output: findings grouped by file, `line:col  severity  message  check-id`, a summary line. */
export declare function formatStylish(result: LintResult, options: StylishOptions): string;
