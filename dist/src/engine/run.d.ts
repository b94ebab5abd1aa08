import { type RunSettings, type Severity } from './check.js';
import type { ConfiguredCheck } from './config.js';
import { type Finding, type RunError } from './finding.js';
import type { ParsedSource } from '../load/parse.js';
import { type ObjectIndex } from '../model/object-index.js';
import { type KubeObject, type Path } from '../model/kinds.js';
import { type SchemaValidation } from '../model/schema-validation.js';
import type { Fix } from './fix.js';
/** What the object checks said of one object, before the engine places it: reports, and checks that threw. */
export interface Evaluation {
    reports: {
        checkId: string;
        severity: Severity;
        message: string;
        path: Path;
        fix?: Fix;
    }[];
    failures: {
        checkId: string;
        reason: string;
    }[];
}
/**
 * What the parse cache keeps of an object's evaluation: the reports of the checks that read the object
 * alone. Checks that read the rest of the scope (the index) are named in `rerun` and run every time.
 */
export interface StoredEvaluation {
    rerun: string[];
    reports: Evaluation['reports'];
}
/** Evaluations kept from earlier runs, by object and by what else decides them (see evaluationKey). */
export interface EvaluationMemo {
    get(object: KubeObject, context: string): StoredEvaluation | undefined;
    put(object: KubeObject, context: string, evaluation: StoredEvaluation): void;
    /** Every evaluation kept for an object, by context: what a worker thread is sent. */
    all(object: KubeObject): Record<string, StoredEvaluation> | undefined;
}
/** A memo and the context an object's evaluation is kept under. */
export interface KeptEvaluations {
    memo: EvaluationMemo;
    contextOf(object: KubeObject): string;
}
/** The evaluations of `memo` under `key` (the run's checks and settings) and each object's schema context. */
export declare function keptEvaluations(memo: EvaluationMemo, key: string, schemas: SchemaValidation): KeptEvaluations;
/**
 * Runs the object checks over objects `from` to `to` of a scope (all by default). Pure, and apart from
 * placing: what worker threads run, each over its share of the objects. With `kept`, the reports of
 * checks that read only their object are taken from earlier runs and kept for later ones.
 */
export declare function evaluateObjects(objects: readonly KubeObject[], checks: readonly ConfiguredCheck[], settings: RunSettings, schemas: SchemaValidation, from?: number, to?: number, index?: ObjectIndex, kept?: KeptEvaluations): Evaluation[];
/**
 * Runs every check over one scope: the parsed sources whose objects may see each other.
 * Pure: the same sources and checks always give the same findings, in a stable order.
 * `evaluated` are the object checks' results when they were run elsewhere (worker threads); `kept`,
 * the evaluations the parse cache keeps.
 */
export declare function runChecks(sources: readonly ParsedSource[], checks: readonly ConfiguredCheck[], settings?: RunSettings, schemas?: SchemaValidation, 
/** Every check id that exists, configured or not: a suppression may name a check that is off. */
knownChecks?: ReadonlySet<string>, { evaluated, kept }?: {
    evaluated?: readonly Evaluation[] | undefined;
    kept?: KeptEvaluations | undefined;
}): {
    findings: Finding[];
    suppressed: Finding[];
    errors: RunError[];
};
/** How many objects of a scope are its own: its sources come first, what it borrowed from other units after. */
export declare function ownedCount(sources: readonly {
    objects: readonly unknown[];
    borrowed?: true;
}[]): number;
