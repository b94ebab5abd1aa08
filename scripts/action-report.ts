import { readFileSync } from 'node:fs';
import { pathToFileURL } from 'node:url';
import { forLog } from '../src/report/escape.js';
import { escapeData, escapeProperty } from '../src/report/github.js';

/**
 * The last step of the GitHub Action (action.yml, "Report and set the result"): lists the findings of the
 * SARIF report in the log, then fails the step with kubeready's exit code and one `::error` saying why.
 *
 * Everything in the report came from the linted files, so every line it prints from there is made inert
 * for the runner, which reads workflow commands from a step's output: control characters are shown as
 * escapes (a line break cannot start a new line), `##[` is broken, and no such line can start with `::`.
 * The only commands printed are kubeready's own, their text escaped as the runner unescapes it.
 */
export interface ReportEnv {
  /** kubeready's exit code, as the lint step wrote it. */
  KUBEREADY_EXIT_CODE?: string | undefined;
  /** The SARIF report; empty when kubeready wrote none. */
  KUBEREADY_SARIF?: string | undefined;
  KUBEREADY_FAIL_ON?: string | undefined;
}

export function actionReport(env: ReportEnv, readText: (file: string) => string = (file) => readFileSync(file, 'utf8')): { lines: string[]; code: number } {
  const lines: string[] = [];
  const sarifFile = env.KUBEREADY_SARIF ?? '';
  if (sarifFile !== '') lines.push(...findingLines(sarifFile, readText));
  const parsed = /^\d{1,3}$/.test(env.KUBEREADY_EXIT_CODE ?? '') ? Number(env.KUBEREADY_EXIT_CODE) : NaN;
  const code = parsed >= 0 && parsed <= 255 ? parsed : 2;
  if (code === 1) lines.push(command('error', 'kubeready', `findings at or above ${env.KUBEREADY_FAIL_ON ?? ''}; see the report above or in code scanning`));
  else if (code !== 0) lines.push(command('error', 'kubeready', `kubeready could not complete (exit code ${env.KUBEREADY_EXIT_CODE ?? ''}); see the log of the Run kubeready step`));
  return { lines, code };
}

/** One line per finding that is not suppressed, `file:line:column  level  message  check`, and a count. */
function findingLines(sarifFile: string, readText: (file: string) => string): string[] {
  let all: unknown[];
  try {
    const log = JSON.parse(readText(sarifFile)) as { runs?: { results?: unknown }[] } | null;
    const results = log?.runs?.[0]?.results;
    all = Array.isArray(results) ? results : [];
  } catch (error) {
    return [logLine(`kubeready: cannot read the SARIF report ${sarifFile}: ${error instanceof Error ? error.message : String(error)}`)];
  }
  const results = all.filter((result) => !(isObject(result) && Array.isArray(result['suppressions']) && result['suppressions'].length > 0));
  const lines = results.map((result) => {
    const fields = isObject(result) ? result : {};
    const location = path(fields, 'locations', 0, 'physicalLocation');
    const where = isObject(location)
      ? `${text(path(location, 'artifactLocation', 'uri'))}:${text(path(location, 'region', 'startLine'), '1')}:${text(path(location, 'region', 'startColumn'), '1')}`
      : '';
    return logLine(`${where}  ${text(fields['level'], 'warning')}  ${text(path(fields, 'message', 'text'))}  ${text(fields['ruleId'])}`);
  });
  lines.push(logLine(`kubeready: ${results.length} finding(s), ${all.length - results.length} suppressed; SARIF report in ${sarifFile}`));
  return lines;
}

/** A line of the log that holds text of the report: inert to the runner. */
function logLine(line: string): string {
  return forLog(line, { lineStart: true });
}

/** A workflow command of kubeready's own, its title and message escaped as the runner unescapes them. */
function command(name: 'error', title: string, message: string): string {
  return `::${name} title=${escapeProperty(title)}::${escapeData(message)}`;
}

function isObject(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null;
}

/** The value at a path of keys and indexes, or undefined. */
function path(value: unknown, ...keys: (string | number)[]): unknown {
  let current = value;
  for (const key of keys) {
    if (!isObject(current)) return undefined;
    current = (current as Record<string | number, unknown>)[key];
  }
  return current;
}

function text(value: unknown, fallback = ''): string {
  return typeof value === 'string' || typeof value === 'number' ? String(value) : fallback;
}

// Run as a script (node dist/scripts/action-report.js): print the lines, exit with kubeready's code.
if (process.argv[1] !== undefined && import.meta.url === pathToFileURL(process.argv[1]).href) {
  const { lines, code } = actionReport(process.env);
  process.stdout.write(lines.map((line) => `${line}\n`).join(''));
  process.exitCode = code;
}
