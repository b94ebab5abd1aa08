import type { LintResult } from '../api.js';
import type { Check, Severity } from '../engine/check.js';
/** The key of kubeready's own entry in partialFingerprints; bump the suffix if the recipe ever changes. */
export declare const fingerprintKey = "kubeready/v2";
/**
 * properties.security-severity of the security checks' rules, from their default severity: code scanning
 * reads 7.0–8.9 as high, 4.0–6.9 as medium and 0.1–3.9 as low; each score sits inside its band. None is
 * critical (over 9.0): a manifest shows a weakness, not that it is exploited.
 */
export declare const securitySeverity: Record<Severity, string>;
/**
 * SARIF 2.1.0, as GitHub code scanning reads it: one run, one rule per check (in the order given),
 * one result per finding. Run errors become tool execution notifications. With `readSource` (the text
 * of a file), a finding --fix can fix carries its fix as `fixes`, each change a region of the file as it
 * was linted and the text that replaces it.
 */
export declare function formatSarif(result: LintResult, checks: readonly Check[], version: string, readSource?: (file: string) => string | undefined): string;
/** What formatSarif writes, as data (the command line writes it in pieces: see jsonPieces). */
export declare function sarifLog(result: LintResult, checks: readonly Check[], version: string, readSource?: (file: string) => string | undefined): object;
