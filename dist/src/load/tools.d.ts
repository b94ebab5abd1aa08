/**
 * The first executable of that name on PATH, or a path given explicitly (checked to exist). PATH entries
 * that are relative, or inside one of `untrusted` (the repositories being linted: `npx` puts their
 * node_modules/.bin first), are skipped, so a pull request cannot plant a `helm` of its own.
 */
export declare function findExecutable(nameOrPath: string, cwd: string, untrusted?: readonly string[], pathVariable?: string): string | undefined;
export interface ToolResult {
    ok: boolean;
    stdout: string;
    /** The tool's own complaint, whole, or why kubeready stopped it. */
    stderr: string;
    /** Set when kubeready ended the tool: it ran past the time limit or wrote past the size limit. */
    stopped?: 'timeout' | 'output';
    /** The code the tool exited with on its own; absent when it could not start, was stopped or died of a signal. */
    exitCode?: number;
}
export interface ToolLimits {
    /** Milliseconds before the tool and its children are killed. */
    timeoutMs: number;
    /** Bytes of output (stdout and stderr together) before the tool and its children are killed. */
    maxOutputBytes: number;
    /** Keep proxy settings in the tool's environment (remote resources allowed). */
    network: boolean;
}
export declare const defaultToolLimits: ToolLimits;
/** The environment a render tool runs with: a few harmless variables and a HOME of its own. */
export declare function toolEnvironment(home: string, network: boolean, from?: NodeJS.ProcessEnv): Record<string, string>;
/**
 * Runs a tool without a shell, in a process group of its own, with a bounded time and output and a
 * minimal environment (a fresh temporary HOME); collects its output and never rejects.
 */
export declare function runTool(file: string, args: readonly string[], cwd: string, limits?: ToolLimits): Promise<ToolResult>;
export declare function formatBytes(bytes: number): string;
/**
 * Tools explain themselves over several lines; a run error is one line. Keeps the first `Error:` line
 * with its indented continuation lines (helm's "executing ... nil pointer"), and drops hints.
 */
export declare function oneLine(text: string): string;
export declare function shorten(text: string, limit?: number): string;
/** Runs tasks with at most `limit` in flight, keeping results in input order. */
export declare function mapLimited<T, R>(items: readonly T[], limit: number, task: (item: T, index: number) => Promise<R>): Promise<R[]>;
