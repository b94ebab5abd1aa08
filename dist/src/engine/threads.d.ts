import type { LineStarts } from './locate.js';
import type { RunSettings, Severity } from './check.js';
import type { ConfiguredCheck } from './config.js';
import type { Evaluation, EvaluationMemo, StoredEvaluation } from './run.js';
import type { ParseProblem, SourceObject } from '../load/parse.js';
import type { KubeObject } from '../model/kinds.js';
import type { SchemaVerdict, VerdictMemo } from '../model/schema-validation.js';
export interface ParseJob {
    type: 'parse';
    id: number;
    files: {
        file: string;
        text: string;
        carried: ParseProblem[];
    }[];
}
export interface CheckJob {
    type: 'check';
    id: number;
    /** The objects of every scope this worker checks a part of (the others are empty). */
    scopes: KubeObject[][];
    /** Per scope, how many of its objects are its own: the rest are borrowed from other units, indexed only. */
    owned: number[];
    /** The definitions each scope's schema set uses, or undefined when no schema check runs. */
    crds: CrdSets | undefined;
    settings: RunSettings;
    checks: {
        id: string;
        severity: Severity | undefined;
        options: unknown;
    }[];
    /** Schema verdicts the cache holds, by scope and object. */
    verdicts: (Record<string, SchemaVerdict> | undefined)[][];
    /** Evaluations the cache holds, by scope and object, and the key of the run's checks and settings. */
    evaluations?: {
        key: string;
        kept: (Record<string, StoredEvaluation> | undefined)[][];
    };
    /** [scope, from, to]: the objects to check. */
    tasks: [number, number, number][];
}
export type WorkerRequest = ParseJob | CheckJob;
/**
 * The CustomResourceDefinitions a run validates with: a few sets, and which set each scope uses. The
 * scopes of one repository share one set.
 */
export interface CrdSets {
    sets: unknown[][];
    /** Per scope, the index of its set. */
    ofScope: number[];
}
/** A file parsed in a worker: a ParsedSource without its source, which the main thread has. */
export interface ParsedInWorker {
    /** The text as parsed, when it differs from the one sent (line breaks normalized). */
    text?: string;
    lineStarts: LineStarts;
    problems: readonly ParseProblem[];
    objects: Omit<SourceObject, 'source'>[];
}
export type WorkerReply = {
    id: number;
    type: 'parsed';
    files: ParsedInWorker[];
} | {
    id: number;
    type: 'checked';
    evaluations: Evaluation[][];
    verdicts: [scope: number, object: number, context: string, verdict: SchemaVerdict][];
    kept: [scope: number, object: number, context: string, evaluation: StoredEvaluation][];
} | {
    id: number;
    type: 'failed';
    message: string;
};
type Request = Omit<ParseJob, 'id'> | Omit<CheckJob, 'id'>;
/**
 * Worker threads for one run, started on first use and stopped by close(). A worker holds the process
 * open exactly while a request to it is outstanding (ref), and not while it is idle (unref), so that
 * neither a forgotten close() keeps the process running nor an idle-looking worker lets it end with a
 * reply still to come. Listeners say nothing of it: Node refs a worker's port when a `message` listener
 * is added and leaves it to unref() after, an order this class does not rely on.
 */
export declare class WorkerPool {
    private readonly script;
    readonly size: number;
    private readonly workers;
    private readonly pending;
    /** Requests outstanding, per worker. */
    private readonly outstanding;
    private nextId;
    private constructor();
    /** A pool of `size` workers, or undefined when the worker script is missing (sources run without a build). */
    static create(size: number): WorkerPool | undefined;
    /** Sends a request to worker `n` and waits for its reply; rejects when the worker fails. */
    request(n: number, request: Request): Promise<WorkerReply>;
    /** The request's promise is settled: its worker lets the process end once it has nothing else to do. */
    private settle;
    /** Stops the workers; the process is held open until they have exited. */
    close(): Promise<void>;
    private worker;
}
/** Parses files across the pool's workers; results in the order of `files`. */
export declare function parseInWorkers(pool: WorkerPool, files: ParseJob['files']): Promise<ParsedInWorker[]>;
/**
 * Runs the object checks of every scope across the pool: the objects, taken scope after scope, are cut
 * into one contiguous share per worker; each worker indexes the scopes it has a share of and checks
 * its share. Verdicts and evaluations learned go to the memos.
 */
export declare function checkInWorkers(pool: WorkerPool, scopes: readonly (readonly KubeObject[])[], checks: readonly ConfiguredCheck[], settings: RunSettings, crds: CrdSets | undefined, verdicts: VerdictMemo | undefined, kept: {
    memo: EvaluationMemo;
    key: string;
} | undefined, owned?: readonly number[]): Promise<Evaluation[][]>;
export {};
