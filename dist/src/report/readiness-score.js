import { dockerfileApiVersion, dockerfileKind } from '../model/dockerfile.js';
import { categories } from '../engine/check.js';
/** A failure with an error counts as this many failures with a warning. */
export const errorWeight = 3;
/** The lowest score of the green band, and of the amber band; below it is red. */
export const greenFrom = 90;
export const amberFrom = 70;
/** An area with any error scores at most this: below the amber band, whatever else passes. */
export const errorCap = amberFrom - 1;
export function objectKey(object, file) {
    return `${file}\0${object.apiVersion}\0${object.kind}\0${object.namespace}\0${object.name}`;
}
function fileKey(file) {
    return `file\0${file}`;
}
/** The subject a finding is on: its object, keyed by the file the object was read from, or its file. */
export function subjectKeyOf(finding) {
    return finding.object ? objectKey(finding.object, finding.rendered?.file ?? finding.file) : fileKey(finding.file);
}
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
export function readinessOf(findings, checks, objects, notRun = []) {
    const skipped = new Set(notRun);
    const byId = new Map(checks.map((check) => [check.meta.id, check]));
    const subjects = new Map();
    for (const object of objects ?? []) {
        const key = objectKey(object, object.file);
        if (!subjects.has(key))
            subjects.set(key, { key, kind: object.kind, apiVersion: object.apiVersion, namespace: object.namespace, name: object.name, file: object.origin ?? object.file, unit: object.unit });
    }
    // Per check: the worst severity on each subject it reported on, and the units it reported in.
    const reported = new Map();
    const reportedUnits = new Map();
    for (const finding of findings) {
        const key = subjectKeyOf(finding);
        let subject = subjects.get(key);
        if (!subject) {
            subject = finding.object
                ? { key, kind: finding.object.kind, apiVersion: finding.object.apiVersion, namespace: finding.object.namespace, name: finding.object.name, file: finding.file, unit: undefined }
                : fileSubject(finding.file);
            subjects.set(key, subject);
        }
        let worst = reported.get(finding.checkId);
        if (!worst)
            reported.set(finding.checkId, (worst = new Map()));
        const before = worst.get(key);
        if (before === undefined || rank[finding.severity] > rank[before])
            worst.set(key, finding.severity);
        let units = reportedUnits.get(finding.checkId);
        if (!units)
            reportedUnits.set(finding.checkId, (units = new Set()));
        units.add(subject.unit);
    }
    const unitKinds = new Map();
    for (const subject of subjects.values()) {
        if (subject.kind === undefined)
            continue;
        let kinds = unitKinds.get(subject.unit);
        if (!kinds)
            unitKinds.set(subject.unit, (kinds = new Set()));
        kinds.add(subject.kind);
    }
    const counted = [...new Set([...checks.filter((check) => check.meta.enabledByDefault !== false).map((check) => check.meta.id), ...reported.keys()])].filter((id) => !skipped.has(id));
    const applies = (id, subject) => {
        if (reported.get(id)?.has(subject.key))
            return true;
        const check = byId.get(id);
        if (!check)
            return false; // a check this report has no metadata for: what it reported on only
        if (check.target === 'source' || subject.kind === undefined)
            return false;
        const kinds = check.target === 'object' ? check.kinds : undefined;
        // A Dockerfile is judged only by the checks that name its kind, as the engine runs them.
        if (subject.kind === dockerfileKind && subject.apiVersion === dockerfileApiVersion && !kinds?.includes(dockerfileKind))
            return false;
        if (kinds) {
            if (!kinds.includes(subject.kind))
                return false;
            const needs = check.target === 'object' ? check.needsInUnit : undefined;
            return needs === undefined || needs.some((kind) => unitKinds.get(subject.unit)?.has(kind));
        }
        if (check.meta.category === 'correctness')
            return true;
        return reportedUnits.get(id)?.has(subject.unit) ?? false;
    };
    const areaOf = (id) => byId.get(id)?.meta.category ?? 'other';
    const empty = () => ({ passing: 0, warning: 0, error: 0 });
    const areaPairs = new Map();
    const areaSubjects = new Map();
    const overallPairs = empty();
    const overallSubjects = empty();
    const areaChecks = new Map();
    for (const id of counted) {
        const area = areaOf(id);
        areaChecks.set(area, [...(areaChecks.get(area) ?? []), id]);
    }
    for (const subject of subjects.values()) {
        const worstInArea = new Map();
        for (const id of counted) {
            if (!applies(id, subject))
                continue;
            const area = areaOf(id);
            const severity = reported.get(id)?.get(subject.key);
            const outcome = severity === 'error' ? 'error' : severity === 'warning' ? 'warning' : 'passing';
            add(areaPairs, area, outcome);
            overallPairs[outcome]++;
            const before = worstInArea.get(area);
            if (before === undefined || outcomeRank[outcome] > outcomeRank[before])
                worstInArea.set(area, outcome);
        }
        let worst;
        for (const [area, outcome] of worstInArea) {
            add(areaSubjects, area, outcome);
            if (worst === undefined || outcomeRank[outcome] > outcomeRank[worst])
                worst = outcome;
        }
        if (worst !== undefined)
            overallSubjects[worst]++;
    }
    const areas = [...categories, ...(counted.some((id) => !byId.has(id)) ? ['other'] : [])];
    return {
        areas: areas.map((area) => {
            const pairs = areaPairs.get(area) ?? empty();
            const scored = areaSubjects.get(area) ?? empty();
            return { area, checks: areaChecks.get(area) ?? [], pairs, subjects: scored, score: scoreOf(pairs, scored) };
        }),
        overall: { pairs: overallPairs, subjects: overallSubjects, score: scoreOf(overallPairs, overallSubjects) },
        subjects,
    };
}
const outcomeRank = { passing: 0, warning: 1, error: 2 };
const rank = { info: 0, warning: 1, error: 2 };
function add(tallies, area, outcome) {
    let tally = tallies.get(area);
    if (!tally)
        tallies.set(area, (tally = { passing: 0, warning: 0, error: 0 }));
    tally[outcome]++;
}
function fileSubject(file) {
    return { key: fileKey(file), kind: undefined, apiVersion: '', namespace: '', name: '', file, unit: undefined };
}
/**
 * A score from 0 to 100: the mean of two shares, that of the objects with nothing to fix and that of the
 * (object, check) pairs that pass, in each of which a failure with an error counts errorWeight times.
 * The first makes a failure common to many objects weigh, however many other checks pass; the second,
 * how much of each object is right. Rounded down, so 100 only when everything passes; at most errorCap
 * when anything failed with an error; undefined when there is nothing to check.
 */
export function scoreOf(pairs, subjects) {
    const pairWeight = pairs.passing + pairs.warning + errorWeight * pairs.error;
    const subjectWeight = subjects.passing + subjects.warning + errorWeight * subjects.error;
    if (pairWeight === 0 || subjectWeight === 0)
        return undefined;
    // In integers: (a/b + c/d) / 2 = (a·d + c·b) / (2·b·d), rounded down without a floating-point slip.
    const score = Math.floor((100 * (pairs.passing * subjectWeight + subjects.passing * pairWeight)) / (2 * pairWeight * subjectWeight));
    return pairs.error > 0 || subjects.error > 0 ? Math.min(score, errorCap) : score;
}
/** The colour band of a score: green from greenFrom, amber from amberFrom, red below; none without a score. */
export function bandOf(score) {
    if (score === undefined)
        return 'none';
    return score >= greenFrom ? 'good' : score >= amberFrom ? 'mid' : 'bad';
}
