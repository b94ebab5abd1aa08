import type { LintResult } from '../api.js';
import type { Severity } from '../engine/check.js';

/** The JSON contract, described by schemas/findings.schema.json. */
export function formatJson(result: LintResult, failOn: Severity): string {
  return `${JSON.stringify(jsonReport(result, failOn), null, 2)}\n`;
}

/** What formatJson writes, as data (the command line writes it in pieces: see jsonPieces). */
export function jsonReport(result: LintResult, failOn: Severity): object {
  const { findings, suppressed, errors, summary } = result;
  const disabledChecks = result.disabledChecks ?? [];
  return { version: 1, findings, suppressed, errors, summary: { ...summary, failOn, disabledChecks } };
}
