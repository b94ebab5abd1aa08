import { createRequire } from 'node:module';
import { dockerfileApiVersion, dockerfileKind, fileNameOf, } from '../model/dockerfile.js';
import { Shape } from '../engine/locate.js';
import { PositionTableWriter } from './positions.js';
/** dockerfile-ast is CommonJS: loaded once, when the first Dockerfile is parsed. */
let parser;
function dockerfileParser() {
    parser ??= createRequire(import.meta.url)('dockerfile-ast').DockerfileParser;
    return parser;
}
/** The instructions Docker knows; any other word at the start of an instruction is an error of `docker build`. */
const keywords = new Set([
    'ADD', 'ARG', 'CMD', 'COPY', 'ENTRYPOINT', 'ENV', 'EXPOSE', 'FROM', 'HEALTHCHECK', 'LABEL', 'MAINTAINER', 'ONBUILD', 'RUN',
    'SHELL', 'STOPSIGNAL', 'USER', 'VOLUME', 'WORKDIR',
]);
/**
 * Parses a Dockerfile into one pseudo-object (see src/model/dockerfile.ts) with the positions of its parts.
 * What `docker build` refuses is a problem at its position, reported by dockerfile-syntax: no FROM, an
 * instruction other than ARG before the first FROM, an unknown instruction. A file with no FROM yields no
 * object. `carried` are the problems found while reading the file (bytes that are not UTF-8).
 */
