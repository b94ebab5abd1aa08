import { escapeChar, escapeControls } from './escape.js';
const ansi = { red: 31, yellow: 33, blue: 34, gray: 90, bold: 1 };
/**
 * A code frame in the manner of Babel's and ESLint's: numbered lines around a range, `>` before the lines
 * of the range and `^` under its columns when it lies on one line. Pure: the caller reads the source.
 */
export function codeFrame(source, range, options = {}) {
    const linesAbove = Math.max(0, options.linesAbove ?? 2);
    const linesBelow = Math.max(0, options.linesBelow ?? 2);
    const tabWidth = Math.max(1, options.tabWidth ?? 4);
    const maxWidth = Math.max(10, options.maxWidth ?? 120);
    const maxMarkedLines = Math.max(2, options.maxMarkedLines ?? 6);
    const paint = (code, text) => (options.color && text ? `\u001b[${ansi[code]}m${text}\u001b[0m` : text);
    const accent = options.accent ?? 'red';
    const lines = splitLines(source);
    const span = clampRange(range, lines);
    const rows = [];
    const first = Math.max(1, span.line - linesAbove);
    const last = Math.min(lines.length, span.endLine + linesBelow);
    for (let number = first; number <= last; number++) {
        const marked = number >= span.line && number <= span.endLine;
        const markedCount = span.endLine - span.line + 1;
        // A long range keeps its first lines and its last one; the lines between become one gap row.
        if (marked && markedCount > maxMarkedLines && number > span.line + maxMarkedLines - 3 && number < span.endLine) {
            if (rows.at(-1) !== 'gap')
                rows.push('gap');
            continue;
        }
        const clipped = clipLine(lines[number - 1] ?? '', span.column ?? 1, maxWidth);
        const glyphs = glyphsOf(clipped.text, tabWidth);
        const row = { number, glyphs, marked };
        if (marked && span.line === span.endLine && span.column !== undefined) {
            const from = glyphIndexAt(glyphs, Math.max(1, span.column - clipped.shift));
            const to = Math.max(from + 1, glyphIndexAt(glyphs, Math.max(1, (span.endColumn ?? span.column + 1) - clipped.shift)));
            row.underline = { from, to };
        }
        rows.push(row);
    }
    const window = visibleWindow(rows, maxWidth);
    const numberWidth = String(last).length;
    const output = [];
    for (const row of rows) {
        if (row === 'gap') {
            output.push(`  ${' '.repeat(numberWidth - 1)}${paint('gray', '⋮')}`);
            continue;
        }
        const gutter = `${row.marked ? paint(accent, paint('bold', '>')) : ' '} ${paint('gray', `${String(row.number).padStart(numberWidth)} |`)}`;
        const text = cropLine(row.glyphs, window);
        output.push(text ? `${gutter} ${text}` : gutter);
        if (row.underline) {
            const { lead, marks } = underlineOf(row.glyphs, row.underline, window);
            output.push(`  ${paint('gray', `${' '.repeat(numberWidth)} |`)} ${lead}${paint(accent, paint('bold', marks))}`);
        }
    }
    return output.join('\n');
}
// A report frames many findings of the same few files: each text is split once, not once per finding
// (a file with 100,000 findings made that quadratic).
const recentlySplit = new Map();
/** Lines as the YAML parser counts them: split at \n, a \r before it dropped, no empty line after the last \n. */
function splitLines(source) {
    const known = recentlySplit.get(source);
    if (known)
        return known;
    const lines = source.split('\n').map((line) => (line.endsWith('\r') ? line.slice(0, -1) : line));
    if (lines.length > 1 && lines.at(-1) === '')
        lines.pop();
    if (recentlySplit.size >= 16)
        recentlySplit.delete(recentlySplit.keys().next().value);
    recentlySplit.set(source, lines);
    return lines;
}
/** Keeps the range inside the text: a range past the end points just after the last character. */
function clampRange(range, lines) {
    const lineCount = lines.length;
    const valid = (value) => (value !== undefined && Number.isFinite(value) && value >= 1 ? Math.floor(value) : undefined);
    let line = valid(range.line) ?? 1;
    let column = valid(range.column);
    if (line > lineCount) {
        line = lineCount;
        column = (lines[lineCount - 1] ?? '').length + 1;
    }
    let endLine = Math.max(line, valid(range.endLine) ?? line);
    let endColumn = valid(range.endColumn);
    if (endLine > lineCount) {
        endLine = lineCount;
        endColumn = (lines[lineCount - 1] ?? '').length + 1;
    }
    // A range that ends at the first column of a line ends with the line before it (YAML block nodes do).
    if (endLine > line && endColumn === 1) {
        endLine--;
        endColumn = (lines[endLine - 1] ?? '').length + 1;
    }
    if (column === undefined)
        return { line, endLine };
    if (endLine === line && endColumn !== undefined && endColumn <= column)
        endColumn = column + 1;
    return { line, column, endLine, endColumn };
}
/**
 * A line far longer than the frame is cut to a stretch around the column first, marked with `…` where text
 * was left out, so that framing each finding costs the same on a one-line file of a megabyte as on any
 * other (every finding of such a file is on that line). `shift` is what to take off a column.
 */
