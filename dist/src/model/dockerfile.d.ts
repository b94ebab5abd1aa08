import { type KubeObject } from './kinds.js';
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
export declare const dockerfileApiVersion = "kubeready.io/v1";
export declare const dockerfileKind = "Dockerfile";
export interface DockerfileArg {
    name: string;
    /** The default value, when the ARG gives one (`ARG TAG=1.2`). */
    default?: string;
}
export interface DockerfileFlag {
    /** Without the dashes: `platform`, `checksum`, `chown`. */
    name: string;
    /** Undefined for a flag without `=value`. */
    value?: string;
}
export interface DockerfileInstruction {
    /** Upper case: RUN, USER, ADD, COPY, ENV, ARG... */
    keyword: string;
    /** As written after the keyword and its flags, line continuations joined (heredoc bodies included). */
    arguments: string;
    /** The arguments split as Docker splits them (quotes kept), flags left out. */
    words: string[];
    /** The `--name=value` flags before the arguments. */
    flags: DockerfileFlag[];
    /** For USER: the user (before any `:`), and the group after it. */
    user?: string;
    group?: string;
    /** For ARG and ENV: the variables declared, with their values where given. */
    variables?: DockerfileArg[];
}
export interface DockerfileFrom {
    /** The image argument as written, `${VAR}` references included. */
    image: string;
    /**
     * The image after substituting the defaults of the ARGs declared before the first FROM, as Docker does;
     * a reference to an ARG without a default, or to none, becomes empty (which is what Docker would use).
     */
    resolved: string;
    /** False when `resolved` used an ARG that has no default, or one not declared: the real value is not known. */
    known: boolean;
    /** The --platform flag's value, as written. */
    platform?: string;
}
export interface DockerfileStage {
    /** The name after AS, as written. */
    name?: string;
    from: DockerfileFrom;
    instructions: DockerfileInstruction[];
}
export interface DockerfileObject extends KubeObject {
    apiVersion: typeof dockerfileApiVersion;
    kind: typeof dockerfileKind;
    metadata: {
        name: string;
    };
    args: DockerfileArg[];
    stages: DockerfileStage[];
}
/** True for the pseudo-object of a Dockerfile. */
export declare function isDockerfileObject(object: KubeObject): object is DockerfileObject;
/**
 * Whether a file name (the last path segment) is a Dockerfile kubeready reads: `Dockerfile`,
 * `Dockerfile.*`, `*.Dockerfile`, `*.dockerfile`, `Containerfile`, `Containerfile.*`.
 */
export declare function isDockerfileName(name: string): boolean;
/** Whether a path names a Dockerfile, by its last segment. */
export declare function isDockerfilePath(path: string): boolean;
/**
 * The last segment of a path: a Dockerfile's object is named by it, the same from any working directory
 * (a baseline's fingerprints hold the name) and for any copy of the same text under the same name (the
 * parse cache keys a Dockerfile by its text and this name).
 */
export declare function fileNameOf(path: string): string;
/** The index of the final stage: what `docker build` without --target builds. */
export declare function finalStageIndex(object: DockerfileObject): number;
export declare function finalStage(object: DockerfileObject): DockerfileStage | undefined;
/**
 * The index of the stage a FROM (or COPY --from) names, among the stages before `before`: stage names
 * compare without case, as Docker compares them; a number names a stage by its index. -1 when none does.
 */
export declare function stageByName(object: DockerfileObject, name: string, before?: number): number;
/** The stage a stage is built on, when its FROM names an earlier stage of the file; else -1. */
export declare function baseStageOf(object: DockerfileObject, index: number): number;
/** Whether a value read from the object is a Dockerfile instruction (for checks that walk defensively). */
export declare function isInstruction(value: unknown): value is DockerfileInstruction;
/** The words of an instruction in exec form (`["a", "b"]`), or undefined when it is in shell form. */
export declare function execFormOf(instruction: DockerfileInstruction): string[] | undefined;
/** Whether a program (a base name) is a shell. */
export declare function isShellProgram(program: string): boolean;
/**
 * The shell script a RUN runs: its text in shell form (heredoc bodies included), the `-c` argument of a
 * shell in exec form; undefined for any other exec form, which runs no shell.
 */
export declare function runScriptOf(instruction: DockerfileInstruction): string | undefined;
/**
 * The RUN an instruction holds: the instruction itself, or the trigger of an ONBUILD RUN (which runs in the
 * build of every image made FROM this one) as a RUN of its own; undefined for any other instruction.
 */
export declare function runInstructionOf(instruction: DockerfileInstruction): DockerfileInstruction | undefined;
/** Who a stage runs as, as far as the file tells. */
export type FinalUser = {
    kind: 'user';
    user: string;
    stage: number;
    instruction: number;
} | {
    kind: 'nonroot-base';
    image: string;
} | {
    kind: 'none';
    stage: number;
    image: string;
};
/**
 * The last USER of a stage, or of the stage it is built on when it sets none (FROM build): a stage starts
 * from its base's user, which only a base of the same file tells.
 */
export declare function finalUserOf(object: DockerfileObject, start?: number): FinalUser;
/** root, or uid 0 however written (user names are case-sensitive: ROOT is another user). */
export declare function isRootUser(user: string): boolean;
