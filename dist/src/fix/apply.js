import { isAlias, isMap, isScalar, isSeq, parseAllDocuments, stringify } from 'yaml';
/** A fix that cannot be applied to the text as it is written: it is left out, the others are applied. */
class Conflict extends Error {
}
/**
 * Applies the fixes to the text, all edits of one object in one pass: two fixes that set the same path
 * compose (the first wins), two that add keys to one mapping add them together. A fix any of whose edits
 * cannot be made as written (through an alias or a merge key, into a scalar, at a list index that is not
 * there) is left out whole.
 */
export function applyFixes(text, fixes, parsed = parseForFixes(text)) {
    const changes = fixReplacements(text, fixes, parsed);
    return { ...changes, text: changes.problem === undefined ? spliced(text, changes.replacements) : text };
}
/** What applyFixes changes, without making the new text: one finding's fix of a large file, for SARIF. */
export function fixReplacements(text, fixes, parsed = parseForFixes(text)) {
    if ('problem' in parsed)
        return { replacements: [], applied: fixes.map(() => false), problem: parsed.problem };
    const { documents: list, layout } = parsed;
    const applied = fixes.map(() => false);
    const overlays = new Map();
    fixes.forEach((fix, i) => {
        const document = list[fix.document];
        const root = document && nodeAt(document.contents, fix.basePath);
        if (!document || !root || !isMap(root) || !isExpected(root, fix.expect))
            return;
        const own = { kind: 'tree', children: new Map() };
        for (const edit of fix.edits ?? [])
            addEdit(own, edit);
        try {
            render(text, root, own, layout, false);
        }
        catch (error) {
            if (error instanceof Conflict)
                return;
            throw error;
        }
        let entry = overlays.get(root);
        if (!entry)
            overlays.set(root, (entry = { overlay: { kind: 'tree', children: new Map() }, adds: [], document, fixes: [] }));
        entry.fixes.push(i);
        for (const edit of fix.edits ?? [])
            addEdit(entry.overlay, edit);
        for (const object of fix.add ?? [])
            if (!entry.adds.some((added) => sameValue(added, object)))
                entry.adds.push(object);
        applied[i] = true;
    });
    const replacements = [];
    for (const [root, { overlay, adds, document, fixes: indexes }] of overlays) {
        try {
            replacements.push(...render(text, root, overlay, layout, false));
        }
        catch (error) {
            if (!(error instanceof Conflict))
                throw error;
            // Fixes that each apply but not together (one sets a mapping whole that another edits inside): none of them.
            for (const i of indexes)
                applied[i] = false;
            continue;
        }
        if (adds.length > 0)
            replacements.push(addedAfter(text, document, adds, layout));
    }
    return { replacements: mergeReplacements(replacements), applied };
}
export function parseForFixes(text) {
    const documents = parseAllDocuments(text, { prettyErrors: false });
    const list = Array.isArray(documents) ? documents : [];
    if (list.some((document) => document.errors.length > 0))
        return { problem: 'it has YAML syntax errors' };
    return { documents: list, layout: layoutOf(text, list) };
}
/** The text with the replacements (sorted, apart) made. */
export function spliced(text, replacements) {
    let out = '';
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
        if (last && last.start === last.end && next.start === next.end && last.start === next.start)
            last.text += next.text;
        else if (last && next.start < last.end)
            continue; // overlapping: cannot happen for edits of distinct nodes; keep the first
        else
            merged.push({ ...next });
    }
    return merged;
}
function addEdit(tree, edit) {
    if (edit.path.length === 0)
        return;
    let node = tree;
    for (const segment of edit.path.slice(0, -1)) {
        if (node.kind !== 'tree')
            return; // a value set whole earlier wins
        let child = node.children.get(segment);
        if (!child)
            node.children.set(segment, (child = { kind: 'tree', children: new Map() }));
        node = child;
    }
    if (node.kind !== 'tree')
        return;
    const last = edit.path[edit.path.length - 1];
    const existing = node.children.get(last);
    if (edit.op === 'set') {
        if (!existing)
            node.children.set(last, { kind: 'set', value: edit.value });
        return;
    }
    if (!existing)
        node.children.set(last, { kind: 'append', items: [edit.value] });
    else if (existing.kind === 'append' && !existing.items.some((item) => sameValue(item, edit.value)))
        existing.items.push(edit.value);
}
/** The node at a path of plain keys and indexes, or undefined; never through an alias. */
function nodeAt(node, path) {
    let current = node;
    for (const segment of path) {
        if (isMap(current) && typeof segment === 'string')
            current = pairOf(current.items, segment)?.value;
        else if (isSeq(current) && typeof segment === 'number')
            current = current.items[segment];
        else
            return undefined;
    }
    return current;
}
function isExpected(root, expect) {
    const scalarAt = (path) => {
        const node = nodeAt(root, path);
        return isScalar(node) ? String(node.value) : undefined;
    };
    // An object may go by generateName and have no name of its own.
    const name = scalarAt(['metadata', 'name']);
    return (expect?.kind === undefined || scalarAt(['kind']) === expect.kind) && (expect?.name === undefined || name === undefined || name === expect.name);
}
function pairOf(items, key) {
    return items.find((pair) => isScalar(pair.key) && String(pair.key.value) === key);
}
/** The replacements that make `node` hold what `overlay` says. */
function render(text, node, overlay, layout, inFlow) {
    // What an alias or an anchor shares, an edit would change in every place that uses it.
    if (isAlias(node) || ((isMap(node) || isSeq(node) || isScalar(node)) && node.anchor))
        throw new Conflict('an alias or an anchor');
    if (overlay.kind === 'tree') {
        if (isMap(node))
            return renderInMap(text, node, overlay, layout, inFlow);
        if (isSeq(node)) {
            const out = [];
            for (const [index, child] of overlay.children) {
                const item = typeof index === 'number' ? node.items[index] : undefined;
                if (item === undefined)
                    throw new Conflict('no such item');
                out.push(...render(text, item, child, layout, inFlow || node.flow === true));
            }
            return out;
        }
        if (isNullScalar(node))
            return replaceNull(text, node, materialize(overlay), layout, inFlow);
        throw new Conflict('a value where a mapping is needed');
    }
    if (overlay.kind === 'set') {
        if (sameValue(valueOf(node), overlay.value))
            return [];
        if (isNullScalar(node))
            return replaceNull(text, node, overlay.value, layout, inFlow);
        const [start, end] = node.range ?? [0, 0];
        if (isScalar(node) && !isCollectionValue(overlay.value))
            return [{ start, end: contentEnd(text, node), text: renderScalarLike(node, overlay.value, layout) }];
        if ((isMap(node) || isSeq(node)) && isCollectionValue(overlay.value)) {
            if (node.flow || inFlow)
                return [{ start, end, text: renderFlow(overlay.value, paddingOf(text, node, layout)) }];
            const indent = ' '.repeat(columnOf(text, start));
            const lines = renderBlock(overlay.value, layout);
            return [{ start, end: contentEnd(text, node), text: lines.map((line, i) => (i === 0 ? line : indent + line)).join(layout.eol) }];
        }
        throw new Conflict('a value of another shape');
    }
    // append
    const items = overlay.items.filter((item) => !(isSeq(node) && node.items.some((existing) => sameValue(valueOf(existing), item))));
    if (items.length === 0)
        return [];
    if (isSeq(node)) {
        if (node.flow || inFlow)
            return [flowInsert(text, node, items.map((item) => renderFlow(item, paddingOf(text, node, layout))))];
        const first = node.items[0];
        const dash = first?.range ? lastDashBefore(text, first.range[0]) : node.range?.[0];
        if (dash === undefined)
            throw new Conflict('no place in the list');
        const indent = ' '.repeat(columnOf(text, dash));
        const lines = renderBlock(items, layout).map((line) => indent + line);
        return [{ start: lineEnd(text, contentEnd(text, node)), end: lineEnd(text, contentEnd(text, node)), text: layout.eol + lines.join(layout.eol) }];
    }
    if (isNullScalar(node))
        return replaceNull(text, node, items, layout, inFlow);
    throw new Conflict('a value where a list is needed');
}
function renderInMap(text, map, overlay, layout, inFlow) {
    if (map.items.some((pair) => isScalar(pair.key) && pair.key.value === '<<'))
        throw new Conflict('a merge key');
    const flow = inFlow || map.flow === true;
    const out = [];
    const missing = [];
    for (const [key, child] of overlay.children) {
        if (typeof key !== 'string')
            throw new Conflict('an index into a mapping');
        const pair = pairOf(map.items, key);
        if (!pair)
            missing.push([key, materialize(child)]);
        else if (pair.value === null || pair.value === undefined)
            throw new Conflict('a key without a value node');
        else
            out.push(...render(text, pair.value, child, layout, flow));
    }
    if (missing.length === 0)
        return out;
    const added = Object.fromEntries(missing);
    if (flow) {
        const padding = paddingOf(text, map, layout);
        out.push(flowInsert(text, map, missing.map(([key, value]) => `${renderKey(key, map.items)}: ${renderFlow(value, padding)}`)));
        return out;
    }
    const firstKey = map.items[0]?.key;
    if (!firstKey?.range)
        throw new Conflict('an empty block mapping');
    const indent = ' '.repeat(columnOf(text, firstKey.range[0]));
    const lines = renderBlock(added, layout, quotedKeys(map.items)).map((line) => indent + line);
    const at = lineEnd(text, contentEnd(text, map));
    out.push({ start: at, end: at, text: layout.eol + lines.join(layout.eol) });
    return out;
}
/** A value where there is none (`key:`, `key: null`, `key: ~`): the new value in its place, under its key. */
function replaceNull(text, node, value, layout, inFlow) {
    const [start, end] = node.range ?? [0, 0];
    if (inFlow)
        return [{ start, end, text: renderFlow(value, layout.flowPadding) }];
    if (!isCollectionValue(value)) {
        if (start !== end)
            return [{ start, end, text: renderFlow(value, layout.flowPadding) }];
        // `key:  # why`: the value goes right after the colon, the comment stays where it is.
        let at = start;
        while (at > 0 && (text[at - 1] === ' ' || text[at - 1] === '\t'))
            at--;
        return [{ start: at, end: at, text: ` ${renderFlow(value, layout.flowPadding)}` }];
    }
    // `key: null  # why` becomes `key:  # why` and the new lines under it; the key sets the indentation.
    const keyColumn = keyColumnBefore(text, start);
    if (keyColumn === undefined)
        throw new Conflict('no key for the value');
    let from = start;
    while (from > 0 && (text[from - 1] === ' ' || text[from - 1] === '\t') && start !== end)
        from--;
    const nested = Array.isArray(value) && !layout.indentSeq ? keyColumn : keyColumn + layout.step;
    const lines = renderBlock(value, layout).map((line) => ' '.repeat(nested) + line);
    const at = lineEnd(text, end);
    const out = [];
    if (start !== end)
        out.push({ start: from, end, text: '' });
    out.push({ start: at, end: at, text: layout.eol + lines.join(layout.eol) });
    return out;
}
/** New objects after the document, each its own document. */
function addedAfter(text, document, objects, layout) {
    const contents = document.contents;
    const end = contents ? contentEnd(text, contents) : (document.range[1] ?? text.length);
    const at = lineEnd(text, end);
    const body = objects.map((object) => ['---', ...renderBlock(object, layout)].join(layout.eol)).join(layout.eol);
    return { start: at, end: at, text: layout.eol + body };
}
/** Items added before the closing bracket of a flow collection, after its last item. */
function flowInsert(text, node, parts) {
    const last = node.items.at(-1);
    const [start, end] = node.range ?? [0, 0];
    if (last === undefined) {
        const at = text.indexOf(text[start] === '{' ? '{' : '[', start) + 1;
        return { start: at, end: at, text: parts.join(', ') };
    }
    const lastEnd = isPairLike(last) ? contentEnd(text, (last.value ?? last.key)) : contentEnd(text, last);
    // A trailing comma already separates: `{a: 1,}` becomes `{a: 1, b: 2}`.
    let probe = lastEnd;
    while (probe < end && /\s/.test(text[probe] ?? ''))
        probe++;
    if (text[probe] === ',')
        return { start: probe + 1, end: probe + 1, text: ` ${parts.join(', ')},` };
    return { start: lastEnd, end: lastEnd, text: `, ${parts.join(', ')}` };
}
function isPairLike(item) {
    return typeof item === 'object' && item !== null && 'key' in item && 'value' in item;
}
/** Where a node's own text ends: its last value, without the comments and blank lines after it. */
function contentEnd(text, node) {
    if (isMap(node) || isSeq(node)) {
        if (node.flow)
            return node.range?.[1] ?? 0;
        const last = node.items.at(-1);
        if (last === undefined)
            return node.range?.[1] ?? 0;
        if (isPairLike(last)) {
            const value = last.value;
            if (value && value.range)
                return contentEnd(text, value);
            return last.key.range?.[1] ?? 0;
        }
        return contentEnd(text, last);
    }
    let end = node.range?.[1] ?? 0;
    const start = node.range?.[0] ?? 0;
    while (end > start && /\s/.test(text[end - 1] ?? ''))
        end--;
    return end;
}
/** Where the line holding `offset` ends, before its line break (a comment after the value stays on it). */
function lineEnd(text, offset) {
    const newline = text.indexOf('\n', offset);
    if (newline === -1)
        return text.length;
    return text[newline - 1] === '\r' ? newline - 1 : newline;
}
function columnOf(text, offset) {
    return offset - (text.lastIndexOf('\n', offset - 1) + 1);
}
function lastDashBefore(text, offset) {
    const dash = text.lastIndexOf('-', offset - 1);
    return dash === -1 ? undefined : dash;
}
/** The column of the key a value at `offset` belongs to: the first non-space of its line, past any `- `. */
function keyColumnBefore(text, offset) {
    const lineStart = text.lastIndexOf('\n', offset - 1) + 1;
    const line = text.slice(lineStart, offset);
    const match = /^([ ]*(?:- +)*)[^\s]/.exec(line);
    return match?.[1]?.length;
}
function isNullScalar(node) {
    return isScalar(node) && node.value === null;
}
function isCollectionValue(value) {
    return typeof value === 'object' && value !== null;
}
/** The plain value of a node; undefined for one that has aliases inside (never equal to a fix's value). */
function valueOf(node) {
    if (isScalar(node))
        return node.value;
    if (isMap(node) || isSeq(node)) {
        try {
            return node.toJSON();
        }
        catch {
            return undefined;
        }
    }
    return undefined;
}
function sameValue(a, b) {
    return a === b || (typeof a === 'object' && typeof b === 'object' && a !== null && b !== null && JSON.stringify(a) === JSON.stringify(b));
}
function materialize(overlay) {
    if (overlay.kind === 'set')
        return overlay.value;
    if (overlay.kind === 'append')
        return overlay.items;
    const object = {};
    for (const [key, child] of overlay.children) {
        if (typeof key !== 'string')
            throw new Conflict('an index into a list that is not there');
        object[key] = materialize(child);
    }
    return object;
}
/**
 * Scalars are written for YAML 1.1 readers (kubectl's): a string that 1.1 reads as a boolean or a number
 * (yes, on, 0755) is quoted.
 */
