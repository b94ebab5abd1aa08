import { exactSize, ownCopy, ownRef } from '../engine/own-copy.js';
import { refOf } from '../model/object-index.js';
import { Composer, Parser, Document as YamlDocument, Schema, isAlias, isCollection, isMap, isScalar, isSeq, } from 'yaml';
import { isRecord, markParsedWithoutNulls, setOwnField } from '../model/kinds.js';
import { isLineTerminator, isRegExpSpace } from '../model/text-scan.js';
import { digestOf, textDigest } from '../engine/text-digest.js';
import { PositionRecorder } from './positions.js';
import { parseFast } from './fast-yaml.js';
import { goFloatKey, kubernetesTags, plainIntPattern } from './scalars.js';
import { parseDockerfile } from './dockerfile.js';
import { isDockerfilePath } from '../model/dockerfile.js';
/**
 * A source whose line starts are counted when first asked for, or when its text is let go: placing a finding
 * needs them, the parse does not. A plain file's text is let go of once it is parsed (releaseText), and the
 * rest once its unit is checked (releaseChecked).
 */
class CountedSource {
    file;
    held;
    counted;
    digested;
    constructor(file, text, 
    /** When they were counted already: by the yaml package's parser, the cache, a worker thread. */
    counted) {
        this.file = file;
        this.held = text;
        this.counted = counted;
    }
    get text() {
        return this.held;
    }
    get lineStarts() {
        return (this.counted ??= lineStartsOf(this.held));
    }
    /** The digest of the text as it was parsed (digestOf), for --fix to compare the file with. */
    get digest() {
        return (this.digested ??= digestOf(this.held));
    }
    /** `table`, the file's position table, shares one buffer with the line starts where both fit in 16 bits. */
    releaseText(table) {
        if (this.held === '')
            return; // let go of already
        this.digested ??= digestOf(this.held);
        const lineStarts = this.lineStarts;
        this.held = '';
        const nodes = table?.nodes;
        if (!table || !(nodes instanceof Uint16Array) || (lineStarts[lineStarts.length - 1] ?? 0) > 0xffff) {
            this.counted = compactLineStarts(lineStarts);
            return;
        }
        // Their lifetimes are the same (releaseChecked), and each buffer costs 120 bytes beside its numbers.
        const both = slabArray(nodes.length + lineStarts.length);
        both.set(nodes);
        both.set(lineStarts, nodes.length);
        table.nodes = both.subarray(0, nodes.length);
        this.counted = both.subarray(nodes.length);
    }
    release() {
        this.held = '';
        this.counted = undefined;
    }
}
/**
 * A list of `length` 16-bit numbers, most of them cut from a buffer shared with the files parsed before and
 * after (whose units are checked, and let go of them, at about the same time): a buffer of its own cost 120
 * bytes beside its numbers, for a file's 900 bytes of positions and line starts. Nothing copies these lists
 * to another thread (a copy of a view takes its whole buffer): worker threads get objects, not positions.
 */
function slabArray(length) {
    const bytes = length * 2;
    if (bytes > slabBytes / 8)
        return new Uint16Array(length);
    if (!slab || slabUsed + bytes > slabBytes) {
        slab = new ArrayBuffer(slabBytes);
        slabUsed = 0;
    }
    const array = new Uint16Array(slab, slabUsed, length);
    slabUsed += bytes;
    return array;
}
const slabBytes = 256 * 1024;
let slab;
let slabUsed = 0;
/**
 * Lets go of a parsed file's text, keeping what placing its findings and fixes needs of it: its line starts
 * and its digest. The objects hold copies of their strings, not views into the text (see ownCopy), so the
 * text is garbage from here on. Before, every file's text stayed until its unit was checked: at the start of
 * the checks, a quarter of a large run's heap.
 */