export function parseDockerfile(file, read, carried = []) {
    // A lone CR ends a line for the parser as for the line table below; same length, so offsets hold.
    const text = read.includes('\r') ? read.replace(/\r(?!\n)/g, '\n') : read;
    const lineStarts = [0];
    for (let i = text.indexOf('\n'); i !== -1; i = text.indexOf('\n', i + 1))
        lineStarts.push(i + 1);
    const source = { file, text, lineStarts };
    const problems = carried.map((problem) => ({ ...problem, code: `DOCKERFILE_${problem.code}` }));
    const offset = (position) => (lineStarts[position.line] ?? text.length) + position.character;
    // dockerfile-ast takes time quadratic in the flags of one instruction (80,000 take 12 s): a file with
    // more than a real one ever has is not handed to it.
    const flood = flagFlood(text);
    if (flood !== undefined) {
        problems.push({ code: 'DOCKERFILE_FLAG_LIMIT', message: `An instruction with more than ${maxFlagsPerInstruction} flags: the file is not linted further`, start: flood, end: flood });
        return { source, objects: [], problems };
    }
    const dockerfile = dockerfileParser().parse(text);
    const tree = new TreeBuilder();
    const args = [];
    const argNodes = [];
    const stages = [];
    const stageNodes = [];
    let current;
    for (const instruction of dockerfile.getInstructions()) {
        const keyword = instruction.getKeyword();
        const range = instruction.getRange();
        const keywordRange = instruction.getInstructionRange();
        if (!keywords.has(keyword)) {
            problems.push({ code: 'DOCKERFILE_UNKNOWN_INSTRUCTION', message: `Unknown instruction ${JSON.stringify(instruction.getInstruction())}`, start: offset(keywordRange.start), end: offset(keywordRange.end) });
            continue;
        }
        if (keyword === 'FROM') {
            const from = instruction;
            const { value, node } = fromOf(from, args, tree, offset);
            const stageName = from.getBuildStage();
            const stageRange = from.getBuildStageRange();
            const stage = { ...(stageName !== null && { name: stageName }), from: value, instructions: [] };
            const entries = [];
            if (stageName !== null && stageRange)
                entries.push(tree.entry('name', stageRange, tree.scalar(stageRange, offset), offset));
            entries.push(tree.entry('from', keywordRange, node, offset));
            const instructions = [];
            const instructionsNode = { shape: 'seq', start: offset(range.start), end: offset(range.end), items: instructions };
            entries.push({ key: 'instructions', keyStart: offset(keywordRange.start), keyEnd: offset(keywordRange.end), value: instructionsNode });
            const stageNode = { shape: 'map', start: offset(range.start), end: offset(range.end), entries };
            stages.push(stage);
            stageNodes.push(stageNode);
            current = { stage, instructions, node: stageNode };
            continue;
        }
        const { value, node } = instructionOf(instruction, tree, offset);
        if (!current) {
            if (keyword === 'ARG') {
                for (const [i, variable] of (value.variables ?? []).entries()) {
                    args.push(variable);
                    argNodes.push(node.shape === 'map' ? (variablesNodeOf(node)?.items[i] ?? node) : node);
                }
            }
            else {
                problems.push({
                    code: 'DOCKERFILE_BEFORE_FROM',
                    message: `${keyword} before the first FROM: only ARG may come before it, docker build refuses the file`,
                    start: offset(keywordRange.start),
                    end: offset(keywordRange.end),
                });
            }
            continue;
        }
        current.stage.instructions.push(value);
        current.instructions.push(node);
        current.node.end = Math.max(current.node.end, offset(range.end));
        const instructionsNode = current.node.entries.find((entry) => entry.key === 'instructions')?.value;
        if (instructionsNode)
            instructionsNode.end = current.node.end;
    }
    if (stages.length === 0) {
        // Without a FROM (a fragment that a script joins to others), that one problem says it: not each line.
        for (let i = problems.length - 1; i >= 0; i--)
            if (problems[i]?.code === 'DOCKERFILE_BEFORE_FROM')
                problems.splice(i, 1);
        problems.push({ code: 'DOCKERFILE_NO_FROM', message: 'No FROM instruction: docker build has no base image to start from', start: 0, end: 0 });
        return { source, objects: [], problems };
    }
    const object = { apiVersion: dockerfileApiVersion, kind: dockerfileKind, metadata: { name: fileNameOf(file) }, args, stages };
    const firstFrom = stageNodes[0]?.start ?? 0;
    const root = {
        shape: 'map',
        start: 0,
        end: text.length,
        entries: [
            { key: 'args', keyStart: argNodes[0]?.start ?? firstFrom, keyEnd: argNodes[0]?.end ?? firstFrom, value: { shape: 'seq', start: argNodes[0]?.start ?? firstFrom, end: firstFrom, items: argNodes } },
            { key: 'stages', keyStart: firstFrom, keyEnd: firstFrom, value: { shape: 'seq', start: firstFrom, end: text.length, items: stageNodes } },
        ],
    };
    const table = tree.table(root);
    const entry = { object, source, positions: { table, root: 0 }, documentIndex: 0, basePath: [] };
    return { source, objects: [entry], problems };
}
/** More flags (`--name=value`) than any real instruction has: a handful, at most a few dozen with --mount. */
export const maxFlagsPerInstruction = 256;
/**
 * The offset of an instruction with more than maxFlagsPerInstruction flags before its arguments, counted
 * across line continuations; undefined when there is none. One pass over the text.
 */
