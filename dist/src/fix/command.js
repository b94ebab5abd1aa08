import { stringify } from 'yaml';
import { formatPath } from '../engine/finding.js';
import { repositoryRoot } from '../load/confine.js';
import { escapeChar, forLog } from '../report/escape.js';
import { unifiedDiff } from './diff.js';
import { planFixes, writeFixes } from './files.js';
/**
 * --fix and --fix-dry-run: plans the fixes of the findings, then writes them or shows them as a diff.
 * Only files of the repositories of the paths linted are written (`paths`, as named on the command line).
 */
export function runFixes(findings, paths, cwd, dryRun) {
    const named = paths.filter((path) => path !== '-');
    const roots = [...new Set((named.length < paths.length || named.length === 0 ? [cwd, ...named] : named).map((path) => repositoryRoot(path, cwd)))];
    const plan = planFixes(findings, { cwd, roots });
    const messages = [];
    const skipped = [...plan.skipped];
    let changes = plan.changes;
    if (!dryRun) {
        const done = writeFixes(plan, cwd);
        changes = done.written;
        skipped.push(...done.skipped);
    }
    for (const { file, reason, findings: left } of skipped) {
        messages.push(`${forLog(file)}: not fixed (${plural(left.length, 'problem')}): ${forLog(reason)}`);
    }
    const fixed = changes.flatMap((change) => change.fixed);
    const count = `${plural(fixed.length, 'problem')} in ${plural(changes.length, 'file')}`;
    if (fixed.length === 0 && skipped.length === 0)
        messages.push('nothing to fix');
    else
        messages.push(dryRun ? `--fix would fix ${count}; nothing was written` : `fixed ${count}`);
    if (plan.suggestions.length > 0)
        messages.push(`${plural(plan.suggestions.length, 'fix')} left to you${dryRun ? ' (shown as suggestions)' : ': --fix-dry-run shows them'}`);
    return { fixed, files: changes.length, output: dryRun ? dryRunText(plan) : '', messages };
}
/** The diff of every file --fix would change, then each fix left to a person, as a comment block. */
function dryRunText(plan) {
    const parts = plan.changes.map((change) => shownDiff(unifiedDiff(change.file, change.before, change.replacements)));
    for (const finding of plan.suggestions)
        parts.push(suggestion(finding));
    return parts.join('');
}
/**
 * A diff as the terminal shows it: what acts rather than shows (controls, bidirectional marks) escaped
 * as forLog does, but tabs and each line's own break kept, so that the diff still applies with patch.
 */
function shownDiff(diff) {
    return diff.replace(/(\r?\n)|\t|[\p{Cc}\u061c\u200e\u200f\u2028-\u202e\u2066-\u2069]/gu, (char, lineBreak) => lineBreak !== undefined || char === '\t' ? char : escapeChar(char));
}
/** A fix --fix does not apply, as a suggestion for the file a person edits. */
function suggestion(finding) {
    const fix = finding.fix;
    if (!fix)
        return '';
    const lines = [`# ${finding.file}:${finding.line}: ${finding.checkId}: ${fix.description}`, `#   not applied: ${fix.manual ?? 'left to you'}`];
    for (const edit of fix.edits ?? []) {
        const value = stringify(edit.value, { version: '1.1', collectionStyle: 'flow', lineWidth: 0 }).trimEnd();
        lines.push(`#   ${edit.op === 'set' ? 'set' : 'append to'} ${formatPath(edit.path)}: ${value}`);
    }
    for (const object of fix.add ?? []) {
        lines.push(`#   add beside it:`, ...stringify(object, { version: '1.1', lineWidth: 0 }).trimEnd().split('\n').map((line) => `#     ${line}`));
    }
    return `${lines.map((line) => forLog(line)).join('\n')}\n`;
}
function plural(count, noun) {
    return `${count} ${noun}${count === 1 ? '' : noun.endsWith('x') ? 'es' : 's'}`;
}
