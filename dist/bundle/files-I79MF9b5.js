import { a as STDIN_NAME } from "./cli.js";
import { f as textDigest, p as require_dist, t as isJsonFile } from "./parse-kBfv7GaD.js";
import { t as escapeFrom } from "./confine-FI76fKUF.js";
import { n as firstInvalidUtf8, t as decodeSource } from "./read-s9kNOnyr.js";
import { lstatSync, readFileSync, realpathSync, writeFileSync } from "node:fs";
import { resolve } from "node:path";

// dist/src/fix/apply.js
var import_dist = require_dist();
/** A fix that cannot be applied to the text as it is written: it is left out, the others are applied. */
var Conflict = class extends Error {};
/**
* Applies the fixes to the text, all edits of one object in one pass: two fixes that set the same path
* compose (the first wins), two that add keys to one mapping add them together. A fix any of whose edits
* cannot be made as written (through an alias or a merge key, into a scalar, at a list index that is not
* there) is left out whole.
*/
function applyFixes(text, fixes, parsed = parseForFixes(text)) {
	const changes = fixReplacements(text, fixes, parsed);
	return {
		...changes,
		text: changes.problem === void 0 ? spliced(text, changes.replacements) : text
	};
}
/** What applyFixes changes, without making the new text: one finding's fix of a large file, for SARIF. */
function fixReplacements(text, fixes, parsed = parseForFixes(text)) {
	if ("problem" in parsed) return {
		replacements: [],
		applied: fixes.map(() => false),
		problem: parsed.problem
	};
	const { documents: list, layout } = parsed;
	const applied = fixes.map(() => false);
	const overlays = /* @__PURE__ */ new Map();
	fixes.forEach((fix, i) => {
		const document = list[fix.document];
		const root = document && nodeAt(document.contents, fix.basePath);
		if (!document || !root || !(0, import_dist.isMap)(root) || !isExpected(root, fix.expect)) return;
		const own = {
			kind: "tree",
			children: /* @__PURE__ */ new Map()
		};
		for (const edit of fix.edits ?? []) addEdit(own, edit);
		try {
			render(text, root, own, layout, false);
		} catch (error) {
			if (error instanceof Conflict) return;
			throw error;
		}
		let entry = overlays.get(root);
		if (!entry) overlays.set(root, entry = {
			overlay: {
				kind: "tree",
				children: /* @__PURE__ */ new Map()
			},
			adds: [],
			document,
			fixes: []
		});
		entry.fixes.push(i);
		for (const edit of fix.edits ?? []) addEdit(entry.overlay, edit);
		for (const object of fix.add ?? []) if (!entry.adds.some((added) => sameValue(added, object))) entry.adds.push(object);
		applied[i] = true;
	});
	const replacements = [];
	for (const [root, { overlay, adds, document, fixes: indexes }] of overlays) {
		try {
			replacements.push(...render(text, root, overlay, layout, false));
		} catch (error) {
			if (!(error instanceof Conflict)) throw error;
			for (const i of indexes) applied[i] = false;
			continue;
		}
		if (adds.length > 0) replacements.push(addedAfter(text, document, adds, layout));
	}
	return {
		replacements: mergeReplacements(replacements),
		applied
	};
}
function parseForFixes(text) {
	const documents = (0, import_dist.parseAllDocuments)(text, { prettyErrors: false });
	const list = Array.isArray(documents) ? documents : [];
	if (list.some((document) => document.errors.length > 0)) return { problem: "it has YAML syntax errors" };
	return {
		documents: list,
		layout: layoutOf(text, list)
	};
}
/** The text with the replacements (sorted, apart) made. */
function spliced(text, replacements) {
	let out = "";
	let at = 0;
	for (const { start, end, text: inserted } of replacements) {
		out += text.slice(at, start) + inserted;
		at = end;
	}
	return out + text.slice(at);
}
/** Sorted; two insertions at one offset (objects of two mappings ending on one line) become one. */
function mergeReplacements(replacements) {
	const sorted = [...replacements].sort((a, b) => a.start - b.start || a.end - b.end);
	const merged = [];
	for (const next of sorted) {
		const last = merged.at(-1);
		if (last && last.start === last.end && next.start === next.end && last.start === next.start) last.text += next.text;
		else if (last && next.start < last.end) continue;
		else merged.push({ ...next });
	}
	return merged;
}
function addEdit(tree, edit) {
	if (edit.path.length === 0) return;
	let node = tree;
	for (const segment of edit.path.slice(0, -1)) {
		if (node.kind !== "tree") return;
		let child = node.children.get(segment);
		if (!child) node.children.set(segment, child = {
			kind: "tree",
			children: /* @__PURE__ */ new Map()
		});
		node = child;
	}
	if (node.kind !== "tree") return;
	const last = edit.path[edit.path.length - 1];
	const existing = node.children.get(last);
	if (edit.op === "set") {
		if (!existing) node.children.set(last, {
			kind: "set",
			value: edit.value
		});
		return;
	}
	if (!existing) node.children.set(last, {
		kind: "append",
		items: [edit.value]
	});
	else if (existing.kind === "append" && !existing.items.some((item) => sameValue(item, edit.value))) existing.items.push(edit.value);
}
/** The node at a path of plain keys and indexes, or undefined; never through an alias. */
function nodeAt(node, path) {
	let current = node;
	for (const segment of path) if ((0, import_dist.isMap)(current) && typeof segment === "string") current = pairOf(current.items, segment)?.value;
	else if ((0, import_dist.isSeq)(current) && typeof segment === "number") current = current.items[segment];
	else return void 0;
	return current;
}
function isExpected(root, expect) {
	const scalarAt = (path) => {
		const node = nodeAt(root, path);
		return (0, import_dist.isScalar)(node) ? String(node.value) : void 0;
	};
	const name = scalarAt(["metadata", "name"]);
	return (expect?.kind === void 0 || scalarAt(["kind"]) === expect.kind) && (expect?.name === void 0 || name === void 0 || name === expect.name);
}
function pairOf(items, key) {
	return items.find((pair) => (0, import_dist.isScalar)(pair.key) && String(pair.key.value) === key);
}
/** The replacements that make `node` hold what `overlay` says. */
function render(text, node, overlay, layout, inFlow) {
	if ((0, import_dist.isAlias)(node) || ((0, import_dist.isMap)(node) || (0, import_dist.isSeq)(node) || (0, import_dist.isScalar)(node)) && node.anchor) throw new Conflict("an alias or an anchor");
	if (overlay.kind === "tree") {
		if ((0, import_dist.isMap)(node)) return renderInMap(text, node, overlay, layout, inFlow);
		if ((0, import_dist.isSeq)(node)) {
			const out = [];
			for (const [index, child] of overlay.children) {
				const item = typeof index === "number" ? node.items[index] : void 0;
				if (item === void 0) throw new Conflict("no such item");
				out.push(...render(text, item, child, layout, inFlow || node.flow === true));
			}
			return out;
		}
		if (isNullScalar(node)) return replaceNull(text, node, materialize(overlay), layout, inFlow);
		throw new Conflict("a value where a mapping is needed");
	}
	if (overlay.kind === "set") {
		if (sameValue(valueOf(node), overlay.value)) return [];
		if (isNullScalar(node)) return replaceNull(text, node, overlay.value, layout, inFlow);
		const [start, end] = node.range ?? [0, 0];
		if ((0, import_dist.isScalar)(node) && !isCollectionValue(overlay.value)) return [{
			start,
			end: contentEnd(text, node),
			text: renderScalarLike(node, overlay.value, layout)
		}];
		if (((0, import_dist.isMap)(node) || (0, import_dist.isSeq)(node)) && isCollectionValue(overlay.value)) {
			if (node.flow || inFlow) return [{
				start,
				end,
				text: renderFlow(overlay.value, paddingOf(text, node, layout))
			}];
			const indent = " ".repeat(columnOf(text, start));
			const lines = renderBlock(overlay.value, layout);
			return [{
				start,
				end: contentEnd(text, node),
				text: lines.map((line, i) => i === 0 ? line : indent + line).join(layout.eol)
			}];
		}
		throw new Conflict("a value of another shape");
	}
	const items = overlay.items.filter((item) => !((0, import_dist.isSeq)(node) && node.items.some((existing) => sameValue(valueOf(existing), item))));
	if (items.length === 0) return [];
	if ((0, import_dist.isSeq)(node)) {
		if (node.flow || inFlow) return [flowInsert(text, node, items.map((item) => renderFlow(item, paddingOf(text, node, layout))))];
		const first = node.items[0];
		const dash = first?.range ? lastDashBefore(text, first.range[0]) : node.range?.[0];
		if (dash === void 0) throw new Conflict("no place in the list");
		const indent = " ".repeat(columnOf(text, dash));
		const lines = renderBlock(items, layout).map((line) => indent + line);
		return [{
			start: lineEnd(text, contentEnd(text, node)),
			end: lineEnd(text, contentEnd(text, node)),
			text: layout.eol + lines.join(layout.eol)
		}];
	}
	if (isNullScalar(node)) return replaceNull(text, node, items, layout, inFlow);
	throw new Conflict("a value where a list is needed");
}
function renderInMap(text, map, overlay, layout, inFlow) {
	if (map.items.some((pair) => (0, import_dist.isScalar)(pair.key) && pair.key.value === "<<")) throw new Conflict("a merge key");
	const flow = inFlow || map.flow === true;
	const out = [];
	const missing = [];
	for (const [key, child] of overlay.children) {
		if (typeof key !== "string") throw new Conflict("an index into a mapping");
		const pair = pairOf(map.items, key);
		if (!pair) missing.push([key, materialize(child)]);
		else if (pair.value === null || pair.value === void 0) throw new Conflict("a key without a value node");
		else out.push(...render(text, pair.value, child, layout, flow));
	}
	if (missing.length === 0) return out;
	const added = Object.fromEntries(missing);
	if (flow) {
		const padding = paddingOf(text, map, layout);
		out.push(flowInsert(text, map, missing.map(([key, value]) => `${renderKey(key, map.items)}: ${renderFlow(value, padding)}`)));
		return out;
	}
	const firstKey = map.items[0]?.key;
	if (!firstKey?.range) throw new Conflict("an empty block mapping");
	const indent = " ".repeat(columnOf(text, firstKey.range[0]));
	const lines = renderBlock(added, layout, quotedKeys(map.items)).map((line) => indent + line);
	const at = lineEnd(text, contentEnd(text, map));
	out.push({
		start: at,
		end: at,
		text: layout.eol + lines.join(layout.eol)
	});
	return out;
}
/** A value where there is none (`key:`, `key: null`, `key: ~`): the new value in its place, under its key. */
function replaceNull(text, node, value, layout, inFlow) {
	const [start, end] = node.range ?? [0, 0];
	if (inFlow) return [{
		start,
		end,
		text: renderFlow(value, layout.flowPadding)
	}];
	if (!isCollectionValue(value)) {
		if (start !== end) return [{
			start,
			end,
			text: renderFlow(value, layout.flowPadding)
		}];
		let at = start;
		while (at > 0 && (text[at - 1] === " " || text[at - 1] === "	")) at--;
		return [{
			start: at,
			end: at,
			text: ` ${renderFlow(value, layout.flowPadding)}`
		}];
	}
	const keyColumn = keyColumnBefore(text, start);
	if (keyColumn === void 0) throw new Conflict("no key for the value");
	let from = start;
	while (from > 0 && (text[from - 1] === " " || text[from - 1] === "	") && start !== end) from--;
	const nested = Array.isArray(value) && !layout.indentSeq ? keyColumn : keyColumn + layout.step;
	const lines = renderBlock(value, layout).map((line) => " ".repeat(nested) + line);
	const at = lineEnd(text, end);
	const out = [];
	if (start !== end) out.push({
		start: from,
		end,
		text: ""
	});
	out.push({
		start: at,
		end: at,
		text: layout.eol + lines.join(layout.eol)
	});
	return out;
}
/** New objects after the document, each its own document. */
function addedAfter(text, document, objects, layout) {
	const contents = document.contents;
	const at = lineEnd(text, contents ? contentEnd(text, contents) : document.range[1] ?? text.length);
	const body = objects.map((object) => ["---", ...renderBlock(object, layout)].join(layout.eol)).join(layout.eol);
	return {
		start: at,
		end: at,
		text: layout.eol + body
	};
}
/** Items added before the closing bracket of a flow collection, after its last item. */
function flowInsert(text, node, parts) {
	const last = node.items.at(-1);
	const [start, end] = node.range ?? [0, 0];
	if (last === void 0) {
		const at = text.indexOf(text[start] === "{" ? "{" : "[", start) + 1;
		return {
			start: at,
			end: at,
			text: parts.join(", ")
		};
	}
	const lastEnd = isPairLike(last) ? contentEnd(text, last.value ?? last.key) : contentEnd(text, last);
	let probe = lastEnd;
	while (probe < end && /\s/.test(text[probe] ?? "")) probe++;
	if (text[probe] === ",") return {
		start: probe + 1,
		end: probe + 1,
		text: ` ${parts.join(", ")},`
	};
	return {
		start: lastEnd,
		end: lastEnd,
		text: `, ${parts.join(", ")}`
	};
}
function isPairLike(item) {
	return typeof item === "object" && item !== null && "key" in item && "value" in item;
}
/** Where a node's own text ends: its last value, without the comments and blank lines after it. */
function contentEnd(text, node) {
	if ((0, import_dist.isMap)(node) || (0, import_dist.isSeq)(node)) {
		if (node.flow) return node.range?.[1] ?? 0;
		const last = node.items.at(-1);
		if (last === void 0) return node.range?.[1] ?? 0;
		if (isPairLike(last)) {
			const value = last.value;
			if (value && value.range) return contentEnd(text, value);
			return last.key.range?.[1] ?? 0;
		}
		return contentEnd(text, last);
	}
	let end = node.range?.[1] ?? 0;
	const start = node.range?.[0] ?? 0;
	while (end > start && /\s/.test(text[end - 1] ?? "")) end--;
	return end;
}
/** Where the line holding `offset` ends, before its line break (a comment after the value stays on it). */
function lineEnd(text, offset) {
	const newline = text.indexOf("\n", offset);
	if (newline === -1) return text.length;
	return text[newline - 1] === "\r" ? newline - 1 : newline;
}
function columnOf(text, offset) {
	return offset - (text.lastIndexOf("\n", offset - 1) + 1);
}
function lastDashBefore(text, offset) {
	const dash = text.lastIndexOf("-", offset - 1);
	return dash === -1 ? void 0 : dash;
}
/** The column of the key a value at `offset` belongs to: the first non-space of its line, past any `- `. */
function keyColumnBefore(text, offset) {
	const lineStart = text.lastIndexOf("\n", offset - 1) + 1;
	const line = text.slice(lineStart, offset);
	return /^([ ]*(?:- +)*)[^\s]/.exec(line)?.[1]?.length;
}
function isNullScalar(node) {
	return (0, import_dist.isScalar)(node) && node.value === null;
}
function isCollectionValue(value) {
	return typeof value === "object" && value !== null;
}
/** The plain value of a node; undefined for one that has aliases inside (never equal to a fix's value). */
function valueOf(node) {
	if ((0, import_dist.isScalar)(node)) return node.value;
	if ((0, import_dist.isMap)(node) || (0, import_dist.isSeq)(node)) try {
		return node.toJSON();
	} catch {
		return;
	}
}
function sameValue(a, b) {
	return a === b || typeof a === "object" && typeof b === "object" && a !== null && b !== null && JSON.stringify(a) === JSON.stringify(b);
}
function materialize(overlay) {
	if (overlay.kind === "set") return overlay.value;
	if (overlay.kind === "append") return overlay.items;
	const object = {};
	for (const [key, child] of overlay.children) {
		if (typeof key !== "string") throw new Conflict("an index into a list that is not there");
		object[key] = materialize(child);
	}
	return object;
}
/**
* Scalars are written for YAML 1.1 readers (kubectl's): a string that 1.1 reads as a boolean or a number
* (yes, on, 0755) is quoted.
*/
const scalarOptions = {
	version: "1.1",
	lineWidth: 0,
	minContentWidth: 0
};
function renderFlow(value, padding) {
	return (0, import_dist.stringify)(value, {
		...scalarOptions,
		collectionStyle: "flow",
		flowCollectionPadding: padding
	}).trimEnd();
}
/** A string in the quotes of the scalar it replaces (`"Delete"` becomes `"Retain"`); other values as they render. */
function renderScalarLike(node, value, layout) {
	if (typeof value === "string" && node.type === "QUOTE_DOUBLE") return JSON.stringify(value);
	if (typeof value === "string" && node.type === "QUOTE_SINGLE") return `'${value.replaceAll("'", "''")}'`;
	return renderFlow(value, layout.flowPadding);
}
/** Whether a flow collection is written with spaces inside its brackets (`{ a: 1 }`); an empty one follows the file. */
function paddingOf(text, node, layout) {
	const start = node.range?.[0];
	return node.items.length > 0 && start !== void 0 ? text[start + 1] === " " : layout.flowPadding;
}
/**
* A value in block style, as lines relative to where it starts: mappings nested by the file's step,
* sequences under a key indented or not as the file has them, scalars as yaml writes them for YAML 1.1
* readers (a string with a line break double-quoted, on one line). yaml's own block output cannot put a
* sequence at its key's column under four-space mappings, hence this.
*/
function renderBlock(value, layout, quoteKeys = false) {
	const scalar = (item) => {
		if (typeof item === "string" && (quoteKeys || item.includes("\n"))) return JSON.stringify(item);
		const shown = (0, import_dist.stringify)(item, scalarOptions).trimEnd();
		return shown.includes("\n") ? JSON.stringify(item) : shown;
	};
	const key = (name) => quoteKeys ? JSON.stringify(name) : (0, import_dist.stringify)(name, scalarOptions).trimEnd();
	const pad = (lines, spaces) => lines.map((line) => " ".repeat(spaces) + line);
	const lines = (item) => {
		if (Array.isArray(item)) {
			if (item.length === 0) return ["[]"];
			return item.flatMap((entry) => {
				if (Array.isArray(entry) || isPlainObject(entry) && Object.keys(entry).length === 0) return [`- ${renderFlow(entry, layout.flowPadding)}`];
				const [first = "", ...rest] = isPlainObject(entry) ? lines(entry) : [scalar(entry)];
				return [`- ${first}`, ...pad(rest, 2)];
			});
		}
		if (isPlainObject(item)) {
			if (Object.keys(item).length === 0) return ["{}"];
			return Object.entries(item).flatMap(([name, entry]) => {
				if (Array.isArray(entry) && entry.length > 0) return [`${key(name)}:`, ...pad(lines(entry), layout.indentSeq ? layout.step : 0)];
				if (isPlainObject(entry) && Object.keys(entry).length > 0) return [`${key(name)}:`, ...pad(lines(entry), layout.step)];
				return [`${key(name)}: ${lines(entry)[0] ?? ""}`];
			});
		}
		return [scalar(item)];
	};
	return lines(value);
}
function isPlainObject(value) {
	return typeof value === "object" && value !== null && !Array.isArray(value);
}
function renderKey(key, siblings) {
	return quotedKeys(siblings) ? JSON.stringify(key) : (0, import_dist.stringify)(key, scalarOptions).trimEnd();
}
/** True when every key of the mapping is double-quoted: new keys are written so too. */
function quotedKeys(items) {
	return items.length > 0 && items.every((pair) => (0, import_dist.isScalar)(pair.key) && pair.key.type === "QUOTE_DOUBLE");
}
/** How the file lays out what a fix adds: its line breaks, its indentation step, its sequences' indentation. */
function layoutOf(text, documents) {
	const newline = text.indexOf("\n");
	const eol = newline > 0 && text[newline - 1] === "\r" ? "\r\n" : "\n";
	let step;
	let indentSeq;
	let flowPadding;
	const visit = (node, keyColumn, depth) => {
		if (step !== void 0 && indentSeq !== void 0 && flowPadding !== void 0 || depth > 64) return;
		if (((0, import_dist.isMap)(node) || (0, import_dist.isSeq)(node)) && node.flow && node.items.length > 0 && flowPadding === void 0) flowPadding = text[(node.range?.[0] ?? 0) + 1] === " ";
		if ((0, import_dist.isMap)(node)) {
			const first = node.items[0]?.key;
			const column = first?.range && !node.flow ? columnOf(text, first.range[0]) : void 0;
			if (column !== void 0 && keyColumn !== void 0 && step === void 0 && column > keyColumn) step = column - keyColumn;
			for (const pair of node.items) visit(pair.value, node.flow || !pair.key?.range ? void 0 : columnOf(text, pair.key.range?.[0] ?? 0), depth + 1);
		} else if ((0, import_dist.isSeq)(node)) {
			if (!node.flow && keyColumn !== void 0 && indentSeq === void 0) {
				const first = node.items[0];
				const dash = first?.range ? lastDashBefore(text, first.range[0]) : void 0;
				if (dash !== void 0) indentSeq = columnOf(text, dash) > keyColumn;
			}
			for (const item of node.items) visit(item, void 0, depth + 1);
		}
	};
	for (const document of documents) visit(document.contents, void 0, 0);
	return {
		eol,
		step: step ?? 2,
		indentSeq: indentSeq ?? true,
		flowPadding: flowPadding ?? true
	};
}

