import { a as findPlaceholder, checks, i as hasSopsMetadata, n as imageBuildKey, o as unquotedMustache, r as imageUserOf, t as compileRe2 } from "./checks-o_cX1Es6.js";
import { C as setOwnField, F as parseMinorVersion, L as ConfigError, O as isBuiltInGroup, R as UsageError, S as podTemplatesOf, T as apiGroupOf, V as defaultRunSettings, _ as isRecord, a as STDIN_NAME, f as formatPath, g as isParsedWithoutNulls, i as minorVersionOf, j as compareVersions, m as isCustomWorkload, o as compareFindings, x as podTemplateViews, y as markParsedWithoutNulls, z as exhaustionOf } from "./cli.js";
import { a as ownRef, i as ownCopy, n as findingText, t as exactSize } from "./own-copy-De35SmjN.js";
import { configureChecks } from "./config-CmRNnrzi.js";
import { a as parseYamlValues, c as releaseText, f as textDigest, h as rangeOfOffsets, i as parseSource, l as sourceDigest, m as locate, n as noProblems, o as releaseChecked, r as normalizeLineBreaks, s as releaseRead, t as isJsonFile, u as sourceOf } from "./parse-kBfv7GaD.js";
import { a as buildIndex, g as sharedContext, h as scopeIndex, i as withoutTrailing, n as isRegExpSpace, p as refOf, r as wildcardMatches, t as isLineTerminator } from "./text-scan-HIUIc5jP.js";
import { a as fileNameOf, c as isDockerfileName, l as isDockerfileObject, r as dockerfileKind, u as isDockerfilePath } from "./dockerfile--1PYcFcI.js";
import { a as asStoredRender, c as renderKey, d as findExecutable, f as mapLimited, i as templateNear, l as toolIdentity, m as shorten, o as memoizedRun, p as runTool, r as renderChart, s as outputKey, t as attachHelmOrigins, u as defaultToolLimits } from "./helm-DzhR_BTT.js";
import { a as repositoryRoot, i as isRemoteReference, n as gitRepositoryOf, o as shownPath, r as isInside, t as escapeFrom } from "./confine-FI76fKUF.js";
import { a as readTextIfExists, i as readSourceFile, r as kindAt } from "./read-s9kNOnyr.js";
import { defaultCacheKeyFile, loadCacheKey } from "./cache-key-CyMPdQmV.js";
import { existsSync, mkdirSync, mkdtempSync, readFileSync, readdirSync, realpathSync, renameSync, rmSync, statSync, writeFileSync } from "node:fs";
import { basename, dirname, join, relative, resolve, sep } from "node:path";
import { createHash, createHmac, timingSafeEqual } from "node:crypto";
import { availableParallelism, endianness, tmpdir } from "node:os";
import { fileURLToPath } from "node:url";
import { Worker } from "node:worker_threads";