export function releaseText(parsed) {
    if (parsed.source instanceof CountedSource)
        parsed.source.releaseText(parsed.objects[0]?.positions.table);
}
/** The digest of the text a source was parsed from, after its text is let go too. */
export function sourceDigest(source) {
    return source instanceof CountedSource ? source.digest : textDigest(source.text);
}
/** A source of `text`, with its line starts when they were counted already (the cache, a worker thread). */
export function sourceOf(file, text, lineStarts) {
    return new CountedSource(file, text, lineStarts);
}
/**
 * Lets go of what a file holds only for its own unit's checks, once they have run: its objects' position
 * tables, its line starts and its text if it still has it (see releaseText). The objects stay, to answer
 * other units' questions; nothing after the checks places a finding in the file or reads its text (lintScopes
 * keeps the text of a file that holds comment directives). A Dockerfile keeps its own.
 */
export function releaseChecked(parsed) {
    for (const entry of parsed.objects)
        entry.positions = releasedPositions;
    if (parsed.source instanceof CountedSource)
        parsed.source.release();
}
/**
 * Lets go of a file's objects once no scope reads them, its own or one that borrows them: what the run still
 * says of each is its reference (LintResult.objects), which the stand-in keeps.
 */
export function releaseRead(parsed) {
    for (const entry of parsed.objects)
        entry.object = referenceOf(entry.object);
}
/** An object with only what refOf reads of it, in strings of its own (ownRef). */
function referenceOf(object) {
    const { apiVersion, kind, namespace, name } = ownRef(refOf(object));
    return { apiVersion, kind, metadata: { name, namespace } };
}
const releasedPositions = { table: { nodes: new Int32Array(0), keys: [] }, root: 0 };
/**
 * Deepest nesting of mappings and sequences a document may have, aliases expanded. Real manifests stay
 * under 40 (CRD schemas are the deepest); the limit keeps every recursive walk far from the stack's end.
 */
export const maxNestingDepth = 200;
/**
 * How many nodes aliases may add to one document, and to one file, once expanded: this many, plus ten
 * for each node written. A billion-laughs bomb grows exponentially and soon crosses it; a file that
 * reuses an anchor often stays within.
 */
export const maxAliasNodesPerDocument = 100_000;
export const maxAliasNodesPerFile = 1_000_000;
const aliasNodesPerWrittenNode = 10;
const kubernetesSchema = new Schema({
    schema: 'core',
    resolveKnownTags: false,
    customTags: (tags) => [
        ...tags.filter((tag) => typeof tag !== 'string' && ['tag:yaml.org,2002:map', 'tag:yaml.org,2002:seq', 'tag:yaml.org,2002:str'].includes(tag.tag)),
        ...kubernetesTags,
    ],
});
const parseOptions = {
    // The yaml package compares each key with every earlier one (150,000 keys take minutes); the
    // converter below finds repeated keys with a set instead.
    uniqueKeys: false,
    prettyErrors: false,
    logLevel: 'error',
    strict: true,
    schema: kubernetesSchema,
};
/**
 * Parses every document of a YAML (or JSON) text into Kubernetes objects, with the scalar semantics
 * Kubernetes itself applies (see kubernetesTags). Documents that are not Kubernetes objects are skipped
 * silently; a document with a syntax error contributes a problem instead of objects, and the other
 * documents still count. A duplicate key alone does not stop the document from being linted: the
 * parser keeps the last value, as kubectl does. `carried` are problems found while reading the file
 * (not UTF-8), reported first.
 */
export function parseSource(file, read, carried = []) {
    return parseText(file, read, carried, true);
}
/**
 * parseSource with the yaml package's documents for every file, as before the fast reader: the reference
 * that test/fast-yaml.test.ts holds the fast reader to.
 */
