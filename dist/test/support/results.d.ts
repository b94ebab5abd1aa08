import type { Finding, LintResult } from '../../src/api.js';
/** A finding with plausible defaults; tests override what they look at. */
export declare function finding(overrides: Partial<Finding>): Finding;
/** A lint result holding these findings, its summary counted from them. */
export declare function resultOf(findings: Finding[], extra?: Partial<LintResult>): LintResult;