// dist/src/fix/files.js
/** The fixes of the findings that --fix writes into `file`, in the findings' order (the first wins). */
function fixesIn(findings, file) {
	const entries = [];
	for (const finding of findings) {
		const fix = finding.fix;
		if (!fix?.at || fix.file !== file) continue;
		const expect = finding.object ? {
			kind: finding.object.kind,
			name: finding.rendered ? void 0 : finding.object.name
		} : void 0;
		entries.push({
			document: fix.at.document,
			basePath: fix.at.basePath,
			edits: fix.edits,
			add: fix.add,
			expect,
			finding
		});
	}
	return entries;
}
/**
* What --fix would do: for each file findings fix, the new text, or why the file is left alone. Reads the
* files, writes nothing. A file is left alone when it is not a plain YAML file of the repository (outside
* it, a symbolic link or reached through one, JSON, standard input), when it is generated (`# Source:` of
* saved helm output, a "do not edit" header), when it does not parse, and when it is no longer the text
* that was linted.
*/
function planFixes(findings, options) {
	const byFile = /* @__PURE__ */ new Map();
	const suggestions = [];
	for (const finding of findings) {
		if (!finding.fix) continue;
		if (!finding.fix.at) {
			suggestions.push(finding);
			continue;
		}
		const list = byFile.get(finding.fix.file);
		if (list) list.push(finding);
		else byFile.set(finding.fix.file, [finding]);
	}
	const plan = {
		changes: [],
		skipped: [],
		suggestions
	};
	for (const [file, list] of byFile) {
		const read = readForFix(file, list, options);
		if ("reason" in read) {
			plan.skipped.push({
				file,
				reason: read.reason,
				findings: list
			});
			continue;
		}
		const entries = fixesIn(list, file);
		const result = applyFixes(read.text, entries);
		if (result.problem !== void 0) {
			plan.skipped.push({
				file,
				reason: result.problem,
				findings: list
			});
			continue;
		}
		const fixed = entries.filter((_, i) => result.applied[i]).map((entry) => entry.finding);
		const notApplied = entries.filter((_, i) => !result.applied[i]).map((entry) => entry.finding);
		if (notApplied.length > 0) plan.skipped.push({
			file,
			reason: "the fix does not fit the file as it is written (an alias, a merge key, a value of another shape)",
			findings: notApplied
		});
		if (result.text !== read.text) plan.changes.push({
			file,
			before: read.text,
			after: result.text,
			replacements: result.replacements,
			fixed,
			bytes: read.bytes,
			bom: read.bom
		});
	}
	return plan;
}
/** Writes the planned changes; a file that changed on disk since it was read is left alone. */
function writeFixes(plan, cwd) {
	const written = [];
	const skipped = [];
	for (const change of plan.changes) {
		const path = resolve(cwd, change.file);
		let now;
		try {
			now = readFileSync(path);
		} catch (error) {
			skipped.push({
				file: change.file,
				reason: `cannot read it again: ${error.code ?? String(error)}`,
				findings: change.fixed
			});
			continue;
		}
		if (!now.equals(change.bytes)) {
			skipped.push({
				file: change.file,
				reason: "it changed on disk during the run",
				findings: change.fixed
			});
			continue;
		}
		try {
			writeFileSync(path, change.bom ? `\uFEFF${change.after}` : change.after);
		} catch (error) {
			skipped.push({
				file: change.file,
				reason: `cannot write it: ${error.code ?? String(error)}`,
				findings: change.fixed
			});
			continue;
		}
		written.push(change);
	}
	return {
		written,
		skipped
	};
}
/** The text of a file to fix, as it was linted, or why it is not fixed. */
function readForFix(file, findings, options) {
	if (file === "<stdin>") return { reason: "standard input" };
	if (isJsonFile(file)) return { reason: "a JSON file (--fix edits YAML only)" };
	const path = resolve(options.cwd, file);
	if (!options.roots.some((root) => escapeFrom(path, root) === void 0)) return { reason: "outside the repository" };
	try {
		if (lstatSync(path).isSymbolicLink()) return { reason: "a symbolic link" };
		if (realpathSync(path) !== path) return { reason: "reached through a symbolic link" };
	} catch (error) {
		return { reason: `cannot read it: ${error.code ?? String(error)}` };
	}
	let bytes;
	try {
		bytes = readFileSync(path);
	} catch (error) {
		return { reason: `cannot read it: ${error.code ?? String(error)}` };
	}
	if (bytes[0] === 255 && bytes[1] === 254 || bytes[0] === 254 && bytes[1] === 255) return { reason: "UTF-16 text" };
	if (firstInvalidUtf8(bytes) !== void 0) return { reason: "not valid UTF-8" };
	const { text } = decodeSource(bytes);
	if (/\r(?!\n)/.test(text)) return { reason: "it has line breaks of a lone carriage return" };
	if (/[\x00-\x08\x0b\x0c\x0e-\x1f\x7f-\x9f]/.test(text)) return { reason: "it holds control characters" };
	const digests = new Set(findings.map((finding) => finding.fix?.at?.digest));
	if (!digests.has(textDigest(text)) || digests.size > 1) return { reason: "it changed since it was linted" };
	const generated = generatedBy(text);
	if (generated) return { reason: `a generated file (${generated})` };
	return {
		text,
		bytes,
		bom: bytes[0] === 239 && bytes[1] === 187 && bytes[2] === 191
	};
}
/** Why a file looks written by a tool, whose next run would undo the fix: saved helm output, a "do not edit" header. */
function generatedBy(text) {
	if (/^# Source: /m.test(text)) return "# Source: lines of rendered Helm output: fix the chart";
	const header = /^(?:[ \t]*(?:#[^\n]*)?\r?\n)*/.exec(text)?.[0] ?? "";
	if (/\b(?:do not edit|generated by|code generated)\b/i.test(header)) return "its header says it is generated";
}

export { parseForFixes as a, fixReplacements as i, planFixes as n, writeFixes as r, fixesIn as t };