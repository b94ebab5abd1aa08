import { p as require_dist } from "./parse-kBfv7GaD.js";
import { f as formatPath, r as forLog, t as escapeChar } from "./cli.js";
import { a as repositoryRoot } from "./confine-FI76fKUF.js";
import { n as planFixes, r as writeFixes } from "./files-I79MF9b5.js";

// dist/src/fix/diff.js
var import_dist = require_dist();
/** Lines of context around each change, as diff -u and git show them. */
const context = 3;
/**
* A unified diff of a file's text before and after the replacements that made it (sorted, apart). The
* changed lines are known from the replacements, so no lines need matching: each replacement changes the
* lines it touches, less those it leaves as they were; changes closer than twice the context share a hunk.
*/
function unifiedDiff(file, before, replacements) {
	if (replacements.length === 0) return "";
	const oldLines = linesOf(before);
	const starts = oldLines.reduce((offsets, line, i) => (offsets.push(i === 0 ? 0 : (offsets[i - 1] ?? 0) + (oldLines[i - 1]?.length ?? 0)), offsets), []);
	const lineAt = (offset) => Math.max(0, upperBound(starts, offset) - 1);
	const changes = [];
	for (const replacement of replacements) {
		const from = lineAt(replacement.start);
		const to = lineAt(Math.max(replacement.start, replacement.end - 1)) + 1;
		const previous = changes.at(-1);
		if (previous && from < previous.to) {
			previous.to = Math.max(previous.to, to);
			previous.replacements.push(replacement);
		} else changes.push({
			from,
			to,
			replacements: [replacement],
			lines: []
		});
	}
	for (const change of changes) {
		const start = starts[change.from] ?? 0;
		const end = change.to < starts.length ? starts[change.to] ?? before.length : before.length;
		let text = "";
		let at = start;
		for (const replacement of change.replacements) {
			text += before.slice(at, replacement.start) + replacement.text;
			at = replacement.end;
		}
		change.lines = linesOf(text + before.slice(at, end));
		while (change.lines.length > 0 && change.from < change.to && change.lines[0] === oldLines[change.from]) {
			change.lines.shift();
			change.from++;
		}
		while (change.lines.length > 0 && change.from < change.to && change.lines.at(-1) === oldLines[change.to - 1]) {
			change.lines.pop();
			change.to--;
		}
	}
	const out = [`--- a/${file}\n`, `+++ b/${file}\n`];
	let shift = 0;
	for (let i = 0; i < changes.length;) {
		let j = i;
		while (j + 1 < changes.length && (changes[j + 1]?.from ?? 0) - (changes[j]?.to ?? 0) <= 6) j++;
		const hunkFrom = Math.max(0, (changes[i]?.from ?? 0) - context);
		const hunkTo = Math.min(oldLines.length, (changes[j]?.to ?? 0) + context);
		const body = [];
		let at = hunkFrom;
		let added = 0;
		for (let k = i; k <= j; k++) {
			const change = changes[k];
			for (; at < change.from; at++) body.push(shown(" ", oldLines[at]));
			for (; at < change.to; at++) body.push(shown("-", oldLines[at]));
			for (const line of change.lines) body.push(shown("+", line));
			added += change.lines.length - (change.to - change.from);
		}
		for (; at < hunkTo; at++) body.push(shown(" ", oldLines[at]));
		const oldCount = hunkTo - hunkFrom;
		out.push(`@@ -${range(hunkFrom, oldCount)} +${range(hunkFrom + shift, oldCount + added)} @@\n`, ...body);
		shift += added;
		i = j + 1;
	}
	return out.join("");
}
/** One line of a hunk; a line without a line break (the file's last) is marked as diff marks it. */
function shown(mark, line) {
	const text = line ?? "";
	return text.endsWith("\n") ? `${mark}${text}` : `${mark}${text}\n\\ No newline at end of file\n`;
}
/** `start,count` of a hunk, 1-based; an empty range names the line before it, as diff does. */
function range(from, count) {
	return count === 0 ? `${from},0` : `${from + 1},${count}`;
}
/** The lines of a text, each with its line break; the last may have none. */
function linesOf(text) {
	const lines = [];
	let at = 0;
	for (let newline = text.indexOf("\n"); newline !== -1; newline = text.indexOf("\n", at)) {
		lines.push(text.slice(at, newline + 1));
		at = newline + 1;
	}
	if (at < text.length) lines.push(text.slice(at));
	return lines;
}
/** The number of values in sorted `values` that are at most `value`. */
function upperBound(values, value) {
	let low = 0;
	let high = values.length;
	while (low < high) {
		const middle = low + high >> 1;
		if ((values[middle] ?? 0) <= value) low = middle + 1;
		else high = middle;
	}
	return low;
}