function flagFlood(text) {
    let flags = 0;
    let counting = false; // past the keyword of an instruction, still among its flags
    let instructionStart = 0;
    let lineStart = true;
    let wordStart = true;
    for (let i = 0; i < text.length; i++) {
        const c = text.charCodeAt(i);
        if (c === 0x0a) {
            // A line ending in a backslash continues the instruction; any other ends it.
            let j = i - 1;
            while (j >= 0 && (text.charCodeAt(j) === 0x20 || text.charCodeAt(j) === 0x09 || text.charCodeAt(j) === 0x0d))
                j--;
            if (!(j >= 0 && text.charCodeAt(j) === 0x5c)) {
                counting = false;
                lineStart = true;
            }
            wordStart = true;
            continue;
        }
        if (c === 0x20 || c === 0x09 || c === 0x0d || c === 0x5c) {
            wordStart = true;
            continue;
        }
        if (lineStart) {
            // The keyword of an instruction: the flags come after it.
            lineStart = false;
            counting = true;
            flags = 0;
            instructionStart = i;
            while (i + 1 < text.length && text.charCodeAt(i + 1) !== 0x20 && text.charCodeAt(i + 1) !== 0x09 && text.charCodeAt(i + 1) !== 0x0a)
                i++;
            wordStart = false;
            continue;
        }
        if (wordStart && counting) {
            if (c === 0x2d && text.charCodeAt(i + 1) === 0x2d) {
                if (++flags > maxFlagsPerInstruction)
                    return instructionStart;
            }
            else
                counting = false;
        }
        wordStart = false;
    }
    return undefined;
}
function variablesNodeOf(node) {
    const value = node.entries.find((entry) => entry.key === 'variables')?.value;
    return value?.shape === 'seq' ? value : undefined;
}
function fromOf(from, args, tree, offset) {
    const imageRange = from.getImageRange();
    const image = from.getImage() ?? '';
    const platform = from.getPlatformFlag();
    const { value: resolved, known } = substitute(image, args);
    const value = { image, resolved, known, ...(platform?.getValue() != null && { platform: platform.getValue() ?? '' }) };
    const range = from.getRange();
    const entries = [];
    if (imageRange) {
        entries.push(tree.entry('image', imageRange, tree.scalar(imageRange, offset), offset));
        entries.push(tree.entry('resolved', imageRange, tree.scalar(imageRange, offset), offset));
    }
    const platformRange = platform?.getValueRange() ?? platform?.getRange();
    if (platform && platformRange)
        entries.push(tree.entry('platform', platform.getNameRange(), tree.scalar(platformRange, offset), offset));
    return { value, node: { shape: 'map', start: offset(range.start), end: offset(range.end), entries } };
}
function instructionOf(instruction, tree, offset) {
    const keyword = instruction.getKeyword();
    const keywordRange = instruction.getInstructionRange();
    const argumentsRange = instruction.getArgumentsRange();
    const words = instruction.getArguments();
    const flags = 'getFlags' in instruction && typeof instruction.getFlags === 'function' ? instruction.getFlags() : [];
    const value = {
        keyword,
        arguments: instruction.getArgumentsContent() ?? '',
        words: words.map((word) => word.getValue()),
        flags: flags.map((flag) => {
            const flagValue = flag.getValue();
            return flagValue === null ? { name: flag.getName() } : { name: flag.getName(), value: flagValue };
        }),
    };
    const range = instruction.getRange();
    const entries = [tree.entry('keyword', keywordRange, tree.scalar(keywordRange, offset), offset)];
    if (argumentsRange)
        entries.push(tree.entry('arguments', keywordRange, tree.scalar(argumentsRange, offset), offset));
    const wordRange = (i) => words[i]?.getRange() ?? keywordRange;
    entries.push(tree.entry('words', keywordRange, { shape: 'seq', start: offset(range.start), end: offset(range.end), items: words.map((_, i) => tree.scalar(wordRange(i), offset)) }, offset));
    entries.push(tree.entry('flags', keywordRange, {
        shape: 'seq',
        start: offset(range.start),
        end: offset(range.end),
        items: flags.map((flag) => ({
            shape: 'map',
            start: offset(flag.getRange().start),
            end: offset(flag.getRange().end),
            entries: [
                tree.entry('name', flag.getNameRange(), tree.scalar(flag.getNameRange(), offset), offset),
                ...(flag.getValueRange() ? [tree.entry('value', flag.getNameRange(), tree.scalar(flag.getValueRange() ?? flag.getRange(), offset), offset)] : []),
            ],
        })),
    }, offset));
    if (keyword === 'USER') {
        const written = value.words[0] ?? '';
        const colon = written.indexOf(':');
        value.user = colon === -1 ? written : written.slice(0, colon);
        if (colon !== -1)
            value.group = written.slice(colon + 1);
        const userRange = words[0]?.getRange();
        if (userRange)
            entries.push(tree.entry('user', keywordRange, tree.scalar(userRange, offset), offset));
    }
    if (keyword === 'ARG' || keyword === 'ENV') {
        const properties = keyword === 'ARG' ? [instruction.getProperty()].filter((p) => p !== null) : (instruction.getProperties());
        value.variables = properties.map((property) => {
            const variableValue = property.getValue();
            return variableValue === null ? { name: property.getName() } : { name: property.getName(), default: variableValue };
        });
        entries.push(tree.entry('variables', keywordRange, {
            shape: 'seq',
            start: offset(range.start),
            end: offset(range.end),
            items: properties.map((property) => ({
                shape: 'map',
                start: offset(property.getRange().start),
                end: offset(property.getRange().end),
                entries: [
                    tree.entry('name', property.getNameRange(), tree.scalar(property.getNameRange(), offset), offset),
                    ...(property.getValueRange() ? [tree.entry('default', property.getNameRange(), tree.scalar(property.getValueRange() ?? property.getRange(), offset), offset)] : []),
                ],
            })),
        }, offset));
    }
    return { value, node: { shape: 'map', start: offset(range.start), end: offset(range.end), entries } };
}
/**
 * The image of a FROM with `$NAME`, `${NAME}`, `${NAME:-word}` and `${NAME:+word}` replaced by the
 * defaults of the ARGs declared before the first FROM, as Docker replaces them (the last declaration
 * wins). `known` is false when a name has no default or is not declared: `--build-arg` decides it, which
 * kubeready cannot see. One pass, linear in the text.
 */