const scalarOptions = { version: '1.1', lineWidth: 0, minContentWidth: 0 };
function renderFlow(value, padding) {
    return stringify(value, { ...scalarOptions, collectionStyle: 'flow', flowCollectionPadding: padding }).trimEnd();
}
/** A string in the quotes of the scalar it replaces (`"Delete"` becomes `"Retain"`); other values as they render. */
function renderScalarLike(node, value, layout) {
    if (typeof value === 'string' && node.type === 'QUOTE_DOUBLE')
        return JSON.stringify(value);
    if (typeof value === 'string' && node.type === 'QUOTE_SINGLE')
        return `'${value.replaceAll("'", "''")}'`;
    return renderFlow(value, layout.flowPadding);
}
/** Whether a flow collection is written with spaces inside its brackets (`{ a: 1 }`); an empty one follows the file. */
function paddingOf(text, node, layout) {
    const start = node.range?.[0];
    return node.items.length > 0 && start !== undefined ? text[start + 1] === ' ' : layout.flowPadding;
}
/**
 * A value in block style, as lines relative to where it starts: mappings nested by the file's step,
 * sequences under a key indented or not as the file has them, scalars as yaml writes them for YAML 1.1
 * readers (a string with a line break double-quoted, on one line). yaml's own block output cannot put a
 * sequence at its key's column under four-space mappings, hence this.
 */
