import { type Check } from '../../src/api.js';
/** mulberry32: a small seeded generator, so every run mutates the same way and a failure replays. */
export declare function prng(seed: number): () => number;
export interface Random {
    next: () => number;
    int: (below: number) => number;
    pick: <T>(items: readonly T[]) => T;
}
export declare function randomOf(seed: number): Random;
export interface Seed {
    name: string;
    bytes: Buffer;
}
/** Every .yaml, .yml and .json file under the folders, sorted, so the sample does not depend on the disk. */
export declare function loadSeeds(cwd: string, patterns: readonly string[], count: number, seed: number): Seed[];
type Mutation = (bytes: Buffer, random: Random) => Buffer;
/** The mutations the issue lists, each on bytes so that encodings can break too. */
export declare const mutations: Record<string, Mutation>;
export declare const mutationNames: string[];
/** One case: a seed and one to three mutations, all chosen by the case number. */
export declare function mutate(seed: Seed, caseNumber: number): {
    bytes: Buffer;
    applied: string[];
};
export interface FuzzReport {
    cases: number;
    /** Each a one-line description of a broken promise: the case, its mutations and what went wrong. */
    failures: string[];
    withSyntaxFindings: number;
    exitCodes: number[];
    milliseconds: number;
}
/** Lints each mutated seed as text: no exception, every problem a finding at a line. */
export declare function fuzzLintText(seeds: readonly Seed[], cases: number, firstCase: number, checks?: readonly Check[]): FuzzReport;
/**
 * Runs the command line on a folder holding a mutated seed and a good file: exit code 0, 1 or 2,
 * stdout a JSON report, stderr one `kubeready: file: reason` line per error, the good file linted.
 */
export declare function fuzzCli(seeds: readonly Seed[], cases: number, firstCase: number): Promise<FuzzReport>;
export {};
