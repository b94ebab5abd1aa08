/** Lines of context around each change, as diff -u and git show them. */
const context = 3;
/**
 * A unified diff of a file's text before and after the replacements that made it (sorted, apart). The
 * changed lines are known from the replacements, so no lines need matching: each replacement changes the
 * lines it touches, less those it leaves as they were; changes closer than twice the context share a hunk.
 */
export function unifiedDiff(file, before, replacements) {
    if (replacements.length === 0)
        return '';
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
        }
        else
            changes.push({ from, to, replacements: [replacement], lines: [] });
    }
    for (const change of changes) {
        const start = starts[change.from] ?? 0;
        const end = change.to < starts.length ? (starts[change.to] ?? before.length) : before.length;
        let text = '';
        let at = start;
        for (const replacement of change.replacements) {
            text += before.slice(at, replacement.start) + replacement.text;
            at = replacement.end;
        }
        change.lines = linesOf(text + before.slice(at, end));
        // Lines an edit leaves as they were (the line a key is inserted after) are context, not change.
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
    let shift = 0; // how far new line numbers run ahead of old ones, before the hunk
    for (let i = 0; i < changes.length;) {
        let j = i;
        while (j + 1 < changes.length && (changes[j + 1]?.from ?? 0) - (changes[j]?.to ?? 0) <= 2 * context)
            j++;
        const hunkFrom = Math.max(0, (changes[i]?.from ?? 0) - context);
        const hunkTo = Math.min(oldLines.length, (changes[j]?.to ?? 0) + context);
        const body = [];
        let at = hunkFrom;
        let added = 0;
        for (let k = i; k <= j; k++) {
            const change = changes[k];
            for (; at < change.from; at++)
                body.push(shown(' ', oldLines[at]));
            for (; at < change.to; at++)
                body.push(shown('-', oldLines[at]));
            for (const line of change.lines)
                body.push(shown('+', line));
            added += change.lines.length - (change.to - change.from);
        }
        for (; at < hunkTo; at++)
            body.push(shown(' ', oldLines[at]));
        const oldCount = hunkTo - hunkFrom;
        out.push(`@@ -${range(hunkFrom, oldCount)} +${range(hunkFrom + shift, oldCount + added)} @@\n`, ...body);
        shift += added;
        i = j + 1;
    }
    return out.join('');
}
/** One line of a hunk; a line without a line break (the file's last) is marked as diff marks it. */
function shown(mark, line) {
    const text = line ?? '';
    return text.endsWith('\n') ? `${mark}${text}` : `${mark}${text}\n\\ No newline at end of file\n`;
}
/** `start,count` of a hunk, 1-based; an empty range names the line before it, as diff does. */
function range(from, count) {
    return count === 0 ? `${from},0` : `${from + 1},${count}`;
}
/** The lines of a text, each with its line break; the last may have none. */
function linesOf(text) {
    const lines = [];
    let at = 0;
    for (let newline = text.indexOf('\n'); newline !== -1; newline = text.indexOf('\n', at)) {
        lines.push(text.slice(at, newline + 1));
        at = newline + 1;
    }
    if (at < text.length)
        lines.push(text.slice(at));
    return lines;
}
/** The number of values in sorted `values` that are at most `value`. */
function upperBound(values, value) {
    let low = 0;
    let high = values.length;
    while (low < high) {
        const middle = (low + high) >> 1;
        if ((values[middle] ?? 0) <= value)
            low = middle + 1;
        else
            high = middle;
    }
    return low;
}