// dist/src/fix/command.js
/**
* --fix and --fix-dry-run: plans the fixes of the findings, then writes them or shows them as a diff.
* Only files of the repositories of the paths linted are written (`paths`, as named on the command line).
*/
function runFixes(findings, paths, cwd, dryRun) {
	const named = paths.filter((path) => path !== "-");
	const roots = [...new Set((named.length < paths.length || named.length === 0 ? [cwd, ...named] : named).map((path) => repositoryRoot(path, cwd)))];
	const plan = planFixes(findings, {
		cwd,
		roots
	});
	const messages = [];
	const skipped = [...plan.skipped];
	let changes = plan.changes;
	if (!dryRun) {
		const done = writeFixes(plan, cwd);
		changes = done.written;
		skipped.push(...done.skipped);
	}
	for (const { file, reason, findings: left } of skipped) messages.push(`${forLog(file)}: not fixed (${plural(left.length, "problem")}): ${forLog(reason)}`);
	const fixed = changes.flatMap((change) => change.fixed);
	const count = `${plural(fixed.length, "problem")} in ${plural(changes.length, "file")}`;
	if (fixed.length === 0 && skipped.length === 0) messages.push("nothing to fix");
	else messages.push(dryRun ? `--fix would fix ${count}; nothing was written` : `fixed ${count}`);
	if (plan.suggestions.length > 0) messages.push(`${plural(plan.suggestions.length, "fix")} left to you${dryRun ? " (shown as suggestions)" : ": --fix-dry-run shows them"}`);
	return {
		fixed,
		files: changes.length,
		output: dryRun ? dryRunText(plan) : "",
		messages
	};
}
/** The diff of every file --fix would change, then each fix left to a person, as a comment block. */
function dryRunText(plan) {
	const parts = plan.changes.map((change) => shownDiff(unifiedDiff(change.file, change.before, change.replacements)));
	for (const finding of plan.suggestions) parts.push(suggestion(finding));
	return parts.join("");
}
/**
* A diff as the terminal shows it: what acts rather than shows (controls, bidirectional marks) escaped
* as forLog does, but tabs and each line's own break kept, so that the diff still applies with patch.
*/
function shownDiff(diff) {
	return diff.replace(/(\r?\n)|\t|[\p{Cc}\u061c\u200e\u200f\u2028-\u202e\u2066-\u2069]/gu, (char, lineBreak) => lineBreak !== void 0 || char === "	" ? char : escapeChar(char));
}
/** A fix --fix does not apply, as a suggestion for the file a person edits. */
function suggestion(finding) {
	const fix = finding.fix;
	if (!fix) return "";
	const lines = [`# ${finding.file}:${finding.line}: ${finding.checkId}: ${fix.description}`, `#   not applied: ${fix.manual ?? "left to you"}`];
	for (const edit of fix.edits ?? []) {
		const value = (0, import_dist.stringify)(edit.value, {
			version: "1.1",
			collectionStyle: "flow",
			lineWidth: 0
		}).trimEnd();
		lines.push(`#   ${edit.op === "set" ? "set" : "append to"} ${formatPath(edit.path)}: ${value}`);
	}
	for (const object of fix.add ?? []) lines.push(`#   add beside it:`, ...(0, import_dist.stringify)(object, {
		version: "1.1",
		lineWidth: 0
	}).trimEnd().split("\n").map((line) => `#     ${line}`));
	return `${lines.map((line) => forLog(line)).join("\n")}\n`;
}
function plural(count, noun) {
	return `${count} ${noun}${count === 1 ? "" : noun.endsWith("x") ? "es" : "s"}`;
}

export { runFixes };