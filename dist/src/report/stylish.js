import stringWidth from 'string-width';
import wrapAnsi from 'wrap-ansi';
import { isFixable, severityRank } from '../engine/finding.js';
import { codeFrame } from './code-frame.js';
import { sourceReader } from './context.js';
import { forLog } from './escape.js';
const codes = { red: 31, yellow: 33, blue: 34, gray: 90, bold: 1, underline: 4 };
const frameAccent = { error: 'red', warning: 'yellow', info: 'blue' };
/** ESLint-style output: findings grouped by file, `line:col  severity  message  check-id`, a summary line. */
export function formatStylish(result, options) {
    const paint = (style, text) => (options.color ? `\u001b[${codes[style]}m${text}\u001b[0m` : text);
    const severityStyle = { error: 'red', warning: 'yellow', info: 'blue' };
    const shown = options.quiet ? result.findings.filter((finding) => finding.severity === 'error') : result.findings;
    const readSource = options.codeFrame && options.readSource ? sourceReader(options.readSource) : undefined;
    const byFile = new Map();
    for (const finding of shown) {
        const list = byFile.get(finding.file) ?? [];
        list.push(finding);
        byFile.set(finding.file, list);
    }
    const lines = [];
    for (const [file, findings] of byFile) {
        // Names and messages come from the files: shown with their control characters escaped.
        lines.push(paint('underline', forLog(file, { lineStart: true })));
        const rows = mergeUnits(findings);
        const messages = new Map(rows.map((row) => [row, forLog(row.finding.message)]));
        const message = (row) => messages.get(row) ?? '';
        const units = new Map(rows.map((row) => [row, `${row.units ? ` (in ${row.units})` : ''}${isFixable(row.finding) ? ' (fixable)' : ''}`]));
        const suffix = (row) => units.get(row) ?? '';
        // A loop, not Math.max(...): a file may have more findings than a call takes arguments.
        const widest = (text) => rows.reduce((widest, row) => Math.max(widest, stringWidth(text(row))), 0);
        const positionWidth = widest((row) => position(row.finding));
        const severityWidth = widest((row) => row.finding.severity);
        const messageIndent = 2 + positionWidth + 2 + severityWidth + 2;
        const checkId = (row) => forLog(row.finding.checkId);
        const natural = widest((row) => message(row) + suffix(row));
        // Check ids line up after the widest message when the terminal has room for it; otherwise each one ends
        // at the terminal's edge, and the message wraps around it, so that a short id leaves its message more room.
        const rest = options.width === undefined ? undefined : Math.max(narrowest, options.width - messageIndent);
        const firstLine = (idWidth) => (rest === undefined ? natural : Math.min(natural, Math.max(narrowest, rest - 2 - idWidth)));
        const wraps = natural > firstLine(widest(checkId));
        let worst = 'info';
        for (const [i, row] of rows.entries()) {
            const f = row.finding;
            const text = `${message(row)}${suffix(row) && paint('gray', suffix(row))}`;
            const messageWidth = wraps ? firstLine(stringWidth(checkId(row))) : natural;
            const [first = '', ...more] = rest === undefined ? [text] : wrapMessage(text, messageWidth, rest);
            const padding = ' '.repeat(Math.max(0, messageWidth - stringWidth(first)));
            lines.push(`  ${paint('gray', position(f).padEnd(positionWidth))}  ${paint(severityStyle[f.severity], f.severity.padEnd(severityWidth))}  ` +
                `${first}${padding}  ${paint('gray', checkId(row))}`);
            lines.push(...more.map((line) => `${' '.repeat(messageIndent)}${line}`));
            // Findings at the same place share one frame, after the last of them.
            if (severityRank[f.severity] > severityRank[worst])
                worst = f.severity;
            const next = rows[i + 1];
            if (next && samePlace(f, next.finding))
                continue;
            const accent = frameAccent[worst];
            worst = 'info';
            const source = readSource?.(f.file);
            if (source !== undefined) {
                const frame = codeFrame(source, f, { color: options.color, accent, ...(options.width !== undefined && { maxWidth: frameWidth(options.width, f) }) });
                lines.push(...frame.split('\n').map((line) => `    ${line}`), '');
            }
        }
        if (lines.at(-1) !== '')
            lines.push('');
    }
    const { summary } = result;
    const suppressed = summary.suppressed > 0 ? `, ${summary.suppressed} suppressed` : '';
    const baselined = result.baselined ? `, ${result.baselined} hidden by the baseline` : '';
    const scanned = `in ${plural(summary.objects, 'object')} from ${plural(summary.files, 'file')}${suppressed}${baselined}`;
    const notRun = disabledLine(result.disabledChecks);
    // Inputs that could not be read or rendered are on stderr: a run that has them is not a clean one.
    const unlinted = result.errors.length > 0 ? `; ${plural(result.errors.length, 'input')} could not be linted (on stderr)` : '';
    // Summary lines wrap under their first word, past the ✖ or ✔.
    const width = options.width;
    const closing = (line) => (width === undefined ? [line] : wrapMessage(line, width - 2, width - 2).map((part, i) => (i === 0 ? part : `  ${part}`)));
    if (options.quiet) {
        lines.push(...[quietSummary(summary, `${scanned}${unlinted}`, options.failOn, unlinted !== '', paint), ...fixableLine(shown), ...notRun].flatMap(closing));
        return `${lines.join('\n')}\n`;
    }
    const total = summary.error + summary.warning + summary.info;
    const counts = `${plural(summary.error, 'error')}, ${plural(summary.warning, 'warning')}, ${plural(summary.info, 'info')}`;
    if (total === 0) {
        lines.push(...closing(unlinted ? paint('red', paint('bold', `✖ No problems ${scanned}${unlinted}`)) : `✔ No problems ${scanned}`));
    }
    else {
        const style = summary.error > 0 ? 'red' : summary.warning > 0 ? 'yellow' : 'blue';
        lines.push(...closing(paint(style, paint('bold', `✖ ${plural(total, 'problem')} (${counts}) ${scanned}${unlinted}`))));
    }
    lines.push(...[...fixableLine(shown), ...notRun].flatMap(closing));
    return `${lines.join('\n')}\n`;
}
/** Under the summary, as ESLint says it: how many of the findings listed --fix would fix. */
function fixableLine(findings) {
    let fixable = 0;
    for (const finding of findings)
        if (isFixable(finding))
            fixable++;
    return fixable === 0 ? [] : [`${plural(fixable, 'problem')} fixable with --fix (--fix-dry-run shows the changes)`];
}
/** Columns below which a message is not wrapped any narrower: on a terminal that small, lines overflow. */
const narrowest = 20;
/**
 * Wraps text at spaces, the first line to `first` columns and the others to `rest`, colours closed at each
 * line's end and opened again on the next. A word wider than its line is kept whole and overflows: a URL
 * or an image reference broken across lines could not be copied.
 */
