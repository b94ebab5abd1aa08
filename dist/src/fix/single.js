import { textDigest } from '../engine/text-digest.js';
import { fixReplacements, parseForFixes } from './apply.js';
import { fixesIn } from './files.js';
/**
 * Each fixable finding's fix applied alone to the file it edits, read through `readSource` (the text as a
 * report reads it); a file that is no longer the text linted gives none. Each file is read and parsed once.
 */
export function singleFixes(findings, readSource) {
    const files = new Map();
    const fixes = new Map();
    for (const finding of findings) {
        const fix = finding.fix;
        if (!fix?.at)
            continue;
        if (!files.has(fix.file)) {
            const read = readSource(fix.file);
            const text = read?.replace(/^\uFEFF/, '');
            files.set(fix.file, text === undefined ? undefined : { text, digest: textDigest(text) });
        }
        const file = files.get(fix.file);
        if (!file || file.digest !== fix.at.digest)
            continue;
        file.parsed ??= parseForFixes(file.text);
        const result = fixReplacements(file.text, fixesIn([finding], fix.file), file.parsed);
        if (result.applied[0] && result.replacements.length > 0)
            fixes.set(finding, { text: file.text, replacements: result.replacements });
    }
    return fixes;
}
/** The line starts of the last text regionOf read: a file's fixes come one after another. */
let lineStartsOf;
/** 1-based line and column (UTF-16 code units, SARIF's default) of each end of a replacement. */
export function regionOf(text, replacement) {
    if (lineStartsOf?.text !== text) {
        const starts = [0];
        for (let i = text.indexOf('\n'); i !== -1; i = text.indexOf('\n', i + 1))
            starts.push(i + 1);
        lineStartsOf = { text, starts };
    }
    const { starts } = lineStartsOf;
    const at = (offset) => {
        let low = 0;
        let high = starts.length - 1;
        while (low < high) {
            const middle = (low + high + 1) >> 1;
            if ((starts[middle] ?? 0) <= offset)
                low = middle;
            else
                high = middle - 1;
        }
        return { line: low + 1, column: offset - (starts[low] ?? 0) + 1 };
    };
    const start = at(replacement.start);
    const end = at(replacement.end);
    return { startLine: start.line, startColumn: start.column, endLine: end.line, endColumn: end.column };
}