export function parseSourceWithDocuments(file, read, carried = []) {
    return parseText(file, read, carried, false);
}
function parseText(path, read, carried, fast) {
    // Findings and listed objects keep the name to the end of the run; not the longer path it was cut from.
    const file = ownCopy(path);
    // A Dockerfile is one pseudo-object (src/model/dockerfile.ts): parsed here, so that workers and the cache take it as they take YAML.
    if (isDockerfilePath(file))
        return parseDockerfile(file, read, carried);
    let text = read;
    const problems = [...carried];
    const objects = [];
    let control;
    if (isJsonFile(file)) {
        const problem = jsonProblem(text);
        if (problem) {
            return { source: new CountedSource(file, text), objects, problems: [...problems, problem] };
        }
    }
    else {
        text = normalizeLineBreaks(text);
        control = controlCharacterProblem(text);
        if (control)
            problems.push(control);
    }
    const documents = fast && !control ? parseFast(text) : undefined;
    if (documents) {
        const source = new CountedSource(file, text);
        const recorder = new PositionRecorder(source);
        const found = [];
        documents.forEach((document, documentIndex) => {
            problems.push(...document.duplicates);
            let root;
            let sourceComment;
            for (const [object, basePath] of kubernetesObjectsIn(document.value)) {
                if (!document.sawNull)
                    markParsedWithoutNulls(object);
                if (root === undefined) {
                    root = recorder.addNodes(document.nodes, document.keySlots, document.keys);
                    sourceComment = sourceCommentOf(document.commentBefore);
                }
                found.push({ object, basePath, documentIndex, root, sourceComment });
            }
        });
        return withObjects(source, recorder, found, problems);
    }
    const lineStarts = [];
    const list = parseDocuments(text, lineStarts);
    const source = new CountedSource(file, text, lineStarts);
    const recorder = new PositionRecorder(source);
    const found = [];
    const budget = { aliasNodes: 0, writtenNodes: 0 };
    list.forEach((document, documentIndex) => {
        // After the first syntax error the parser's further complaints are mostly its consequences.
        const firstSyntaxError = document.errors[0];
        if (firstSyntaxError) {
            const [start, end] = firstSyntaxError.pos;
            const nesting = firstSyntaxError.code === 'RESOURCE_EXHAUSTION';
            problems.push(nesting ? { code: 'NESTING_LIMIT', message: nestingMessage, start, end } : { code: firstSyntaxError.code, message: firstLine(firstSyntaxError.message), start, end });
            return;
        }
        let value;
        let converter;
        try {
            converter = new Converter(document, budget, text, problems);
            value = converter.value();
        }
        catch (error) {
            if (!(error instanceof ConversionError))
                throw error;
            problems.push(error.problem);
            return;
        }
        let root;
        let sourceComment;
        for (const [object, basePath] of kubernetesObjectsIn(value)) {
            if (!converter.sawNull)
                markParsedWithoutNulls(object);
            if (root === undefined) {
                root = recorder.add(document.contents);
                sourceComment = sourceCommentOf(document.contents?.commentBefore ?? document.commentBefore);
            }
            found.push({ object, basePath, documentIndex, root, sourceComment });
        }
    });
    return withObjects(source, recorder, found, problems);
}
function withObjects(source, recorder, found, problems) {
    const table = recorder.table();
    const objects = found.map(({ object, basePath, documentIndex, root, sourceComment }) => ({
        object,
        source,
        positions: { table, root },
        documentIndex,
        basePath,
        ...(sourceComment !== undefined && { sourceComment }),
    }));
    return { source, objects, problems: problems.length === 0 ? noProblems : problems };
}
/** The problems of a file that has none: one list for all (84,000 files of the 8x monorepo). */
export const noProblems = Object.freeze([]);
/**
 * The values of every document of a YAML text that a render tool reads as configuration (a kustomization,
 * a generator's config, an origin annotation), with the scalars Kubernetes' YAML library gives them, as
 * kustomize reads them; undefined when the text cannot be read. Through the one-pass reader when the text
 * is in its subset, else the yaml package, whose partial values of a broken document count.
 */
export function parseYamlValues(text) {
    const fast = parseFast(text);
    if (fast)
        return fast.flatMap((document) => (document.value === undefined ? [] : [document.value]));
    try {
        return parseDocuments(text, []).map((document) => document.toJS({ maxAliasCount: 100 }));
    }
    catch {
        return undefined;
    }
}
/**
 * parseAllDocuments, less the cost of hopeless input: stray-token errors past the first few of a
 * document are dropped before composing (only the first is reported), and errors are created without
 * stack traces. A megabyte of `{{ .Values }}` makes 400,000 of them.
 */
