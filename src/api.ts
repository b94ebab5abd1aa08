import { readFileSync } from 'node:fs';
import { relative } from 'node:path';
import { checks as allChecks } from '../checks/index.js';
import type { Check, Severity } from './engine/check.js';
import { type Finding, type RunError, severityRank } from './engine/finding.js';
import { runChecks } from './engine/run.js';
import { type ParsedSource, parseSource } from './load/parse.js';
import { STDIN, walk } from './load/walk.js';

export type { Check, CheckMeta, Severity } from './engine/check.js';
export type { Finding, RunError } from './engine/finding.js';
export { UsageError } from './load/walk.js';

export interface LintOptions {
  /** Base for relative paths in input and output. Default: process.cwd(). */
  cwd?: string;
  /** Globs of files to leave out, relative to the working directory or to a walked directory. */
  exclude?: readonly string[];
  /** Reads standard input when `-` is among the paths. */
  readStdin?: () => Promise<string>;
  /** The checks to run. Default: all. */
  checks?: readonly Check[];
}

export interface Summary {
  files: number;
  objects: number;
  error: number;
  warning: number;
  info: number;
}

export interface LintResult {
  findings: Finding[];
  /** Inputs that could not be read; the rest of the run went on. */
  errors: RunError[];
  summary: Summary;
}

export const STDIN_NAME = '<stdin>';

/** Lints files, directories and `-` (stdin), as the command line does. */
export async function lint(paths: readonly string[], options: LintOptions = {}): Promise<LintResult> {
  const cwd = options.cwd ?? process.cwd();
  const files = await walk(paths, { cwd, exclude: options.exclude ?? [] });
  const parsed: ParsedSource[] = [];
  const errors: RunError[] = [];
  for (const file of files) {
    if (file === STDIN) {
      const text = options.readStdin ? await options.readStdin() : '';
      parsed.push(parseSource(STDIN_NAME, text));
      continue;
    }
    const shown = relative(cwd, file) || file;
    let text: string;
    try {
      text = readFileSync(file, 'utf8');
    } catch (error) {
      errors.push({ file: shown, message: `cannot read: ${(error as NodeJS.ErrnoException).code ?? String(error)}` });
      continue;
    }
    parsed.push(parseSource(shown, text));
  }
  const linted = lintParsed(parsed, options.checks ?? allChecks);
  return { ...linted, errors: [...errors, ...linted.errors] };
}

/** Lints one text as if it were a file: what the fixtures and the programmatic API use. */
export function lintText(text: string, file = STDIN_NAME, checks: readonly Check[] = allChecks): LintResult {
  return lintParsed([parseSource(file, text)], checks);
}

function lintParsed(parsed: readonly ParsedSource[], checks: readonly Check[]): LintResult {
  const { findings, errors } = runChecks(parsed, checks);
  return { findings, errors, summary: summarize(findings, parsed) };
}

function summarize(findings: readonly Finding[], parsed: readonly ParsedSource[]): Summary {
  const summary: Summary = {
    files: parsed.length,
    objects: parsed.reduce((sum, source) => sum + source.objects.length, 0),
    error: 0,
    warning: 0,
    info: 0,
  };
  for (const finding of findings) summary[finding.severity]++;
  return summary;
}

/** True when a finding is at or above the threshold. */
export function meetsThreshold(severity: Severity, threshold: Severity): boolean {
  return severityRank[severity] >= severityRank[threshold];
}
