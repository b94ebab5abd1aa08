import { isDeepStrictEqual } from 'node:util';
import { Shape } from '../../src/engine/locate.js';
import { isParsedWithoutNulls } from '../../src/model/kinds.js';
import { parseFast } from '../../src/load/fast-yaml.js';
import { isJsonFile, normalizeLineBreaks, parseSource, parseSourceWithDocuments } from '../../src/load/parse.js';
/** parseSource against the yaml package's documents (parseSourceWithDocuments) on one text. */
export function compareWithDocuments(file, text) {
    const fast = !isJsonFile(file) && parseFast(normalizeLineBreaks(text)) !== undefined;
    // Without the fast reader both are the same code: nothing to compare.
    if (!fast)
        return { fast, differences: [] };
    return { fast, differences: differences(parseSource(file, text), parseSourceWithDocuments(file, text)) };
}
/**
 * Every difference a lint could see: objects (values, key order, -0 and NaN), the problems, the line
 * starts, each object's document, path, Helm source comment and null mark, and its document's positions
 * node by node (see samePositions).
 */
export function differences(actual, expected) {
    const found = [];
    const text = expected.source.text;
    if (actual.source.text !== text)
        found.push('source text');
    if (!isDeepStrictEqual(Array.from(actual.source.lineStarts), Array.from(expected.source.lineStarts)))
        found.push('line starts');
    if (!isDeepStrictEqual(actual.problems, expected.problems))
        found.push(`problems: ${JSON.stringify(actual.problems)} != ${JSON.stringify(expected.problems)}`);
    if (actual.objects.length !== expected.objects.length) {
        found.push(`${actual.objects.length} objects != ${expected.objects.length}`);
        return found;
    }
    actual.objects.forEach((object, i) => {
        const reference = expected.objects[i];
        if (!reference)
            return;
        const at = `object ${i}`;
        if (!isDeepStrictEqual(object.object, reference.object) || JSON.stringify(object.object) !== JSON.stringify(reference.object)) {
            found.push(`${at}: value ${JSON.stringify(object.object).slice(0, 300)} != ${JSON.stringify(reference.object).slice(0, 300)}`);
        }
        if (isParsedWithoutNulls(object.object) !== isParsedWithoutNulls(reference.object))
            found.push(`${at}: null mark`);
        if (object.documentIndex !== reference.documentIndex)
            found.push(`${at}: document ${object.documentIndex} != ${reference.documentIndex}`);
        if (!isDeepStrictEqual(object.basePath, reference.basePath))
            found.push(`${at}: base path`);
        if (object.sourceComment !== reference.sourceComment)
            found.push(`${at}: source comment ${String(object.sourceComment)} != ${String(reference.sourceComment)}`);
        const positions = samePositions(text, object.positions.table, object.positions.root, reference.positions.table, reference.positions.root);
        if (positions)
            found.push(`${at}: positions: ${positions}`);
    });
    return found;
}
/**
 * Walks two position tables side by side from their roots: the same shapes, keys, counts, and offsets,
 * except the end of a block mapping or sequence, where both must reach at least the end of the
 * collection's first line (locate reads no further: see fast-yaml.ts). Returns the first difference.
 */
export function samePositions(text, a, aAt, b, bAt) {
    const shape = a.nodes[aAt];
    const at = `node at offset ${b.nodes[bAt + 1]}`;
    if (shape !== b.nodes[bAt])
        return `${at}: shape ${shape} != ${b.nodes[bAt]}`;
    if (shape === Shape.none)
        return undefined;
    if (a.nodes[aAt + 1] !== b.nodes[bAt + 1])
        return `${at}: start ${a.nodes[aAt + 1]}`;
    const aEnd = a.nodes[aAt + 2] ?? 0;
    const bEnd = b.nodes[bAt + 2] ?? 0;
    if (shape === Shape.map || shape === Shape.seq) {
        const lineEnd = text.indexOf('\n', b.nodes[bAt + 1]);
        const firstLineEnd = lineEnd === -1 ? text.length : lineEnd;
        if (aEnd !== bEnd && (aEnd < firstLineEnd || bEnd < firstLineEnd))
            return `${at}: end ${aEnd} / ${bEnd} before the end of the first line ${firstLineEnd}`;
    }
    else if (aEnd !== bEnd)
        return `${at}: end ${aEnd} != ${bEnd}`;
    if (shape === Shape.scalar || shape === Shape.other)
        return undefined;
    const count = a.nodes[aAt + 4] ?? 0;
    if (count !== b.nodes[bAt + 4])
        return `${at}: ${count} children != ${b.nodes[bAt + 4]}`;
    let aChild = aAt + 5;
    let bChild = bAt + 5;
    const isMap = shape === Shape.map || shape === Shape.oneLineFlowMap;
    for (let i = 0; i < count; i++) {
        if (isMap) {
            const aKey = a.keys[a.nodes[aChild] ?? -1];
            const bKey = b.keys[b.nodes[bChild] ?? -1];
            if (aKey !== bKey)
                return `${at}: key ${i} ${aKey} != ${bKey}`;
            if (a.nodes[aChild + 1] !== b.nodes[bChild + 1] || a.nodes[aChild + 2] !== b.nodes[bChild + 2])
                return `${at}: key ${bKey} range`;
            aChild += 3;
            bChild += 3;
        }
        const difference = samePositions(text, a, aChild, b, bChild);
        if (difference)
            return difference;
        aChild += sizeOf(a, aChild);
        bChild += sizeOf(b, bChild);
    }
    if (aChild !== aAt + (a.nodes[aAt + 3] ?? 0) || bChild !== bAt + (b.nodes[bAt + 3] ?? 0))
        return `${at}: size`;
    return undefined;
}
function sizeOf(table, at) {
    const shape = table.nodes[at];
    if (shape === Shape.none)
        return 1;
    if (shape === Shape.scalar || shape === Shape.other)
        return 3;
    return table.nodes[at + 3] ?? 1;
}
