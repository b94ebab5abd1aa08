import type { LintResult } from '../api.js';
import type { Severity } from '../engine/check.js';
import { type Finding, severityRank } from '../engine/finding.js';
import { type FrameAccent, codeFrame } from './code-frame.js';
import { sourceReader } from './context.js';
import { forLog } from './escape.js';

export interface StylishOptions {
  color: boolean;
  /** Follow each finding with a code frame of its source lines (needs readSource). */
  codeFrame?: boolean;
  /** List only error findings; the summary counts what is listed and says how many were left out. */
  quiet?: boolean;
  /** The text of a finding's file, relative to the working directory; undefined for stdin or an unreadable file. */
  readSource?: (file: string) => string | undefined;
}

const codes = { red: 31, yellow: 33, blue: 34, gray: 90, bold: 1, underline: 4 } as const;
type Style = keyof typeof codes;
const frameAccent: Record<Severity, FrameAccent> = { error: 'red', warning: 'yellow', info: 'blue' };

/** ESLint-style output: findings grouped by file, `line:col  severity  message  check-id`, a summary line. */
export function formatStylish(result: LintResult, options: StylishOptions): string {
  const paint = (style: Style, text: string) => (options.color ? `\u001b[${codes[style]}m${text}\u001b[0m` : text);
  const severityStyle: Record<Severity, Style> = { error: 'red', warning: 'yellow', info: 'blue' };
  const shown = options.quiet ? result.findings.filter((finding) => finding.severity === 'error') : result.findings;
  const readSource = options.codeFrame && options.readSource ? sourceReader(options.readSource) : undefined;
  const byFile = new Map<string, Finding[]>();
  for (const finding of shown) {
    const list = byFile.get(finding.file) ?? [];
    list.push(finding);
    byFile.set(finding.file, list);
  }
  const lines: string[] = [];
  for (const [file, findings] of byFile) {
    // Names and messages come from the files: shown with their control characters escaped.
    lines.push(paint('underline', forLog(file, { lineStart: true })));
    const messages = new Map(findings.map((f) => [f, forLog(f.message)]));
    const message = (f: Finding) => messages.get(f) ?? '';
    // A loop, not Math.max(...): a file may have more findings than a call takes arguments.
    const widest = (text: (f: Finding) => string) => findings.reduce((widest, f) => Math.max(widest, text(f).length), 0);
    const positionWidth = widest(position);
    const severityWidth = widest((f) => f.severity);
    const messageWidth = widest(message);
    let worst: Severity = 'info';
    for (const [i, f] of findings.entries()) {
      lines.push(
        `  ${paint('gray', position(f).padEnd(positionWidth))}  ${paint(severityStyle[f.severity], f.severity.padEnd(severityWidth))}  ` +
          `${message(f).padEnd(messageWidth)}  ${paint('gray', forLog(f.checkId))}`,
      );
      // Findings at the same place share one frame, after the last of them.
      if (severityRank[f.severity] > severityRank[worst]) worst = f.severity;
      const next = findings[i + 1];
      if (next && samePlace(f, next)) continue;
      const accent = frameAccent[worst];
      worst = 'info';
      const source = readSource?.(f.file);
      if (source !== undefined) {
        const frame = codeFrame(source, f, { color: options.color, accent });
        lines.push(...frame.split('\n').map((line) => `    ${line}`), '');
      }
    }
    if (lines.at(-1) !== '') lines.push('');
  }
  const { summary } = result;
  const suppressed = summary.suppressed > 0 ? `, ${summary.suppressed} suppressed` : '';
  const scanned = `in ${plural(summary.objects, 'object')} from ${plural(summary.files, 'file')}${suppressed}`;
  const notRun = disabledLine(result.disabledChecks);
  if (options.quiet) {
    lines.push(quietSummary(summary, scanned, paint), ...notRun);
    return `${lines.join('\n')}\n`;
  }
  const total = summary.error + summary.warning + summary.info;
  const counts = `${plural(summary.error, 'error')}, ${plural(summary.warning, 'warning')}, ${plural(summary.info, 'info')}`;
  if (total === 0) {
    lines.push(`✔ No problems ${scanned}`);
  } else {
    const style: Style = summary.error > 0 ? 'red' : summary.warning > 0 ? 'yellow' : 'blue';
    lines.push(paint(style, paint('bold', `✖ ${plural(total, 'problem')} (${counts}) ${scanned}`)));
  }
  lines.push(...notRun);
  return `${lines.join('\n')}\n`;
}

/** Under the summary: the checks on by default that the config turned off, which did not run. */
function disabledLine(ids: readonly string[] | undefined): string[] {
  if (!ids || ids.length === 0) return [];
  return [`${plural(ids.length, 'check')} turned off by the config did not run: ${ids.map((id) => forLog(id)).join(', ')}`];
}

/**
 * Under --quiet the summary counts the errors it listed, and names what it left out, so that a run with
 * only warnings does not read as a clean one.
 */
function quietSummary(summary: LintResult['summary'], scanned: string, paint: (style: Style, text: string) => string): string {
  const hidden = [
    ...(summary.warning > 0 ? [plural(summary.warning, 'warning')] : []),
    ...(summary.info > 0 ? [plural(summary.info, 'info')] : []),
  ];
  const note = hidden.length > 0 ? ` (not shown: ${hidden.join(', ')})` : '';
  if (summary.error === 0) return `✔ No errors ${scanned}${note}`;
  return paint('red', paint('bold', `✖ ${plural(summary.error, 'error')} ${scanned}${note}`));
}

function samePlace(a: Finding, b: Finding): boolean {
  return a.line === b.line && a.column === b.column && a.endLine === b.endLine && a.endColumn === b.endColumn;
}

function position(finding: Finding): string {
  return `${finding.line}:${finding.column}`;
}

function plural(count: number, noun: string): string {
  return `${count} ${noun}${count === 1 || noun === 'info' ? '' : 's'}`;
}
