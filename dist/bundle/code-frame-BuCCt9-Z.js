import { n as escapeControls, t as escapeChar } from "./cli.js";

// dist/src/report/code-frame.js
const ansi = {
	red: 31,
	yellow: 33,
	blue: 34,
	gray: 90,
	bold: 1
};
/**
* A code frame in the manner of Babel's and ESLint's: numbered lines around a range, `>` before the lines
* of the range and `^` under its columns when it lies on one line. Pure: the caller reads the source.
*/
function codeFrame(source, range, options = {}) {
	const linesAbove = Math.max(0, options.linesAbove ?? 2);
	const linesBelow = Math.max(0, options.linesBelow ?? 2);
	const tabWidth = Math.max(1, options.tabWidth ?? 4);
	const maxWidth = Math.max(10, options.maxWidth ?? 120);
	const maxMarkedLines = Math.max(2, options.maxMarkedLines ?? 6);
	const paint = (code, text) => options.color && text ? `\u001b[${ansi[code]}m${text}\u001b[0m` : text;
	const accent = options.accent ?? "red";
	const lines = splitLines(source);
	const span = clampRange(range, lines);
	const rows = [];
	const first = Math.max(1, span.line - linesAbove);
	const last = Math.min(lines.length, span.endLine + linesBelow);
	for (let number = first; number <= last; number++) {
		const marked = number >= span.line && number <= span.endLine;
		const markedCount = span.endLine - span.line + 1;
		if (marked && markedCount > maxMarkedLines && number > span.line + maxMarkedLines - 3 && number < span.endLine) {
			if (rows.at(-1) !== "gap") rows.push("gap");
			continue;
		}
		const clipped = clipLine(lines[number - 1] ?? "", span.column ?? 1, maxWidth);
		const glyphs = glyphsOf(clipped.text, tabWidth);
		const row = {
			number,
			glyphs,
			marked
		};
		if (marked && span.line === span.endLine && span.column !== void 0) {
			const from = glyphIndexAt(glyphs, Math.max(1, span.column - clipped.shift));
			row.underline = {
				from,
				to: Math.max(from + 1, glyphIndexAt(glyphs, Math.max(1, (span.endColumn ?? span.column + 1) - clipped.shift)))
			};
		}
		rows.push(row);
	}
	const window = visibleWindow(rows, maxWidth);
	const numberWidth = String(last).length;
	const output = [];
	for (const row of rows) {
		if (row === "gap") {
			output.push(`  ${" ".repeat(numberWidth - 1)}${paint("gray", "⋮")}`);
			continue;
		}
		const gutter = `${row.marked ? paint(accent, paint("bold", ">")) : " "} ${paint("gray", `${String(row.number).padStart(numberWidth)} |`)}`;
		const text = cropLine(row.glyphs, window);
		output.push(text ? `${gutter} ${text}` : gutter);
		if (row.underline) {
			const { lead, marks } = underlineOf(row.glyphs, row.underline, window);
			output.push(`  ${paint("gray", `${" ".repeat(numberWidth)} |`)} ${lead}${paint(accent, paint("bold", marks))}`);
		}
	}
	return output.join("\n");
}
const recentlySplit = /* @__PURE__ */ new Map();
/** Lines as the YAML parser counts them: split at \n, a \r before it dropped, no empty line after the last \n. */
function splitLines(source) {
	const known = recentlySplit.get(source);
	if (known) return known;
	const lines = source.split("\n").map((line) => line.endsWith("\r") ? line.slice(0, -1) : line);
	if (lines.length > 1 && lines.at(-1) === "") lines.pop();
	if (recentlySplit.size >= 16) recentlySplit.delete(recentlySplit.keys().next().value);
	recentlySplit.set(source, lines);
	return lines;
}
/** Keeps the range inside the text: a range past the end points just after the last character. */
function clampRange(range, lines) {
	const lineCount = lines.length;
	const valid = (value) => value !== void 0 && Number.isFinite(value) && value >= 1 ? Math.floor(value) : void 0;
	let line = valid(range.line) ?? 1;
	let column = valid(range.column);
	if (line > lineCount) {
		line = lineCount;
		column = (lines[lineCount - 1] ?? "").length + 1;
	}
	let endLine = Math.max(line, valid(range.endLine) ?? line);
	let endColumn = valid(range.endColumn);
	if (endLine > lineCount) {
		endLine = lineCount;
		endColumn = (lines[lineCount - 1] ?? "").length + 1;
	}
	if (endLine > line && endColumn === 1) {
		endLine--;
		endColumn = (lines[endLine - 1] ?? "").length + 1;
	}
	if (column === void 0) return {
		line,
		endLine
	};
	if (endLine === line && endColumn !== void 0 && endColumn <= column) endColumn = column + 1;
	return {
		line,
		column,
		endLine,
		endColumn
	};
}
/**
* A line far longer than the frame is cut to a stretch around the column first, marked with `…` where text
* was left out, so that framing each finding costs the same on a one-line file of a megabyte as on any
* other (every finding of such a file is on that line). `shift` is what to take off a column.
*/
function clipLine(line, column, maxWidth) {
	const longest = 4 * maxWidth;
	if (line.length <= longest) return {
		text: line,
		shift: 0
	};
	let from = Math.max(0, column - 1 - 2 * maxWidth);
	if (isLowSurrogate(line.charCodeAt(from))) from++;
	let to = Math.min(line.length, from + longest);
	if (isLowSurrogate(line.charCodeAt(to))) to++;
	return {
		text: `${from > 0 ? "…" : ""}${line.slice(from, to)}${to < line.length ? "…" : ""}`,
		shift: from > 0 ? from - 1 : 0
	};
}
function isLowSurrogate(code) {
	return code >= 56320 && code <= 57343;
}
function glyphsOf(line, tabWidth) {
	const glyphs = [];
	let cells = 0;
	let offset = 0;
	let previous = "";
	let beforePrevious = "";
	for (const char of line) {
		const code = char.charCodeAt(0);
		let glyph;
		if (code > 32 && code < 127 && code !== 91) glyph = {
			text: char,
			width: 1
		};
		else if (char === "[" && previous === "#" && beforePrevious === "#") glyph = {
			text: escapeChar(char),
			width: 4
		};
		else glyph = glyphOf(char, cells, tabWidth);
		glyphs.push({
			text: glyph.text,
			width: glyph.width,
			offset,
			end: offset + char.length
		});
		cells += glyph.width;
		offset += char.length;
		beforePrevious = previous;
		previous = char;
	}
	return glyphs;
}
function glyphOf(char, cells, tabWidth) {
	const code = char.codePointAt(0) ?? 0;
	if (char === "	") {
		const width = tabWidth - cells % tabWidth;
		return {
			text: " ".repeat(width),
			width
		};
	}
	if (code === 65279) return {
		text: "",
		width: 0
	};
	const shown = escapeControls(char);
	if (shown !== char) return {
		text: shown,
		width: shown.length
	};
	return {
		text: char,
		width: isWide(code) ? 2 : 1
	};
}
/** East Asian wide and fullwidth characters and the common emoji blocks take two cells in a terminal. */
function isWide(code) {
	return code >= 4352 && code <= 4447 || code >= 11904 && code <= 42191 && code !== 12351 || code >= 44032 && code <= 55203 || code >= 63744 && code <= 64255 || code >= 65072 && code <= 65103 || code >= 65280 && code <= 65376 || code >= 65504 && code <= 65510 || code >= 127744 && code <= 128591 || code >= 129280 && code <= 129535 || code >= 131072 && code <= 262141;
}
/** The glyph a 1-based UTF-16 column falls in; past the end of the line, the position after it. */
function glyphIndexAt(glyphs, column) {
	const offset = column - 1;
	const index = glyphs.findIndex((glyph) => offset >= glyph.offset && offset < glyph.end);
	return index === -1 ? glyphs.length : index;
}
function cellOf(glyphs, index) {
	let cells = 0;
	for (let i = 0; i < index && i < glyphs.length; i++) cells += glyphs[i].width;
	return cells + Math.max(0, index - glyphs.length);
}
/** The same horizontal window for every row, so the columns still line up; chosen around the range. */
function visibleWindow(rows, maxWidth) {
	if (Math.max(0, ...rows.map((row) => row === "gap" ? 0 : cellOf(row.glyphs, row.glyphs.length + 1))) <= maxWidth) return {
		from: 0,
		to: Number.POSITIVE_INFINITY
	};
	const target = rows.find((row) => row !== "gap" && row.underline !== void 0);
	if (!target?.underline) return {
		from: 0,
		to: maxWidth
	};
	const start = cellOf(target.glyphs, target.underline.from);
	const end = cellOf(target.glyphs, target.underline.to);
	if (end <= maxWidth) return {
		from: 0,
		to: maxWidth
	};
	const from = Math.max(0, Math.min(start, Math.max(end - maxWidth, start - Math.floor(maxWidth / 4))));
	return {
		from,
		to: from + maxWidth
	};
}
/** A line's text inside the window, `…` where text was cut off; trailing spaces dropped. */
function cropLine(glyphs, window) {
	let hidden = "";
	let shown = "";
	let cells = 0;
	let cutAtEnd = false;
	for (const [index, glyph] of glyphs.entries()) {
		const end = cells + glyph.width;
		if (end > window.to) {
			cutAtEnd = glyphs.slice(index).some((rest) => rest.text.trim() !== "");
			break;
		}
		if (cells >= window.from) shown += glyph.text;
		else {
			hidden += glyph.text;
			if (end > window.from) shown += " ".repeat(end - window.from);
		}
		cells = end;
	}
	return `${window.from > 0 ? hidden.trim() ? "…" : " " : ""}${shown}${cutAtEnd ? "…" : ""}`.trimEnd();
}
function underlineOf(glyphs, underline, window) {
	const start = cellOf(glyphs, underline.from);
	const end = Math.max(start + 1, cellOf(glyphs, underline.to));
	const shownStart = Math.max(start, window.from);
	const shownEnd = Math.min(end, window.to);
	return {
		lead: (window.from > 0 ? " " : "") + " ".repeat(Math.max(0, shownStart - window.from)),
		marks: "^".repeat(Math.max(1, shownEnd - shownStart))
	};
}

export { codeFrame as t };