import { B as categories, n as escapeControls, s as isFixable } from "./cli.js";
import { r as escapeHtml, t as checkDocsUrl } from "./context-BsrkUNNl.js";

// dist/src/report/markdown.js
/** GitHub refuses comments over 65,536 characters; the findings stop a little before that. */
const commentBudget = 6e4;
/** Up to this many findings every file's table is open; above it each file is collapsed. */
const openLimit = 15;
const headlineMark = {
	error: "❌",
	warning: "⚠️",
	info: "ℹ️",
	none: "✅"
};
/**
* A pull-request comment: a headline with the counts, a table of counts per review area, then one table
* of findings per file, collapsed with <details> when there are many. Starts with an HTML comment a
* workflow can look for to update its previous comment.
*/
function formatMarkdown(result, context) {
	const { summary } = result;
	const total = summary.error + summary.warning + summary.info;
	const worst = summary.error > 0 ? "error" : summary.warning > 0 ? "warning" : summary.info > 0 ? "info" : "none";
	const reviewed = `Reviewed ${plural(summary.objects, "object")} in ${plural(summary.files, "file")} with kubeready ${escapeText(context.version)}.`;
	const blocks = ["<!-- kubeready-report -->"];
	if (total === 0 && result.errors.length > 0) blocks.push(`### ${headlineMark.warning} kubeready: no findings in the inputs that could be read`, reviewed);
	else if (total === 0) blocks.push(`### ${headlineMark.none} kubeready: no findings`, `${reviewed} Nothing to report.`);
	else {
		blocks.push(`### ${headlineMark[worst]} kubeready: ${plural(total, "finding")} (${countsOf(summary)})`, reviewed, areaTable(result.findings, context));
		const fixable = result.findings.filter(isFixable).length;
		if (fixable > 0) blocks.push(`${fixable === total ? total === 1 ? "It" : "All of them" : fixable} can be fixed with \`kubeready --fix\` (\`--fix-dry-run\` shows the changes).`);
	}
	const disabled = result.disabledChecks ?? [];
	if (disabled.length > 0) blocks.push(`${plural(disabled.length, "check")} turned off by the config did not run: ${disabled.map((id) => `\`${escapeCode(id)}\``).join(", ")}.`);
	if (result.errors.length > 0) {
		const items = result.errors.map((error) => `- \`${escapeCode(error.file)}${error.line ? `:${error.line}` : ""}\`: ${escapeText(error.message)}`);
		blocks.push(`**${plural(result.errors.length, "input")} could not be read or rendered:**\n\n${items.join("\n")}`);
	}
	if (total > 0) blocks.push(...fileSections(result.findings, context, total > openLimit, commentBudget - blocks.join("\n\n").length));
	return `${blocks.join("\n\n")}\n`;
}
function areaTable(findings, context) {
	const areaOf = areaLookup(context);
	const counts = /* @__PURE__ */ new Map();
	for (const finding of findings) {
		const area = areaOf(finding.checkId);
		const row = counts.get(area) ?? {
			error: 0,
			warning: 0,
			info: 0
		};
		row[finding.severity]++;
		counts.set(area, row);
	}
	const order = [...categories, "other"];
	return [
		"| Area | Errors | Warnings | Info |",
		"| --- | ---: | ---: | ---: |",
		...[...counts.entries()].sort(([a], [b]) => order.indexOf(a) - order.indexOf(b)).map(([area, row]) => `| ${area} | ${row.error} | ${row.warning} | ${row.info} |`)
	].join("\n");
}
/** One collapsible table per file, cut off with a note when the comment would grow past GitHub's limit. */
function fileSections(findings, context, collapsed, budget) {
	const byFile = /* @__PURE__ */ new Map();
	for (const finding of findings) {
		const list = byFile.get(finding.file);
		if (list) list.push(finding);
		else byFile.set(finding.file, [finding]);
	}
	const sections = [];
	let used = [...new Set(findings.map((finding) => finding.checkId))].reduce((sum, id) => sum + referenceLine(id).length + 1, 0);
	let listed = 0;
	for (const [file, fileFindings] of byFile) {
		const counts = {
			error: 0,
			warning: 0,
			info: 0
		};
		for (const finding of fileFindings) counts[finding.severity]++;
		const fileUrl = urlOf(context.linkBase, file);
		const shownFile = escapeHtml(escapeControls(file));
		const name = fileUrl ? `<a href="${escapeHtml(fileUrl)}"><code>${shownFile}</code></a>` : `<code>${shownFile}</code>`;
		const head = `<details${collapsed ? "" : " open"}>\n<summary>${name}: ${countsOf(counts, true)}</summary>\n\n| Line | Severity | Check | Message |\n| ---: | --- | --- | --- |`;
		const foot = "\n\n</details>";
		if (used + head.length + 12 > budget) break;
		const rows = [];
		let size = head.length + 12;
		for (const finding of fileFindings) {
			const row = findingRow(finding, fileUrl);
			if (used + size + row.length + 1 > budget) break;
			rows.push(row);
			size += row.length + 1;
		}
		if (rows.length === 0) break;
		sections.push(`${head}\n${rows.join("\n")}${foot}`);
		used += size + 2;
		listed += rows.length;
	}
	const left = findings.length - listed;
	const references = [...new Set(findings.slice(0, listed).map((finding) => finding.checkId))].map(referenceLine).join("\n");
	if (left > 0) sections.push(`… and ${plural(left, "more finding")} not listed: a comment holds at most 65,536 characters. The json, sarif and html formats list every finding.`);
	if (references) sections.push(references);
	return sections;
}
function referenceLine(checkId) {
	return `[${referenceOf(checkId)}]: ${checkDocsUrl(encodeURIComponent(checkId))}`;
}
function referenceOf(checkId) {
	return `kubeready-${checkId.replace(/[^\w-]/g, "-")}`;
}
function findingRow(finding, fileUrl) {
	const position = `${finding.line}:${finding.column}`;
	const lines = finding.endLine > finding.line ? `#L${finding.line}-L${finding.endLine}` : `#L${finding.line}`;
	return `| ${fileUrl ? `[${position}](${fileUrl}${lines})` : position} | ${finding.severity === "error" ? "**error**" : finding.severity} | ${`[\`${escapeCode(finding.checkId).replaceAll("|", "\\|")}\`][${referenceOf(finding.checkId)}]`} | ${escapeText(finding.message)}${isFixable(finding) ? " *(fixable with `--fix`)*" : ""} |`;
}
/** A link to the file when a base is known and the path is one inside the repository. */
function urlOf(linkBase, file) {
	if (!linkBase || file.startsWith("/") || file.startsWith("<") || file.startsWith("../") || /^[A-Za-z]:[\\/]/.test(file)) return void 0;
	return (linkBase.endsWith("/") ? linkBase : `${linkBase}/`) + encodeURI(file.replaceAll("\\", "/")).replaceAll("(", "%28").replaceAll(")", "%29");
}
function areaLookup(context) {
	const areas = new Map(context.checks.map((check) => [check.meta.id, check.meta.category]));
	return (checkId) => areas.get(checkId) ?? "other";
}
function countsOf(counts, skipZero = false) {
	const parts = [
		plural(counts.error, "error"),
		plural(counts.warning, "warning"),
		plural(counts.info, "info")
	];
	return (skipZero ? parts.filter((_, i) => [
		counts.error,
		counts.warning,
		counts.info
	][i] !== 0) : parts).join(", ");
}
function plural(count, noun) {
	return `${count} ${noun}${count === 1 || noun === "info" ? "" : "s"}`;
}
/**
* Text for a table cell or list item: one line, other control characters shown as escapes (`\x1b`), &, < and >
* as entities, markdown punctuation backslash-escaped, and what GitHub would make a link or a notification
* defused: a URL's `://` written `[:]//` and `www.` written `www[.]` (no autolink), a zero-width space after @
* (no @mention, no e-mail link) and after a # before a digit (no cross-reference to an issue).
*/
function escapeText(text) {
	return escapeControls(text.replace(/\r?\n|\r/g, " ")).replaceAll("&", "&amp;").replaceAll("<", "&lt;").replaceAll(">", "&gt;").replace(/[\\`*_[\]|~$]/g, (char) => `\\${char}`).replaceAll("://", "\\[:\\]//").replace(/\b(www)\./gi, "$1\\[.\\]").replaceAll("@", "@​").replace(/#(?=\d)/g, "#​");
}
/** Text inside a `code span`, where a backtick cannot be escaped; one line, control characters as escapes. */
function escapeCode(text) {
	return escapeControls(text.replaceAll("`", "'").replace(/\r?\n|\r/g, " "));
}

export { formatMarkdown };