function wrapMessage(text, first, rest) {
    if (stringWidth(text) <= first)
        return [text];
    // wrap-ansi wraps every line to one width: a placeholder word in front takes what the first line lacks.
    const lead = 'x'.repeat(Math.max(0, rest - first - 1));
    const [head = '', ...tail] = wrapAnsi(`${lead} ${text}`, rest, { trim: true }).split('\n');
    return [head.slice(lead.length).trimStart(), ...tail];
}
/** How much of a source line a code frame under a finding may show at a terminal width. */
function frameWidth(width, finding) {
    // The frame's indent (4), its gutter (`> 12 | `, numbered up to two lines past the finding) and a `…` at each end.
    const numberWidth = String(Math.max(finding.line, finding.endLine ?? 0) + 2).length;
    return width - 4 - (numberWidth + 5) - 2;
}
/** Under the summary: the checks on by default that the config turned off, which did not run. */
function disabledLine(ids) {
    if (!ids || ids.length === 0)
        return [];
    return [`${plural(ids.length, 'check')} turned off by the config did not run: ${ids.map((id) => forLog(id)).join(', ')}`];
}
/**
 * Under --quiet the summary counts the errors it listed, and names what it left out, so that a run with
 * only warnings does not read as a clean one.
 */
function quietSummary(summary, scanned, failOn, unlinted, paint) {
    const hidden = [
        ...(summary.warning > 0 ? [plural(summary.warning, 'warning')] : []),
        ...(summary.info > 0 ? [plural(summary.info, 'info')] : []),
    ];
    // Hidden findings at or above --fail-on still fail the run: the summary says so instead of ✔.
    const failing = failOn !== undefined && ((summary.warning > 0 && severityRank.warning >= severityRank[failOn]) || (summary.info > 0 && severityRank.info >= severityRank[failOn]));
    const note = hidden.length > 0 ? ` (not shown: ${hidden.join(', ')}${failing ? `, which fail the run at --fail-on ${failOn}` : ''})` : '';
    if (summary.error === 0 && !failing && !unlinted)
        return `✔ No errors ${scanned}${note}`;
    if (summary.error === 0)
        return paint(unlinted ? 'red' : 'yellow', paint('bold', `✖ No errors ${scanned}${note}`));
    return paint('red', paint('bold', `✖ ${plural(summary.error, 'error')} ${scanned}${note}`));
}
/**
 * A base that several overlays deploy gives the same finding once per unit: same line, column, check,
 * severity and message. Those share one line naming the units; the findings of one unit (a template
 * rendered twice in one chart) keep a line each, as before.
 */
