import type { LintedObject } from '../api.js';
import { type Category, type Check } from '../engine/check.js';
import type { Finding } from '../engine/finding.js';
export type Area = Category | 'other';
/** A failure with an error counts as this many failures with a warning. */
export declare const errorWeight = 3;
/** The lowest score of the green band, and of the amber band; below it is red. */
export declare const greenFrom = 90;
export declare const amberFrom = 70;
/** An area with any error scores at most this: below the amber band, whatever else passes. */
export declare const errorCap: number;
/**
 * What is scored: an object, or a file that a check of files (YAML syntax) reported on. `unit` is the
 * object's deployment unit in the run, when known.
 */
export interface Subject {
    key: string;
    kind: string | undefined;
    apiVersion: string;
    namespace: string;
    name: string;
    /** The file people edit: the template or base of a rendered object. */
    file: string;
    unit: number | undefined;
}
/** How many of something passed, and how many failed with a warning or an error at worst. */
export interface Tally {
    passing: number;
    warning: number;
    error: number;
}
export interface AreaReadiness {
    area: Area;
    /** The checks counted: those that ran (on by default and not turned off, or that reported something). */
    checks: string[];
    /** (subject, check) pairs: each applicable check on each subject, once. */
    pairs: Tally;
    /** Subjects at least one of the area's checks applies to, by their worst finding in the area. */
    subjects: Tally;
    /** 0 to 100; undefined when no check of the area applies to anything: nothing to check. */
    score: number | undefined;
}
export interface Readiness {
    areas: AreaReadiness[];
    /** Every area together: a subject passes when no counted check reported an error or a warning on it. */
    overall: Omit<AreaReadiness, 'area' | 'checks'>;
    /** Every subject, by key; a subject of a finding is among them even when the run did not list it. */
    subjects: Map<string, Subject>;
}
export declare function objectKey(object: {
    apiVersion: string;
    kind: string;
    namespace: string;
    name: string;
}, file: string): string;
/** The subject a finding is on: its object, keyed by the file the object was read from, or its file. */
export declare function subjectKeyOf(finding: Finding): string;
/**
 * The readiness of each review area, scored as scoreOf says, over the (subject, check) pairs a check
 * applies to:
 * - a check that names kinds, to the objects of those kinds (what the engine runs it on), and when it
 *   needs another kind in the unit (its needsInUnit), only where that is;
 * - a check of the correctness area that names none (API versions, schemas, placeholders), to every object;
 * - a check that reads files (yaml-syntax), to the files it reported on: a file that parses is counted as
 *   its objects;
 * - any other check that names no kinds judges a relation across objects or a rule the config sets
 *   (environments, colocation, naming): it applies to the objects of the units where it reported something;
 * - and every check to whatever it reported on.
 * A pair passes when the check reported no error and no warning on the subject; info is advice and passes.
 * Without `objects` (a result not made by lint), the subjects are those the findings name.
 */
export declare function readinessOf(findings: readonly Finding[], checks: readonly Check[], objects: readonly LintedObject[] | undefined, notRun?: readonly string[]): Readiness;
/**
 * A score from 0 to 100: the mean of two shares, that of the objects with nothing to fix and that of the
 * (object, check) pairs that pass, in each of which a failure with an error counts errorWeight times.
 * The first makes a failure common to many objects weigh, however many other checks pass; the second,
 * how much of each object is right. Rounded down, so 100 only when everything passes; at most errorCap
 * when anything failed with an error; undefined when there is nothing to check.
 */
export declare function scoreOf(pairs: Tally, subjects: Tally): number | undefined;
/** The colour band of a score: green from greenFrom, amber from amberFrom, red below; none without a score. */
export declare function bandOf(score: number | undefined): 'good' | 'mid' | 'bad' | 'none';
