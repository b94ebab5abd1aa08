import type { LintResult } from '../api.js';
import type { Severity } from '../engine/check.js';
import type { Finding } from '../engine/finding.js';

export interface StylishOptions {
  color: boolean;
}

const codes = { red: 31, yellow: 33, blue: 34, gray: 90, bold: 1, underline: 4 } as const;
type Style = keyof typeof codes;

/** ESLint-style output: findings grouped by file, `line:col  severity  message  check-id`, a summary line. */
export function formatStylish(result: LintResult, options: StylishOptions): string {
  const paint = (style: Style, text: string) => (options.color ? `\u001b[${codes[style]}m${text}\u001b[0m` : text);
  const severityStyle: Record<Severity, Style> = { error: 'red', warning: 'yellow', info: 'blue' };
  const byFile = new Map<string, Finding[]>();
  for (const finding of result.findings) {
    const list = byFile.get(finding.file) ?? [];
    list.push(finding);
    byFile.set(finding.file, list);
  }
  const lines: string[] = [];
  for (const [file, findings] of byFile) {
    lines.push(paint('underline', file));
    const widest = (text: (f: Finding) => string) => Math.max(...findings.map((f) => text(f).length));
    const positionWidth = widest(position);
    const severityWidth = widest((f) => f.severity);
    const messageWidth = widest((f) => f.message);
    for (const f of findings) {
      lines.push(
        `  ${paint('gray', position(f).padEnd(positionWidth))}  ${paint(severityStyle[f.severity], f.severity.padEnd(severityWidth))}  ` +
          `${f.message.padEnd(messageWidth)}  ${paint('gray', f.checkId)}`,
      );
    }
    lines.push('');
  }
  const { summary } = result;
  const total = summary.error + summary.warning + summary.info;
  const counts = `${plural(summary.error, 'error')}, ${plural(summary.warning, 'warning')}, ${plural(summary.info, 'info')}`;
  const scanned = `in ${plural(summary.objects, 'object')} from ${plural(summary.files, 'file')}`;
  if (total === 0) {
    lines.push(`✔ No problems ${scanned}`);
  } else {
    const style: Style = summary.error > 0 ? 'red' : summary.warning > 0 ? 'yellow' : 'blue';
    lines.push(paint(style, paint('bold', `✖ ${plural(total, 'problem')} (${counts}) ${scanned}`)));
  }
  return `${lines.join('\n')}\n`;
}

function position(finding: Finding): string {
  return `${finding.line}:${finding.column}`;
}

function plural(count: number, noun: string): string {
  return `${count} ${noun}${count === 1 || noun === 'info' ? '' : 's'}`;
}
