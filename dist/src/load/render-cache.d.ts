import type { ParsedSource } from './parse.js';
import { type ToolLimits, type ToolResult } from './tools.js';
/**
 * `--cache` for Helm renders and Kustomize builds: a tool's output is kept under a key naming everything
 * it read and ran with (every input file's path and content, or its absence; the arguments; the tool's
 * path, file identity and version), and reused while none of it changed.
 */
export interface RenderMemo {
    get(key: string): StoredRender | undefined;
    put(key: string, render: StoredRender): void;
}
/** A tool run kept: its result, and for a Kustomize build the temporary folder its origin paths are relative to. */
export interface StoredRender {
    ok: boolean;
    stdout: string;
    stderr: string;
    wrapper?: string;
}
/** What a render or build counted in a run: tool runs, and results taken from the cache. */
export interface RenderCounts {
    done: number;
    reused: number;
}
/**
 * Where a run keeps renders, what it counts of them, the tools it has asked for their identity, and how
 * it parses their output and the files they were made from (through the parse cache).
 */
export interface RenderReuse {
    memo: RenderMemo;
    counts: RenderCounts;
    tools: Map<string, Promise<string | undefined>>;
    parse: (file: string, text: string) => ParsedSource;
}
/** The inputs of one render: files read whole, and folders of which every file is read. */
export interface RenderInputs {
    files: Iterable<string>;
    trees: Iterable<string>;
}
/**
 * The key of a render: a hash of the tool's identity, its arguments and the content of every input, or
 * undefined when an input cannot be fingerprinted (the render then runs every time). The files are ones
 * the caller has held to the repository `root` (or the user named); a tree is held to it here.
 */
export declare function renderKey(tool: string, args: readonly string[], inputs: RenderInputs, root: string): string | undefined;
/**
 * What names a tool: its path, the identity of the file it resolves to (a replaced binary is another
 * tool), and what it says its version is (a shim that picks a version by folder gives another). Asked
 * once per tool, folder and run; undefined when the tool does not answer.
 */
export declare function toolIdentity(reuse: RenderReuse, bin: string, versionArgs: readonly string[], cwd: string, limits: ToolLimits): Promise<string | undefined>;
/**
 * Runs a render through the memo: the kept result when the key is known, else the tool, whose result is
 * kept when it is the tool's own answer (a success or an error it exited with; not a run kubeready
 * stopped or could not start). `counts` learns which it was.
 */
export declare function memoizedRun(memo: RenderMemo | undefined, key: string | undefined, counts: RenderCounts | undefined, run: () => Promise<ToolResult & {
    wrapper?: string;
}>): Promise<ToolResult & {
    wrapper?: string;
}>;
/**
 * Names a render's output with what it was made from: the name under which what the checks found in it is
 * kept. The output counts too, for a tool whose output differs between runs of the same inputs.
 */
export declare function outputKey(key: string, stdout: string): string;
/** A stored render as read from a cache file, or undefined when it is not one. */
export declare function asStoredRender(value: unknown): StoredRender | undefined;
