import type { LintResult } from '../api.js';
import type { Severity } from '../engine/check.js';
/** The severities a GitLab Code Quality report allows. */
export type GitlabSeverity = 'info' | 'minor' | 'major' | 'critical' | 'blocker';
/**
 * An error fails the run at every --fail-on and a warning at the default one, so both rank above what
 * GitLab calls minor; an info finding is a note. Blocker is kept for inputs that could not be linted.
 */
export declare const gitlabSeverity: Record<Severity, GitlabSeverity>;
/** One entry of the report: the properties GitLab documents for a custom Code Quality tool, no more. */
export interface GitlabIssue {
    description: string;
    check_name: string;
    fingerprint: string;
    severity: GitlabSeverity;
    location: {
        path: string;
        lines: {
            begin: number;
        };
    };
}
/** check_name of an input that could not be read or rendered. */
export declare const runErrorCheckName = "run-error";
/**
 * GitLab Code Quality (a subset of the Code Climate format) for the merge-request widget: one issue per
 * finding, then one blocker per run error, so that a chart that stops rendering does not read as its
 * findings being fixed. Paths and fingerprints name files relative to the repository root, as a baseline
 * does, and a finding's fingerprint is the one --write-baseline records: it survives moved lines.
 */
export declare function formatGitlab(result: LintResult, options: {
    cwd: string;
}): string;
/** What formatGitlab writes, as data (the command line writes it in pieces: see jsonPieces). */
export declare function gitlabIssues(result: LintResult, options: {
    cwd: string;
}): GitlabIssue[];