function parseDocuments(text, lineStarts) {
    const stackTraceLimit = Error.stackTraceLimit;
    Error.stackTraceLimit = 0;
    try {
        const composer = new Composer(parseOptions);
        return [...composer.compose(withFewStrayErrors(new Parser((offset) => lineStarts.push(offset)).parse(text)))];
    }
    finally {
        Error.stackTraceLimit = stackTraceLimit;
    }
}
function* withFewStrayErrors(tokens) {
    let errors = 0;
    for (const token of tokens) {
        if (token.type === 'document' || token.type === 'doc-end')
            errors = 0;
        else if (token.type === 'error' && ++errors > 10)
            continue;
        yield token;
    }
}
const nestingMessage = `Mappings and sequences nested deeper than ${maxNestingDepth} levels`;
class ConversionError extends Error {
    problem;
    constructor(problem) {
        super(problem.message);
        this.problem = problem;
    }
}
/**
 * Turns a parsed document into the JSON value sigs.k8s.io/yaml would produce: keys as strings (`on:`
 * becomes "true"), merge keys applied as go-yaml v2 applies them, and aliases shared rather than copied
 * but counted as if they were copied, so that an alias bomb or a nesting too deep stops here, at the
 * node that crosses the limit, instead of in a check.
 */
class Converter {
    document;
    budget;
    text;
    problems;
    anchors = new Map();
    converted = new Map();
    aliasNodes = 0;
    writtenNodes = 0;
    /** Whether a value of the document is null (an empty node or null, ~): read once it is converted. */
    sawNull = false;
    constructor(document, budget, text, 
    /** Where repeated keys go: they do not stop the conversion, the last value wins as in kubectl. */
    problems) {
        this.document = document;
        this.budget = budget;
        this.text = text;
        this.problems = problems;
    }
    value() {
        try {
            return this.convert(this.document.contents, 0).value;
        }
        catch (error) {
            if (!(error instanceof RangeError))
                throw error;
            // The depth limit keeps recursion shallow; this is the last line of defence.
            const [start] = this.document.range ?? [0];
            throw new ConversionError({ code: 'NESTING_LIMIT', message: nestingMessage, start, end: start });
        }
    }
    convert(node, depth) {
        if (isAlias(node))
            return this.alias(node, depth);
        if (!isScalar(node) && !isCollection(node)) {
            this.sawNull = true;
            return { value: null, size: 1, height: 0 };
        }
        if (node.anchor)
            this.anchors.set(node.anchor, node);
        this.writtenNodes++;
        this.budget.writtenNodes++;
        let result;
        if (isScalar(node)) {
            if (node.value === null)
                this.sawNull = true;
            result = { value: node.value, size: 1, height: 0 };
        }
        else {
            if (depth >= maxNestingDepth)
                this.fail('NESTING_LIMIT', nestingMessage, node);
            result = isMap(node) ? this.map(node, depth) : this.seq(node, depth);
        }
        if (node.anchor)
            this.converted.set(node, result);
        return result;
    }
    alias(alias, depth) {
        const target = this.anchors.get(alias.source);
        if (!target)
            this.fail('ALIAS_UNKNOWN', `Unknown anchor "${alias.source}" referenced by an alias`, alias);
        const converted = this.converted.get(target);
        if (!converted)
            this.fail('ALIAS_CYCLE', `The value of anchor "${alias.source}" contains itself`, alias);
        if (depth + converted.height > maxNestingDepth)
            this.fail('NESTING_LIMIT', nestingMessage, alias);
        this.aliasNodes += converted.size;
        this.budget.aliasNodes += converted.size;
        if (this.aliasNodes > maxAliasNodesPerDocument + aliasNodesPerWrittenNode * this.writtenNodes ||
            this.budget.aliasNodes > maxAliasNodesPerFile + aliasNodesPerWrittenNode * this.budget.writtenNodes) {
            this.fail('ALIAS_LIMIT', 'Too many alias expansions', alias);
        }
        return converted;
    }
    map(map, depth) {
        const object = {};
        const written = new Set();
        let size = 1;
        let height = 1;
        for (const pair of map.items) {
            if (isMergeKey(pair.key)) {
                const merged = this.merge(pair.value, depth);
                for (const source of merged) {
                    for (const [key, value] of Object.entries(source.value))
                        setOwnField(object, key, value);
                    size += source.size;
                    height = Math.max(height, source.height);
                }
                continue;
            }
            const key = this.key(pair.key, depth);
            if (written.has(key))
                this.duplicate(pair.key);
            written.add(key);
            const value = this.convert(pair.value, depth + 1);
            setOwnField(object, key, value.value);
            size += value.size + 1;
            height = Math.max(height, value.height + 1);
        }
        return { value: object, size, height };
    }
    seq(seq, depth) {
        const array = [];
        let size = 1;
        let height = 1;
        for (const item of seq.items) {
            const value = this.convert(item, depth + 1);
            array.push(value.value);
            size += value.size;
            height = Math.max(height, value.height + 1);
        }
        return { value: array, size, height };
    }
    /**
     * go-yaml v2 applies `<<` where it stands: its keys overwrite the ones written before it, the ones
     * after it win; in a sequence of maps the earlier maps win.
     */
    merge(node, depth) {
        const sources = isSeq(node) ? [...node.items].reverse() : [node];
        return sources.map((source) => {
            const merged = isAlias(source) || isMap(source) ? this.convert(source, depth) : undefined;
            if (!merged || !isRecord(merged.value)) {
                this.fail('MERGE_NOT_MAP', 'A merge key (<<) needs a mapping, an alias of one, or a sequence of them', isNodeLike(source) ? source : node);
            }
            return merged;
        });
    }
    /** A key as sigs.k8s.io/yaml writes it into JSON. */
    key(node, depth) {
        this.writtenNodes++;
        this.budget.writtenNodes++;
        const key = isAlias(node) ? this.alias(node, depth) : undefined;
        const target = isAlias(node) ? this.anchors.get(node.source) : node;
        if (isCollection(target))
            return flowText(target);
        const value = key ? key.value : isScalar(node) ? node.value : null;
        if (value === null || value === undefined)
            return '';
        if (typeof value === 'number' && isScalar(target) && !plainIntPattern.test(String(target.source).replace(/_/g, '')))
            return goFloatKey(value);
        return String(value);
    }
    /** Keys equal once written as JSON repeat each other: `on` and `true`, `1` and `"1"`. */
    duplicate(key) {
        const [start, end] = (isNodeLike(key) ? key.range : undefined) ?? this.document.range ?? [0, 0];
        const written = this.text.slice(start, end);
        const shown = /^["']/.test(written) ? written : JSON.stringify(written);
        this.problems.push({ code: 'DUPLICATE_KEY', message: `Duplicate key ${shown}`, start, end });
    }
    fail(code, message, node) {
        const [start, end] = (isNodeLike(node) ? node.range : undefined) ?? this.document.range ?? [0, 0];
        throw new ConversionError({ code, message, start, end: code === 'NESTING_LIMIT' ? start + 1 : end });
    }
}
function isNodeLike(node) {
    return isScalar(node) || isCollection(node) || isAlias(node);
}
function isMergeKey(key) {
    return isScalar(key) && key.type === 'PLAIN' && key.source === '<<';
}
/** A mapping or sequence used as a key: the yaml package's flow rendering, as before. */
function flowText(node) {
    return new YamlDocument(node).toString({ collectionStyle: 'flow', lineWidth: 0 }).replace(/\n$/, '');
}
function* kubernetesObjectsIn(value) {
    if (!isKubeObject(value))
        return;
    const items = value['items'];
    if (value.kind.endsWith('List') && Array.isArray(items)) {
        for (const [i, item] of items.entries())
            if (isKubeObject(item))
                yield [item, ['items', i]];
        return;
    }
    yield [value, documentRoot];
}
/** The path of an object that is its document: one list for all of them, as a repository holds many. */
const documentRoot = Object.freeze([]);
function isKubeObject(value) {
    return isRecord(value) && typeof value['apiVersion'] === 'string' && typeof value['kind'] === 'string';
}
/**
 * go-yaml refuses a stream holding a control character (other than tab and line breaks), DEL, a C1
 * control other than NEL, or U+FFFE/U+FFFF; the yaml package takes them silently.
 */
function controlCharacterProblem(text) {
    // eslint-disable-next-line no-control-regex -- finding control characters is the point
    const match = /[\0-\x08\x0B\x0C\x0E-\x1F\x7F-\x84\x86-\x9F\uFFFE\uFFFF]/.exec(text);
    if (!match)
        return undefined;
    const code = match[0].charCodeAt(0).toString(16).toUpperCase().padStart(4, '0');
    return {
        code: 'CONTROL_CHARACTER',
        message: `Control character U+${code} is not allowed in YAML`,
        start: match.index,
        end: match.index + 1,
    };
}
/** The offset each line of `text` starts at. */
function lineStartsOf(text) {
    const lineStarts = [0];
    for (let i = text.indexOf('\n'); i !== -1; i = text.indexOf('\n', i + 1))
        lineStarts.push(i + 1);
    return exactSize(lineStarts);
}
/** Line starts in two bytes each where all fit (a file under 64 KiB, most manifests), four otherwise. */
function compactLineStarts(lineStarts) {
    const last = lineStarts[lineStarts.length - 1] ?? 0;
    return last <= 0xffff ? Uint16Array.from(lineStarts) : Uint32Array.from(lineStarts);
}
/**
 * The template path of Helm's `# Source: chart/templates/x.yaml` comment: the first `Source:` with only
 * spaces before it on its line, then, past any spaces (line breaks too), the rest of that line less its
 * trailing spaces. What `/^\s*Source:\s*(\S.*?)\s*$/m` found, in one pass where the expression took
 * time quadratic in a run of spaces.
 */
function sourceCommentOf(comment) {
    if (!comment)
        return undefined;
    let lineStart = true; // only spaces since the start of the comment or of a line
    for (let i = 0; i < comment.length; i++) {
        const code = comment.charCodeAt(i);
        if (isLineTerminator(code))
            lineStart = true;
        else if (isRegExpSpace(code))
            continue;
        else if (lineStart && comment.startsWith('Source:', i))
            return ownCopy(sourcePathAfter(comment, i + 'Source:'.length));
        else
            lineStart = false;
    }
    return undefined;
}
function sourcePathAfter(comment, from) {
    let start = from;
    while (start < comment.length && isRegExpSpace(comment.charCodeAt(start)))
        start++;
    if (start === comment.length)
        return undefined;
    let end = start;
    while (end < comment.length && !isLineTerminator(comment.charCodeAt(end)))
        end++;
    return comment.slice(start, end).trimEnd();
}
/** go-yaml ends a line at a lone CR too; the yaml package does not. Same length, so offsets hold. */
export function normalizeLineBreaks(text) {
    return text.includes('\r') ? text.replace(/\r(?!\n)/g, '\n') : text;
}
export function isJsonFile(file) {
    return file.toLowerCase().endsWith('.json');
}
/**
 * YAML accepts more than JSON does, so a .json file is held to JSON's own grammar first: an empty file
 * or a trailing comma is an error kubectl would report too. A byte order mark is not JSON, but kubectl
 * reads such a file as YAML, which allows it.
 */
function jsonProblem(text) {
    const bom = text.startsWith('\uFEFF') ? 1 : 0;
    if (text.trim() === '')
        return { code: 'JSON_EMPTY', message: 'Empty JSON file: a .json manifest must hold a JSON value', start: 0, end: 0 };
    try {
        JSON.parse(bom ? text.slice(bom) : text);
        return undefined;
    }
    catch (error) {
        const message = error instanceof Error ? error.message : String(error);
        const position = /position (\d+)/.exec(message);
        const start = (position ? Number(position[1]) : 0) + bom;
        const reason = message
            .replace(/ in JSON at position \d+.*$/s, '')
            .replace(/, ".*" is not valid JSON$/s, '')
            .replace(/\n/g, '\\n');
        return { code: 'JSON_SYNTAX', message: `Invalid JSON: ${reason}`, start, end: start + 1 };
    }
}
function firstLine(message) {
    return message.split('\n')[0]?.replace(/ at line \d+, column \d+:?$/, '') ?? message;
}