// dist/src/engine/template-lines.js
/**
* Finds, in a Helm template's text, the line that produced a field of a rendered object. Templates are
* not YAML, so this follows the path's keys line by line, by indentation, skipping lines that hold only
* template actions. A template may emit several documents: the object is the `occurrence`-th of its
* `kind` that the template rendered, so the section is picked among those that spell out that kind.
*
* The text alone does not say which `{{ if }}`, `{{ with }}` or `{{ range }}` blocks ran, so the line is
* exact only where the blocks cannot change the answer, and approximate (the best guess: every block
* taken once, by its first branch) where they can:
* - a section of the kind, when the sections of that kind before it, or the section itself, may have
*   been left out or repeated (a loop that renders the only section of its kind many times is exact);
* - a list item, when it sits in a block opened after the list began, or follows one that may have
*   emitted another number of items at that list's level (a block whose branches all write the same
*   number of items, or none, does not shift the count), or follows an action that may print items
*   there (`{{ toYaml ... }}`, `{{ include ... }}` at the list's indentation);
* - a key written more than once in its mapping (in the branches of an `if` and its `else`).
*/
function findInTemplate(text, kind, occurrence, path) {
	const { lines, actions, blocks, sections } = read(text);
	const kindLine = new RegExp(`^kind:\\s*["']?${escape(kind)}["']?\\s*(#.*)?$`);
	const ofKind = [];
	for (const candidate of sections) for (let i = candidate.from; i < candidate.to; i++) {
		const block = blocks[i];
		if (!block || !kindLine.test((lines[i] ?? "").trim())) continue;
		ofKind.push({
			...candidate,
			block
		});
		break;
	}
	let approximate = false;
	let section = ofKind[occurrence];
	if (ofKind.length === 1 && ofKind[0]?.block.inRange) section = ofKind[0];
	else if (section) approximate = !sectionProven(ofKind, occurrence);
	else {
		section = ofKind[0] ?? sections[0] ?? {
			from: 0,
			to: lines.length
		};
		approximate = true;
	}
	let hit;
	let cursor = section.from - 1;
	let parentIndent = -1;
	for (const [i, segment] of path.entries()) {
		const found = typeof segment === "number" ? findItem(lines, actions, cursor, section.to, parentIndent, segment) : findKey(lines, cursor, section.to, parentIndent, segment, i === path.length - 1);
		if (!found) {
			approximate = true;
			break;
		}
		if (found.approximate) approximate = true;
		hit = found;
		cursor = found.line;
		parentIndent = found.indent;
	}
	if (!hit) {
		const first = firstContentLine(lines, section.from, section.to) ?? section.from;
		const indent = (lines[first] ?? "").search(/\S|$/);
		hit = {
			line: first,
			indent,
			start: indent,
			end: (lines[first] ?? "").trimEnd().length
		};
		approximate = true;
	}
	return {
		range: {
			line: hit.line + 1,
			column: hit.start + 1,
			endLine: hit.line + 1,
			endColumn: Math.max(hit.end, hit.start) + 1
		},
		approximate
	};
}
let lastRead;
function read(text) {
	if (lastRead?.text === text) return lastRead;
	const lines = text.split("\n");
	const actions = actionsByLine(text, lines.length);
	lastRead = {
		text,
		lines,
		actions,
		blocks: blocksByLine(actions),
		sections: sectionsOf(lines)
	};
	return lastRead;
}
/**
* Whether the `occurrence`-th section of the kind is certainly the one that rendered the object: it is
* in no loop, each section of the kind before it is in the blocks it is in or around them (so rendered
* once whenever it is), and each after it is inside its blocks (so none can take its place when they
* are not taken).
*/
function sectionProven(ofKind, occurrence) {
	const target = ofKind[occurrence]?.block;
	if (!target || target.inRange) return false;
	return ofKind.every(({ block }, i) => i < occurrence ? encloses(block, target) : encloses(target, block));
}
function sectionsOf(lines) {
	const sections = [];
	let from = 0;
	lines.forEach((line, i) => {
		if (/^---\s*(#.*)?$/.test(line)) {
			if (firstContentLine(lines, from, i) !== void 0) sections.push({
				from,
				to: i
			});
			from = i + 1;
		}
	});
	if (firstContentLine(lines, from, lines.length) !== void 0) sections.push({
		from,
		to: lines.length
	});
	return sections;
}
/** A line that holds YAML: not blank, not a comment, not only `{{ ... }}` actions. */
function isContent(line) {
	const trimmed = line.trim();
	return trimmed !== "" && !trimmed.startsWith("#") && !onlyActions(trimmed);
}
/**
* Whether a trimmed line is `{{ ... }}` actions and spaces alone, as `^(\{\{.*?\}\}\s*)+$` says (in time
* exponential in the number of actions): `{{`, anything, `}}`, where a line break other than \n (\r,
* U+2028, U+2029; `.` does not cross them) may only stand in the spaces between a `}}` and a `{{`.
*/
function onlyActions(trimmed) {
	const isAction = (from, to) => to - from >= 4 && trimmed.startsWith("{{", from) && trimmed.startsWith("}}", to - 2);
	let from = 0;
	for (let i = 0; i < trimmed.length; i++) {
		if (!isLineTerminator(trimmed.charCodeAt(i))) continue;
		let to = i;
		while (to > from && isRegExpSpace(trimmed.charCodeAt(to - 1))) to--;
		if (!isAction(from, to)) return false;
		while (i + 1 < trimmed.length && isRegExpSpace(trimmed.charCodeAt(i + 1))) i++;
		from = i + 1;
	}
	return isAction(from, trimmed.length);
}
function firstContentLine(lines, from, to) {
	for (let i = Math.max(0, from); i < to; i++) if (isContent(lines[i] ?? "")) return i;
}
/** Column of the first key on a line, past any `- ` item markers, and the column of its dash if any. */
function shapeOf(line) {
	const match = /^(\s*)((?:-\s+)*)/.exec(line);
	const indent = match?.[1]?.length ?? 0;
	const dashes = match?.[2] ?? "";
	return {
		keyIndent: indent + dashes.length,
		dashIndent: dashes ? indent : void 0
	};
}
function findKey(lines, cursor, to, parentIndent, key, last) {
	const keyPattern = new RegExp(`^(?:${escape(key)}|"${escape(key)}"|'${escape(key)}')\\s*:(?:\\s|$)`);
	const startsOnItem = cursor >= 0 && shapeOf(lines[cursor] ?? "").dashIndent === parentIndent;
	let childIndent;
	const candidates = [];
	let first;
	for (let i = startsOnItem ? cursor : cursor + 1; i < to; i++) {
		const line = lines[i] ?? "";
		if (!isContent(line)) continue;
		const { keyIndent, dashIndent } = shapeOf(line);
		if (!(i === cursor) && (keyIndent <= parentIndent || dashIndent !== void 0 && dashIndent <= parentIndent)) break;
		childIndent ??= keyIndent;
		const rest = line.slice(keyIndent);
		const match = keyPattern.exec(rest);
		if (!match) continue;
		const valueStart = keyIndent + match[0].length + (rest.slice(match[0].length).search(/\S/) === -1 ? 0 : rest.slice(match[0].length).search(/\S/));
		const value = withoutComment(line.slice(valueStart)).trimEnd();
		const scalar = last && value !== "" && !/^[|>]/.test(value);
		const keyText = match[0].trimEnd().slice(0, -1).trimEnd();
		const hit = scalar ? {
			line: i,
			indent: keyIndent,
			start: valueStart,
			end: valueStart + value.length
		} : {
			line: i,
			indent: keyIndent,
			start: keyIndent,
			end: keyIndent + keyText.length
		};
		if (keyIndent === childIndent) {
			if (first) {
				first.approximate = true;
				return first;
			}
			first = hit;
			continue;
		}
		candidates.push(hit);
	}
	return first ?? candidates[0];
}
/**
* A value without its trailing comment: from the first `#` that starts the text or follows a space,
* less the spaces before it, as `.replace(/(^|\s+)#.*$/, '')` did in time quadratic in a run of spaces.
* Like `.` there, the comment cannot hold a line break (a lone \r), so a `#` before one does not count.
*/
function withoutComment(value) {
	let lastBreak = -1;
	for (let i = 0; i < value.length; i++) if (isLineTerminator(value.charCodeAt(i))) lastBreak = i;
	for (let hash = value.indexOf("#", lastBreak + 1); hash !== -1; hash = value.indexOf("#", hash + 1)) {
		if (hash === 0) return "";
		if (!isRegExpSpace(value.charCodeAt(hash - 1))) continue;
		let start = hash - 1;
		while (start > 0 && isRegExpSpace(value.charCodeAt(start - 1))) start--;
		return value.slice(0, start);
	}
	return value;
}
/**
* The `index`-th item of the block sequence that starts after line `cursor`. Items are counted as
* written, every block taken once by its first branch; the hit is approximate when a block or an action
* that prints may have made the rendered count differ, or when the item itself is inside a block.
*/
function findItem(lines, actions, cursor, to, parentIndent, index) {
	let sequenceIndent;
	let count = -1;
	let uncertain = false;
	const frames = [];
	let skipping = 0;
	const variable = () => {
		const top = frames.at(-1);
		if (top) top.variable = true;
		else uncertain = true;
	};
	for (let i = cursor + 1; i < to; i++) {
		const line = lines[i] ?? "";
		if (skipping === 0 && isContent(line)) {
			const { keyIndent, dashIndent } = shapeOf(line);
			if (sequenceIndent === void 0) {
				if (dashIndent === void 0 || dashIndent < parentIndent) return void 0;
				sequenceIndent = dashIndent;
			}
			if (dashIndent === sequenceIndent) {
				count++;
				if (count === index) {
					const approximate = uncertain || frames.length > 0;
					return {
						line: i,
						indent: dashIndent,
						start: dashIndent,
						end: line.trimEnd().length,
						approximate
					};
				}
			} else if (keyIndent <= sequenceIndent) return;
		}
		const printsHere = !isContent(line) && !line.trimStart().startsWith("#");
		for (const action of actions[i] ?? []) {
			if (skipping > 0) {
				if (action.type === "open") skipping++;
				else if (action.type === "end") skipping--;
				continue;
			}
			const top = frames.at(-1);
			switch (action.type) {
				case "open":
					frames.push({
						keyword: action.keyword,
						before: count,
						ends: [],
						exhaustive: false,
						variable: false
					});
					break;
				case "else":
					if (!top) {
						skipping = 1;
						break;
					}
					top.ends.push(count);
					count = top.before;
					if (action.exhaustive) top.exhaustive = true;
					break;
				case "end": {
					if (!top) break;
					frames.pop();
					top.ends.push(count);
					const written = top.ends.map((end) => end - top.before);
					const first = written[0] ?? 0;
					const same = written.every((n) => n === first);
					const fixed = !top.variable && same && (first === 0 || (top.keyword === "if" || top.keyword === "with") && top.exhaustive);
					count = top.before + first;
					if (!fixed) variable();
					break;
				}
				case "print": if (printsHere && (sequenceIndent === void 0 || action.column <= sequenceIndent)) variable();
			}
		}
	}
}
/**
* The `{{ ... }}` actions of a template, by the line each starts on, in one pass: quoted strings, raw
* strings and comments may hold `}}`. An action left open ends the scan (helm would not render it).
*/
function actionsByLine(text, lineCount) {
	const byLine = new Array(lineCount);
	let line = 0;
	let lineStart = 0;
	let scanned = 0;
	const advance = (until) => {
		for (; scanned < until; scanned++) if (text.charCodeAt(scanned) === 10) {
			line++;
			lineStart = scanned + 1;
		}
	};
	for (let open = text.indexOf("{{"); open !== -1; open = text.indexOf("{{", scanned)) {
		advance(open);
		const startLine = line;
		const indent = indentAt(text, lineStart);
		const close = actionEnd(text, open + 2);
		if (close === -1) break;
		(byLine[startLine] ??= []).push(classify(text.slice(open + 2, close), indent));
		advance(close + 2);
	}
	return byLine;
}
function indentAt(text, lineStart) {
	let i = lineStart;
	while (text.charCodeAt(i) === 32 || text.charCodeAt(i) === 9) i++;
	return i - lineStart;
}
/** The index of the `}}` that closes the action whose text starts at `from`, or -1. */
function actionEnd(text, from) {
	let i = from;
	if (text[i] === "-" && isRegExpSpace(text.charCodeAt(i + 1))) i++;
	while (isRegExpSpace(text.charCodeAt(i))) i++;
	if (text.startsWith("/*", i)) {
		for (let end = text.indexOf("*/", i + 2); end !== -1; end = text.indexOf("*/", end + 2)) {
			let j = end + 2;
			while (isRegExpSpace(text.charCodeAt(j))) j++;
			if (text[j] === "-") j++;
			if (text.startsWith("}}", j)) return j;
		}
		return -1;
	}
	for (; i < text.length; i++) {
		const char = text[i];
		if (char === "}" && text[i + 1] === "}") return i;
		if (char === "\"" || char === "'") for (i++; i < text.length && text[i] !== char; i++) {
			if (text[i] === "\n") return -1;
			if (text[i] === "\\") i++;
		}
		else if (char === "`") i = text.indexOf("`", i + 1);
		if (i === -1 || i >= text.length) return -1;
	}
	return -1;
}
function classify(inner, indent) {
	const body = inner.replace(/^-(?=\s)/, "").replace(/(?<=\s)-$/, "").trim();
	const action = {
		type: "print",
		keyword: "",
		exhaustive: false,
		column: indent
	};
	const word = /^[A-Za-z_]\w*/.exec(body)?.[0] ?? "";
	if (body.startsWith("/*") || /^\$\w*\s*(?:,\s*\$\w*\s*)?:?=(?!=)/.test(body) || ["break", "continue"].includes(word)) action.type = "silent";
	else if ([
		"if",
		"with",
		"range",
		"define",
		"block"
	].includes(word)) {
		action.type = "open";
		action.keyword = word;
	} else if (word === "else") {
		action.type = "else";
		const next = /^[A-Za-z_]\w*/.exec(body.slice(4).trimStart())?.[0];
		action.exhaustive = next !== "if" && next !== "with";
	} else if (word === "end") action.type = "end";
	else {
		let last;
		for (const match of body.matchAll(/\bn?indent\s+(\d+)/g)) last = match[1];
		if (last !== void 0) action.column = Number(last);
	}
	return action;
}
/** The branch each line starts in, in one walk over the actions. */
function blocksByLine(actions) {
	let clock = 0;
	let current = {
		parent: void 0,
		inRange: false,
		opened: 0,
		closed: Infinity
	};
	const blocks = new Array(actions.length);
	for (let i = 0; i < actions.length; i++) {
		blocks[i] = current;
		for (const action of actions[i] ?? []) if (action.type === "open") current = {
			parent: current,
			inRange: current.inRange || action.keyword === "range",
			opened: ++clock,
			closed: Infinity
		};
		else if ((action.type === "else" || action.type === "end") && current.parent) {
			current.closed = ++clock;
			const parent = current.parent;
			current = action.type === "else" ? {
				parent,
				inRange: parent.inRange,
				opened: ++clock,
				closed: Infinity
			} : parent;
		}
	}
	return blocks;
}
/** Whether branch `outer` is `inner` or one of the branches around it. */
function encloses(outer, inner) {
	return outer.opened <= inner.opened && inner.closed <= outer.closed;
}
function escape(text) {
	return text.replace(/[.*+?^${}()|[\]\\]/g, "\\$&");
}

// dist/src/engine/placement.js
const firstLine = {
	line: 1,
	column: 1,
	endLine: 1,
	endColumn: 1
};
/** Maps a finding in a rendered object back to the file a person edits. */
function placeInOrigin(origin, path, rendered) {
	if (origin.via === "helm") {
		if (origin.text === void 0) return {
			file: origin.file,
			range: firstLine,
			approximate: true
		};
		const { range, approximate } = findInTemplate(origin.text, origin.kind, origin.occurrence, path);
		return {
			file: origin.file,
			range,
			approximate
		};
	}
	if (!origin.source) return {
		file: origin.file,
		range: firstLine,
		approximate: true
	};
	const { positions, lineStarts, basePath } = origin.source;
	const { line, column, endLine, endColumn, depth } = locate(positions, lineStarts, [...basePath, ...path]);
	return {
		file: origin.file,
		range: {
			line,
			column,
			endLine,
			endColumn
		},
		approximate: rendered.depth > depth - basePath.length
	};
}

// dist/src/load/units.js
function unitsOf(plain, options) {
	const declared = [...options.declared ?? []].sort((a, b) => b.length - a.length);
	const folderOf = (file) => {
		if (file === "<stdin>") return STDIN_NAME;
		const absolute = resolve(options.cwd, file);
		const unit = declared.find((folder) => absolute === folder || absolute.startsWith(folder.endsWith(sep) ? folder : folder + sep)) ?? dirname(absolute);
		return relative(options.cwd, unit) || ".";
	};
	const byUnit = /* @__PURE__ */ new Map();
	for (const parsed of plain) {
		const name = folderOf(parsed.source.file);
		const list = byUnit.get(name);
		if (list) list.push(parsed);
		else byUnit.set(name, [parsed]);
	}
	if (byUnit.size <= 1) return [...byUnit].map(([name, sources]) => ({
		name,
		sources,
		reported: reportedOf(sources, options.contextOnly)
	}));
	const inNamespace = /* @__PURE__ */ new Map();
	const named = /* @__PURE__ */ new Map();
	for (const [unit, sources] of byUnit) {
		const namespaces = /* @__PURE__ */ new Set();
		for (const parsed of sources) for (const entry of parsed.objects) {
			const namespace = namespaceOf(entry);
			if (namespace === void 0) continue;
			namespaces.add(namespace);
			const list = inNamespace.get(namespace);
			if (list) list.push({
				unit,
				parsed,
				entry
			});
			else inNamespace.set(namespace, [{
				unit,
				parsed,
				entry
			}]);
		}
		named.set(unit, namespaces);
	}
	const borrowedWhole = /* @__PURE__ */ new Map();
	const borrowedOf = (parsed, entries) => {
		if (entries.size !== parsed.objects.length) return borrowedPart(parsed, exactSize(parsed.objects.filter((entry) => entries.has(entry))));
		let whole = borrowedWhole.get(parsed);
		if (!whole) borrowedWhole.set(parsed, whole = borrowedPart(parsed, parsed.objects));
		return whole;
	};
	const namespaceFiles = /* @__PURE__ */ new Map();
	const filesOf = (namespace) => {
		let found = namespaceFiles.get(namespace);
		if (found) return found;
		const entries = /* @__PURE__ */ new Map();
		for (const { unit, parsed, entry } of inNamespace.get(namespace) ?? []) {
			const file = entries.get(parsed);
			if (file) file.entries.add(entry);
			else entries.set(parsed, {
				unit,
				entries: /* @__PURE__ */ new Set([entry])
			});
		}
		const holes = /* @__PURE__ */ new Map();
		[...entries.values()].forEach(({ unit }, at) => {
			const hole = holes.get(unit);
			if (hole) hole[1] = at + 1;
			else holes.set(unit, [at, at + 1]);
		});
		found = {
			files: [...entries].map(([parsed, file]) => borrowedOf(parsed, file.entries)),
			holes
		};
		namespaceFiles.set(namespace, found);
		return found;
	};
	return [...byUnit].map(([name, filled]) => {
		const own = exactSize(filled);
		const namespaces = named.get(name);
		if (namespaces?.size === 1) {
			const [namespace = ""] = namespaces;
			const { files, holes } = filesOf(namespace);
			const hole = holes.get(name) ?? [files.length, files.length];
			layouts.set(own, {
				files,
				hole
			});
			return {
				name,
				sources: own,
				reported: reportedOf(own, options.contextOnly)
			};
		}
		const context = /* @__PURE__ */ new Map();
		for (const namespace of named.get(name) ?? []) for (const { unit, parsed, entry } of inNamespace.get(namespace) ?? []) {
			if (unit === name) continue;
			const set = context.get(parsed);
			if (set) set.add(entry);
			else context.set(parsed, /* @__PURE__ */ new Set([entry]));
		}
		const borrowed = [...context].map(([parsed, entries]) => borrowedOf(parsed, entries));
		return {
			name,
			sources: own.concat(borrowed),
			reported: reportedOf(own, options.contextOnly)
		};
	});
}
const layouts = /* @__PURE__ */ new WeakMap();
/**
* The sources a scope checks as its own: a unit's files come first in its sources, before what it borrows
* (unitsOf), so this stops at the first borrowed one rather than going through the namespace it borrows.
*/
function ownSourcesOf(sources) {
	const borrowedAt = sources.findIndex((parsed) => parsed.borrowed);
	return borrowedAt === -1 ? sources : sources.slice(0, borrowedAt);
}
/** The layout of a unit's sources (Unit.sources, as unitsOf made it), when its context is shared. */
function borrowedLayoutOf(sources) {
	return layouts.get(sources);
}
/**
* Forgets the layout of a unit's sources once the unit is checked: when every unit of a namespace is, nothing
* holds the namespace's files or the context indexed from them any longer.
*/
function releaseLayout(sources) {
	layouts.delete(sources);
}
/**
* For each scope (Unit.sources, as unitsOf made them, or a render's), the files that no later scope reads,
* as their own or borrowed: the own sources whose objects can then be let go.
*/
function lastReadIn(scopes) {
	const ownOf = /* @__PURE__ */ new Map();
	const lastRead = /* @__PURE__ */ new Map();
	const read = (parsed, i) => lastRead.set(parsed.source, Math.max(lastRead.get(parsed.source) ?? i, i));
	const lastOfLayout = /* @__PURE__ */ new Map();
	scopes.forEach((scope, i) => {
		for (const parsed of scope) {
			if (!parsed.borrowed) ownOf.set(parsed.source, parsed);
			read(parsed, i);
		}
		const layout = layouts.get(scope);
		if (layout) lastOfLayout.set(layout.files, i);
	});
	for (const [files, i] of lastOfLayout) for (const parsed of files) read(parsed, i);
	const released = scopes.map(() => []);
	for (const [source, i] of lastRead) {
		const own = ownOf.get(source);
		if (own) released[i]?.push(own);
	}
	return released;
}
/**
* Every source of a scope, its own first and then what it borrows: Unit.sources with the files of its
* layout, if it has one, less its own (a new list, for the caller to drop when done with it).
*/
function scopeSources(sources) {
	const layout = layouts.get(sources);
	return layout ? [
		...sources,
		...layout.files.slice(0, layout.hole[0]),
		...layout.files.slice(layout.hole[1])
	] : sources;
}
/**
* A file as another unit borrows it: `objects` of it, none of its problems. Written out, not spread from the
* file: V8 gave each copy made by spreading a hidden class of its own (190 bytes, 84,000 of them at 8x).
*/
function borrowedPart(parsed, objects) {
	return {
		source: parsed.source,
		objects,
		problems: noProblems,
		borrowed: true
	};
}
/** The namespace an object is in or, for a Namespace, is: undefined when it names none. */
function namespaceOf(entry) {
	const metadata = entry.object.metadata;
	if (entry.object.kind === "Namespace" && typeof metadata?.name === "string" && metadata.name !== "") return metadata.name;
	const namespace = metadata?.namespace;
	return typeof namespace === "string" && namespace !== "" ? namespace : void 0;
}
function reportedOf(sources, contextOnly) {
	return new Set(sources.map((parsed) => parsed.source.file).filter((file) => !contextOnly?.has(file)));
}

// dist/src/engine/suppress.js
/** The annotation that suppresses checks on an object (or its pod template): "check-a,check-b -- reason". */
const ignoreAnnotation = "kubeready.io/ignore";
const unusedSuppressionId = "unused-suppression";
/** "check-a, check-b -- the reason" → the checks and the reason. */
function parseDirective(text) {
	const separator = text.indexOf("--");
	const list = separator === -1 ? text : text.slice(0, separator);
	const reason = separator === -1 ? "" : text.slice(separator + 2).trim();
	return {
		checks: list.split(/[\s,]+/).map((id) => id.trim()).filter(Boolean),
		reason: reason || void 0
	};
}
/**
* The text of a `# kubeready-ignore-next-line ...` (or, with `directive` "kubeready-ignore", of a
* `# kubeready-ignore ...`) in a line: after a `#`, spaces, the directive and at least one space, the
* rest less those spaces, provided it has no line break (a lone \r); the first `#` that has one. What `#\s*directive\s+(.*)$`
* found, without its time quadratic in a run of spaces: each space is looked at once or twice.
*/
function directiveText(line, directive) {
	let lastBreak = -1;
	for (let i = 0; i < line.length; i++) if (isLineTerminator(line.charCodeAt(i))) lastBreak = i;
	for (let hash = line.indexOf("#"); hash !== -1; hash = line.indexOf("#", hash + 1)) {
		let i = hash + 1;
		while (i < line.length && isRegExpSpace(line.charCodeAt(i))) i++;
		if (!line.startsWith(directive, i)) continue;
		i += directive.length;
		if (i >= line.length || !isRegExpSpace(line.charCodeAt(i))) continue;
		while (i < line.length && isRegExpSpace(line.charCodeAt(i))) i++;
		if (i > lastBreak) return line.slice(i);
	}
}
/**
* The comment directives of one file: `# kubeready-ignore-next-line check -- reason` covers the next line
* that is not a comment or blank, `# kubeready-ignore check -- reason` the whole YAML document it is in
* (the whole file, in a Dockerfile).
*/
function commentDirectives(file, text) {
	const lines = text.split(/\r?\n/);
	const found = [];
	const documentStarts = [0];
	if (!isDockerfilePath(file)) lines.forEach((line, i) => {
		if (/^---(\s|$)/.test(line)) documentStarts.push(i + 1);
	});
	lines.forEach((line, i) => {
		const next = directiveText(line, "kubeready-ignore-next-line");
		const text = next ?? directiveText(line, "kubeready-ignore");
		if (!text || !line.trimStart().startsWith("#")) return;
		const directive = parseDirective(text);
		const column = line.indexOf("#") + 1;
		let covers;
		if (next) {
			let target = i + 1;
			while (target < lines.length && /^\s*(#.*)?$/.test(lines[target] ?? "")) target++;
			covers = (findingLine) => findingLine === target + 1;
		} else {
			const start = documentStarts.filter((s) => s <= i).at(-1) ?? 0;
			const end = documentStarts.find((s) => s > i) ?? lines.length + 1;
			covers = (findingLine) => findingLine - 1 >= start && findingLine - 1 < end;
		}
		found.push({
			kind: "comment",
			directive,
			file,
			line: i + 1,
			column,
			matches: (finding) => finding.file === file && covers(finding.line) && directive.checks.includes(finding.checkId),
			used: false
		});
	});
	return found;
}
/** The config's ignore entries, each matched against a finding by `matches` (globs on kind, name, file...). */
function configDirectives(rules, configFile, matches) {
	return rules.map((rule) => ({
		kind: "config",
		directive: {
			checks: [...rule.checks],
			reason: rule.reason
		},
		file: configFile,
		line: rule.line,
		column: 1,
		matches: (finding) => matches(rule, finding),
		used: false
	}));
}
/**
* Marks the findings each directive covers as suppressed (the first directive wins), and reports, as
* unused-suppression, each directive that names no check, has no reason, or covers no finding.
*/
function applySuppressions(findings, sources, knownChecks, unused) {
	const kept = [];
	const suppressed = [];
	for (const finding of findings) {
		let by;
		for (const source of sources) {
			if (!source.directive.reason || !source.matches(finding)) continue;
			source.used = true;
			by ??= source;
		}
		if (by) suppressed.push({
			...finding,
			suppression: {
				kind: by.kind,
				reason: by.directive.reason ?? "",
				file: by.file,
				line: by.line
			}
		});
		else kept.push(finding);
	}
	if (unused) for (const source of sources) {
		const problem = unusedProblem(source, knownChecks);
		if (problem) kept.push(unusedFinding(unused, source, problem));
	}
	return {
		findings: kept,
		suppressed
	};
}
function unusedProblem(source, knownChecks) {
	const { checks, reason } = source.directive;
	const unknown = checks.filter((id) => !knownChecks.has(id));
	if (checks.length === 0) return "The suppression names no check: write \"check-id -- reason\".";
	if (unknown.length > 0) return `The suppression names ${unknown.map((id) => `"${id}"`).join(", ")}, which ${unknown.length === 1 ? "is not a check" : "are not checks"} (see kubeready --list-checks).`;
	if (!reason) return `The suppression of ${checks.join(", ")} has no reason, so it suppresses nothing: add " -- why" after the check ids.`;
	if (!source.used) return `The suppression of ${checks.join(", ")} matches no finding: remove it, or fix what it points at.`;
}
function unusedFinding({ check, severity }, source, message) {
	const meta = check.meta;
	const chosen = severity ?? meta.severity;
	return {
		checkId: meta.id,
		severity: chosen,
		message,
		file: source.file,
		line: source.line,
		column: source.column,
		endLine: source.line,
		endColumn: source.column,
		exact: true,
		approximate: false,
		object: null,
		path: "",
		risk: meta.risk,
		mitigation: meta.mitigation
	};
}

// dist/src/model/schema-validation.js
/** No schemas at all: every kind is unknown. */
const noSchemas = {
	validate: (object) => ({
		known: false,
		builtIn: isBuiltInGroup(apiGroupOf(object.apiVersion)),
		reason: "no schemas loaded"
	}),
	contextOf: () => "none"
};

// dist/src/engine/place-fix.js
/**
* Where a report's fix applies: the object's own file, or for a Kustomize build the base or overlay that
* defines it. A Helm template is text, not YAML, and a field a Kustomize patch or transformer wrote is not
* in the file that defines the object: those fixes are left to a person (`manual`).
*/
function placeFix(entry, fix) {
	const { origin } = entry;
	if (!origin) {
		const file = entry.source.file;
		if (file === "<stdin>") return placed(fix, file, { manual: "read from standard input" });
		return placed(fix, file, { at: {
			document: entry.documentIndex,
			basePath: entry.basePath,
			digest: sourceDigest(entry.source)
		} });
	}
	if (origin.via === "helm") return placed(fix, origin.file, { manual: "a Helm template: change the template or the values it reads" });
	const definition = origin.source?.definition;
	if (!origin.source || !definition) return placed(fix, origin.file, { manual: "made by a Kustomize generator or a remote base" });
	if (!sameInDefinition(entry.object, definition.object, fix)) return placed(fix, origin.file, { manual: "a Kustomize patch or transformer sets this part of the object: change it there" });
	const text = definition.text.startsWith("﻿") ? definition.text.slice(1) : definition.text;
	return placed(fix, origin.file, { at: {
		document: definition.documentIndex,
		basePath: origin.source.basePath,
		digest: textDigest(text)
	} });
}
/**
* The fix and its place, field by field in the order a fix lists them, in what a run keeps to its end.
* Spread from the check's fix, which each check writes as a literal of its own, V8 gave each placed fix a
* hidden class of its own (8,718 for the 1x monorepo's 8,748 fixes, 190 bytes each).
*/
function placed(fix, file, place) {
	const description = findingText(fix.description);
	const { add } = fix;
	const edits = fix.edits?.map(({ op, path, value }) => ({
		op,
		path: path.slice(),
		value
	}));
	const result = edits ? add ? {
		description,
		edits,
		add,
		file
	} : {
		description,
		edits,
		file
	} : add ? {
		description,
		add,
		file
	} : {
		description,
		file
	};
	if ("at" in place) result.at = place.at;
	else result.manual = place.manual;
	return result;
}
/**
* True when the built object and the object as its file defines it agree wherever the fix edits: the same
* value at each path, and the same parts of the path present (no patch added the mapping an edit goes
* into). Objects added beside it take the workload's name, which a name prefix or suffix changes.
*/
function sameInDefinition(built, defined, fix) {
	for (const edit of fix.edits ?? []) {
		const inBuilt = walk$1(built, edit.path);
		const inDefined = walk$1(defined, edit.path);
		if (inBuilt.depth !== inDefined.depth || JSON.stringify(inBuilt.value) !== JSON.stringify(inDefined.value)) return false;
	}
	if ((fix.add?.length ?? 0) > 0) return nameOf(built) === nameOf(defined);
	return true;
}
function walk$1(value, path) {
	let node = value;
	let depth = 0;
	for (const segment of path) {
		const next = Array.isArray(node) && typeof segment === "number" ? node[segment] : isRecord(node) && typeof segment === "string" ? node[segment] : void 0;
		if (next === void 0) return {
			depth,
			value: void 0
		};
		node = next;
		depth++;
	}
	return {
		depth,
		value: node
	};
}
function nameOf(object) {
	return isRecord(object) && isRecord(object["metadata"]) ? object["metadata"]["name"] : void 0;
}

// dist/src/engine/run.js
function objectChecksOf(checks) {
	return checks.filter((c) => c.check.target === "object");
}
/**
* The object checks that apply to an object, in configured order: those that declare its kind among their
* kinds, and those that declare none. A custom resource that runs pods (an Argo Rollout, a RayCluster: see
* podTemplatesOf) also gets the checks that declare Deployment, the kind it stands in for, so that every
* pod-level check reviews its pod templates without listing each such kind. Worked out once per kind.
*/
function checksByKind(checks) {
	let found = byKindOf.get(checks);
	if (!found) byKindOf.set(checks, found = checksByKindOnce(checks));
	return found;
}
const byKindOf = /* @__PURE__ */ new WeakMap();
function checksByKindOnce(checks) {
	const runs = objectChecksOf(checks).map(({ check, severity, options }) => ({
		check,
		id: check.meta.id,
		severity,
		defaultSeverity: check.meta.severity,
		options,
		perTemplate: !check.kinds || check.kinds.includes("Deployment")
	}));
	const byKind = /* @__PURE__ */ new Map();
	const byCustomKind = /* @__PURE__ */ new Map();
	const dockerfileRuns = runs.filter(({ check }) => check.kinds?.includes(dockerfileKind) === true);
	return (object) => {
		if (isDockerfileObject(object)) return dockerfileRuns;
		const { kind } = object;
		const custom = isCustomWorkload(object);
		const cache = custom ? byCustomKind : byKind;
		let found = cache.get(kind);
		if (!found) cache.set(kind, found = runs.filter(({ check, perTemplate }) => !check.kinds || check.kinds.includes(kind) || custom && perTemplate));
		return found;
	};
}
/** The evaluations of `memo` under `key` (the run's checks and settings) and each object's schema context. */
function keptEvaluations(memo, key, schemas) {
	return {
		memo,
		contextOf: (object) => `${key} ${schemas.contextOf(object)}`
	};
}
/**
* Runs the object checks over objects `from` to `to` of a scope (all by default). Pure, and apart from
* placing: what worker threads run, each over its share of the objects. With `kept`, the reports of
* checks that read only their object are taken from earlier runs and kept for later ones.
*/
function evaluateObjects(objects, checks, settings, schemas, from = 0, to = objects.length, index = buildIndex(objects), kept) {
	const checksFor = checksByKind(checks);
	const watch = { read: false };
	const watched = kept ? new Proxy(index, { get(target, property, receiver) {
		watch.read = true;
		return Reflect.get(target, property, receiver);
	} }) : index;
	const evaluations = [];
	const pending = [];
	const report = (found) => {
		pending.push(found);
	};
	for (let i = from; i < to; i++) {
		const object = objects[i];
		if (!object) continue;
		const ref = index.entryOf(object)?.ref ?? refOf(object);
		const evaluation = {
			reports: [],
			failures: []
		};
		const context = kept?.contextOf(object);
		const stored = context === void 0 ? void 0 : kept?.memo.get(object, context);
		const rerun = stored && new Set(stored.rerun);
		const next = context !== void 0 && !stored ? {
			rerun: [],
			reports: []
		} : void 0;
		const checkContext = {
			ref,
			index: watched,
			options: void 0,
			settings,
			schemas,
			report
		};
		const views = podTemplateViews(object);
		const alone = [object];
		for (const { check, id, severity, defaultSeverity, options, perTemplate } of checksFor(object)) {
			if (stored && !rerun?.has(id)) {
				for (const earlier of stored.reports) if (earlier.checkId === id) evaluation.reports.push(earlier);
				continue;
			}
			watch.read = false;
			const first = evaluation.reports.length;
			try {
				checkContext.options = options;
				for (const target of perTemplate ? views : alone) {
					const returned = check.check(target, checkContext);
					if (returned !== void 0) for (const found of reportsReturned(returned)) pending.push(found);
				}
				if (views.length > 1 && perTemplate) dropRepeats(pending);
			} catch (error) {
				evaluation.failures.push({
					checkId: id,
					reason: error instanceof Error ? error.message : String(error)
				});
			}
			if (pending.length > 0) {
				for (const found of pending) {
					const reported = {
						checkId: id,
						severity: severity ?? found.severity ?? defaultSeverity,
						message: found.message,
						path: found.path
					};
					if (found.fix) reported.fix = found.fix;
					evaluation.reports.push(reported);
				}
				pending.length = 0;
			}
			if (!next) continue;
			if (watch.read) next.rerun.push(id);
			else for (const found of evaluation.reports.slice(first)) next.reports.push(found);
		}
		if (next && context !== void 0 && evaluation.failures.length === 0) kept?.memo.put(object, context, next);
		evaluations.push(evaluation);
	}
	return evaluations;
}
/**
* Runs every check over one scope: the parsed sources whose objects may see each other.
* Pure: the same sources and checks always give the same findings, in a stable order.
* `evaluated` are the object checks' results when they were run elsewhere (worker threads); `kept`,
* the evaluations the parse cache keeps.
*/
function runChecks(sources, checks, settings = defaultRunSettings, schemas = noSchemas, knownChecks = new Set(checks.map((c) => c.check.meta.id)), { evaluated, kept } = {}) {
	const { metaOf, sourceChecks } = checksOfScope(checks);
	const findings = [];
	const suppressed = [];
	const errors = [];
	const unused = checks.find((c) => c.check.meta.id === unusedSuppressionId);
	for (const parsed of ownSourcesOf(sources)) for (const { check, severity } of sourceChecks) {
		const report = (found) => {
			const range = rangeOfOffsets(parsed.source.lineStarts, found.start, found.end);
			findings.push({
				...base(check.meta, severity ?? check.meta.severity, found.message),
				file: parsed.source.file,
				...range,
				exact: true,
				approximate: false,
				object: null,
				path: ""
			});
		};
		const returned = check.check(parsed.problems, { report });
		if (returned !== void 0) for (const found of reportsReturned(returned)) report(found);
	}
	const owned = ownedCount(sources);
	const layout = borrowedLayoutOf(sources);
	const all = (layout ? ownSourcesOf(sources) : sources).flatMap((parsed) => parsed.objects);
	const objects = all.map((entry) => entry.object);
	const index = (layout && scopeIndex(objects, contextOf(layout), layout.hole)) ?? buildIndex(layout ? scopeSources(sources).flatMap((parsed) => parsed.objects.map((entry) => entry.object)) : objects, owned);
	const evaluations = evaluated ?? evaluateObjects(objects, checks, settings, schemas, 0, owned, index, kept);
	all.forEach((entry, i) => {
		if (i >= owned) return;
		const evaluation = evaluations[i] ?? {
			reports: [],
			failures: []
		};
		const annotations = settings.inlineSuppressions === false ? [] : annotationDirectives(entry.object, podTemplatesOf(entry.object).map((pod) => pod.metadataPath));
		if (evaluation.reports.length === 0 && evaluation.failures.length === 0 && annotations.length === 0) return;
		const ref = ownRef(index.entryOf(entry.object)?.ref ?? refOf(entry.object));
		const own = [];
		const positionOf = (path) => {
			const location = locate(entry.positions, entry.source.lineStarts, entry.basePath.length === 0 ? path : [...entry.basePath, ...path]);
			if (!entry.origin) {
				const { line, column, endLine, endColumn, exact } = location;
				return {
					file: entry.source.file,
					line,
					column,
					endLine,
					endColumn,
					exact,
					approximate: false,
					rendered: void 0
				};
			}
			const { exact, depth: _depth, ...rendered } = location;
			const placed = placeInOrigin(entry.origin, path, {
				...location,
				depth: location.depth - entry.basePath.length
			});
			return {
				file: placed.file,
				...placed.range,
				exact,
				approximate: placed.approximate,
				rendered: {
					via: entry.origin.via,
					file: entry.source.file,
					...rendered
				}
			};
		};
		const place = (meta, severity, message, path, fix) => {
			const finding = findingAt(meta, severity, message, positionOf(path), ref, formatPath(path));
			const container = containerAt(entry.object, path);
			if (container !== void 0) finding.container = ownCopy(container);
			if (fix) finding.fix = placeFix(entry, fix);
			return finding;
		};
		for (const report of evaluation.reports) {
			const meta = metaOf.get(report.checkId);
			if (meta) own.push(place(meta, report.severity, report.message, report.path, report.fix));
		}
		for (const { checkId, reason } of evaluation.failures) {
			const { line } = locate(entry.positions, entry.source.lineStarts, entry.basePath);
			errors.push({
				file: entry.source.file,
				line,
				message: `internal error in check ${checkId} on ${ref.kind} "${ref.name}": ${reason}`
			});
		}
		if (settings.inlineSuppressions === false) {
			for (const finding of own) findings.push(finding);
			return;
		}
		for (const finding of own) {
			const by = annotations.find((candidate) => candidate.directive.reason && candidate.directive.checks.includes(finding.checkId));
			if (!by) {
				findings.push(finding);
				continue;
			}
			by.used = true;
			const at = positionOf(by.path);
			suppressed.push({
				...finding,
				suppression: {
					kind: "annotation",
					reason: by.directive.reason ?? "",
					file: at.file,
					line: at.line
				}
			});
		}
		for (const directive of unused ? annotations : []) {
			const problem = unusedProblem(directive, knownChecks);
			if (problem && unused) findings.push(place(unused.check.meta, unused.severity ?? unused.check.meta.severity, problem, directive.path));
		}
	});
	return {
		findings: findings.sort(compareFindings),
		suppressed: suppressed.sort(compareFindings),
		errors
	};
}
const scopeChecks = /* @__PURE__ */ new WeakMap();
/** What runChecks looks up in a run's checks: worked out once for all the scopes checked with them. */
function checksOfScope(checks) {
	let found = scopeChecks.get(checks);
	if (!found) {
		found = {
			metaOf: new Map(checks.map(({ check }) => [check.meta.id, check.meta])),
			sourceChecks: checks.filter((c) => c.check.target === "source")
		};
		scopeChecks.set(checks, found);
	}
	return found;
}
/** Removes the reports that repeat an earlier one's path and message, in place. */
function dropRepeats(reports) {
	const seen = /* @__PURE__ */ new Set();
	let kept = 0;
	for (const found of reports) {
		const key = `${JSON.stringify(found.path)}\u0000${found.message}`;
		if (seen.has(key)) continue;
		seen.add(key);
		reports[kept++] = found;
	}
	reports.length = kept;
}
/** What a check written as a generator (or returning an array) gives instead of calling report. */
function reportsReturned(returned) {
	return typeof returned === "object" && returned !== null && Symbol.iterator in returned ? returned : [];
}
/**
* A finding, its fields in the order the JSON output has always had. Written out in full: an object
* spread into a literal costs several times more, and there is one of these per finding.
*/
function findingAt(meta, severity, message, at, object, path) {
	const { id: checkId, risk, mitigation } = meta;
	const { file, line, column, endLine, endColumn, exact, approximate, rendered } = at;
	const said = findingText(message);
	const where = findingText(path);
	if (rendered) return {
		checkId,
		severity,
		message: said,
		risk,
		mitigation,
		file,
		line,
		column,
		endLine,
		endColumn,
		exact,
		approximate,
		rendered,
		object,
		path: where
	};
	return {
		checkId,
		severity,
		message: said,
		risk,
		mitigation,
		file,
		line,
		column,
		endLine,
		endColumn,
		exact,
		approximate,
		object,
		path: where
	};
}
/** The kubeready.io/ignore annotations of an object and of its pod templates. */
function annotationDirectives(object, podMetadataPaths) {
	const found = [];
	addAnnotationDirective(found, object, objectMetadataPath);
	for (const podMetadataPath of podMetadataPaths) if (!(podMetadataPath.length === 1 && podMetadataPath[0] === "metadata")) addAnnotationDirective(found, object, podMetadataPath);
	return found;
}
const objectMetadataPath = ["metadata"];
function addAnnotationDirective(found, object, metadataPath) {
	let node = object;
	for (const segment of metadataPath) node = Array.isArray(node) ? node[segment] : isRecord(node) ? node[segment] : void 0;
	const annotations = isRecord(node) ? node["annotations"] : void 0;
	const value = isRecord(annotations) ? annotations[ignoreAnnotation] : void 0;
	if (typeof value === "string") found.push({
		directive: parseDirective(value),
		path: [
			...metadataPath,
			"annotations",
			ignoreAnnotation
		],
		used: false
	});
}
/** The name of the container a path points into (…containers[2]…), if it has one. */
function containerAt(object, path) {
	let node = object;
	for (let i = 0; i + 1 < path.length; i++) {
		const segment = path[i];
		node = Array.isArray(node) ? node[segment] : isRecord(node) ? node[segment] : void 0;
		if (typeof path[i + 1] !== "number" || segment !== "containers" && segment !== "initContainers" && segment !== "ephemeralContainers") continue;
		const index = path[i + 1];
		const container = Array.isArray(node) ? node[index] : isRecord(node) ? node[index] : void 0;
		return isRecord(container) && typeof container["name"] === "string" ? container["name"] : void 0;
	}
}
function base(meta, severity, message) {
	return {
		checkId: meta.id,
		severity,
		message: ownCopy(message),
		risk: meta.risk,
		mitigation: meta.mitigation
	};
}
const contexts = /* @__PURE__ */ new WeakMap();
/** The index of a layout's context, made once for all the units that share it. */
function contextOf(layout) {
	let context = contexts.get(layout.files);
	if (!context) contexts.set(layout.files, context = sharedContext(layout.files.map((parsed) => parsed.objects.map((entry) => entry.object))));
	return context;
}
/** How many objects of a scope are its own: its sources come first, what it borrowed from other units after. */
function ownedCount(sources) {
	let owned = 0;
	for (const parsed of ownSourcesOf(sources)) owned += parsed.objects.length;
	return owned;
}

// dist/src/engine/threads.js
/**
* Worker threads for one run, started on first use and stopped by close(). A worker holds the process
* open exactly while a request to it is outstanding (ref), and not while it is idle (unref), so that
* neither a forgotten close() keeps the process running nor an idle-looking worker lets it end with a
* reply still to come. Listeners say nothing of it: Node refs a worker's port when a `message` listener
* is added and leaves it to unref() after, an order this class does not rely on.
*/
var WorkerPool = class WorkerPool {
	script;
	size;
	workers = [];
	pending = /* @__PURE__ */ new Map();
	/** Requests outstanding, per worker. */
	outstanding = [];
	nextId = 0;
	constructor(script, size) {
		this.script = script;
		this.size = size;
	}
	/** A pool of `size` workers, or undefined when the worker script is missing (sources run without a build). */
	static create(size) {
		const script = workerScript();
		return script ? new WorkerPool(script, size) : void 0;
	}
	/** Sends a request to worker `n` and waits for its reply; rejects when the worker fails. */
	request(n, request) {
		const worker = this.worker(n);
		const id = this.nextId++;
		return new Promise((resolve, reject) => {
			this.pending.set(id, {
				worker: n,
				resolve,
				reject
			});
			if ((this.outstanding[n] = (this.outstanding[n] ?? 0) + 1) === 1) worker.ref();
			worker.postMessage({
				...request,
				id
			});
		});
	}
	/** The request's promise is settled: its worker lets the process end once it has nothing else to do. */
	settle(id) {
		const waiting = this.pending.get(id);
		if (!waiting) return void 0;
		this.pending.delete(id);
		const n = waiting.worker;
		if ((this.outstanding[n] = (this.outstanding[n] ?? 1) - 1) === 0) this.workers[n]?.unref();
		return waiting;
	}
	/** Stops the workers; the process is held open until they have exited. */
	async close() {
		await Promise.all(this.workers.map((worker) => {
			worker.ref();
			return worker.terminate();
		}));
	}
	worker(n) {
		let worker = this.workers[n];
		if (!worker) {
			worker = new Worker(fileURLToPath(this.script));
			worker.on("message", (reply) => {
				const waiting = this.settle(reply.id);
				if (reply.type === "failed") waiting?.reject(new Error(reply.message));
				else waiting?.resolve(reply);
			});
			const failAll = (error) => {
				for (const id of [...this.pending.keys()]) this.settle(id)?.reject(error);
			};
			worker.on("error", failAll);
			worker.on("exit", (code) => failAll(/* @__PURE__ */ new Error(`worker thread exited with code ${code}`)));
			worker.unref();
			this.workers[n] = worker;
		}
		return worker;
	}
};
/** dist/src/engine/worker.js beside this module, or, when this module runs from the sources, in dist. */
function workerScript() {
	return [new URL("./worker.js", import.meta.url), new URL("../../dist/src/engine/worker.js", import.meta.url)].find((candidate) => existsSync(candidate));
}
/** Texts per parse request: large enough to cost little in messages, small enough to share the work. */
const batchCharacters = 262144;
/** Parses files across the pool's workers; results in the order of `files`. */
async function parseInWorkers(pool, files) {
	const batches = [];
	let current = [];
	let size = 0;
	files.forEach((file, i) => {
		if (current.length === 0) batches.push({
			from: i,
			files: current = []
		});
		current.push(file);
		size += file.text.length;
		if (size >= batchCharacters) {
			current = [];
			size = 0;
		}
	});
	const results = new Array(files.length);
	let next = 0;
	const drain = async (n) => {
		for (let batch = batches[next++]; batch; batch = batches[next++]) {
			const reply = await pool.request(n, {
				type: "parse",
				files: batch.files
			});
			if (reply.type !== "parsed") throw new Error("unexpected reply to a parse request");
			reply.files.forEach((parsed, i) => results[batch.from + i] = parsed);
		}
	};
	await Promise.all(Array.from({ length: Math.min(pool.size, batches.length) }, (_, n) => drain(n)));
	return results;
}
/**
* Runs the object checks of every scope across the pool: the objects, taken scope after scope, are cut
* into one contiguous share per worker; each worker indexes the scopes it has a share of and checks
* its share. Verdicts and evaluations learned go to the memos.
*/
async function checkInWorkers(pool, scopes, checks, settings, crds, verdicts, kept, owned = scopes.map((scope) => scope.length)) {
	const total = scopes.reduce((sum, scope, s) => sum + (owned[s] ?? scope.length), 0);
	const share = Math.ceil(total / pool.size);
	const wanted = checks.map(({ check, severity, options }) => ({
		id: check.meta.id,
		severity,
		options
	}));
	const shares = Array.from({ length: pool.size }, () => []);
	let position = 0;
	scopes.forEach((scope, s) => {
		const end = owned[s] ?? scope.length;
		for (let from = 0; from < end;) {
			const worker = Math.min(Math.floor(position / share), pool.size - 1);
			const to = Math.min(end, from + (worker + 1) * share - position);
			shares[worker]?.push([
				s,
				from,
				to
			]);
			position += to - from;
			from = to;
		}
	});
	const evaluations = scopes.map(() => []);
	await Promise.all(shares.map(async (tasks, n) => {
		if (tasks.length === 0) return;
		const used = new Set(tasks.map(([s]) => s));
		const sent = scopes.map((scope, s) => used.has(s) ? [...scope] : []);
		const reply = await pool.request(n, {
			type: "check",
			scopes: sent,
			owned: [...owned],
			crds,
			settings,
			checks: wanted,
			verdicts: sent.map((scope) => scope.map((object) => verdicts?.all(object))),
			...kept && { evaluations: {
				key: kept.key,
				kept: sent.map((scope) => scope.map((object) => kept.memo.all(object)))
			} },
			tasks
		});
		if (reply.type !== "checked") throw new Error("unexpected reply to a check request");
		tasks.forEach(([s, from], t) => reply.evaluations[t]?.forEach((evaluation, i) => (evaluations[s] ??= [])[from + i] = evaluation));
		for (const [s, i, context, verdict] of reply.verdicts) {
			const object = scopes[s]?.[i];
			if (object) verdicts?.put(object, context, verdict);
		}
		for (const [s, i, context, evaluation] of reply.kept) {
			const object = scopes[s]?.[i];
			if (object) kept?.memo.put(object, context, evaluation);
		}
	}));
	return evaluations;
}

// dist/src/load/glob.js
const matchesNothing = { test: () => false };
/**
* Glob matching for --exclude and config globs: `**` spans folders, `*` and `?` stay within one,
* `{a,b}` alternates. A pattern without a slash (other than a trailing one) matches at any depth, and
* a trailing slash matches everything under that folder, as in .gitignore.
*
* Globs come from .kubeready.yaml as well as the command line, and the expression made of one is
* matched by re2js, in time linear in the path: as a RegExp, each `*` or `**` was one more `.*` to
* backtrack into (text to the power of the stars) and thirty `{a,a}` 2^30 ways to fail.
*/
function globToRegExp(pattern) {
	const anyDepth = !withoutTrailing(pattern, "/").includes("/");
	const relative = pattern.startsWith("./") ? pattern.slice(2) : pattern;
	const body = relative.endsWith("/") ? `${withoutTrailing(relative, "/")}/**` : relative;
	const balanced = bracesBalance(body);
	let source = "";
	let braces = 0;
	for (let i = 0; i < body.length; i++) {
		const char = body[i] ?? "";
		if (char === "*") {
			if (body[i + 1] === "*") {
				const slashAfter = body[i + 2] === "/";
				source += slashAfter ? "(?:.*/)?" : ".*";
				i += slashAfter ? 2 : 1;
			} else source += "[^/]*";
		} else if (char === "?") source += "[^/]";
		else if (char === "{" && balanced) {
			braces++;
			source += "(?:";
		} else if (char === "}" && braces > 0) {
			braces--;
			source += ")";
		} else if (char === "," && braces > 0) source += "|";
		else source += char.replace(/[.+^$(){}|[\]\\]/g, "\\$&");
	}
	const compiled = compileRe2(`(?s)^${anyDepth ? "(?:.*/)?" : ""}${source}(?:/.*)?$`);
	return compiled.ok ? compiled.pattern : matchesNothing;
}
/** Unbalanced braces are taken literally rather than making an invalid expression. */
function bracesBalance(text) {
	let depth = 0;
	for (const char of text) if (char === "{") depth++;
	else if (char === "}" && --depth < 0) return false;
	return depth === 0;
}
function matchesAnyGlob(path, patterns) {
	const normalized = path.split("\\").join("/");
	return patterns.some((pattern) => pattern.test(normalized));
}

// dist/src/config/ignore-match.js
/** Whether an ignore entry covers a finding. `subject.file` is absolute; globs of `file` are relative to `configDir`. */
function matchesIgnoreEntry(entry, subject, configDir) {
	if (!entry.checks.includes(subject.checkId)) return false;
	const fields = [
		[
			entry.kind,
			subject.kind,
			true
		],
		[
			entry.namespace,
			subject.namespace ?? "",
			false
		],
		[
			entry.name,
			subject.name,
			false
		],
		[
			entry.container,
			subject.container,
			false
		]
	];
	for (const [pattern, value, ignoreCase] of fields) {
		if (pattern === void 0) continue;
		if (value === void 0 || !wildcardMatches(pattern, value, {
			anyOne: true,
			ignoreCase
		})) return false;
	}
	if (entry.file !== void 0) {
		if (subject.file === void 0) return false;
		const within = relative(configDir, subject.file).split(sep).join("/");
		if (!globToRegExp(entry.file).test(within)) return false;
	}
	return true;
}

// dist/src/load/kustomize-reads.js
const kustomizationNames$1 = [
	"kustomization.yaml",
	"kustomization.yml",
	"Kustomization"
];
/**
* Follows everything a kustomization makes kustomize read (resources, bases, components, patches,
* generator files and env files, transformer and generator configs, replacements, configurations, the
* OpenAPI schema, Helm values) before kustomize runs, and refuses the build when one of them lies outside
* the repository, behind a symlink that leads out, in .git, or on the network without --allow-remote.
* Kustomizations that use each other in a cycle are refused too, naming both folders. Exec and
* container plugins need flags kubeready never passes, so they never run.
*
* What the walk found is what the build reads, for `--cache`: the files (each kustomization, and the
* places one could appear; every file named), and the folders named where a file is expected, whose
* every file counts.
*/
function kustomizeReads(dir, rules) {
	const walk = new ReadWalk(rules);
	const refusal = walk.visit(dir, []);
	return {
		...refusal && { refusal },
		files: [...walk.files],
		trees: [...walk.trees]
	};
}
var ReadWalk = class {
	rules;
	done = /* @__PURE__ */ new Set();
	files = /* @__PURE__ */ new Set();
	trees = /* @__PURE__ */ new Set();
	constructor(rules) {
		this.rules = rules;
	}
	visit(dir, stack) {
		if (this.done.has(dir)) return void 0;
		for (const name of kustomizationNames$1) {
			const candidate = join(dir, name);
			const outOfBounds = kindAt(candidate) === void 0 ? void 0 : escapeFrom(candidate, this.rules.root);
			if (outOfBounds) return {
				file: candidate,
				message: `the kustomization is ${outOfBounds}`
			};
			this.files.add(candidate);
		}
		const file = kustomizationNames$1.map((name) => join(dir, name)).find((file) => kindAt(file) === "file");
		if (!file) return void 0;
		const cycleAt = stack.indexOf(dir);
		if (cycleAt !== -1) return {
			file,
			message: `kustomizations use each other in a cycle: ${[...stack.slice(cycleAt), dir].map((folder) => relative(this.rules.root, folder) || ".").join(" -> ")}`
		};
		const kustomization = readYaml(file)[0];
		if (!isRecord(kustomization)) return void 0;
		const inner = [...stack, dir];
		const refuse = (message) => ({
			file,
			message
		});
		for (const key of [
			"resources",
			"bases",
			"components"
		]) for (const entry of strings(kustomization[key])) {
			const refusal = this.checkTarget(entry, dir, refuse) ?? (kindAt(resolve(dir, entry)) === "directory" ? this.visit(resolve(dir, entry), inner) : void 0);
			if (refusal) return refusal;
		}
		for (const entry of [...strings(kustomization["crds"]), ...strings(kustomization["configurations"])]) {
			const refusal = this.checkFile(entry, dir, refuse);
			if (refusal) return refusal;
		}
		for (const entry of strings(kustomization["patchesStrategicMerge"]).filter((patch) => !patch.includes("\n"))) {
			const refusal = this.checkFile(entry, dir, refuse);
			if (refusal) return refusal;
		}
		for (const key of [
			"generators",
			"transformers",
			"validators"
		]) for (const entry of strings(kustomization[key])) {
			const configs = entry.includes("\n") ? configDocuments(entry) : void 0;
			if (!configs) {
				const refusal = this.checkTarget(entry, dir, refuse) ?? (kindAt(resolve(dir, entry)) === "directory" ? this.visit(resolve(dir, entry), inner) : void 0);
				if (refusal) return refusal;
			}
			const documents = configs ?? (kindAt(resolve(dir, entry)) === "file" ? readYaml(resolve(dir, entry)) : []);
			for (const document of documents) {
				const refusal = this.checkPathFields(document, dir, refuse);
				if (refusal) return refusal;
			}
		}
		const refusal = this.checkPathFields(withoutKeys(kustomization, [
			"resources",
			"bases",
			"components",
			"crds",
			"configurations",
			"patchesStrategicMerge",
			"generators",
			"transformers",
			"validators"
		]), dir, refuse);
		if (refusal) return refusal;
		this.done.add(dir);
	}
	/**
	* The fields that hold paths anywhere else in a kustomization or a plugin config: `path` (patches,
	* patchesJson6902, replacements, openapi, PatchTransformer), generators' `files`, `envs` and `env`,
	* Helm's `valuesFile`, `additionalValuesFiles` and `chartHome`.
	*/
	checkPathFields(value, dir, refuse) {
		const pending = [value];
		while (pending.length > 0) {
			const current = pending.pop();
			if (Array.isArray(current)) {
				pending.push(...current);
				continue;
			}
			if (!isRecord(current)) continue;
			for (const [key, field] of Object.entries(current)) {
				const paths = key === "path" || key === "env" || key === "valuesFile" || key === "chartHome" ? strings([field]) : key === "envs" || key === "additionalValuesFiles" || key === "paths" ? strings(field) : key === "files" ? strings(field).map((entry) => entry.slice(entry.indexOf("=") + 1)) : [];
				for (const path of paths) {
					const refusal = this.checkFile(path, dir, refuse);
					if (refusal) return refusal;
				}
				if (typeof field === "object" && field !== null) pending.push(field);
			}
		}
	}
	/** A resource-like entry: a local folder or file inside the repository, or a remote target if allowed. */
	checkTarget(entry, dir, refuse) {
		if (isRemoteReference(entry)) return this.rules.allowRemote ? void 0 : refuse(`remote resource ${JSON.stringify(entry)} refused (kubeready fetches nothing unless --allow-remote is given)`);
		const target = resolve(dir, entry);
		const outOfBounds = escapeFrom(target, this.rules.root);
		if (outOfBounds) return refuse(`${JSON.stringify(entry)} is ${outOfBounds}`);
		if (kindAt(target) !== "directory") this.files.add(target);
		if (kindAt(target) === void 0 && !this.rules.allowRemote && /^[^./][^/]*\.[^/]*\//.test(entry)) return refuse(`${JSON.stringify(entry)} does not exist here, and kustomize would try to fetch it (pass --allow-remote to let it)`);
	}
	checkFile(entry, dir, refuse) {
		if (isRemoteReference(entry) && !this.rules.allowRemote) return refuse(`remote file ${JSON.stringify(entry)} refused (kubeready fetches nothing unless --allow-remote is given)`);
		if (isRemoteReference(entry)) return void 0;
		const target = resolve(dir, entry);
		const outOfBounds = escapeFrom(target, this.rules.root);
		if (outOfBounds) return refuse(`${JSON.stringify(entry)} is ${outOfBounds}`);
		(kindAt(target) === "directory" ? this.trees : this.files).add(target);
	}
};
function strings(value) {
	if (typeof value === "string") return [value];
	return Array.isArray(value) ? value.filter((entry) => typeof entry === "string") : [];
}
function withoutKeys(record, keys) {
	return Object.fromEntries(Object.entries(record).filter(([key]) => !keys.includes(key)));
}
/** The documents of a YAML file kubeready may read (the caller checked it lies inside the repository). */
function readYaml(file) {
	try {
		return configDocuments(readFileSync(file, "utf8")) ?? [];
	} catch {
		return [];
	}
}
/** Kustomizations parsed, by text: the walk and the overlays of a base each read it. Small texts, a bounded number. */
const parsedTexts = /* @__PURE__ */ new Map();
const keptTexts = 256;
const keptTextLength = 65536;
/** The documents of a kustomization or plugin config (parseYamlValues), each text parsed once per run. */
function configDocuments(text) {
	if (parsedTexts.has(text)) return parsedTexts.get(text);
	const documents = parseYamlValues(text);
	if (text.length <= keptTextLength) {
		if (parsedTexts.size >= keptTexts) parsedTexts.clear();
		parsedTexts.set(text, documents);
	}
	return documents;
}

// dist/src/load/walk.js
const STDIN = "-";
const walkedName = /\.(?:yaml|yml|json)$|^Kustomization$/;
/** Manifests, the files that make a folder a unit, and Dockerfiles (see isDockerfileName). */
const isWalkedName = (name) => walkedName.test(name) || isDockerfileName(name);
const kustomizationNames = [
	"kustomization.yaml",
	"kustomization.yml",
	"Kustomization"
];
const skippedFolders = /* @__PURE__ */ new Set(["node_modules", ".git"]);
/**
* Expands the command-line paths into what to lint, in a stable order. Explicit files are taken
* whatever their extension; directories contribute their YAML and JSON, except that a folder holding
* Chart.yaml is a Helm chart and one holding a kustomization is a Kustomize target: their files are
* rendered, not linted as they are. A Kustomize folder that another one in the input uses as a base
* is linted only through it, unless it was named on the command line. A symlink that leads out of
* the directory being walked is not followed.
*
* A file named explicitly (as pre-commit passes changed files) that lies inside a chart or a Kustomize
* folder stands for that unit, as its directory would: see {@link Owners}.
*/
async function walk(paths, options) {
	const excludes = options.exclude.map(globToRegExp);
	const files = /* @__PURE__ */ new Set();
	const charts = /* @__PURE__ */ new Set();
	const kustomizations = /* @__PURE__ */ new Set();
	const named = /* @__PURE__ */ new Set();
	const namedFiles = /* @__PURE__ */ new Set();
	const unreadable = /* @__PURE__ */ new Map();
	const owners = new Owners(options.cwd, unreadable);
	for (const path of paths) {
		if (path === "-") {
			files.add("-");
			continue;
		}
		const absolute = resolve(options.cwd, path);
		let stats;
		try {
			stats = statSync(absolute);
		} catch {
			throw new UsageError(`${path}: no such file or directory`);
		}
		if (!stats.isDirectory()) {
			if (isExcluded(absolute, absolute, options.cwd, excludes)) continue;
			const owner = isDockerfilePath(absolute) ? {} : owners.of(absolute);
			const keepOwner = (dir, marker) => [dir, marker].every((path) => path === void 0 || !isExcluded(path, options.cwd, options.cwd, excludes));
			if (owner.chart) {
				if (keepOwner(owner.chart, join(owner.chart, "Chart.yaml"))) charts.add(owner.chart);
			} else if (owner.kustomizations) for (const dir of owner.kustomizations.filter((dir) => keepOwner(dir, kustomizationFile(dir)))) {
				kustomizations.add(dir);
				named.add(dir);
			}
			else {
				files.add(absolute);
				if (!isDockerfilePath(absolute)) namedFiles.add(absolute);
			}
			continue;
		}
		named.add(absolute);
		const found = walkDirectory(absolute, unreadable);
		const keep = (file) => !isExcluded(file, absolute, options.cwd, excludes);
		const keepUnit = (dir, marker) => keep(dir) && (marker === void 0 || keep(marker));
		found.charts.filter((dir) => keepUnit(dir, join(dir, "Chart.yaml"))).forEach((dir) => charts.add(dir));
		found.kustomizations.filter((dir) => keepUnit(dir, kustomizationFile(dir))).forEach((dir) => kustomizations.add(dir));
		found.files.filter(keep).forEach((file) => files.add(file));
	}
	const contextOnly = options.context === false ? [] : siblingsOf(namedFiles, files, (file) => !isExcluded(file, options.cwd, options.cwd, excludes));
	const builds = buildsAmong([...kustomizations].sort(), named);
	return {
		files: [...files, ...contextOnly],
		charts: [...charts].sort(),
		contextOnly,
		unreadable: [...unreadable].map(([dir, code]) => ({
			dir,
			code
		})).sort((a, b) => a.dir < b.dir ? -1 : a.dir > b.dir ? 1 : 0),
		kustomizations: builds
	};
}
/** The manifests beside the named files, in their folders, that the run does not lint already. */
function siblingsOf(namedFiles, linted, keep) {
	const siblings = /* @__PURE__ */ new Set();
	for (const folder of new Set([...namedFiles].map(dirname))) {
		let entries;
		try {
			entries = readdirSync(folder, { withFileTypes: true });
		} catch {
			continue;
		}
		for (const entry of entries) {
			const file = join(folder, entry.name);
			if (entry.isFile() && /\.(?:yaml|yml|json)$/.test(entry.name) && !linted.has(file) && !isMarker(file) && keep(file)) siblings.add(file);
		}
	}
	return [...siblings].sort();
}
function walkDirectory(root, unreadable) {
	const all = filesUnder(root, isWalkedName, unreadable);
	all.sort();
	const markerDirs = (names) => [...new Set(all.filter((file) => names.some((name) => file.endsWith(`${sep}${name}`))).map(dirname))].sort();
	const charts = outermost(markerDirs(["Chart.yaml"]));
	const kustomizations = markerDirs(kustomizationNames).filter((dir) => !charts.some((chart) => isInside(dir, chart)));
	const renderedDirs = [...charts, ...kustomizations];
	return {
		files: all.filter((file) => isDockerfilePath(file) || /\.(ya?ml|json)$/i.test(file) && !renderedDirs.some((dir) => isInside(file, dir)) && !isMarker(file)),
		charts,
		kustomizations: kustomizations.filter((dir) => !isComponent(dir))
	};
}
/**
* The files under root whose names pass `wanted`, in no particular order. Every folder is entered
* except node_modules and .git, whatever its name; symlinked folders are not, and a symlinked file
* counts only when its target is a file inside root. A folder that cannot be read goes into `unreadable`,
* with why: its manifests would otherwise go unlinted without a word.
*/
function filesUnder(root, wanted, unreadable) {
	const realRoot = realpathSync(root);
	const files = [];
	const pending = [root];
	for (let dir = pending.pop(); dir !== void 0; dir = pending.pop()) for (const entry of readFolder(dir, unreadable)) {
		const path = join(dir, entry.name);
		if (entry.isDirectory()) {
			if (!skippedFolders.has(entry.name)) pending.push(path);
		} else if (wanted(entry.name) && (entry.isFile() || entry.isSymbolicLink() && isFileInside(path, realRoot))) files.push(path);
	}
	return files;
}
function readFolder(dir, unreadable) {
	try {
		return readdirSync(dir, { withFileTypes: true });
	} catch (error) {
		const code = error.code;
		if (code === "ENOENT" || code === "ENOTDIR") return [];
		unreadable.set(dir, code ?? String(error));
		return [];
	}
}
/**
* Finds the unit that owns a file, looking at the file's folder and its ancestors up to the
* repository root (the nearest folder holding .git), or without one up to the working directory
* (only the file's own folder when the file lies outside it). The outermost folder holding Chart.yaml
* wins, as in a directory walk (subcharts render with their parent); otherwise the nearest folder
* holding a kustomization, even when it is a base that overlays use, since that is the smallest build
* containing the file. A Component cannot be built alone: its files stand for the kustomizations
* under the same root that list it under `components`, and for nothing when none does.
*/
var Owners = class {
	cwd;
	unreadable;
	cache = /* @__PURE__ */ new Map();
	kustomizationsUnder = /* @__PURE__ */ new Map();
	constructor(cwd, unreadable) {
		this.cwd = cwd;
		this.unreadable = unreadable;
	}
	of(file) {
		const folder = dirname(file);
		const cached = this.cache.get(folder);
		if (cached) return cached;
		const owner = this.find(file, ancestorsWithin(file, this.cwd));
		this.cache.set(folder, owner);
		return owner;
	}
	find(file, ancestors) {
		const chart = ancestors.filter((dir) => existsSync(join(dir, "Chart.yaml"))).at(-1);
		if (chart) return { chart };
		const nearest = ancestors.find((dir) => kustomizationFile(dir) !== void 0);
		if (!nearest) return {};
		if (!isComponent(nearest)) return { kustomizations: [nearest] };
		const root = ancestors.at(-1) ?? dirname(file);
		return { kustomizations: this.all(root).filter((dir) => !isComponent(dir) && usesComponent(dir, nearest)) };
	}
	all(root) {
		let found = this.kustomizationsUnder.get(root);
		if (!found) {
			const markers = filesUnder(root, (name) => kustomizationNames.includes(name), this.unreadable);
			found = [...new Set(markers.map(dirname))].sort();
			this.kustomizationsUnder.set(root, found);
		}
		return found;
	}
};
/** The folders to search for a file's unit, nearest first. */
function ancestorsWithin(file, cwd) {
	const ancestors = [];
	for (let dir = dirname(file);; dir = dirname(dir)) {
		ancestors.push(dir);
		if (existsSync(join(dir, ".git"))) return ancestors;
		if (dirname(dir) === dir) break;
	}
	return isInside(file, cwd) ? ancestors.filter((dir) => isInside(dir, cwd)) : ancestors.slice(0, 1);
}
function usesComponent(dir, component) {
	return listOf(readKustomization(dir)?.["components"]).some((entry) => typeof entry === "string" && resolve(dir, entry) === component);
}
/**
* The Kustomize folders to build: those named on the command line, and those no other folder of the input
* uses as a base (listed under resources, or the legacy bases), since a base is linted through its
* overlays. Folders that only use each other in a cycle are none of these, and would vanish: the first of
* each such group is built too, so that kustomize's refusal of the cycle is reported.
*/
function buildsAmong(kustomizations, named) {
	const known = new Set(kustomizations);
	const uses = new Map(kustomizations.map((dir) => [dir, basesOf(dir).filter((base) => known.has(base))]));
	const used = new Set([...uses.values()].flat());
	const builds = kustomizations.filter((dir) => named.has(dir) || !used.has(dir));
	const reached = /* @__PURE__ */ new Set();
	const reach = (from) => {
		const pending = [from];
		for (let dir = pending.pop(); dir !== void 0; dir = pending.pop()) {
			if (reached.has(dir)) continue;
			reached.add(dir);
			pending.push(...uses.get(dir) ?? []);
		}
	};
	builds.forEach(reach);
	for (const dir of kustomizations) {
		if (reached.has(dir)) continue;
		builds.push(dir);
		reach(dir);
	}
	return builds.sort();
}
function basesOf(dir) {
	const kustomization = readKustomization(dir);
	return [...listOf(kustomization?.["resources"]), ...listOf(kustomization?.["bases"])].filter((entry) => typeof entry === "string" && !isRemoteReference(entry)).map((entry) => resolve(dir, entry));
}
/** A Component is only ever used by other kustomizations; it cannot be built alone. */
function isComponent(dir) {
	const file = kustomizationFile(dir);
	if (!file || !(readTextIfExists(file) ?? "").includes("Component")) return false;
	return readKustomization(dir)?.["kind"] === "Component";
}
function kustomizationFile(dir) {
	return kustomizationNames.map((name) => join(dir, name)).find((file) => existsSync(file));
}
function readKustomization(dir) {
	const file = kustomizationFile(dir);
	if (!file) return void 0;
	try {
		const value = configDocuments(readFileSync(file, "utf8"))?.[0];
		return isRecord(value) ? value : void 0;
	} catch {
		return;
	}
}
function listOf(value) {
	return Array.isArray(value) ? value : [];
}
function outermost(dirs) {
	return dirs.filter((dir) => !dirs.some((other) => other !== dir && isInside(dir, other)));
}
function isMarker(file) {
	return kustomizationNames.some((name) => file.endsWith(`${sep}${name}`));
}
function isExcluded(file, root, cwd, excludes) {
	if (excludes.length === 0) return false;
	return matchesAnyGlob(relative(cwd, file), excludes) || matchesAnyGlob(relative(root, file), excludes);
}
function isFileInside(link, root) {
	try {
		return isInside(realpathSync(link), root) && statSync(link).isFile();
	} catch {
		return false;
	}
}

// dist/src/load/kustomize.js
const originAnnotation = "config.kubernetes.io/origin";
/**
* Builds a Kustomize target and parses the output, each object remembering the base or overlay file
* that defined it. The build goes through a temporary wrapper kustomization that asks for origin
* annotations, so the user's files are never edited; the annotations are removed before checks run.
*/
async function buildKustomization(dir, cwd, options = {}, bounds = boundsFor(dir, cwd), reuse) {
	const shown = relative(cwd, dir) || ".";
	const tool = chooseTool(options.bin, cwd, bounds.untrusted);
	if (!tool) return { error: {
		file: shown,
		message: `cannot build the kustomization: ${options.bin ? `--kustomize-bin ${options.bin} is not an executable file` : "neither kustomize nor kubectl was found on PATH outside the linted repositories (install one, or pass --kustomize-bin)"}`
	} };
	const reads = kustomizeReads(dir, {
		root: bounds.root,
		allowRemote: options.allowRemote === true
	});
	if (reads.refusal) return { error: {
		file: shownPath(reads.refusal.file, cwd),
		message: `not built: ${reads.refusal.message}`
	} };
	const flags = [
		...tool.command,
		"--load-restrictor=LoadRestrictionsNone",
		"--"
	];
	const identity = reuse && !options.allowRemote ? await toolIdentity(reuse, tool.bin, tool.version, cwd, bounds.limits) : void 0;
	const key = identity === void 0 ? void 0 : renderKey(identity, [...flags, resolve(cwd, dir)], reads, bounds.root);
	const result = await memoizedRun(reuse?.memo, key, reuse?.counts, async () => {
		const wrapper = mkdtempSync(join(tmpdir(), "kubeready-kustomize-"));
		const target = relative(wrapper, dir).split(sep).join("/");
		try {
			writeFileSync(join(wrapper, "kustomization.yaml"), `apiVersion: kustomize.config.k8s.io/v1beta1\nkind: Kustomization\nresources:\n  - ${JSON.stringify(target)}\nbuildMetadata: [originAnnotations]\n`);
			return {
				...await runTool(tool.bin, [...flags, wrapper], cwd, {
					...bounds.limits,
					network: options.allowRemote === true
				}),
				wrapper
			};
		} finally {
			rmSync(wrapper, {
				recursive: true,
				force: true
			});
		}
	});
	if (result.stopped) return { error: {
		file: shown,
		message: `${tool.name} ${result.stderr}`
	} };
	if (!result.ok) return { error: {
		file: shown,
		message: `${tool.name} failed: ${innermostCause(result.stderr, cwd)}`
	} };
	const parse = reuse?.parse ?? parseSource;
	const parsed = parse(shown, result.stdout);
	attachKustomizeOrigins(parsed, result.wrapper ?? dir, dir, cwd, bounds.root, parse, new Set(reads.files));
	return {
		parsed,
		...key !== void 0 && { reuseKey: outputKey(key, result.stdout) }
	};
}
/**
* Kustomize nests each failure in the ones around it ("accumulation err='... err='...'"); the
* innermost resource and reason is what a person fixes. Absolute paths are shown relative.
*/
function innermostCause(stderr, cwd) {
	const message = stderr.split("\n").map((line) => line.trim()).filter(Boolean).join(" ").replace(/^error:\s*/, "");
	const resource = [...message.matchAll(/accumulating resources from '([^']+)'/g)].at(-1)?.[1];
	const tail = message.split(/'\s?: /).at(-1)?.replace(/'$/, "") ?? message;
	const reason = resource && !tail.includes(resource) ? `${resource}: ${tail}` : tail;
	return shorten(reason.split(`${cwd}${sep}`).join(""));
}
/** The bounds of a kustomization built on its own (the programmatic API): its repository, default limits. */
function boundsFor(dir, cwd) {
	const root = repositoryRoot(dir, cwd);
	return {
		root,
		untrusted: [root],
		limits: defaultToolLimits
	};
}
function chooseTool(bin, cwd, untrusted) {
	const as = (path) => basename(path).startsWith("kubectl") ? {
		bin: path,
		command: ["kustomize"],
		name: "kubectl kustomize",
		version: ["version", "--client"]
	} : {
		bin: path,
		command: ["build"],
		name: "kustomize build",
		version: ["version"]
	};
	if (bin) {
		const found = findExecutable(bin, cwd);
		return found ? as(found) : void 0;
	}
	const found = findExecutable("kustomize", cwd, untrusted) ?? findExecutable("kubectl", cwd, untrusted);
	return found ? as(found) : void 0;
}
/** `read`: files kustomizeReads held to the repository, which need no second look. */
function attachKustomizeOrigins(parsed, wrapper, dir, cwd, root, parse, read) {
	const sources = /* @__PURE__ */ new Map();
	const fallback = kustomizationFile(dir) ?? dir;
	const annotations = /* @__PURE__ */ new Map();
	const allowed = /* @__PURE__ */ new Map();
	for (const entry of parsed.objects) {
		const origin = takeOriginAnnotation(entry, annotations);
		const path = origin && !origin.repo ? origin.path ?? origin.configuredIn : void 0;
		const named = path === void 0 ? void 0 : resolve(wrapper, path);
		if (named !== void 0 && !allowed.has(named)) allowed.set(named, read.has(named) || escapeFrom(named, root) === void 0);
		const file = named !== void 0 && allowed.get(named) ? named : fallback;
		const source = origin?.path && !origin.repo && file === named ? sourceFile(sources, file, cwd, parse) : void 0;
		entry.origin = {
			via: "kustomize",
			file: relative(cwd, file),
			source: source && findDefinition(source, entry)
		};
	}
}
/**
* Reads the origin annotation and gives the entry a copy of its object without it; the object parsed is
* left as kustomize wrote it (the parse cache may hold it).
*/
function takeOriginAnnotation(entry, parsedValues) {
	const { metadata } = entry.object;
	const annotations = metadata?.annotations;
	if (!metadata || !isRecord(annotations) || typeof annotations[originAnnotation] !== "string") return void 0;
	const written = annotations[originAnnotation];
	const value = parsedValues.has(written) ? parsedValues.get(written) : configDocuments(written)?.[0];
	parsedValues.set(written, value);
	const kept = Object.entries(annotations).filter(([key]) => key !== originAnnotation);
	const fields = Object.entries(metadata).flatMap(([key, field]) => key !== "annotations" ? [[key, field]] : kept.length > 0 ? [[key, Object.fromEntries(kept)]] : []);
	const object = {
		...entry.object,
		metadata: Object.fromEntries(fields)
	};
	if (isParsedWithoutNulls(entry.object)) markParsedWithoutNulls(object);
	entry.object = object;
	if (!isRecord(value)) return void 0;
	const text = (key) => typeof value[key] === "string" ? value[key] : void 0;
	return {
		path: text("path"),
		configuredIn: text("configuredIn"),
		repo: text("repo")
	};
}
function sourceFile(cache, file, cwd, parse) {
	if (!cache.has(file)) try {
		cache.set(file, parse(relative(cwd, file), readFileSync(file, "utf8")));
	} catch {
		cache.set(file, void 0);
	}
	return cache.get(file);
}
/**
* The document in the source file that defined a built object. Kustomize may have renamed it
* (namePrefix, nameSuffix, generator hashes) and moved it (namespace), so kind decides first, then
* the name the built one contains.
*/
function findDefinition(source, built) {
	const sameKind = source.objects.filter((candidate) => candidate.object.kind === built.object.kind && apiGroupOf(candidate.object.apiVersion) === apiGroupOf(built.object.apiVersion));
	const builtName = String(built.object.metadata?.name ?? "");
	const nameOf = (candidate) => String(candidate.object.metadata?.name ?? "");
	const match = sameKind.find((candidate) => nameOf(candidate) === builtName) ?? sameKind.filter((candidate) => nameOf(candidate) !== "" && builtName.includes(nameOf(candidate))).sort((a, b) => nameOf(b).length - nameOf(a).length)[0] ?? (sameKind.length === 1 ? sameKind[0] : void 0);
	return match && {
		positions: match.positions,
		lineStarts: match.source.lineStarts,
		basePath: match.basePath,
		definition: {
			object: match.object,
			documentIndex: match.documentIndex,
			text: match.source.text
		}
	};
}

// dist/src/load/bundled-schemas.js
/** schemas/kubernetes of the package: two levels up from src/load, three from dist/src/load. */
function schemasDir() {
	for (const candidate of ["../../schemas/kubernetes/", "../../../schemas/kubernetes/"]) {
		const url = new URL(candidate, import.meta.url);
		try {
			readdirSync(url);
			return url;
		} catch {
			continue;
		}
	}
	throw new Error("cannot find the bundled schemas (schemas/kubernetes) of kubeready");
}
/** The files of the bundled schemas. */
function bundledSchemaFiles() {
	try {
		const dir = schemasDir();
		return readdirSync(dir).filter((name) => name.endsWith(".json")).sort().map((name) => new URL(name, dir));
	} catch {
		return [];
	}
}
/** The Kubernetes releases whose schemas ship with kubeready, oldest first. */
function bundledReleases() {
	return readdirSync(schemasDir()).flatMap((name) => /^\d+\.\d+\.json$/.test(name) ? [name.slice(0, -5)] : []).sort((a, b) => compareVersions(parseMinorVersion(a) ?? [0, 0], parseMinorVersion(b) ?? [0, 0]));
}
/** The bundled schemas for a target release: the newest bundled release not after it, else the oldest. */
function loadKubernetesSchema(target) {
	const releases = bundledReleases();
	const wanted = parseMinorVersion(target) ?? [Infinity, Infinity];
	const chosen = releases.filter((release) => compareVersions(parseMinorVersion(release) ?? [0, 0], wanted) <= 0).at(-1) ?? releases[0];
	if (!chosen) throw new Error("no bundled Kubernetes schemas");
	return JSON.parse(readFileSync(new URL(`${chosen}.json`, schemasDir()), "utf8"));
}

// dist/src/load/parse-cache.js
/** Entries not used for this many saves are dropped: edited files leave their old contents behind. */
const keepUnusedSaves = 10;
const magic = "kubeready parse cache\n";
const formatVersion = 4;
/** Verdicts kept per object: one per target release and set of definitions, the latest few. */
const verdictsPerObject = 4;
/** Evaluations kept per object: one per configuration of the checks, the latest two. */
const evaluationsPerObject = 2;
/**
* The cache file at `file`, for the kubeready build named `build`; `key` signs it (loadCacheKey): a file
* whose MAC another key made is rejected.
*/
function openParseCache(file, build, key) {
	const loaded = readCache(file, build, key);
	const { entries, scopes, renders } = loaded;
	const keyOfSource = /* @__PURE__ */ new WeakMap();
	const used = /* @__PURE__ */ new Set();
	/** Entries handed out in this run: a second file with the same text gets copies of the objects. */
	const handedOut = /* @__PURE__ */ new Set();
	let changed = false;
	const stats = {
		hits: 0,
		misses: 0,
		loaded: loaded.state
	};
	const storedOf = /* @__PURE__ */ new WeakMap();
	const identities = /* @__PURE__ */ new WeakMap();
	const track = (parsed, entry, key) => {
		keyOfSource.set(parsed, key);
		parsed.objects.forEach((source, i) => {
			const stored = entry.objects[i];
			if (!stored) return;
			storedOf.set(source.object, stored);
			identities.set(source.object, `${key}#${i}`);
		});
	};
	const borrowedKey = (objects) => {
		const names = [];
		for (const { object } of objects) {
			const identity = identities.get(object);
			if (identity === void 0) return void 0;
			names.push(identity);
		}
		return names.join(" ");
	};
	/** Keeps `value` under `context` in slot 5 or 6 of an object, with the latest others. */
	const keep = (slot, limit, object, context, value) => {
		const stored = storedOf.get(object);
		if (!stored) return;
		const kept = Object.entries(stored[slot] ?? {}).filter(([other]) => other !== context).slice(-(limit - 1));
		stored[slot] = Object.fromEntries([...kept, [context, value]]);
		changed = true;
	};
	return {
		stats,
		verdicts: {
			get: (object, context) => storedOf.get(object)?.[5]?.[context],
			all: (object) => storedOf.get(object)?.[5],
			put: (object, context, verdict) => keep(5, verdictsPerObject, object, context, verdict)
		},
		evaluations: {
			get: (object, context) => storedOf.get(object)?.[6]?.[context],
			all: (object) => storedOf.get(object)?.[6],
			put: (object, context, evaluation) => keep(6, evaluationsPerObject, object, context, evaluation)
		},
		lookup(shown, text, carried) {
			const key = keyOf(shown, text);
			const entry = entries.get(key);
			if (!entry) {
				stats.misses++;
				return;
			}
			used.add(key);
			stats.hits++;
			const again = handedOut.has(key);
			handedOut.add(key);
			const parsed = restore(entry, shown, text, carried, again);
			track(parsed, entry, key);
			return parsed;
		},
		store(text, parsed, carried) {
			const key = keyOf(parsed.source.file, text);
			const entry = capture(parsed, carried.length);
			if (!entry) return;
			entries.set(key, entry);
			used.add(key);
			handedOut.add(key);
			track(parsed, entry, key);
			changed = true;
		},
		identityOf: (object) => typeof object === "object" && object !== null ? identities.get(object) : void 0,
		scopeFingerprint(sources, salt) {
			const hash = createHash("sha256").update(salt);
			for (const source of sources) {
				const key = source.borrowed ? borrowedKey(source.objects) : keyOfSource.get(source);
				if (key === void 0) return void 0;
				hash.update("\0").update(source.source.file).update("\0").update(key).update(JSON.stringify(source.problems));
				for (const { origin } of source.objects) {
					if (!origin) continue;
					if (origin.via !== "helm") return void 0;
					hash.update("\0").update(JSON.stringify(origin));
				}
			}
			return hash.digest("base64url");
		},
		scopes: {
			get(fingerprint) {
				const scope = scopes.get(fingerprint);
				if (scope) scope.save = loaded.save + 1;
				return scope?.result;
			},
			put(fingerprint, result) {
				scopes.set(fingerprint, {
					save: loaded.save + 1,
					result
				});
				changed = true;
			}
		},
		renders: {
			get(key) {
				const kept = renders.get(key);
				if (kept) kept.save = loaded.save + 1;
				return kept && asStoredRender(kept.render);
			},
			put(key, render) {
				renders.set(key, {
					save: loaded.save + 1,
					render
				});
				changed = true;
			}
		},
		save() {
			const save = loaded.save + 1;
			for (const [key, kept] of renders) if (save - kept.save > keepUnusedSaves) {
				renders.delete(key);
				changed = true;
			}
			for (const [key, entry] of entries) if (used.has(key)) entry.save = save;
			else if (save - entry.save > keepUnusedSaves) {
				entries.delete(key);
				changed = true;
			}
			for (const [fingerprint, scope] of scopes) if (save - scope.save > keepUnusedSaves) {
				scopes.delete(fingerprint);
				changed = true;
			}
			if (!changed) return { written: false };
			try {
				writeCache(file, build, key, save, entries, scopes, renders);
				changed = false;
				return { written: true };
			} catch (error) {
				return {
					written: false,
					error: error instanceof Error ? error.message : String(error)
				};
			}
		}
	};
}
/** Names the build: a cache written by another version of kubeready, its parser or yaml is not used. */
function cacheBuildId(version, parts) {
	const hash = createHash("sha256").update(`${formatVersion}\0${version}`);
	for (const part of parts) hash.update("\0").update(part);
	return hash.digest("hex").slice(0, 32);
}
/**
* Names what decides what the checks say besides the objects: the code of the checks, which checks
* run with which severity and options, and the run settings. (The schema set adds its own context per
* object: the release, and the definitions for a custom resource.)
*/
function evaluationKey(checks, settings) {
	const configured = checks.map(({ check, severity, options }) => [
		check.meta.id,
		severity ?? null,
		options ?? null
	]);
	return createHash("sha256").update(checksBuildId()).update(JSON.stringify([configured, settings])).digest("base64url").slice(0, 22);
}
let checksBuild;
/** The code of the checks and of the model and engine they run on: another build's evaluations are not used. */
function checksBuildId() {
	if (checksBuild !== void 0) return checksBuild;
	const hash = createHash("sha256");
	for (const folder of [
		"../../checks/",
		"../model/",
		"../engine/"
	]) {
		const url = new URL(folder, import.meta.url);
		let names;
		try {
			names = readdirSync(url).filter((name) => /\.(?:js|ts)$/.test(name) && !name.endsWith(".d.ts")).sort();
		} catch {
			names = [];
		}
		for (const name of names) hash.update(name).update("\0").update(readIfPresent(new URL(name, url)) ?? "").update("\0");
	}
	hash.update(readIfPresent(new URL("./build-id", import.meta.url)) ?? "");
	return checksBuild = hash.digest("base64url");
}
function keyOf(file, text) {
	const kind = isJsonFile(file) ? ":json" : isDockerfilePath(file) ? `:dockerfile:${fileNameOf(file)}` : "";
	return `${createHash("sha256").update(text).digest("base64url")}${kind}`;
}
function capture(parsed, carried) {
	const table = parsed.objects[0]?.positions.table ?? {
		nodes: /* @__PURE__ */ new Int32Array(0),
		keys: []
	};
	const objects = [];
	for (const entry of parsed.objects) {
		if (entry.positions.table !== table || !jsonSafe(entry.object)) return void 0;
		objects.push([
			entry.documentIndex,
			entry.positions.root,
			entry.basePath,
			entry.sourceComment ?? null,
			entry.object
		]);
	}
	return {
		save: 0,
		problems: parsed.problems.slice(carried),
		lineStarts: Int32Array.from(parsed.source.lineStarts),
		table,
		objects
	};
}
function restore(entry, file, text, carried, copy) {
	const source = sourceOf(file, isJsonFile(file) ? text : normalizeLineBreaks(text), entry.lineStarts);
	return {
		source,
		objects: entry.objects.map(([documentIndex, root, basePath, sourceComment, object]) => {
			const positions = {
				table: entry.table,
				root
			};
			return {
				object: copy ? structuredClone(object) : object,
				source,
				positions,
				documentIndex,
				basePath,
				...sourceComment !== null && { sourceComment }
			};
		}),
		problems: [...carried, ...entry.problems]
	};
}
function jsonSafe(value) {
	if (typeof value === "number") return Number.isFinite(value);
	if (Array.isArray(value)) return value.every(jsonSafe);
	if (typeof value === "object" && value !== null) {
		for (const key in value) if (!jsonSafe(value[key])) return false;
	}
	return true;
}
function readCache(file, build, key) {
	let bytes;
	try {
		bytes = readFileSync(file);
	} catch {
		return {
			entries: /* @__PURE__ */ new Map(),
			scopes: /* @__PURE__ */ new Map(),
			renders: /* @__PURE__ */ new Map(),
			save: 0,
			state: "fresh"
		};
	}
	try {
		return {
			...decode(bytes, build, key),
			state: "read"
		};
	} catch {
		return {
			entries: /* @__PURE__ */ new Map(),
			scopes: /* @__PURE__ */ new Map(),
			renders: /* @__PURE__ */ new Map(),
			save: 0,
			state: "rejected"
		};
	}
}
function decode(bytes, build, key) {
	if (bytes.toString("latin1", 0, 22) !== magic) throw new Error("not a cache");
	const headerEnd = bytes.indexOf(10, 22);
	const header = JSON.parse(bytes.toString("utf8", 22, headerEnd));
	const bodyStart = headerEnd + 1;
	if (header.format !== formatVersion || header.build !== build || header.endianness !== endianness()) throw new Error("another build");
	const binaryStart = bodyStart + header.jsonBytes;
	if (bytes.length !== binaryStart + header.binaryBytes || header.binaryBytes % 4 !== 0) throw new Error("truncated");
	const expected = macOf(key, header, bytes.subarray(bodyStart));
	const given = Buffer.from(typeof header.mac === "string" ? header.mac : "", "hex");
	if (given.length !== expected.length || !timingSafeEqual(given, expected)) throw new Error("not signed with this user's key");
	const body = JSON.parse(bytes.toString("latin1", bodyStart, bodyStart + header.jsonBytes));
	const binary = new Int32Array(Uint8Array.prototype.slice.call(bytes, binaryStart).buffer);
	const entries = /* @__PURE__ */ new Map();
	for (const [key, entry] of Object.entries(body.entries)) {
		const lineStarts = binary.slice(entry.lineStarts[0], entry.lineStarts[0] + entry.lineStarts[1]);
		const nodes = binary.slice(entry.nodes[0], entry.nodes[0] + entry.nodes[1]);
		entries.set(key, {
			save: entry.save,
			problems: entry.problems,
			lineStarts,
			table: {
				nodes,
				keys: entry.keys
			},
			objects: entry.objects
		});
	}
	return {
		entries,
		scopes: new Map(Object.entries(body.scopes)),
		renders: new Map(Object.entries(body.renders)),
		save: header.save
	};
}
function writeCache(file, build, key, save, entries, scopes, renders) {
	const stored = {};
	const parts = [];
	let offset = 0;
	const place = (numbers) => {
		parts.push(numbers);
		const at = [offset, numbers.length];
		offset += numbers.length;
		return at;
	};
	for (const [key, entry] of entries) stored[key] = {
		save: entry.save,
		problems: entry.problems,
		lineStarts: place(entry.lineStarts),
		nodes: place(entry.table.nodes instanceof Int32Array ? entry.table.nodes : Int32Array.from(entry.table.nodes)),
		keys: [...entry.table.keys],
		objects: entry.objects
	};
	const body = {
		entries: stored,
		scopes: Object.fromEntries(scopes),
		renders: Object.fromEntries(renders)
	};
	const json = Buffer.from(JSON.stringify(body).replace(/[\u0080-\uffff]/g, (character) => `\\u${character.charCodeAt(0).toString(16).padStart(4, "0")}`), "latin1");
	const binary = Buffer.alloc(offset * 4);
	let at = 0;
	for (const part of parts) {
		binary.set(new Uint8Array(part.buffer, part.byteOffset, part.byteLength), at);
		at += part.byteLength;
	}
	const unsigned = {
		format: formatVersion,
		build,
		endianness: endianness(),
		save,
		jsonBytes: json.length,
		binaryBytes: binary.length
	};
	const header = {
		...unsigned,
		mac: macOf(key, unsigned, json, binary).toString("hex")
	};
	mkdirSync(dirname(file), { recursive: true });
	const temporary = join(dirname(file), `.${process.pid}.${Date.now()}.tmp`);
	try {
		writeFileSync(temporary, Buffer.concat([
			Buffer.from(`${magic}${JSON.stringify(header)}\n`, "utf8"),
			json,
			binary
		]));
		renameSync(temporary, file);
	} catch (error) {
		rmSync(temporary, { force: true });
		throw error;
	}
}
/** The MAC of a cache file: every field of its header but the MAC itself, then its body (JSON, then binary). */
function macOf(key, header, ...body) {
	const { format, build, endianness: order, save, jsonBytes, binaryBytes } = header;
	const hmac = createHmac("sha256", key).update(JSON.stringify([
		format,
		build,
		order,
		save,
		jsonBytes,
		binaryBytes
	])).update("\n");
	for (const part of body) hmac.update(part);
	return hmac.digest();
}
/**
* The build id of this kubeready: its version, the yaml package's, the bundled schemas and the code of
* the modules that decide what a parse or a schema verdict is, so that a changed parser or validator
* never reads an older one's cache.
*/
function thisBuildId() {
	const parts = [];
	for (const candidate of ["../../../package.json", "../../package.json"]) {
		const text = readIfPresent(new URL(candidate, import.meta.url));
		if (text?.includes("\"name\": \"kubeready\"")) parts.push(text);
	}
	try {
		const yamlManifest = readIfPresent(new URL(import.meta.resolve("yaml/package.json")));
		if (yamlManifest) parts.push(yamlManifest);
	} catch {}
	for (const module of [
		"parse",
		"positions",
		"read",
		"parse-cache",
		"render-cache",
		"../model/schema-set",
		"../model/structural-validation",
		"../model/crd-schema",
		"../model/placeholder",
		"../model/sops",
		"../model/kinds",
		"../model/built-in-kinds"
	]) {
		const code = readIfPresent(new URL(`./${module}.js`, import.meta.url)) ?? readIfPresent(new URL(`./${module}.ts`, import.meta.url));
		if (code) parts.push(code);
	}
	for (const file of bundledSchemaFiles()) parts.push(readIfPresent(file) ?? "");
	const bundle = readIfPresent(new URL("./build-id", import.meta.url));
	if (bundle) parts.push(bundle);
	return cacheBuildId("", parts);
}
function readIfPresent(file) {
	try {
		return readFileSync(file);
	} catch {
		return;
	}
}

// dist/src/model/definition-validator.js
/**
* Validators for the definitions of the bundled Kubernetes schemas, compiled into closures the first
* time a definition is asked for. The schemas use a handful of keywords (type, $ref, properties,
* required, additionalProperties, items, enum, anyOf), and the errors are those Ajv gives with
* `allErrors` and `verbose`, in Ajv's order, so that the schema checks describe them the same way.
*
* Each schema has two paths. `fits` answers yes or no: it goes through the keys the value has rather
* than every property the schema declares (a pod spec declares about 40 and sets a handful), stops at the
* first problem and builds nothing, which is all that a valid object, nearly every object, needs. Only a
* value that does not fit is walked again by `explain`, which follows Ajv's order keyword by keyword.
*/
function definitionValidators(definitions) {
	const compiled = /* @__PURE__ */ new Map();
	const definitionNode = (name) => {
		const known = compiled.get(name);
		if (known) return known;
		const schema = Object.hasOwn(definitions, name) ? definitions[name] : void 0;
		if (!isRecord(schema)) throw new Error(`no definition ${name}`);
		let body = alwaysFits;
		compiled.set(name, {
			fits: (data) => body.fits(data),
			explain: (data, instancePath, errors) => body.explain(data, instancePath, errors)
		});
		body = compileSchema(schema, "#", definitionNode);
		compiled.set(name, body);
		return body;
	};
	const validators = /* @__PURE__ */ new Map();
	return (definition) => {
		if (!validators.has(definition)) {
			const before = new Set(compiled.keys());
			let validator;
			try {
				const node = definitionNode(definition);
				validator = (data) => {
					if (node.fits(data)) return noErrors;
					const errors = [];
					node.explain(data, "", errors);
					return errors;
				};
			} catch {
				for (const name of compiled.keys()) if (!before.has(name)) compiled.delete(name);
			}
			validators.set(definition, validator);
		}
		return validators.get(definition);
	};
}
const noErrors = [];
const alwaysFits = {
	fits: () => true,
	explain: () => void 0
};
const keywordsNotCompiled = /* @__PURE__ */ new Set([
	"minimum",
	"maximum",
	"exclusiveMinimum",
	"exclusiveMaximum",
	"multipleOf",
	"minLength",
	"maxLength",
	"pattern",
	"minItems",
	"maxItems",
	"uniqueItems",
	"contains",
	"minContains",
	"maxContains",
	"additionalItems",
	"prefixItems",
	"minProperties",
	"maxProperties",
	"dependentRequired",
	"dependentSchemas",
	"dependencies",
	"propertyNames",
	"patternProperties",
	"const",
	"oneOf",
	"allOf",
	"not",
	"if",
	"then",
	"else",
	"$dynamicRef",
	"$recursiveRef"
]);
const inheritedNames = new Set(Object.getOwnPropertyNames(Object.prototype));
function compileSchema(schema, schemaPath, definitionNode) {
	const unsupported = Object.keys(schema).find((keyword) => keywordsNotCompiled.has(keyword));
	if (unsupported) throw new Error(`${schemaPath}: the keyword ${unsupported} is not compiled here`);
	const compile = (child, at) => isRecord(child) ? compileSchema(child, at, definitionNode) : alwaysFits;
	const parts = [];
	const type = schema["type"];
	const types = type === void 0 ? [] : (Array.isArray(type) ? type : [type]).map(String);
	const single = types.length === 1 ? types[0] : void 0;
	const objectRules = schema["properties"] !== void 0 || schema["required"] !== void 0 || schema["additionalProperties"] !== void 0;
	const arrayRules = schema["items"] !== void 0;
	const typeGuardsRules = single === "object" && objectRules || single === "array" && arrayRules;
	const typeError = (data, instancePath) => error(instancePath, `${schemaPath}/type`, "type", { type }, `must be ${types.join(",")}`, type, schema, data);
	if (types.length > 0 && !typeGuardsRules) {
		const matches = typeTest(types);
		parts.push({
			fits: matches,
			explain: (data, instancePath, errors) => {
				if (!matches(data)) errors.push(typeError(data, instancePath));
			}
		});
	}
	const ref = schema["$ref"];
	if (typeof ref === "string") {
		if (!ref.startsWith("#/definitions/")) throw new Error(`${schemaPath}: cannot resolve ${ref}`);
		parts.push(definitionNode(ref.slice(14)));
	}
	const allowed = schema["enum"];
	if (Array.isArray(allowed)) parts.push(enumNode(allowed, schema, schemaPath));
	const anyOf = schema["anyOf"];
	if (Array.isArray(anyOf)) {
		const branches = anyOf.map((branch, i) => compile(branch, `${schemaPath}/anyOf/${i}`));
		parts.push({
			fits: (data) => branches.some((branch) => branch.fits(data)),
			explain: (data, instancePath, errors) => {
				const before = errors.length;
				for (const branch of branches) {
					const start = errors.length;
					branch.explain(data, instancePath, errors);
					if (errors.length === start) {
						errors.length = before;
						return;
					}
				}
				errors.push(error(instancePath, `${schemaPath}/anyOf`, "anyOf", {}, "must match a schema in anyOf", anyOf, schema, data));
			}
		});
	}
	if (arrayRules) {
		const items = compile(schema["items"], `${schemaPath}/items`);
		const guarded = single === "array";
		parts.push({
			fits: (data) => {
				if (!Array.isArray(data)) return !guarded;
				for (let i = 0; i < data.length; i++) if (!items.fits(data[i])) return false;
				return true;
			},
			explain: (data, instancePath, errors) => {
				if (!Array.isArray(data)) {
					if (guarded) errors.push(typeError(data, instancePath));
					return;
				}
				for (let i = 0; i < data.length; i++) items.explain(data[i], `${instancePath}/${i}`, errors);
			}
		});
	}
	if (objectRules) parts.push(objectNode(schema, schemaPath, single === "object" ? typeError : void 0, compile));
	if (parts.length === 0) return alwaysFits;
	if (parts.length === 1 && parts[0]) return parts[0];
	return {
		fits: (data) => {
			for (let i = 0; i < parts.length; i++) if (!parts[i]?.fits(data)) return false;
			return true;
		},
		explain: (data, instancePath, errors) => {
			for (const part of parts) part.explain(data, instancePath, errors);
		}
	};
}
/** required, additionalProperties and properties, in that order, for a value that is a mapping. */
function objectNode(schema, schemaPath, typeError, compile) {
	const declared = isRecord(schema["properties"]) ? schema["properties"] : {};
	const properties = new Map(Object.keys(declared).map((name) => [name, compile(declared[name], `${schemaPath}/properties/${escapeFragment(name)}`)]));
	const requiredNames = Array.isArray(schema["required"]) ? schema["required"].map(String) : [];
	const required = new Set(requiredNames);
	const additional = schema["additionalProperties"];
	const additionalNode = isRecord(additional) ? compile(additional, `${schemaPath}/additionalProperties`) : void 0;
	const closed = additional === false;
	const explain = (data, instancePath, errors) => {
		if (!isRecord(data)) {
			if (typeError) errors.push(typeError(data, instancePath));
			return;
		}
		for (const name of requiredNames) if (data[name] === void 0) errors.push(error(instancePath, `${schemaPath}/required`, "required", { missingProperty: name }, `must have required property '${name}'`, schema["required"], schema, data));
		if (closed || additionalNode) for (const key in data) {
			if (Object.hasOwn(declared, key)) continue;
			if (closed) errors.push(error(instancePath, `${schemaPath}/additionalProperties`, "additionalProperties", { additionalProperty: key }, "must NOT have additional properties", false, schema, data));
			else additionalNode?.explain(data[key], `${instancePath}/${escapePointer(key)}`, errors);
		}
		for (const [name, node] of properties) {
			const value = data[name];
			if (value !== void 0) node.explain(value, `${instancePath}/${escapePointer(name)}`, errors);
		}
	};
	if ([...properties.keys(), ...requiredNames].some((name) => inheritedNames.has(name))) return {
		fits: (data) => explainsNothing(explain, data),
		explain
	};
	const requiredCount = required.size;
	return {
		fits: (data) => {
			if (!isRecord(data)) return typeError === void 0;
			let requiredSeen = 0;
			for (const key in data) {
				const value = data[key];
				const node = properties.get(key);
				if (node !== void 0) {
					if (value === void 0) continue;
					if (!node.fits(value)) return false;
					if (requiredCount > 0 && required.has(key)) requiredSeen++;
				} else if (closed) return false;
				else if (additionalNode !== void 0 && !additionalNode.fits(value)) return false;
			}
			return requiredSeen === requiredCount;
		},
		explain
	};
}
function enumNode(allowed, schema, schemaPath) {
	if (allowed.some((value) => typeof value === "object" && value !== null)) throw new Error(`${schemaPath}: an enum of mappings or lists is not compiled here`);
	const values = new Set(allowed);
	return {
		fits: (data) => values.has(data),
		explain: (data, instancePath, errors) => {
			if (!values.has(data)) errors.push(error(instancePath, `${schemaPath}/enum`, "enum", { allowedValues: allowed }, "must be equal to one of the allowed values", allowed, schema, data));
		}
	};
}
function explainsNothing(explain, data) {
	const errors = [];
	explain(data, "", errors);
	return errors.length === 0;
}
/** Ajv's type test: an integer is a number without a fraction (Infinity passes), a number any number. */
function typeTest(types) {
	const tests = types.map((type) => {
		switch (type) {
			case "string": return (data) => typeof data === "string";
			case "integer": return (data) => typeof data === "number" && !(data % 1) && !Number.isNaN(data);
			case "number": return (data) => typeof data === "number";
			case "boolean": return (data) => typeof data === "boolean";
			case "object": return isRecord;
			case "array": return Array.isArray;
			case "null": return (data) => data === null;
			default: throw new Error(`unknown type ${type}`);
		}
	});
	const [only] = tests;
	return tests.length === 1 && only ? only : (data) => tests.some((test) => test(data));
}
function error(instancePath, schemaPath, keyword, params, message, schema, parentSchema, data) {
	return {
		instancePath,
		schemaPath,
		keyword,
		params,
		message,
		schema,
		parentSchema,
		data
	};
}
function escapePointer(segment) {
	return segment.replace(/~/g, "~0").replace(/\//g, "~1");
}
function escapeFragment(segment) {
	return encodeURIComponent(escapePointer(segment));
}

// dist/src/model/crd-schema.js
/**
* The versions a CustomResourceDefinition (apiextensions.k8s.io v1 or v1beta1) declares, each with its
* openAPIV3Schema turned into a plain JSON Schema: Kubernetes' extensions become the keywords they mean
* (int-or-string, nullable, preserve-unknown-fields), and an object that lists its properties rejects
* others, since the API server prunes fields a structural schema does not declare.
*/
function customResourceSchemas(crd, metadataSchema = { type: "object" }) {
	if (!isRecord(crd) || crd["kind"] !== "CustomResourceDefinition" || !isRecord(crd["spec"])) return [];
	const spec = crd["spec"];
	const names = isRecord(spec["names"]) ? spec["names"] : {};
	const group = spec["group"];
	const kind = names["kind"];
	if (typeof group !== "string" || typeof kind !== "string") return [];
	const shared = isRecord(spec["validation"]) ? spec["validation"]["openAPIV3Schema"] : void 0;
	const versions = [];
	if (Array.isArray(spec["versions"])) for (const entry of spec["versions"]) {
		if (!isRecord(entry) || typeof entry["name"] !== "string" || entry["served"] === false) continue;
		const own = isRecord(entry["schema"]) ? entry["schema"]["openAPIV3Schema"] : void 0;
		versions.push({
			name: entry["name"],
			schema: own ?? shared
		});
	}
	else if (typeof spec["version"] === "string") versions.push({
		name: spec["version"],
		schema: shared
	});
	return versions.map(({ name, schema }) => ({
		group,
		kind,
		version: name,
		schema: isRecord(schema) ? plainSchema(schema, metadataSchema) : void 0
	}));
}
const passedThrough = [
	"type",
	"enum",
	"required",
	"minimum",
	"maximum",
	"exclusiveMinimum",
	"exclusiveMaximum",
	"minLength",
	"maxLength",
	"minItems",
	"maxItems",
	"uniqueItems",
	"multipleOf",
	"minProperties",
	"maxProperties",
	"pattern"
];
function plainSchema(source, metadataSchema) {
	const root = metadataSchema !== void 0;
	const schema = {};
	for (const key of passedThrough) if (key in source) schema[key] = source[key];
	for (const [flag, bound] of [["exclusiveMinimum", "minimum"], ["exclusiveMaximum", "maximum"]]) {
		if (typeof schema[flag] !== "boolean") continue;
		if (schema[flag] && typeof schema[bound] === "number") {
			schema[flag] = schema[bound];
			Reflect.deleteProperty(schema, bound);
		} else Reflect.deleteProperty(schema, flag);
	}
	if (typeof schema["pattern"] === "string" && !compileRe2(schema["pattern"]).ok) Reflect.deleteProperty(schema, "pattern");
	if (source["x-kubernetes-int-or-string"] === true) schema["type"] = ["integer", "string"];
	if (source["nullable"] === true && typeof schema["type"] === "string") schema["type"] = [schema["type"], "null"];
	for (const key of [
		"allOf",
		"anyOf",
		"oneOf"
	]) if (Array.isArray(source[key])) schema[key] = source[key].filter(isRecord).map((part) => plainSchema(part));
	if (isRecord(source["not"])) schema["not"] = plainSchema(source["not"]);
	if (isRecord(source["items"])) schema["items"] = plainSchema(source["items"]);
	const preserve = source["x-kubernetes-preserve-unknown-fields"] === true || source["x-kubernetes-embedded-resource"] === true;
	if (isRecord(source["properties"])) {
		const properties = {};
		const ownedByServer = root ? [
			"apiVersion",
			"kind",
			"metadata"
		] : [];
		for (const [name, property] of Object.entries(source["properties"])) if (isRecord(property) && !ownedByServer.includes(name)) properties[name] = plainSchema(property);
		schema["properties"] = properties;
	}
	if (isRecord(source["additionalProperties"])) schema["additionalProperties"] = plainSchema(source["additionalProperties"]);
	else if (source["additionalProperties"] === false || !preserve && source["additionalProperties"] === void 0 && isRecord(source["properties"])) schema["additionalProperties"] = false;
	if (root) {
		schema["type"] = "object";
		schema["properties"] = {
			apiVersion: { type: "string" },
			kind: { type: "string" },
			metadata: metadataSchema,
			...schema["properties"]
		};
	}
	if (root && Array.isArray(schema["required"])) schema["required"] = schema["required"].filter((name) => ![
		"apiVersion",
		"kind",
		"metadata"
	].includes(String(name)));
	return schema;
}

// dist/src/model/structural-validation.js
/**
* Validates data against the JSON Schema of a CustomResourceDefinition by walking both, with the errors
* Ajv would give (keyword, params, value, schema). Structural schemas use a small set of keywords, and a
* custom resource is usually one object of its kind: interpreting costs nothing up front, where compiling
* a large CRD (a pod template inside, thousands of lines) costs more than every object it would check.
*/
function validateStructural(schema, data) {
	const errors = [];
	check(schema, data, "", "#", errors);
	return errors;
}
const patterns = /* @__PURE__ */ new WeakMap();
function check(schema, data, instancePath, schemaPath, errors) {
	const before = errors.length;
	const fail = (keyword, params, message, parentSchema = schema, value = data) => {
		errors.push({
			keyword,
			instancePath,
			schemaPath: `${schemaPath}/${keyword}`,
			params,
			message,
			data: value,
			schema: schema[keyword],
			parentSchema
		});
	};
	if (schema["type"] !== void 0 && !typeMatches(schema["type"], data)) {
		fail("type", { type: schema["type"] }, `must be ${String(schema["type"])}`);
		return false;
	}
	if (Array.isArray(schema["enum"]) && !schema["enum"].some((allowed) => equal(allowed, data))) fail("enum", { allowedValues: schema["enum"] }, "must be equal to one of the allowed values");
	if (typeof data === "number") checkNumber(schema, data, fail);
	if (typeof data === "string") checkString(schema, data, fail);
	if (Array.isArray(data)) {
		const { minItems, maxItems } = schema;
		if (typeof minItems === "number" && data.length < minItems) fail("minItems", { limit: minItems }, `must NOT have fewer than ${minItems} items`);
		if (typeof maxItems === "number" && data.length > maxItems) fail("maxItems", { limit: maxItems }, `must NOT have more than ${maxItems} items`);
		if (schema["uniqueItems"] === true && new Set(data.map((item) => JSON.stringify(item))).size < data.length) fail("uniqueItems", {}, "must NOT have duplicate items");
		const items = schema["items"];
		if (isRecord(items)) data.forEach((item, i) => check(items, item, `${instancePath}/${i}`, `${schemaPath}/items`, errors));
	}
	if (isRecord(data)) {
		const keys = Object.keys(data);
		const { minProperties, maxProperties } = schema;
		if (typeof minProperties === "number" && keys.length < minProperties) fail("minProperties", { limit: minProperties }, `must NOT have fewer than ${minProperties} properties`);
		if (typeof maxProperties === "number" && keys.length > maxProperties) fail("maxProperties", { limit: maxProperties }, `must NOT have more than ${maxProperties} properties`);
		if (Array.isArray(schema["required"])) {
			for (const name of schema["required"]) if (typeof name === "string" && !(name in data)) fail("required", { missingProperty: name }, `must have required property '${name}'`);
		}
		const properties = isRecord(schema["properties"]) ? schema["properties"] : {};
		const additional = schema["additionalProperties"];
		for (const key of keys) {
			const child = `${instancePath}/${key.replace(/~/g, "~0").replace(/\//g, "~1")}`;
			const declared = properties[key];
			if (isRecord(declared)) check(declared, data[key], child, `${schemaPath}/properties/${key}`, errors);
			else if (additional === false) fail("additionalProperties", { additionalProperty: key }, "must NOT have additional properties");
			else if (isRecord(additional)) check(additional, data[key], child, `${schemaPath}/additionalProperties`, errors);
		}
	}
	const all = schema["allOf"];
	if (Array.isArray(all)) all.forEach((part, i) => isRecord(part) && check(part, data, instancePath, `${schemaPath}/allOf/${i}`, errors));
	for (const keyword of ["anyOf", "oneOf"]) {
		const parts = schema[keyword];
		if (!Array.isArray(parts)) continue;
		const branchErrors = [];
		const passing = parts.filter((part, i) => isRecord(part) && check(part, data, instancePath, `${schemaPath}/${keyword}/${i}`, branchErrors)).length;
		if (keyword === "anyOf" ? passing === 0 : passing !== 1) {
			if (passing === 0) for (const error of branchErrors) errors.push(error);
			fail(keyword, {}, keyword === "anyOf" ? "must match a schema in anyOf" : "must match exactly one schema in oneOf");
		}
	}
	if (isRecord(schema["not"]) && check(schema["not"], data, instancePath, `${schemaPath}/not`, [])) fail("not", {}, "must NOT be valid");
	return errors.length === before;
}
function checkNumber(schema, value, fail) {
	const bound = (keyword, broken, comparison) => {
		const limit = schema[keyword];
		if (typeof limit === "number" && broken(limit)) fail(keyword, {
			comparison,
			limit
		}, `must be ${comparison} ${limit}`);
	};
	bound("minimum", (limit) => value < limit, ">=");
	bound("maximum", (limit) => value > limit, "<=");
	bound("exclusiveMinimum", (limit) => value <= limit, ">");
	bound("exclusiveMaximum", (limit) => value >= limit, "<");
	const step = schema["multipleOf"];
	if (typeof step === "number" && step > 0 && Math.abs(value / step - Math.round(value / step)) > 1e-9) fail("multipleOf", { multipleOf: step }, `must be multiple of ${step}`);
}
function checkString(schema, value, fail) {
	const length = [...value].length;
	const { minLength, maxLength, pattern } = schema;
	if (typeof minLength === "number" && length < minLength) fail("minLength", { limit: minLength }, `must NOT have fewer than ${minLength} characters`);
	if (typeof maxLength === "number" && length > maxLength) fail("maxLength", { limit: maxLength }, `must NOT have more than ${maxLength} characters`);
	if (typeof pattern === "string") {
		let compiled = patterns.get(schema);
		if (compiled === void 0) {
			const result = compileRe2(pattern);
			compiled = result.ok ? result.pattern : null;
			patterns.set(schema, compiled);
		}
		if (compiled && !compiled.test(value)) fail("pattern", { pattern }, `must match pattern "${pattern}"`);
	}
}
function typeMatches(type, value) {
	return (Array.isArray(type) ? type : [type]).some((name) => {
		switch (name) {
			case "string": return typeof value === "string";
			case "integer": return typeof value === "number" && Number.isInteger(value);
			case "number": return typeof value === "number" && Number.isFinite(value);
			case "boolean": return typeof value === "boolean";
			case "object": return isRecord(value);
			case "array": return Array.isArray(value);
			case "null": return value === null;
			default: return true;
		}
	});
}
function equal(a, b) {
	return a === b || typeof a === "object" && typeof b === "object" && JSON.stringify(a) === JSON.stringify(b);
}

// dist/src/model/schema-set.js
const documentId = "kubernetes";
/**
* The schemas of one run: the bundled built-in kinds of the target release and the custom resources
* whose definitions the run has seen. A kind's validator is compiled the first time an object of that
* kind is seen (built-in kinds once per process), and each object is validated once, however many
* checks ask.
*/
function createSchemaSet(document, crds, kubernetesVersion, memo, knownDefinitionsHash) {
	let validators;
	const builtIn = (definition) => (validators ??= builtInValidators(document, kubernetesVersion))(definition);
	let customSchemas;
	const customSchemasOf = (key) => {
		if (!customSchemas) {
			customSchemas = /* @__PURE__ */ new Map();
			for (const crd of crds) for (const version of customResourceSchemas(crd, { $ref: `${documentId}#/definitions/meta.v1.ObjectMeta` })) {
				const kindKey = `${version.group}/${version.kind}`;
				const known = customSchemas.get(kindKey) ?? [];
				if (!known.some((other) => other.version === version.version)) known.push(version);
				customSchemas.set(kindKey, known);
			}
		}
		return customSchemas.get(key);
	};
	let definitionsHash = knownDefinitionsHash;
	/** What decides an object's verdict besides the object: the release, and for custom resources the CRDs. */
	const contextOf = (object) => {
		if (document.kinds[object.apiVersion]?.[object.kind] || isBuiltInGroup(apiGroupOf(object.apiVersion))) return kubernetesVersion;
		definitionsHash ??= definitionsHashOf(crds);
		return `${kubernetesVersion} ${definitionsHash}`;
	};
	const kindsSeen = /* @__PURE__ */ new Set();
	const verdicts = /* @__PURE__ */ new WeakMap();
	function verdictFor(object) {
		const definition = document.kinds[object.apiVersion]?.[object.kind];
		if (definition) {
			kindsSeen.add(definition);
			const validate = builtIn(definition);
			if (!validate) return unknown(true, "no schema");
			const problems = problemsOf(validate, object, kubernetesVersion, document);
			return problems.length === 0 ? valid : {
				known: true,
				problems
			};
		}
		const group = apiGroupOf(object.apiVersion);
		const version = object.apiVersion.slice(object.apiVersion.indexOf("/") + 1);
		if (isBuiltInGroup(group)) return unknown(true, `${object.apiVersion} ${object.kind} is not among the bundled Kubernetes ${document.kubernetes} schemas`);
		const versions = customSchemasOf(`${group}/${object.kind}`);
		if (!versions) return unknown(false, `no CustomResourceDefinition for ${object.kind} (${group}) in the input or --crd`);
		const match = versions.find((candidate) => candidate.version === version);
		if (!match) {
			const served = versions.map((candidate) => `${group}/${candidate.version}`).join(", ");
			return {
				known: true,
				problems: [{
					kind: "invalid",
					path: ["apiVersion"],
					message: `The CustomResourceDefinition of ${object.kind} serves ${served}, not ${object.apiVersion}.`
				}]
			};
		}
		if (!match.schema) return unknown(false, `the CustomResourceDefinition of ${object.kind} gives no schema for ${version}`);
		const data = dataToValidate(object);
		const errors = validateStructural(match.schema, data);
		const metadata = builtIn("meta.v1.ObjectMeta");
		if (isRecord(data) && data["metadata"] !== void 0 && metadata) for (const error of metadata(data["metadata"])) errors.push({
			...error,
			instancePath: `/metadata${error.instancePath}`
		});
		return {
			known: true,
			problems: problemsFrom(errors, object, data, kubernetesVersion, document)
		};
	}
	return {
		get compiledKinds() {
			return kindsSeen.size;
		},
		contextOf,
		validate(object) {
			let verdict = verdicts.get(object);
			if (!verdict) {
				const context = memo && contextOf(object);
				verdict = context !== void 0 ? memo?.get(object, context) : void 0;
				if (!verdict) {
					verdict = verdictFor(object);
					if (context !== void 0) memo?.put(object, context, verdict);
				}
				verdicts.set(object, verdict);
			}
			return verdict;
		}
	};
}
/**
* Names a set of CustomResourceDefinitions, in order: what a custom resource's verdict depends on.
* `identityOf` may name a definition more cheaply than its JSON (the parse cache knows its file's hash).
*/
function definitionsHashOf(crds, identityOf = () => void 0) {
	const hash = createHash("sha256");
	for (const crd of crds) hash.update(identityOf(crd) ?? JSON.stringify(crd) ?? "").update("\0");
	return hash.digest("base64url");
}
/** True when release a comes before release b ("1.29" < "1.31"). */
function isOlder(a, b) {
	const [left, right] = [parseMinorVersion(a), parseMinorVersion(b)];
	return left !== void 0 && right !== void 0 && compareVersions(left, right) < 0;
}
/** The definitions the built-in validators check against: the bundled release's, with the fields of the later releases the target has. */
function builtInDefinitions(document, kubernetesVersion) {
	const definitions = structuredClone(document.definitions);
	for (const field of document.laterFields.filter((later) => !isOlder(kubernetesVersion, later.since))) {
		const properties = definitions[field.definition]?.["properties"];
		if (isRecord(properties)) properties[field.property] = field.schema;
	}
	return definitions;
}
const compiled = /* @__PURE__ */ new Map();
function builtInValidators(document, kubernetesVersion) {
	const later = document.laterFields.filter((field) => !isOlder(kubernetesVersion, field.since));
	const key = `${document.source}|${later.map((field) => `${field.definition}.${field.property}`).join(",")}`;
	let validators = compiled.get(key);
	if (!validators) compiled.set(key, validators = definitionValidators(builtInDefinitions(document, kubernetesVersion)));
	return validators;
}
/** The verdict of every valid object of a known kind: one, as nothing changes a verdict once given. */
const valid = {
	known: true,
	problems: []
};
function unknown(builtIn, reason) {
	return {
		known: false,
		builtIn,
		reason
	};
}
function problemsOf(validate, object, target, document) {
	const data = dataToValidate(object);
	const errors = validate(data);
	return errors.length === 0 ? [] : problemsFrom(errors, object, data, target, document);
}
function problemsFrom(errors, object, data, target, document) {
	const problems = [];
	const seen = /* @__PURE__ */ new Set();
	const unions = new Set(errors.filter((error) => error.keyword === "anyOf").map((error) => error.instancePath));
	for (const error of errors) {
		if (error.keyword === "type" && unions.has(error.instancePath)) continue;
		if (error.keyword === "anyOf" && errors.some((other) => other.instancePath.startsWith(`${error.instancePath}/`))) continue;
		const problem = describe(error, data, target, document);
		if (!problem || problem.kind === "invalid" && isPlaceholder(valueAt(object, problem.path))) continue;
		const key = `${problem.kind} ${problem.path.join("\0")}`;
		if (seen.has(key)) continue;
		seen.add(key);
		problems.push(problem);
	}
	return problems;
}
/** A templating leftover is template-placeholder's finding; the type error it causes says nothing more. */
function isPlaceholder(value) {
	return typeof value === "string" && findPlaceholder(value) !== void 0 || unquotedMustache(value) !== void 0;
}
function valueAt(object, path) {
	let node = object;
	for (const segment of path) node = Array.isArray(node) || isRecord(node) ? node[segment] : void 0;
	return node;
}
/**
* The object as the API server reads it: without null fields (see withoutNulls), unless the parser saw
* none, and without the metadata block of a SOPS-encrypted file, which is gone once the file is
* decrypted for apply. Any other top-level field the kind does not define is still an unknown field.
*/
function dataToValidate(object) {
	const data = isParsedWithoutNulls(object) ? object : withoutNulls(object);
	return isRecord(data) && hasSopsMetadata(object) ? withoutField(data, "sops") : data;
}
/** A copy of a record without one field, the others in order. */
function withoutField(record, field) {
	const copy = {};
	for (const key in record) if (key !== field && Object.hasOwn(record, key)) setOwnField(copy, key, record[key]);
	return copy;
}
/** A null field is the same as a missing one to the API server; dates (YAML timestamps) are strings there. */
function withoutNulls(value) {
	if (value instanceof Date) return Number.isNaN(value.getTime()) ? String(value) : value.toISOString();
	if (typeof value !== "object" || value === null) return value;
	if (Array.isArray(value)) {
		let items;
		for (let i = 0; i < value.length; i++) {
			const item = value[i];
			const kept = withoutNulls(item);
			if (items === void 0 && kept !== item) items = value.slice(0, i);
			items?.push(kept);
		}
		return items ?? value;
	}
	const record = value;
	let copy;
	for (const key in record) {
		if (!Object.hasOwn(record, key)) continue;
		const child = record[key];
		const dropped = child === null || child === void 0;
		const kept = dropped ? void 0 : withoutNulls(child);
		if (copy === void 0 && (dropped || kept !== child)) copy = fieldsBefore(record, key);
		if (copy !== void 0 && !dropped) setOwnField(copy, key, kept);
	}
	return copy ?? record;
}
/** A copy of the fields of a record that come before `last`, in order. */
function fieldsBefore(record, last) {
	const copy = {};
	for (const key in record) {
		if (key === last) break;
		if (Object.hasOwn(record, key)) setOwnField(copy, key, record[key]);
	}
	return copy;
}
function describe(error, data, target, document) {
	const path = pathOf(error.instancePath, data);
	const where = path.length > 0 ? formatPath(path) : "The object";
	const params = error.params;
	switch (error.keyword) {
		case "additionalProperties": {
			const field = String(params["additionalProperty"]);
			const known = isRecord(error.parentSchema?.["properties"]) ? Object.keys(error.parentSchema["properties"]) : [];
			const later = document.laterFields.find((candidate) => candidate.property === field && isOlder(target, candidate.since));
			const hint = later ? ` It was added in Kubernetes ${later.since}; the target is ${target} (--kube-version).` : suggestion(field, known) || levelHint(field, error.parentSchema, document);
			const parent = path.length > 0 ? formatPath(path) : "the object";
			return {
				kind: "unknown-field",
				path: [...path, field],
				message: `Unknown field "${field}" in ${parent}: the API server drops or rejects it.${hint}`
			};
		}
		case "type": return {
			kind: "invalid",
			path,
			message: `${where} must be ${expectedType(params["type"])}, got ${shown(error.data)}.`
		};
		case "enum": return {
			kind: "invalid",
			path,
			message: `${where} must be one of ${params["allowedValues"].filter((value) => value !== "").map(String).join(", ")}, got ${shown(error.data)}.`
		};
		case "required": {
			const field = String(params["missingProperty"]);
			return {
				kind: "invalid",
				path,
				message: `${path.length > 0 ? formatPath(path) : "The object"} is missing the required field "${field}".`
			};
		}
		case "anyOf": {
			const forms = (Array.isArray(error.schema) ? error.schema : []).map((branch) => isRecord(branch) && branch["type"] !== void 0 ? expectedType(branch["type"]) : "a mapping");
			return {
				kind: "invalid",
				path,
				message: `${where} must be ${[...new Set(forms)].join(" or ")}, got ${shown(error.data)}.`
			};
		}
		case "oneOf":
		case "if": return;
		default: return {
			kind: "invalid",
			path,
			message: `${where} ${error.message ?? "is not valid"}, got ${shown(error.data)}.`
		};
	}
}
function expectedType(type) {
	const names = {
		integer: "an integer",
		number: "a number",
		string: "a string",
		boolean: "a boolean (true or false)",
		object: "a mapping",
		array: "a list",
		null: "null"
	};
	return (Array.isArray(type) ? type : [type]).map((name) => names[String(name)] ?? String(name)).join(" or ");
}
function shown(value) {
	if (typeof value === "string") return `string ${JSON.stringify(value.length > 60 ? `${value.slice(0, 57)}...` : value)}`;
	if (typeof value === "number" || typeof value === "boolean") return `${typeof value} ${String(value)}`;
	if (Array.isArray(value)) return "a list";
	if (isRecord(value)) return "a mapping";
	return String(value);
}
/** Ajv's JSON pointer into the object, with list positions as numbers. */
function pathOf(pointer, data) {
	const path = [];
	let node = data;
	for (const raw of pointer.split("/").slice(1)) {
		const segment = raw.replace(/~1/g, "/").replace(/~0/g, "~");
		if (Array.isArray(node)) {
			path.push(Number(segment));
			node = node[Number(segment)];
		} else {
			path.push(segment);
			node = isRecord(node) ? node[segment] : void 0;
		}
	}
	return path;
}
/** A field written one level too high, like imagePullPolicy on the pod spec: name the level it belongs to. */
function levelHint(field, parentSchema, document) {
	const properties = isRecord(parentSchema) && isRecord(parentSchema["properties"]) ? parentSchema["properties"] : {};
	for (const [name, schema] of Object.entries(properties)) {
		if (!isRecord(schema)) continue;
		const list = isRecord(schema["items"]);
		const ref = list ? schema["items"]["$ref"] : schema["$ref"];
		const definition = typeof ref === "string" ? document.definitions[ref.slice(ref.lastIndexOf("/") + 1)] : void 0;
		if (isRecord(definition?.["properties"]) && field in definition["properties"]) return ` It is a field of ${list ? `each entry of ${name}` : name}, one level down.`;
	}
	return "";
}
/** "did you mean" for a near miss: a different case, or one or two letters off. */
function suggestion(field, known) {
	let best;
	for (const name of known) {
		const distance = name.toLowerCase() === field.toLowerCase() ? 0 : editDistance(field, name);
		if (distance <= Math.min(2, Math.floor(name.length / 3)) && (!best || distance < best.distance)) best = {
			name,
			distance
		};
	}
	return best ? ` Did you mean "${best.name}"?` : "";
}
function editDistance(a, b) {
	let previous = Array.from({ length: b.length + 1 }, (_, i) => i);
	for (let i = 1; i <= a.length; i++) {
		const current = [i];
		for (let j = 1; j <= b.length; j++) current[j] = Math.min((previous[j] ?? 0) + 1, (current[j - 1] ?? 0) + 1, (previous[j - 1] ?? 0) + (a[i - 1] === b[j - 1] ? 0 : 1));
		previous = current;
	}
	return previous[b.length] ?? 0;
}

// dist/src/load/image-builds.js
/**
* Which images of the run are built from which Dockerfile of the input: the config's `images:` map (image
* name to Dockerfile, absolute here), and the artifacts of every skaffold.yaml among the files. Nothing is
* read: a claim names a Dockerfile the run has parsed, or counts for nothing. Two skaffold artifacts
* building one image from different Dockerfiles (profiles) leave it out: which one runs is not known.
*/
function imageBuildsOf(plain, cwd, declared = {}) {
	const dockerfiles = /* @__PURE__ */ new Map();
	const claims = [];
	for (const parsed of plain) {
		const absolute = resolve(cwd, parsed.source.file);
		for (const { object } of parsed.objects) if (isDockerfileObject(object)) dockerfiles.set(absolute, {
			file: fromRepository(absolute, parsed.source.file),
			object
		});
		else if (typeof object.apiVersion === "string" && object.apiVersion.startsWith("skaffold/") && object.kind === "Config") claims.push(...skaffoldArtifacts(object, dirname(absolute)));
	}
	if (dockerfiles.size === 0) return void 0;
	const builds = /* @__PURE__ */ new Map();
	const ambiguous = /* @__PURE__ */ new Set();
	const add = (claim, explicit) => {
		const found = dockerfiles.get(claim.dockerfile);
		if (!found || claim.image.trim() === "") return;
		const user = imageUserOf(found.object, claim.target);
		if (!user) return;
		const key = imageBuildKey(claim.image);
		const build = {
			dockerfile: found.file,
			...claim.target !== void 0 && { target: claim.target },
			user
		};
		const earlier = builds.get(key);
		if (explicit || earlier === void 0) builds.set(key, build);
		else if (earlier.dockerfile !== build.dockerfile || earlier.target !== build.target) ambiguous.add(key);
	};
	for (const claim of claims) add(claim, false);
	for (const key of ambiguous) builds.delete(key);
	for (const [image, dockerfile] of Object.entries(declared)) add({
		image,
		dockerfile
	}, true);
	return builds.size === 0 ? void 0 : Object.fromEntries(builds);
}
/** The artifacts of a skaffold Config (its build and its profiles' builds) built with a Dockerfile. */
function skaffoldArtifacts(config, folder) {
	const builds = [config["build"], ...Array.isArray(config["profiles"]) ? config["profiles"].map((profile) => isRecord(profile) ? profile["build"] : void 0) : []];
	const claims = [];
	for (const build of builds) {
		if (!isRecord(build) || !Array.isArray(build["artifacts"])) continue;
		for (const artifact of build["artifacts"]) {
			if (!isRecord(artifact) || typeof artifact["image"] !== "string") continue;
			if ([
				"jib",
				"ko",
				"buildpacks",
				"bazel",
				"custom"
			].some((builder) => artifact[builder] !== void 0)) continue;
			const docker = isRecord(artifact["docker"]) ? artifact["docker"] : {};
			const context = typeof artifact["context"] === "string" ? artifact["context"] : ".";
			const dockerfile = typeof docker["dockerfile"] === "string" ? docker["dockerfile"] : "Dockerfile";
			const target = typeof docker["target"] === "string" && docker["target"] !== "" ? docker["target"] : void 0;
			claims.push({
				image: artifact["image"],
				dockerfile: resolve(folder, context, dockerfile),
				...target !== void 0 && { target }
			});
		}
	}
	return claims;
}
/** A file as messages name it: from its repository, so that they read the same from any working directory. */
function fromRepository(absolute, shown) {
	const repository = gitRepositoryOf(dirname(absolute));
	return repository === void 0 ? shown : relative(repository, absolute).split(sep).join("/");
}

// dist/src/api.js
/**
* Lints files, directories and `-` (stdin), as the command line does. Plain files form one scope for
* cross-object questions; each Helm chart and each Kustomize build is a scope of its own.
*/
async function lint(paths, options = {}) {
	const cwd = options.cwd ?? process.cwd();
	const configured = configureChecks(options.checks ?? checks, withStrictKinds(options.config, options.strictKinds));
	const crdSources = await readCrdSources(options.crds ?? [], cwd);
	const inputs = await walk(paths, {
		cwd,
		exclude: options.exclude ?? [],
		context: options.context
	});
	const named = paths.filter((path) => path !== "-");
	const roots = [...new Set((named.length < paths.length || named.length === 0 ? [cwd, ...named] : named).map((path) => repositoryRoot(path, cwd)))];
	const cwdRoot = repositoryRoot(cwd, cwd);
	const limits = {
		...defaultToolLimits,
		...options.renderLimits
	};
	const boundsOf = (dir) => ({
		root: roots.filter((root) => isInside(dir, root)).sort((a, b) => b.length - a.length)[0] ?? repositoryRoot(dir, cwd),
		untrusted: roots,
		limits
	});
	const errors = [];
	for (const { dir, code } of inputs.unreadable) errors.push({
		file: relative(cwd, dir) || ".",
		message: `cannot read the folder: ${code}; the files in it are not linted`
	});
	const keyed = options.cacheFile === void 0 ? void 0 : loadCacheKey(options.cacheKeyFile ?? defaultCacheKeyFile(process.env));
	const cache = options.cacheFile !== void 0 && keyed && "key" in keyed ? openParseCache(resolve(cwd, options.cacheFile), thisBuildId(), keyed.key) : void 0;
	const reuse = cache && {
		memo: cache.renders,
		counts: {
			done: 0,
			reused: 0
		},
		tools: /* @__PURE__ */ new Map(),
		parse: (file, text) => parseThroughCache(cache, file, text)
	};
	const units = [...inputs.charts.map((dir) => ({
		dir,
		render: () => renderChart(dir, cwd, options.helm, boundsOf(dir), reuse)
	})), ...inputs.kustomizations.map((dir) => ({
		dir,
		render: () => buildKustomization(dir, cwd, options.kustomize, boundsOf(dir), reuse)
	}))];
	let done = 0;
	const rendering = mapLimited(units, options.jobs ?? availableParallelism(), async (unit) => {
		const result = await unit.render().catch((error) => {
			const why = exhaustionOf(error);
			if (why === void 0) throw error;
			return { error: {
				file: relative(cwd, unit.dir) || ".",
				message: `cannot lint the rendered output: ${why}`
			} };
		});
		options.onRendered?.(++done, units.length, relative(cwd, unit.dir) || ".");
		return result;
	});
	const jobs = options.jobs ?? 1;
	let pool;
	const poolOf = () => pool ??= jobs > 1 ? WorkerPool.create(jobs) : void 0;
	try {
		const plain = await readPlainFiles(inputs.files, cwd, options, errors, cache, poolOf, units.length > 0, (file) => [.../* @__PURE__ */ new Set([boundsOf(file === "-" ? cwd : dirname(file)).root, cwdRoot])]);
		inputs.files.length = 0;
		const rendered = await rendering;
		const contextOnly = new Set(inputs.contextOnly.map((file) => relative(cwd, file) || file));
		const plainUnits = unitsOf(plain, {
			cwd,
			declared: options.units,
			contextOnly
		});
		const renders = rendered.flatMap((result) => result.parsed ? [[result.parsed]] : []);
		const renderKeys = rendered.flatMap((result) => result.parsed ? [result.reuseKey] : []);
		const scopes = [...plainUnits.map((unit) => unit.sources), ...renders];
		const reported = [...plainUnits.map((unit) => unit.reported), ...renders.map(() => void 0)];
		for (const result of rendered) if (result.error) errors.push(result.error);
		for (const error of crdSources.errors) errors.push(error);
		const settings = settingsOf(options, imageBuildsOf(plain, cwd, absolutePaths(options.images, cwd)));
		const evaluations = cache && onlyOwnChecks(configured) ? {
			memo: cache.evaluations,
			key: evaluationKey(configured, settings)
		} : void 0;
		const crds = usesSchemas(configured) ? crdSetsOf(scopes, crdSources.objects, cwd) : void 0;
		const fingerprints = cache && evaluations ? scopeFingerprints(scopes, [...plainUnits.map(() => void 0), ...renderKeys], cache, evaluations.key, crds, cwd) : [];
		const recorded = fingerprints.map((fingerprint) => fingerprint === void 0 ? void 0 : cache?.scopes.get(fingerprint));
		const inWorkers = await evaluateInWorkers(scopes.map((scope, i) => recorded[i] ? [] : scope), configured, settings, crds, cache?.verdicts, evaluations, options, poolOf);
		const result = lintScopes(scopes, configured, errors, settings, {
			reported,
			disabledChecks: disabledChecksOf(options.checks ?? checks, configured),
			crds,
			...cache && crds && { definitionsHashes: crds.sets.map((set) => definitionsHashOf(set, cache.identityOf)) },
			ignore: options.ignore,
			readText: (file) => readTextIfExists(resolve(cwd, file)),
			cwd,
			...cache && { verdicts: cache.verdicts },
			...evaluations && { evaluations },
			...inWorkers && { evaluated: inWorkers },
			recorded,
			...cache && fingerprints.some((fingerprint) => fingerprint !== void 0) && { record(i, result) {
				const fingerprint = fingerprints[i];
				if (fingerprint !== void 0 && !recorded[i]) cache.scopes.put(fingerprint, result);
			} }
		});
		if (keyed && "error" in keyed) return {
			...result,
			cache: {
				hits: 0,
				misses: 0,
				loaded: "unused",
				written: false,
				error: keyed.error
			}
		};
		if (!cache || !reuse) return result;
		const saved = cache.save();
		return {
			...result,
			cache: {
				...cache.stats,
				written: saved.written,
				renders: reuse.counts,
				...saved.error !== void 0 && { error: saved.error }
			}
		};
	} finally {
		await pool?.close();
	}
}
/** Inputs smaller than these are parsed and checked on the main thread: starting workers costs more. */
const defaultParallelMinBytes = 1048576;
const defaultParallelMinObjects = 1e4;
/**
* Reads the plain files, takes what the cache has, and parses the rest: in worker threads when there
* is enough of it, else here. The result is in walk order either way.
*/
async function readPlainFiles(files, cwd, options, errors, cache, poolOf, rendering, rootsOf) {
	const slots = [];
	const slotFiles = [];
	const misses = [];
	for (const file of files) {
		if (file === "-") {
			let text;
			try {
				text = options.readStdin ? await options.readStdin() : "";
			} catch (error) {
				errors.push({
					file: STDIN_NAME,
					message: error instanceof Error ? error.message : String(error)
				});
				continue;
			}
			if (holdsNoDocument(text)) errors.push({
				file: STDIN_NAME,
				message: emptyStdinMessage
			});
			else {
				slots.push(parseSource(STDIN_NAME, text));
				slotFiles.push("-");
			}
			continue;
		}
		const shown = relative(cwd, file) || file;
		const read = readSourceFile(file, { maxBytes: options.maxFileBytes });
		if ("error" in read) {
			errors.push({
				file: shown,
				message: read.error
			});
			continue;
		}
		const cached = cache?.lookup(shown, read.text, read.problems);
		if (!cached) misses.push({
			slot: slots.length,
			file: shown,
			text: read.text,
			carried: read.problems
		});
		slots.push(cached);
		slotFiles.push(file);
	}
	const missedCharacters = misses.reduce((sum, miss) => sum + miss.text.length, 0);
	options.onInput?.(missedCharacters);
	const pool = missedCharacters >= (options.parallelMinBytes ?? defaultParallelMinBytes) ? poolOf() : void 0;
	let inWorkers;
	if (pool) try {
		inWorkers = await parseInWorkers(pool, misses.map(({ file, text, carried }) => ({
			file,
			text,
			carried
		})));
	} catch {
		inWorkers = void 0;
	}
	for (const [i, miss] of misses.entries()) {
		const fromWorker = inWorkers?.[i];
		let parsed;
		try {
			parsed = fromWorker ? fromWorkerParse(miss.file, miss.text, fromWorker) : parseSource(miss.file, miss.text, miss.carried);
		} catch (error) {
			const why = exhaustionOf(error);
			if (why === void 0) throw error;
			errors.push({
				file: miss.file,
				message: `cannot lint: ${why}`
			});
			continue;
		}
		cache?.store(miss.text, parsed, miss.carried);
		miss.text = "";
		releaseTextUnlessRead(parsed);
		slots[miss.slot] = parsed;
		if (rendering && !fromWorker && i % 16 === 15) await new Promise(setImmediate);
	}
	const plain = [];
	for (const [i, parsed] of slots.entries()) {
		if (!parsed) continue;
		const file = slotFiles[i] ?? "-";
		attachHelmOrigins(parsed, cwd, templateNear(file === "-" ? void 0 : file, cwd, rootsOf(file)), "stay");
		plain.push(file === "-" ? parsed : unlessNoManifest(parsed));
		releaseTextUnlessRead(parsed);
	}
	return plain;
}
/**
* Lets go of a file's text right after its parse (releaseText), unless the run reads it again: a file with
* comment directives (commentDirectivesOf), or one without objects, which unlessNoManifest looks into.
*/
function releaseTextUnlessRead(parsed) {
	if (parsed.objects.length > 0 && !parsed.source.text.includes(directiveMarker)) releaseText(parsed);
}
/**
* A directory holds YAML and JSON that are not manifests: CI workflows, editor settings with comments
* (.vscode/settings.json, tsconfig.json), tool configs. A text file with no Kubernetes object that never
* mentions apiVersion is one of those, and what the parser says of it is not reported. Still reported:
* an empty file where its format makes that an error (an empty .json), a file that is not text at all
* (bytes that are not UTF-8, control characters: an encrypted or damaged manifest), and standard input.
*/
function unlessNoManifest(parsed) {
	if (isDockerfilePath(parsed.source.file)) return parsed;
	if (parsed.objects.length > 0 || parsed.problems.length === 0) return parsed;
	const text = parsed.source.text;
	if (text.trim() === "" || text.includes("apiVersion")) return parsed;
	return parsed.problems.some((problem) => notText.has(problem.code)) ? parsed : {
		...parsed,
		problems: []
	};
}
const notText = /* @__PURE__ */ new Set(["INVALID_UTF8", "CONTROL_CHARACTER"]);
const emptyStdinMessage = "standard input is empty (nothing was piped in, or only comments): did the command before kubeready fail?";
/** True for a text of blank lines, comments and document markers only: no YAML or JSON at all. */
function holdsNoDocument(text) {
	for (const [line] of text.replace(/^\uFEFF/, "").matchAll(/[^\r\n]+/g)) if (!/^[ \t]*(?:#.*)?$/.test(line) && !/^(?:---|\.\.\.)(?:[ \t]+(?:#.*)?)?$/.test(line)) return false;
	return true;
}
function fromWorkerParse(file, text, parsed) {
	const source = sourceOf(file, parsed.text ?? text, parsed.lineStarts);
	return {
		source,
		objects: parsed.objects.map((entry) => ({
			...entry,
			source
		})),
		problems: parsed.problems
	};
}
/**
* The object checks of every scope run in worker threads, when there are enough objects and every
* check is one of kubeready's own (a worker finds checks by id; a caller's own checks run here).
* Undefined: run them on this thread.
*/
async function evaluateInWorkers(scopes, checks, settings, crds, verdicts, evaluations, options, poolOf) {
	if ((options.jobs ?? 1) <= 1) return void 0;
	let total = 0;
	for (const scope of scopes) for (const parsed of scopeSources(scope)) total += parsed.objects.length;
	if (total < (options.parallelMinObjects ?? defaultParallelMinObjects)) return void 0;
	if (!onlyOwnChecks(checks)) return void 0;
	const pool = poolOf();
	if (!pool) return void 0;
	const objects = scopes.map((scope) => scopeSources(scope).flatMap((parsed) => parsed.objects.map((entry) => entry.object)));
	try {
		return await checkInWorkers(pool, objects, checks, settings, crds, verdicts, evaluations, scopes.map(ownedCount));
	} catch {
		return;
	}
}
/** True when every check is one of kubeready's own: a worker finds those by id, and the cache knows their code. */
function onlyOwnChecks(checks$1) {
	const own = new Set(checks);
	return checks$1.every(({ check }) => own.has(check));
}
/**
* Each scope's fingerprint for the cache: its files, and what else decides its findings, the run's checks
* and settings (`key`) and the definitions from outside the scope. A render is named by its output and
* everything it was made from (`renderKeys`, with the folder it is shown from). Undefined for a scope the
* cache does not hold every file of.
*/
function scopeFingerprints(scopes, renderKeys, cache, key, crds, cwd) {
	return scopes.map((unitSources, i) => {
		const scope = scopeSources(unitSources);
		const own = new Set(scope.flatMap((parsed) => parsed.objects.map((entry) => entry.object)));
		const set = crds?.sets[crds.ofScope[i] ?? -1] ?? [];
		const salt = `${key} ${definitionsHashOf(set.filter((crd) => !own.has(crd)), cache.identityOf)}`;
		const render = renderKeys[i];
		if (render !== void 0) return createHash("sha256").update(`render\0${salt}\0${render}\0${cwd}\0${scope[0]?.source.file ?? ""}`).digest("base64url");
		return cache.scopeFingerprint(scope, salt);
	});
}
/** The parse of a text from the cache, or parsed now and kept there. */
function parseThroughCache(cache, file, text) {
	const cached = cache.lookup(file, text, []);
	if (cached) return cached;
	const parsed = parseSource(file, text);
	cache.store(text, parsed, []);
	return parsed;
}
function withStrictKinds(config, strictKinds) {
	if (!strictKinds || config?.["schema-missing"] !== void 0) return config;
	return {
		...config,
		"schema-missing": "warning"
	};
}
/** The objects of --crd files and folders: only their CustomResourceDefinitions are used. */
async function readCrdSources(paths, cwd) {
	if (paths.length === 0) return {
		objects: [],
		errors: []
	};
	const inputs = await walk(paths, {
		cwd,
		exclude: []
	});
	const objects = [];
	const errors = [];
	for (const { dir, code } of inputs.unreadable) errors.push({
		file: relative(cwd, dir) || ".",
		message: `--crd: cannot read the folder: ${code}`
	});
	for (const file of inputs.files) {
		const shown = relative(cwd, file) || file;
		const read = readSourceFile(file);
		if ("error" in read) {
			errors.push({
				file: shown,
				message: `--crd: ${read.error}`
			});
			continue;
		}
		const parsed = parseSource(shown, read.text, read.problems);
		for (const entry of parsed.objects) objects.push(entry.object);
		for (const problem of parsed.problems) errors.push({
			file: shown,
			message: `--crd: ${problem.message}`
		});
	}
	return {
		objects,
		errors
	};
}
/** The checks on by default that do not run: the config turned them off. */
function disabledChecksOf(checks, configured) {
	const running = new Set(configured.map(({ check }) => check));
	return checks.filter((check) => check.meta.enabledByDefault !== false && !running.has(check)).map((check) => check.meta.id);
}
function settingsOf(options, images) {
	return {
		podSecurityLevel: options.podSecurityLevel ?? defaultRunSettings.podSecurityLevel,
		kubernetesVersion: minorVersionOf(options.kubernetesVersion ?? options.helm?.kubeVersion) ?? defaultRunSettings.kubernetesVersion,
		inlineSuppressions: options.inlineSuppressions ?? true,
		...options.fix && { fix: options.fix },
		...images && { images }
	};
}
function absolutePaths(paths, cwd) {
	return Object.fromEntries(Object.entries(paths ?? {}).map(([key, path]) => [key, resolve(cwd, path)]));
}
/**
* The sources of the scopes that are reported on (not a unit's context), each once: asked scope by scope in
* scope order, the sources of each scope that no earlier one gave.
*/
function ownSourcesIn(reported) {
	const seen = /* @__PURE__ */ new Set();
	return (i, scope) => {
		const sources = [];
		for (const parsed of ownSourcesOf(scope)) {
			const file = parsed.source.file;
			if (reported?.[i] !== void 0 && !reported[i]?.has(file)) continue;
			if (seen.has(file) && reported?.[i] !== void 0) continue;
			seen.add(file);
			sources.push(parsed);
		}
		return sources;
	};
}
function lintScopes(scopes, checks, errors, settings, options) {
	let findings = [];
	let suppressed = [];
	const schemasOf = schemasFor(scopes, checks, settings, options);
	const evaluated = options.evaluated;
	const kept = options.evaluations;
	const known = new Set(allCheckIds(checks));
	const metaOf = new Map(checks.map(({ check }) => [check.meta.id, check.meta]));
	const withMeta = ({ checkId, severity, message, ...rest }) => {
		const meta = metaOf.get(checkId);
		return {
			checkId,
			severity,
			message,
			risk: meta?.risk ?? "",
			mitigation: meta?.mitigation ?? "",
			...rest
		};
	};
	const withoutMeta = ({ risk: _risk, mitigation: _mitigation, ...finding }) => finding;
	const lastCheckOf = /* @__PURE__ */ new Map();
	for (const [i, scope] of scopes.entries()) for (const parsed of ownSourcesOf(scope)) lastCheckOf.set(parsed, i);
	const lastRead = lastReadIn(scopes);
	const directiveTexts = /* @__PURE__ */ new Map();
	const reportedIn = ownSourcesIn(options.reported);
	const sources = [];
	for (const [i, scope] of scopes.entries()) {
		const recorded = options.recorded?.[i];
		let result;
		if (recorded) result = {
			findings: recorded.findings.map(withMeta),
			suppressed: recorded.suppressed.map(withMeta),
			errors: recorded.errors
		};
		else {
			const schemas = schemasOf(i);
			result = runChecks(scope, checks, settings, schemas, known, {
				evaluated: evaluated?.[i],
				kept: kept && keptEvaluations(kept.memo, kept.key, schemas)
			});
			options.record?.(i, {
				findings: result.findings.map(withoutMeta),
				suppressed: result.suppressed.map(withoutMeta),
				errors: result.errors
			});
		}
		const reported = options.reported?.[i];
		const own = (item) => reported === void 0 || reported.has(item.rendered?.file ?? item.file);
		for (const finding of result.findings) if (own(finding)) findings.push(finding);
		for (const finding of result.suppressed) if (own(finding)) suppressed.push(finding);
		for (const error of result.errors) if (own(error)) errors.push(error);
		for (const parsed of reportedIn(i, scope)) {
			sources.push(parsed);
			if (holdsDirectives(parsed)) directiveTexts.set(parsed.source.file, parsed.source.text);
		}
		for (const parsed of ownSourcesOf(scope)) if (lastCheckOf.get(parsed) === i) releaseChecked(parsed);
		releaseLayout(scope);
		for (const parsed of lastRead[i] ?? []) releaseRead(parsed);
	}
	const directives = [...settings.inlineSuppressions === false ? [] : commentDirectivesOf(directiveTexts, findings, options.readText), ...options.ignore ? configSuppressions(options.ignore, options.cwd ?? process.cwd()) : []];
	if (directives.length > 0) {
		const unused = checks.find(({ check }) => check.meta.id === unusedSuppressionId);
		const applied = applySuppressions(findings, directives, known, unused);
		findings = applied.findings;
		suppressed = [...suppressed, ...applied.suppressed];
	}
	const unfixed = new Set(checks.filter((configured) => configured.fix === false).map(({ check }) => check.meta.id));
	if (unfixed.size > 0) {
		for (const finding of [...findings, ...suppressed]) if (finding.fix && unfixed.has(finding.checkId)) delete finding.fix;
	}
	const summary = {
		files: sources.length,
		objects: sources.reduce((sum, source) => sum + source.objects.length, 0),
		error: 0,
		warning: 0,
		info: 0,
		suppressed: suppressed.length
	};
	for (const finding of findings) summary[finding.severity]++;
	const disabledChecks = options.disabledChecks ?? [];
	return {
		findings: findings.sort(compareFindings),
		suppressed: suppressed.sort(compareFindings),
		errors,
		summary,
		objects: lintedObjects(scopes, options.reported),
		...disabledChecks.length > 0 && { disabledChecks: [...disabledChecks] }
	};
}
/** The objects each scope reports on, with the scope's index: the sources ownSources keeps, less borrowed ones. */
function lintedObjects(scopes, reported) {
	const objects = [];
	for (const [unit, scope] of scopes.entries()) for (const parsed of ownSourcesOf(scope)) {
		if (reported?.[unit] !== void 0 && !reported[unit]?.has(parsed.source.file)) continue;
		for (const entry of parsed.objects) {
			const { apiVersion, kind, namespace, name } = ownRef(refOf(entry.object));
			objects.push({
				apiVersion,
				kind,
				namespace,
				name,
				file: entry.source.file,
				...entry.origin && { origin: entry.origin.file },
				unit
			});
		}
	}
	return objects;
}
function configSuppressions(ignore, cwd) {
	const configDir = dirname(ignore.file);
	return configDirectives(ignore.rules, relative(cwd, ignore.file) || ignore.file, (rule, finding) => matchesIgnoreEntry(rule, {
		checkId: finding.checkId,
		kind: finding.object?.kind,
		namespace: finding.object?.namespace,
		name: finding.object?.name,
		container: finding.container,
		file: finding.file === "<stdin>" ? void 0 : resolve(cwd, finding.file)
	}, configDir));
}
/** Every check id kubeready knows, configured or not: a suppression may name a check that is off. */
function allCheckIds(configured) {
	return [.../* @__PURE__ */ new Set([...checks.map((check) => check.meta.id), ...configured.map(({ check }) => check.meta.id)])];
}
/**
* Whether comment directives are read from a source: a plain file (a rendered stream's own comments are not
* the files people edit) with a directive in it. No finding can be in a file without objects or problems: a
* comment there (the starter .kubeready.yaml mentions # kubeready-ignore) suppresses nothing and is not
* reported unused.
*/
function holdsDirectives(parsed) {
	if (parsed.objects.some((entry) => entry.origin)) return false;
	if (parsed.objects.length === 0 && parsed.problems.length === 0) return false;
	return parsed.source.text.includes(directiveMarker);
}
const directiveMarker = "kubeready-ignore";
/**
* Comment directives of the plain sources that hold any (`texts`, by file), and of the files rendered
* findings point at (templates and bases, read from disk).
*/
function commentDirectivesOf(plain, findings, readText) {
	const texts = new Map(plain);
	for (const finding of findings) {
		if (texts.has(finding.file) || !finding.rendered) continue;
		const text = readText?.(finding.file);
		if (text !== void 0) texts.set(finding.file, text);
	}
	return [...texts].flatMap(([file, text]) => text.includes(directiveMarker) ? commentDirectives(file, text) : []);
}
/** Each scope's schema set, one per set of definitions, built when a scope first needs it and only when a schema check runs. */
function schemasFor(scopes, checks, settings, options) {
	if (!usesSchemas(checks)) return () => noSchemas;
	const crds = options.crds ?? {
		sets: [crdsOf(scopes, [])],
		ofScope: scopes.map(() => 0)
	};
	const built = /* @__PURE__ */ new Map();
	return (scope) => {
		const set = crds.ofScope[scope] ?? 0;
		let schemas = built.get(set);
		if (!schemas) {
			schemas = createSchemaSet(loadKubernetesSchema(settings.kubernetesVersion), crds.sets[set] ?? [], settings.kubernetesVersion, options.verdicts, options.definitionsHashes?.[set]);
			built.set(set, schemas);
		}
		return schemas;
	};
}
/**
* Which CustomResourceDefinitions validate each scope's custom resources: those under --crd, and those
* of every scope in the same git repository (a repository's crds/ folder describes its deploy/ folder).
* A scope outside any repository has only its own: a folder of unrelated checkouts must not validate one
* project's resources with another's definitions, which may be of another version.
*/
function crdSetsOf(scopes, extraCrds, cwd) {
	const repositories = /* @__PURE__ */ new Map();
	const domainOf = (scope, i) => {
		const file = (ownSourcesOf(scope)[0] ?? scope[0])?.source.file;
		const dir = file === void 0 || file === "-" || file === "<stdin>" ? cwd : dirname(resolve(cwd, file));
		if (!repositories.has(dir)) repositories.set(dir, gitRepositoryOf(dir));
		return repositories.get(dir) ?? `scope ${i}`;
	};
	const domains = scopes.map(domainOf);
	const byDomain = /* @__PURE__ */ new Map();
	scopes.forEach((scope, i) => {
		const domain = domains[i] ?? "";
		const set = byDomain.get(domain) ?? [...extraCrds];
		for (const parsed of ownSourcesOf(scope)) set.push(...crdsOf([[parsed]], []));
		byDomain.set(domain, set);
	});
	const sets = [[]];
	const indexOf = /* @__PURE__ */ new Map();
	for (const [domain, set] of byDomain) indexOf.set(domain, set.length === 0 ? 0 : sets.push(set) - 1);
	return {
		sets,
		ofScope: domains.map((domain) => indexOf.get(domain) ?? 0)
	};
}
function usesSchemas(checks) {
	return checks.some(({ check }) => check.meta.id.startsWith("schema-"));
}
/** The CustomResourceDefinitions of the run, in the order the schema set reads them. */
function crdsOf(scopes, extraCrds) {
	return [...extraCrds, ...scopes.flatMap(scopeSources).flatMap((source) => source.objects.map((entry) => entry.object))].filter((object) => isRecord(object) && object["kind"] === "CustomResourceDefinition");
}

export { lint, matchesIgnoreEntry as t };