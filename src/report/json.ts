import type { LintResult } from '../api.js';
import type { Severity } from '../engine/check.js';

/** The JSON contract, described by schemas/findings.schema.json. */
export function formatJson(result: LintResult, failOn: Severity): string {
  const { findings, suppressed, errors, summary } = result;
  const disabledChecks = result.disabledChecks ?? [];
  return `${JSON.stringify({ version: 1, findings, suppressed, errors, summary: { ...summary, failOn, disabledChecks } }, null, 2)}\n`;
}
