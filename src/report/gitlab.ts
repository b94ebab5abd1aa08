import { createHash } from 'node:crypto';
import type { LintResult } from '../api.js';
import { baselineFileKey } from '../engine/baseline.js';
import type { Severity } from '../engine/check.js';
import { fingerprint } from '../engine/fingerprint.js';

/** The severities a GitLab Code Quality report allows. */
export type GitlabSeverity = 'info' | 'minor' | 'major' | 'critical' | 'blocker';

/**
 * An error fails the run at every --fail-on and a warning at the default one, so both rank above what
 * GitLab calls minor; an info finding is a note. Blocker is kept for inputs that could not be linted.
 */
export const gitlabSeverity: Record<Severity, GitlabSeverity> = { error: 'critical', warning: 'major', info: 'info' };

/** One entry of the report: the properties GitLab documents for a custom Code Quality tool, no more. */
export interface GitlabIssue {
  description: string;
  check_name: string;
  fingerprint: string;
  severity: GitlabSeverity;
  location: { path: string; lines: { begin: number } };
}

/** check_name of an input that could not be read or rendered. */
export const runErrorCheckName = 'run-error';

/**
 * GitLab Code Quality (a subset of the Code Climate format) for the merge-request widget: one issue per
 * finding, then one blocker per run error, so that a chart that stops rendering does not read as its
 * findings being fixed. Paths and fingerprints name files relative to the repository root, as a baseline
 * does, and a finding's fingerprint is the one --write-baseline records: it survives moved lines.
 */
export function formatGitlab(result: LintResult, options: { cwd: string }): string {
  return `${JSON.stringify(gitlabIssues(result, options), null, 2)}\n`;
}

/** What formatGitlab writes, as data (the command line writes it in pieces: see jsonPieces). */
export function gitlabIssues(result: LintResult, options: { cwd: string }): GitlabIssue[] {
  const fileKey = baselineFileKey(options.cwd);
  const seen = new Map<string, number>();
  const issues: GitlabIssue[] = result.findings.map((finding) => {
    const path = fileKey(finding.file);
    return {
      description: finding.message,
      check_name: finding.checkId,
      fingerprint: fingerprint(finding, seen, path),
      severity: gitlabSeverity[finding.severity],
      location: { path, lines: { begin: Math.max(1, finding.line) } },
    };
  });
  const seenErrors = new Map<string, number>();
  for (const error of result.errors) {
    const path = fileKey(error.file);
    const key = [runErrorCheckName, path, error.message.replace(/\d+/g, '#')].join('\u0000');
    const occurrence = (seenErrors.get(key) ?? 0) + 1;
    seenErrors.set(key, occurrence);
    issues.push({
      description: `Could not be linted: ${error.message}`,
      check_name: runErrorCheckName,
      fingerprint: createHash('sha256').update(`${key}\u0000${occurrence}`).digest('hex').slice(0, 32),
      severity: 'blocker',
      location: { path, lines: { begin: Math.max(1, error.line ?? 1) } },
    });
  }
  return issues;
}
