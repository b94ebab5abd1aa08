import { isRecord } from './kinds.js';
import { parseImage } from './image.js';
/**
 * A Dockerfile (or Containerfile) as the engine sees it: one pseudo-object per file, made by
 * src/load/dockerfile.ts. Only checks that list {@link dockerfileKind} among their kinds are called for it,
 * and the object index leaves it out (see isDockerfileObject), so no Kubernetes check sees it.
 *
 * ```
 * { apiVersion: 'kubeready.io/v1', kind: 'Dockerfile', metadata: { name: <file as shown> },
 *   args: [{ name, default? }],               // the ARGs before the first FROM
 *   stages: [{ name?, from: { image, resolved, known, platform? }, instructions: [{ keyword, arguments, words, flags, ... }] }] }
 * ```
 *
 * A stage's instructions are those after its FROM (the FROM itself is `from`); every path into the object
 * resolves to its place in the file: `['stages', 1, 'instructions', 3]` to the instruction's first line,
 * `['stages', 0, 'from', 'image']` to the FROM's image argument, `[..., 'words', 2]` to one argument.
 */
export const dockerfileApiVersion = 'kubeready.io/v1';
export const dockerfileKind = 'Dockerfile';
/** True for the pseudo-object of a Dockerfile. */
export function isDockerfileObject(object) {
    return object.kind === dockerfileKind && object.apiVersion === dockerfileApiVersion && Array.isArray(object.stages);
}
/**
 * Whether a file name (the last path segment) is a Dockerfile kubeready reads: `Dockerfile`,
 * `Dockerfile.*`, `*.Dockerfile`, `*.dockerfile`, `Containerfile`, `Containerfile.*`.
 */
export function isDockerfileName(name) {
    return (name === 'Dockerfile' ||
        name === 'Containerfile' ||
        (name.startsWith('Dockerfile.') && name.length > 'Dockerfile.'.length) ||
        (name.startsWith('Containerfile.') && name.length > 'Containerfile.'.length) ||
        ((name.endsWith('.Dockerfile') || name.endsWith('.dockerfile')) && name.length > '.Dockerfile'.length));
}
/** Whether a path names a Dockerfile, by its last segment. */
export function isDockerfilePath(path) {
    return isDockerfileName(fileNameOf(path));
}
/**
 * The last segment of a path: a Dockerfile's object is named by it, the same from any working directory
 * (a baseline's fingerprints hold the name) and for any copy of the same text under the same name (the
 * parse cache keys a Dockerfile by its text and this name).
 */
export function fileNameOf(path) {
    return path.slice(Math.max(path.lastIndexOf('/'), path.lastIndexOf('\\')) + 1);
}
/** The index of the final stage: what `docker build` without --target builds. */
export function finalStageIndex(object) {
    return object.stages.length - 1;
}
export function finalStage(object) {
    return object.stages.at(-1);
}
/**
 * The index of the stage a FROM (or COPY --from) names, among the stages before `before`: stage names
 * compare without case, as Docker compares them; a number names a stage by its index. -1 when none does.
 */
