import type { LintResult } from '../api.js';
import type { Severity } from '../engine/check.js';
/** The JSON contract, described by schemas/findings.schema.json. */
export declare function formatJson(result: LintResult, failOn: Severity): string;
/** What formatJson writes, as data (the command line writes it in pieces: see jsonPieces). */
export declare function jsonReport(result: LintResult, failOn: Severity): object;
