import { existsSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { Worker } from 'node:worker_threads';
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
  files: { file: string; text: string; carried: ParseProblem[] }[];
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
  checks: { id: string; severity: Severity | undefined; options: unknown }[];
  /** Schema verdicts the cache holds, by scope and object. */
  verdicts: (Record<string, SchemaVerdict> | undefined)[][];
  /** Evaluations the cache holds, by scope and object, and the key of the run's checks and settings. */
  evaluations?: { key: string; kept: (Record<string, StoredEvaluation> | undefined)[][] };
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

export type WorkerReply =
  | { id: number; type: 'parsed'; files: ParsedInWorker[] }
  | {
      id: number;
      type: 'checked';
      evaluations: Evaluation[][];
      verdicts: [scope: number, object: number, context: string, verdict: SchemaVerdict][];
      kept: [scope: number, object: number, context: string, evaluation: StoredEvaluation][];
    }
  | { id: number; type: 'failed'; message: string };

type Request = Omit<ParseJob, 'id'> | Omit<CheckJob, 'id'>;

/**
 * Worker threads for one run, started on first use and stopped by close(). A worker holds the process
 * open exactly while a request to it is outstanding (ref), and not while it is idle (unref), so that
 * neither a forgotten close() keeps the process running nor an idle-looking worker lets it end with a
 * reply still to come. Listeners say nothing of it: Node refs a worker's port when a `message` listener
 * is added and leaves it to unref() after, an order this class does not rely on.
 */
export class WorkerPool {
  private readonly workers: Worker[] = [];
  private readonly pending = new Map<number, { worker: number; resolve: (reply: WorkerReply) => void; reject: (error: Error) => void }>();
  /** Requests outstanding, per worker. */
  private readonly outstanding: number[] = [];
  private nextId = 0;

  private constructor(
    private readonly script: URL,
    readonly size: number,
  ) {}

  /** A pool of `size` workers, or undefined when the worker script is missing (sources run without a build). */
  static create(size: number): WorkerPool | undefined {
    const script = workerScript();
    return script ? new WorkerPool(script, size) : undefined;
  }

  /** Sends a request to worker `n` and waits for its reply; rejects when the worker fails. */
  request(n: number, request: Request): Promise<WorkerReply> {
    const worker = this.worker(n);
    const id = this.nextId++;
    return new Promise((resolve, reject) => {
      this.pending.set(id, { worker: n, resolve, reject });
      if ((this.outstanding[n] = (this.outstanding[n] ?? 0) + 1) === 1) worker.ref();
      worker.postMessage({ ...request, id });
    });
  }

  /** The request's promise is settled: its worker lets the process end once it has nothing else to do. */
  private settle(id: number): { resolve: (reply: WorkerReply) => void; reject: (error: Error) => void } | undefined {
    const waiting = this.pending.get(id);
    if (!waiting) return undefined;
    this.pending.delete(id);
    const n = waiting.worker;
    if ((this.outstanding[n] = (this.outstanding[n] ?? 1) - 1) === 0) this.workers[n]?.unref();
    return waiting;
  }

  /** Stops the workers; the process is held open until they have exited. */
  async close(): Promise<void> {
    await Promise.all(
      this.workers.map((worker) => {
        worker.ref();
        return worker.terminate();
      }),
    );
  }

  private worker(n: number): Worker {
    let worker = this.workers[n];
    if (!worker) {
      worker = new Worker(fileURLToPath(this.script));
      worker.on('message', (reply: WorkerReply) => {
        const waiting = this.settle(reply.id);
        if (reply.type === 'failed') waiting?.reject(new Error(reply.message));
        else waiting?.resolve(reply);
      });
      const failAll = (error: Error) => {
        for (const id of [...this.pending.keys()]) this.settle(id)?.reject(error);
      };
      worker.on('error', failAll);
      worker.on('exit', (code) => failAll(new Error(`worker thread exited with code ${code}`)));
      // Idle until a request is sent; after the listeners, since adding one refs the worker's port.
      worker.unref();
      this.workers[n] = worker;
    }
    return worker;
  }
}

/** dist/src/engine/worker.js beside this module, or, when this module runs from the sources, in dist. */
function workerScript(): URL | undefined {
  const candidates = [new URL('./worker.js', import.meta.url), new URL('../../dist/src/engine/worker.js', import.meta.url)];
  return candidates.find((candidate) => existsSync(candidate));
}

/** Texts per parse request: large enough to cost little in messages, small enough to share the work. */
const batchCharacters = 256 * 1024;

/** Parses files across the pool's workers; results in the order of `files`. */
export async function parseInWorkers(pool: WorkerPool, files: ParseJob['files']): Promise<ParsedInWorker[]> {
  const batches: { from: number; files: ParseJob['files'] }[] = [];
  let current: ParseJob['files'] = [];
  let size = 0;
  files.forEach((file, i) => {
    if (current.length === 0) batches.push({ from: i, files: (current = []) });
    current.push(file);
    size += file.text.length;
    if (size >= batchCharacters) {
      current = [];
      size = 0;
    }
  });
  const results: ParsedInWorker[] = new Array<ParsedInWorker>(files.length);
  let next = 0;
  const drain = async (n: number) => {
    for (let batch = batches[next++]; batch; batch = batches[next++]) {
      const reply = await pool.request(n, { type: 'parse', files: batch.files });
      if (reply.type !== 'parsed') throw new Error('unexpected reply to a parse request');
      reply.files.forEach((parsed, i) => (results[batch.from + i] = parsed));
    }
  };
  await Promise.all(Array.from({ length: Math.min(pool.size, batches.length) }, (_, n) => drain(n)));
  return results;
}

/**
 * Runs the object checks of every scope across the pool: the objects, taken scope after scope, are cut
 * into one contiguous share per worker; each worker indexes the scopes it has a share of and checks
 * its share. Verdicts and evaluations learned go to the memos.
 */
export async function checkInWorkers(
  pool: WorkerPool,
  scopes: readonly (readonly KubeObject[])[],
  checks: readonly ConfiguredCheck[],
  settings: RunSettings,
  crds: CrdSets | undefined,
  verdicts: VerdictMemo | undefined,
  kept: { memo: EvaluationMemo; key: string } | undefined,
  owned: readonly number[] = scopes.map((scope) => scope.length),
): Promise<Evaluation[][]> {
  const total = scopes.reduce((sum, scope, s) => sum + (owned[s] ?? scope.length), 0);
  const share = Math.ceil(total / pool.size);
  const wanted = checks.map(({ check, severity, options }) => ({ id: check.meta.id, severity, options }));
  const shares: [number, number, number][][] = Array.from({ length: pool.size }, () => []);
  let position = 0;
  scopes.forEach((scope, s) => {
    const end = owned[s] ?? scope.length;
    for (let from = 0; from < end; ) {
      const worker = Math.min(Math.floor(position / share), pool.size - 1);
      const to = Math.min(end, from + (worker + 1) * share - position);
      shares[worker]?.push([s, from, to]);
      position += to - from;
      from = to;
    }
  });
  const evaluations: Evaluation[][] = scopes.map(() => []);
  await Promise.all(
    shares.map(async (tasks, n) => {
      if (tasks.length === 0) return;
      const used = new Set(tasks.map(([s]) => s));
      const sent = scopes.map((scope, s) => (used.has(s) ? [...scope] : []));
      const reply = await pool.request(n, {
        type: 'check',
        scopes: sent,
        owned: [...owned],
        crds,
        settings,
        checks: wanted,
        verdicts: sent.map((scope) => scope.map((object) => verdicts?.all(object))),
        ...(kept && { evaluations: { key: kept.key, kept: sent.map((scope) => scope.map((object) => kept.memo.all(object))) } }),
        tasks,
      });
      if (reply.type !== 'checked') throw new Error('unexpected reply to a check request');
      tasks.forEach(([s, from], t) => reply.evaluations[t]?.forEach((evaluation, i) => ((evaluations[s] ??= [])[from + i] = evaluation)));
      for (const [s, i, context, verdict] of reply.verdicts) {
        const object = scopes[s]?.[i];
        if (object) verdicts?.put(object, context, verdict);
      }
      for (const [s, i, context, evaluation] of reply.kept) {
        const object = scopes[s]?.[i];
        if (object) kept?.memo.put(object, context, evaluation);
      }
    }),
  );
  return evaluations;
}