export function stageByName(object, name, before = object.stages.length) {
    const limit = Math.min(before, object.stages.length);
    const indexes = stageNamesOf(object).get(name.toLowerCase());
    if (indexes) {
        // The last stage of that name before `limit`: a binary search, so that a file of many stages stays linear.
        let low = 0;
        let high = indexes.length;
        while (low < high) {
            const mid = (low + high) >> 1;
            if ((indexes[mid] ?? limit) < limit)
                low = mid + 1;
            else
                high = mid;
        }
        if (low > 0)
            return indexes[low - 1] ?? -1;
    }
    if (/^[0-9]+$/.test(name) && Number(name) < limit)
        return Number(name);
    return -1;
}
/** The indexes of the stages of each name (lower case), in order: worked out once per object. */
const stageNames = new WeakMap();
function stageNamesOf(object) {
    let names = stageNames.get(object);
    if (!names) {
        names = new Map();
        for (const [i, stage] of object.stages.entries()) {
            if (stage.name === undefined)
                continue;
            const key = stage.name.toLowerCase();
            const list = names.get(key);
            if (list)
                list.push(i);
            else
                names.set(key, [i]);
        }
        stageNames.set(object, names);
    }
    return names;
}
/** The stage a stage is built on, when its FROM names an earlier stage of the file; else -1. */
export function baseStageOf(object, index) {
    const stage = object.stages[index];
    if (!stage)
        return -1;
    // A number in FROM is an image named by digits, not a stage: only COPY --from takes indexes.
    if (/^[0-9]+$/.test(stage.from.resolved))
        return -1;
    return stageByName(object, stage.from.resolved, index);
}
/** Whether a value read from the object is a Dockerfile instruction (for checks that walk defensively). */
export function isInstruction(value) {
    return isRecord(value) && typeof value['keyword'] === 'string' && typeof value['arguments'] === 'string';
}
/** The words of an instruction in exec form (`["a", "b"]`), or undefined when it is in shell form. */
export function execFormOf(instruction) {
    const text = instruction.arguments.trim();
    if (!text.startsWith('['))
        return undefined;
    try {
        const parsed = JSON.parse(text);
        return Array.isArray(parsed) && parsed.every((item) => typeof item === 'string') ? parsed : undefined;
    }
    catch {
        return undefined;
    }
}
const shellPrograms = new Set(['sh', 'bash', 'dash', 'ash', 'zsh', 'ksh', 'mksh', 'busybox']);
/** Whether a program (a base name) is a shell. */
export function isShellProgram(program) {
    return shellPrograms.has(program);
}
/**
 * The shell script a RUN runs: its text in shell form (heredoc bodies included), the `-c` argument of a
 * shell in exec form; undefined for any other exec form, which runs no shell.
 */
export function runScriptOf(instruction) {
    const exec = execFormOf(instruction);
    if (!exec)
        return instruction.arguments;
    const program = exec[0]?.slice(exec[0].lastIndexOf('/') + 1);
    return program !== undefined && isShellProgram(program) && exec[1] === '-c' ? exec[2] : undefined;
}
/**
 * The RUN an instruction holds: the instruction itself, or the trigger of an ONBUILD RUN (which runs in the
 * build of every image made FROM this one) as a RUN of its own; undefined for any other instruction.
 */
export function runInstructionOf(instruction) {
    if (instruction.keyword === 'RUN')
        return instruction;
    if (instruction.keyword !== 'ONBUILD' || instruction.words[0]?.toUpperCase() !== 'RUN')
        return undefined;
    const trigger = instruction.arguments.trimStart().slice('RUN'.length);
    return { ...instruction, keyword: 'RUN', arguments: trigger, words: instruction.words.slice(1), flags: [] };
}
/**
 * The last USER of a stage, or of the stage it is built on when it sets none (FROM build): a stage starts
 * from its base's user, which only a base of the same file tells.
 */
export function finalUserOf(object, start = finalStageIndex(object)) {
    const seen = new Set();
    for (let index = start; index !== -1 && !seen.has(index); index = baseStageOf(object, index)) {
        seen.add(index);
        const stage = object.stages[index];
        if (!stage)
            break;
        for (let i = stage.instructions.length - 1; i >= 0; i--) {
            const instruction = stage.instructions[i];
            if (instruction?.keyword === 'USER' && instruction.user !== undefined && instruction.user !== '')
                return { kind: 'user', user: instruction.user, stage: index, instruction: i };
        }
        if (baseStageOf(object, index) === -1) {
            // An image named by an ARG without a default is shown as written: the build decides it.
            const image = stage.from.known ? stage.from.resolved : stage.from.image;
            return stage.from.known && isDistrolessNonroot(image) ? { kind: 'nonroot-base', image } : { kind: 'none', stage: index, image };
        }
    }
    return { kind: 'none', stage: start, image: object.stages[start]?.from.resolved ?? '' };
}
/** gcr.io/distroless images tagged nonroot (or *-nonroot) run as uid 65532: the only base trusted without a USER. */
function isDistrolessNonroot(image) {
    const ref = parseImage(image);
    if (ref.registry !== 'gcr.io' || !ref.repository.startsWith('distroless/') || ref.tag === undefined)
        return false;
    return ref.tag === 'nonroot' || ref.tag.endsWith('-nonroot');
}
/** root, or uid 0 however written (user names are case-sensitive: ROOT is another user). */
export function isRootUser(user) {
    return user === 'root' || /^0+$/.test(user);
}