export function substitute(image, args) {
    const defaults = new Map();
    for (const arg of args)
        defaults.set(arg.name, arg.default);
    let known = true;
    const lookup = (name) => {
        const found = defaults.get(name);
        if (found === undefined)
            known = false;
        return found;
    };
    let out = '';
    let i = 0;
    while (i < image.length) {
        const c = image[i];
        if (c === '\\' && i + 1 < image.length) {
            out += image[i + 1];
            i += 2;
            continue;
        }
        if (c !== '$') {
            out += c;
            i++;
            continue;
        }
        if (image[i + 1] === '{') {
            const close = image.indexOf('}', i + 2);
            if (close === -1) {
                out += image.slice(i);
                break;
            }
            const body = image.slice(i + 2, close);
            const operator = body.search(/:[-+]/);
            const name = operator === -1 ? body : body.slice(0, operator);
            const set = lookup(name);
            if (operator === -1)
                out += set ?? '';
            else if (body[operator + 1] === '-')
                out += set !== undefined && set !== '' ? set : body.slice(operator + 2);
            else
                out += set !== undefined && set !== '' ? body.slice(operator + 2) : '';
            i = close + 1;
            continue;
        }
        let end = i + 1;
        while (end < image.length && /[A-Za-z0-9_]/.test(image[end] ?? ''))
            end++;
        if (end === i + 1) {
            out += c;
            i++;
            continue;
        }
        out += lookup(image.slice(i + 1, end)) ?? '';
        i = end;
    }
    return { value: out, known };
}
/** Builds the position table (see PositionTable in src/engine/locate.ts) of the pseudo-object. */
class TreeBuilder extends PositionTableWriter {
    scalar(range, offset) {
        return { shape: 'scalar', start: offset(range.start), end: offset(range.end) };
    }
    entry(key, keyRange, value, offset) {
        return { key, keyStart: offset(keyRange.start), keyEnd: offset(keyRange.end), value };
    }
    table(root) {
        this.write(root);
        return this.written();
    }
    write(node) {
        const nodes = this.nodes;
        if (node.shape === 'scalar') {
            nodes.push(Shape.scalar, node.start, node.end);
            return;
        }
        const at = nodes.length;
        if (node.shape === 'map') {
            nodes.push(Shape.map, node.start, node.end, 0, node.entries.length);
            for (const entry of node.entries) {
                nodes.push(this.key(entry.key), entry.keyStart, entry.keyEnd);
                this.write(entry.value);
            }
        }
        else {
            nodes.push(Shape.seq, node.start, node.end, 0, node.items.length);
            for (const item of node.items)
                this.write(item);
        }
        nodes[at + 3] = nodes.length - at;
    }
}