function clipLine(line, column, maxWidth) {
    const longest = 4 * maxWidth;
    if (line.length <= longest)
        return { text: line, shift: 0 };
    let from = Math.max(0, column - 1 - 2 * maxWidth);
    if (isLowSurrogate(line.charCodeAt(from)))
        from++;
    let to = Math.min(line.length, from + longest);
    if (isLowSurrogate(line.charCodeAt(to)))
        to++;
    const text = `${from > 0 ? '…' : ''}${line.slice(from, to)}${to < line.length ? '…' : ''}`;
    return { text, shift: from > 0 ? from - 1 : 0 };
}
function isLowSurrogate(code) {
    return code >= 0xdc00 && code <= 0xdfff;
}
function glyphsOf(line, tabWidth) {
    const glyphs = [];
    let cells = 0;
    let offset = 0;
    let previous = '';
    let beforePrevious = '';
    for (const char of line) {
        const code = char.charCodeAt(0);
        let glyph;
        if (code > 0x20 && code < 0x7f && code !== 0x5b)
            glyph = { text: char, width: 1 }; // printable ASCII but [
        // `##[` anywhere in a line is a workflow command to GitHub's runner: its bracket is shown escaped.
        else if (char === '[' && previous === '#' && beforePrevious === '#')
            glyph = { text: escapeChar(char), width: 4 };
        else
            glyph = glyphOf(char, cells, tabWidth);
        glyphs.push({ text: glyph.text, width: glyph.width, offset, end: offset + char.length });
        cells += glyph.width;
        offset += char.length;
        beforePrevious = previous;
        previous = char;
    }
    return glyphs;
}
function glyphOf(char, cells, tabWidth) {
    const code = char.codePointAt(0) ?? 0;
    if (char === '\t') {
        const width = tabWidth - (cells % tabWidth);
        return { text: ' '.repeat(width), width };
    }
    if (code === 0xfeff)
        return { text: '', width: 0 };
    // Control characters would move the cursor, recolour the terminal or reorder the line: shown as escapes.
    const shown = escapeControls(char);
    if (shown !== char)
        return { text: shown, width: shown.length };
    return { text: char, width: isWide(code) ? 2 : 1 };
}
/** East Asian wide and fullwidth characters and the common emoji blocks take two cells in a terminal. */
function isWide(code) {
    return ((code >= 0x1100 && code <= 0x115f) ||
        (code >= 0x2e80 && code <= 0xa4cf && code !== 0x303f) ||
        (code >= 0xac00 && code <= 0xd7a3) ||
        (code >= 0xf900 && code <= 0xfaff) ||
        (code >= 0xfe30 && code <= 0xfe4f) ||
        (code >= 0xff00 && code <= 0xff60) ||
        (code >= 0xffe0 && code <= 0xffe6) ||
        (code >= 0x1f300 && code <= 0x1f64f) ||
        (code >= 0x1f900 && code <= 0x1f9ff) ||
        (code >= 0x20000 && code <= 0x3fffd));
}
/** The glyph a 1-based UTF-16 column falls in; past the end of the line, the position after it. */
function glyphIndexAt(glyphs, column) {
    const offset = column - 1;
    const index = glyphs.findIndex((glyph) => offset >= glyph.offset && offset < glyph.end);
    return index === -1 ? glyphs.length : index;
}
function cellOf(glyphs, index) {
    let cells = 0;
    for (let i = 0; i < index && i < glyphs.length; i++)
        cells += glyphs[i].width;
    return cells + Math.max(0, index - glyphs.length);
}
/** The same horizontal window for every row, so the columns still line up; chosen around the range. */
function visibleWindow(rows, maxWidth) {
    const widest = Math.max(0, ...rows.map((row) => (row === 'gap' ? 0 : cellOf(row.glyphs, row.glyphs.length + 1))));
    if (widest <= maxWidth)
        return { from: 0, to: Number.POSITIVE_INFINITY };
    const target = rows.find((row) => row !== 'gap' && row.underline !== undefined);
    if (!target?.underline)
        return { from: 0, to: maxWidth };
    const start = cellOf(target.glyphs, target.underline.from);
    const end = cellOf(target.glyphs, target.underline.to);
    if (end <= maxWidth)
        return { from: 0, to: maxWidth };
    // Some context to the left of the range, all of the range when it fits, its start when it does not.
    const from = Math.max(0, Math.min(start, Math.max(end - maxWidth, start - Math.floor(maxWidth / 4))));
    return { from, to: from + maxWidth };
}
/** A line's text inside the window, `…` where text was cut off; trailing spaces dropped. */
function cropLine(glyphs, window) {
    let hidden = '';
    let shown = '';
    let cells = 0;
    let cutAtEnd = false;
    for (const [index, glyph] of glyphs.entries()) {
        const end = cells + glyph.width;
        if (end > window.to) {
            cutAtEnd = glyphs.slice(index).some((rest) => rest.text.trim() !== '');
            break;
        }
        if (cells >= window.from)
            shown += glyph.text;
        else {
            hidden += glyph.text;
            if (end > window.from)
                shown += ' '.repeat(end - window.from); // a tab or wide glyph across the left edge
        }
        cells = end;
    }
    const lead = window.from > 0 ? (hidden.trim() ? '…' : ' ') : '';
    return `${lead}${shown}${cutAtEnd ? '…' : ''}`.trimEnd();
}
function underlineOf(glyphs, underline, window) {
    const start = cellOf(glyphs, underline.from);
    const end = Math.max(start + 1, cellOf(glyphs, underline.to));
    const shownStart = Math.max(start, window.from);
    const shownEnd = Math.min(end, window.to);
    const lead = (window.from > 0 ? ' ' : '') + ' '.repeat(Math.max(0, shownStart - window.from));
    return { lead, marks: '^'.repeat(Math.max(1, shownEnd - shownStart)) };
}