function renderBlock(value, layout, quoteKeys = false) {
    const scalar = (item) => {
        if (typeof item === 'string' && (quoteKeys || item.includes('\n')))
            return JSON.stringify(item);
        const shown = stringify(item, scalarOptions).trimEnd();
        return shown.includes('\n') ? JSON.stringify(item) : shown;
    };
    const key = (name) => (quoteKeys ? JSON.stringify(name) : stringify(name, scalarOptions).trimEnd());
    const pad = (lines, spaces) => lines.map((line) => ' '.repeat(spaces) + line);
    const lines = (item) => {
        if (Array.isArray(item)) {
            if (item.length === 0)
                return ['[]'];
            return item.flatMap((entry) => {
                if (Array.isArray(entry) || (isPlainObject(entry) && Object.keys(entry).length === 0))
                    return [`- ${renderFlow(entry, layout.flowPadding)}`];
                const [first = '', ...rest] = isPlainObject(entry) ? lines(entry) : [scalar(entry)];
                return [`- ${first}`, ...pad(rest, 2)];
            });
        }
        if (isPlainObject(item)) {
            if (Object.keys(item).length === 0)
                return ['{}'];
            return Object.entries(item).flatMap(([name, entry]) => {
                if (Array.isArray(entry) && entry.length > 0)
                    return [`${key(name)}:`, ...pad(lines(entry), layout.indentSeq ? layout.step : 0)];
                if (isPlainObject(entry) && Object.keys(entry).length > 0)
                    return [`${key(name)}:`, ...pad(lines(entry), layout.step)];
                return [`${key(name)}: ${lines(entry)[0] ?? ''}`];
            });
        }
        return [scalar(item)];
    };
    return lines(value);
}
function isPlainObject(value) {
    return typeof value === 'object' && value !== null && !Array.isArray(value);
}
function renderKey(key, siblings) {
    return quotedKeys(siblings) ? JSON.stringify(key) : stringify(key, scalarOptions).trimEnd();
}
/** True when every key of the mapping is double-quoted: new keys are written so too. */
function quotedKeys(items) {
    return items.length > 0 && items.every((pair) => isScalar(pair.key) && pair.key.type === 'QUOTE_DOUBLE');
}
/** How the file lays out what a fix adds: its line breaks, its indentation step, its sequences' indentation. */
function layoutOf(text, documents) {
    const newline = text.indexOf('\n');
    const eol = newline > 0 && text[newline - 1] === '\r' ? '\r\n' : '\n';
    let step;
    let indentSeq;
    let flowPadding;
    const visit = (node, keyColumn, depth) => {
        if ((step !== undefined && indentSeq !== undefined && flowPadding !== undefined) || depth > 64)
            return;
        if ((isMap(node) || isSeq(node)) && node.flow && node.items.length > 0 && flowPadding === undefined)
            flowPadding = text[(node.range?.[0] ?? 0) + 1] === ' ';
        if (isMap(node)) {
            const first = node.items[0]?.key;
            const column = first?.range && !node.flow ? columnOf(text, first.range[0]) : undefined;
            if (column !== undefined && keyColumn !== undefined && step === undefined && column > keyColumn)
                step = column - keyColumn;
            for (const pair of node.items)
                visit(pair.value, node.flow || !pair.key?.range ? undefined : columnOf(text, pair.key.range?.[0] ?? 0), depth + 1);
        }
        else if (isSeq(node)) {
            if (!node.flow && keyColumn !== undefined && indentSeq === undefined) {
                const first = node.items[0];
                const dash = first?.range ? lastDashBefore(text, first.range[0]) : undefined;
                if (dash !== undefined)
                    indentSeq = columnOf(text, dash) > keyColumn;
            }
            for (const item of node.items)
                visit(item, undefined, depth + 1);
        }
    };
    for (const document of documents)
        visit(document.contents, undefined, 0);
    return { eol, step: step ?? 2, indentSeq: indentSeq ?? true, flowPadding: flowPadding ?? true };
}
