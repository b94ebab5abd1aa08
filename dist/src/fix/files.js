import { lstatSync, readFileSync, realpathSync, writeFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { STDIN_NAME } from '../engine/finding.js';
import { textDigest } from '../engine/text-digest.js';
import { escapeFrom } from '../load/confine.js';
import { isJsonFile } from '../load/parse.js';
import { decodeSource, firstInvalidUtf8 } from '../load/read.js';
import { applyFixes } from './apply.js';
/** The fixes of the findings that --fix writes into `file`, in the findings' order (the first wins). */
export function fixesIn(findings, file) {
    const entries = [];
    for (const finding of findings) {
        const fix = finding.fix;
        if (!fix?.at || fix.file !== file)
            continue;
        // The object the finding names must be the one found there: its kind, and its name unless a build renamed it.
        const expect = finding.object ? { kind: finding.object.kind, name: finding.rendered ? undefined : finding.object.name } : undefined;
        entries.push({ document: fix.at.document, basePath: fix.at.basePath, edits: fix.edits, add: fix.add, expect, finding });
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
export function planFixes(findings, options) {
    const byFile = new Map();
    const suggestions = [];
    for (const finding of findings) {
        if (!finding.fix)
            continue;
        if (!finding.fix.at) {
            suggestions.push(finding);
            continue;
        }
        const list = byFile.get(finding.fix.file);
        if (list)
            list.push(finding);
        else
            byFile.set(finding.fix.file, [finding]);
    }
    const plan = { changes: [], skipped: [], suggestions };
    for (const [file, list] of byFile) {
        const read = readForFix(file, list, options);
        if ('reason' in read) {
            plan.skipped.push({ file, reason: read.reason, findings: list });
            continue;
        }
        const entries = fixesIn(list, file);
        const result = applyFixes(read.text, entries);
        if (result.problem !== undefined) {
            plan.skipped.push({ file, reason: result.problem, findings: list });
            continue;
        }
        const fixed = entries.filter((_, i) => result.applied[i]).map((entry) => entry.finding);
        const notApplied = entries.filter((_, i) => !result.applied[i]).map((entry) => entry.finding);
        if (notApplied.length > 0)
            plan.skipped.push({ file, reason: 'the fix does not fit the file as it is written (an alias, a merge key, a value of another shape)', findings: notApplied });
        if (result.text !== read.text)
            plan.changes.push({ file, before: read.text, after: result.text, replacements: result.replacements, fixed, bytes: read.bytes, bom: read.bom });
    }
    return plan;
}
/** Writes the planned changes; a file that changed on disk since it was read is left alone. */
export function writeFixes(plan, cwd) {
    const written = [];
    const skipped = [];
    for (const change of plan.changes) {
        const path = resolve(cwd, change.file);
        let now;
        try {
            now = readFileSync(path);
        }
        catch (error) {
            skipped.push({ file: change.file, reason: `cannot read it again: ${error.code ?? String(error)}`, findings: change.fixed });
            continue;
        }
        if (!now.equals(change.bytes)) {
            skipped.push({ file: change.file, reason: 'it changed on disk during the run', findings: change.fixed });
            continue;
        }
        try {
            writeFileSync(path, change.bom ? `\uFEFF${change.after}` : change.after);
        }
        catch (error) {
            skipped.push({ file: change.file, reason: `cannot write it: ${error.code ?? String(error)}`, findings: change.fixed });
            continue;
        }
        written.push(change);
    }
    return { written, skipped };
}
/** The text of a file to fix, as it was linted, or why it is not fixed. */
function readForFix(file, findings, options) {
    if (file === STDIN_NAME)
        return { reason: 'standard input' };
    if (isJsonFile(file))
        return { reason: 'a JSON file (--fix edits YAML only)' };
    const path = resolve(options.cwd, file);
    if (!options.roots.some((root) => escapeFrom(path, root) === undefined))
        return { reason: 'outside the repository' };
    try {
        if (lstatSync(path).isSymbolicLink())
            return { reason: 'a symbolic link' };
        if (realpathSync(path) !== path)
            return { reason: 'reached through a symbolic link' };
    }
    catch (error) {
        return { reason: `cannot read it: ${error.code ?? String(error)}` };
    }
    let bytes;
    try {
        bytes = readFileSync(path);
    }
    catch (error) {
        return { reason: `cannot read it: ${error.code ?? String(error)}` };
    }
    if ((bytes[0] === 0xff && bytes[1] === 0xfe) || (bytes[0] === 0xfe && bytes[1] === 0xff))
        return { reason: 'UTF-16 text' };
    if (firstInvalidUtf8(bytes) !== undefined)
        return { reason: 'not valid UTF-8' };
    const { text } = decodeSource(bytes);
    if (/\r(?!\n)/.test(text))
        return { reason: 'it has line breaks of a lone carriage return' };
    // eslint-disable-next-line no-control-regex -- what the check is for
    if (/[\x00-\x08\x0b\x0c\x0e-\x1f\x7f-\x9f]/.test(text))
        return { reason: 'it holds control characters' };
    const digests = new Set(findings.map((finding) => finding.fix?.at?.digest));
    if (!digests.has(textDigest(text)) || digests.size > 1)
        return { reason: 'it changed since it was linted' };
    const generated = generatedBy(text);
    if (generated)
        return { reason: `a generated file (${generated})` };
    return { text, bytes, bom: bytes[0] === 0xef && bytes[1] === 0xbb && bytes[2] === 0xbf };
}
/** Why a file looks written by a tool, whose next run would undo the fix: saved helm output, a "do not edit" header. */
function generatedBy(text) {
    if (/^# Source: /m.test(text))
        return '# Source: lines of rendered Helm output: fix the chart';
    const header = /^(?:[ \t]*(?:#[^\n]*)?\r?\n)*/.exec(text)?.[0] ?? '';
    if (/\b(?:do not edit|generated by|code generated)\b/i.test(header))
        return 'its header says it is generated';
    return undefined;
}