function mergeUnits(findings) {
    const groups = new Map();
    for (const f of findings) {
        const key = [f.line, f.column, f.checkId, f.severity, f.message].join('\u0000');
        const group = groups.get(key);
        if (group)
            group.push(f);
        else
            groups.set(key, [f]);
    }
    const rows = [];
    for (const group of groups.values()) {
        const first = group[0];
        if (first === undefined)
            continue;
        const units = [...new Set(group.map(unitOf))];
        if (units.length < 2)
            rows.push(...group.map((finding) => ({ finding })));
        else
            rows.push({ finding: first, units: unitList(shortUnitNames(first.file, units)) });
    }
    return rows;
}
/** The deployment unit a finding comes from: its chart or kustomization, or its own file when not rendered. */
function unitOf(finding) {
    return finding.rendered?.file ?? finding.file;
}
/**
 * The units' names without the leading folders they all share with the finding's file, each keeping at
 * least its last part: `overlays/staging`, not `deploy/app/overlays/staging`, for a file in deploy/app/base.
 */
function shortUnitNames(file, units) {
    const split = (path) => path.split(/[\\/]/);
    const folders = split(file).slice(0, -1);
    const parts = units.map(split);
    let common = 0;
    while (common < folders.length && parts.every((unit) => common < unit.length - 1 && unit[common] === folders[common]))
        common++;
    return units.map((unit, i) => (common === 0 ? unit : unit.slice((parts[i] ?? []).slice(0, common).join('/').length + 1)));
}
/** At most three names, sorted, then how many more: the line stays short. */
function unitList(names) {
    const sorted = [...names].sort();
    const shown = sorted.slice(0, 3).map((name) => forLog(name));
    return sorted.length > shown.length ? `${shown.join(', ')} and ${sorted.length - shown.length} more` : shown.join(', ');
}
function samePlace(a, b) {
    return a.line === b.line && a.column === b.column && a.endLine === b.endLine && a.endColumn === b.endColumn;
}
function position(finding) {
    return `${finding.line}:${finding.column}`;
}
function plural(count, noun) {
    return `${count} ${noun}${count === 1 || noun === 'info' ? '' : 's'}`;
}
