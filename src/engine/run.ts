import { type CheckContext, type CheckMeta, type ObjectCheck, type Report, type RunSettings, type Severity, type SourceCheck, type SourceReport, defaultRunSettings } from './check.js';
import type { ConfiguredCheck } from './config.js';
import { type Finding, type RenderedPosition, type RunError, compareFindings, formatPath } from './finding.js';
import { locate, rangeOfOffsets } from './locate.js';
import { placeInOrigin } from './placement.js';
import type { ParsedSource } from '../load/parse.js';
import { type ObjectIndex, type ObjectRef, type SharedContext, buildIndex, refOf, scopeIndex, sharedContext } from '../model/object-index.js';
import { type BorrowedLayout, borrowedLayoutOf, ownSourcesOf, scopeSources } from '../load/units.js';
import { type KubeObject, type Path, isCustomWorkload, isRecord, podTemplateViews, podTemplatesOf } from '../model/kinds.js';
import { type Directive, ignoreAnnotation, parseDirective, unusedProblem, unusedSuppressionId } from './suppress.js';
import { type SchemaValidation, noSchemas } from '../model/schema-validation.js';
import { dockerfileKind, isDockerfileObject } from '../model/dockerfile.js';
import type { Fix } from './fix.js';
import { placeFix } from './place-fix.js';
import { findingText, ownCopy, ownRef } from './own-copy.js';

/** What the object checks said of one object, before the engine places it: reports, and checks that threw. */
export interface Evaluation {
  reports: { checkId: string; severity: Severity; message: string; path: Path; fix?: Fix }[];
  failures: { checkId: string; reason: string }[];
}

type ConfiguredObjectCheck = ConfiguredCheck & { check: ObjectCheck };

function objectChecksOf(checks: readonly ConfiguredCheck[]): ConfiguredObjectCheck[] {
  return checks.filter((c): c is ConfiguredObjectCheck => c.check.target === 'object');
}

/** An object check as the engine loop calls it: what it reads of the check's metadata, read once. */
interface CheckRun {
  check: ObjectCheck;
  id: string;
  /** The severity the run sets, which wins over a report's own. */
  severity: Severity | undefined;
  /** The check's severity, for reports that name none. */
  defaultSeverity: Severity;
  options: unknown;
  /** A workload check (it declares Deployment, or no kinds): called once per pod template of an object that has several. */
  perTemplate: boolean;
}

/**
 * The object checks that apply to an object, in configured order: those that declare its kind among their
 * kinds, and those that declare none. A custom resource that runs pods (an Argo Rollout, a RayCluster: see
 * podTemplatesOf) also gets the checks that declare Deployment, the kind it stands in for, so that every
 * pod-level check reviews its pod templates without listing each such kind. Worked out once per kind.
 */
function checksByKind(checks: readonly ConfiguredCheck[]): (object: KubeObject) => readonly CheckRun[] {
  // Once per run's checks, not per scope: a monorepo has thousands of units.
  let found = byKindOf.get(checks);
  if (!found) byKindOf.set(checks, (found = checksByKindOnce(checks)));
  return found;
}

const byKindOf = new WeakMap<readonly ConfiguredCheck[], (object: KubeObject) => readonly CheckRun[]>();

function checksByKindOnce(checks: readonly ConfiguredCheck[]): (object: KubeObject) => readonly CheckRun[] {
  const runs: CheckRun[] = objectChecksOf(checks).map(({ check, severity, options }) => ({
    check,
    id: check.meta.id,
    severity,
    defaultSeverity: check.meta.severity,
    options,
    // Checks that name no kinds too: a kinds list only spares the engine calls, it never changes findings
    // (except for Dockerfiles, which only the checks naming their kind judge).
    perTemplate: !check.kinds || check.kinds.includes('Deployment'),
  }));
  const byKind = new Map<string, readonly CheckRun[]>();
  const byCustomKind = new Map<string, readonly CheckRun[]>();
  // A Dockerfile (src/model/dockerfile.ts) is no Kubernetes object: only the checks that name its kind judge it.
  const dockerfileRuns = runs.filter(({ check }) => check.kinds?.includes(dockerfileKind) === true);
  return (object) => {
    if (isDockerfileObject(object)) return dockerfileRuns;
    const { kind } = object;
    const custom = isCustomWorkload(object);
    const cache = custom ? byCustomKind : byKind;
    let found = cache.get(kind);
    if (!found) cache.set(kind, (found = runs.filter(({ check, perTemplate }) => !check.kinds || check.kinds.includes(kind) || (custom && perTemplate))));
    return found;
  };
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
export function keptEvaluations(memo: EvaluationMemo, key: string, schemas: SchemaValidation): KeptEvaluations {
  return { memo, contextOf: (object) => `${key} ${schemas.contextOf(object)}` };
}

/**
 * Runs the object checks over objects `from` to `to` of a scope (all by default). Pure, and apart from
 * placing: what worker threads run, each over its share of the objects. With `kept`, the reports of
 * checks that read only their object are taken from earlier runs and kept for later ones.
 */
export function evaluateObjects(
  objects: readonly KubeObject[],
  checks: readonly ConfiguredCheck[],
  settings: RunSettings,
  schemas: SchemaValidation,
  from = 0,
  to = objects.length,
  index: ObjectIndex = buildIndex(objects),
  kept?: KeptEvaluations,
): Evaluation[] {
  const checksFor = checksByKind(checks);
  // Whether a check read the index: what tells a check of one object from one of the scope.
  const watch = { read: false };
  const watched: ObjectIndex = kept
    ? new Proxy(index, {
        get(target, property, receiver) {
          watch.read = true;
          return Reflect.get(target, property, receiver) as unknown;
        },
      })
    : index;
  const evaluations: Evaluation[] = [];
  // What the check being run reported: given their check id and severity once it returns.
  const pending: Report[] = [];
  const report = (found: Report) => {
    pending.push(found);
  };
  for (let i = from; i < to; i++) {
    const object = objects[i];
    if (!object) continue;
    const ref = index.entryOf(object)?.ref ?? refOf(object);
    const evaluation: Evaluation = { reports: [], failures: [] };
    const context = kept?.contextOf(object);
    const stored = context === undefined ? undefined : kept?.memo.get(object, context);
    const rerun = stored && new Set(stored.rerun);
    // What to keep, when there is a memo and nothing kept yet.
    const next: StoredEvaluation | undefined = context !== undefined && !stored ? { rerun: [], reports: [] } : undefined;
    // One context per object, its options set per check: checks read it as they are called and keep nothing.
    const checkContext: Omit<CheckContext<unknown>, 'options'> & { options: unknown } = { ref, index: watched, options: undefined, settings, schemas, report };
    // The object once per pod template (itself, unless it has several): workload checks review each.
    const views = podTemplateViews(object);
    // What the other checks are called on, made once per object rather than once per check.
    const alone = [object];
    for (const { check, id, severity, defaultSeverity, options, perTemplate } of checksFor(object)) {
      if (stored && !rerun?.has(id)) {
        for (const earlier of stored.reports) if (earlier.checkId === id) evaluation.reports.push(earlier);
        continue;
      }
      watch.read = false;
      const first = evaluation.reports.length;
      try {
        checkContext.options = options;
        for (const target of perTemplate ? views : alone) {
          const returned: unknown = check.check(target, checkContext as CheckContext<unknown>);
          if (returned !== undefined) for (const found of reportsReturned<Report>(returned)) pending.push(found);
        }
        // What a check says of the object itself (its name, its labels) it says once per template: keep one.
        if (views.length > 1 && perTemplate) dropRepeats(pending);
      } catch (error) {
        // A check must never throw; if one does, say where and go on with the others.
        evaluation.failures.push({ checkId: id, reason: error instanceof Error ? error.message : String(error) });
      }
      if (pending.length > 0) {
        for (const found of pending) {
          const reported: Evaluation['reports'][number] = { checkId: id, severity: severity ?? found.severity ?? defaultSeverity, message: found.message, path: found.path };
          if (found.fix) reported.fix = found.fix;
          evaluation.reports.push(reported);
        }
        pending.length = 0;
      }
      if (!next) continue;
      if (watch.read) next.rerun.push(id);
      else for (const found of evaluation.reports.slice(first)) next.reports.push(found);
    }
    if (next && context !== undefined && evaluation.failures.length === 0) kept?.memo.put(object, context, next);
    evaluations.push(evaluation);
  }
  return evaluations;
}

/**
 * Runs every check over one scope: the parsed sources whose objects may see each other.
 * Pure: the same sources and checks always give the same findings, in a stable order.
 * `evaluated` are the object checks' results when they were run elsewhere (worker threads); `kept`,
 * the evaluations the parse cache keeps.
 */
export function runChecks(
  sources: readonly ParsedSource[],
  checks: readonly ConfiguredCheck[],
  settings: RunSettings = defaultRunSettings,
  schemas: SchemaValidation = noSchemas,
  /** Every check id that exists, configured or not: a suppression may name a check that is off. */
  knownChecks: ReadonlySet<string> = new Set(checks.map((c) => c.check.meta.id)),
  { evaluated, kept }: { evaluated?: readonly Evaluation[] | undefined; kept?: KeptEvaluations | undefined } = {},
): { findings: Finding[]; suppressed: Finding[]; errors: RunError[] } {
  const { metaOf, sourceChecks } = checksOfScope(checks);
  const findings: Finding[] = [];
  const suppressed: Finding[] = [];
  const errors: RunError[] = [];
  const unused = checks.find((c) => c.check.meta.id === unusedSuppressionId);

  // A borrowed file's problems are its unit's to report (a borrowed copy carries none).
  for (const parsed of ownSourcesOf(sources)) {
    for (const { check, severity } of sourceChecks) {
      const report = (found: SourceReport) => {
        const range = rangeOfOffsets(parsed.source.lineStarts, found.start, found.end);
        findings.push({
          ...base(check.meta, severity ?? check.meta.severity, found.message),
          file: parsed.source.file,
          ...range,
          exact: true,
          approximate: false,
          object: null,
          path: '',
        });
      };
      const returned: unknown = check.check(parsed.problems, { report });
      if (returned !== undefined) for (const found of reportsReturned<SourceReport>(returned)) report(found);
    }
  }

  const owned = ownedCount(sources);
  const layout = borrowedLayoutOf(sources);
  // With a shared context, only the own objects are gone through here: the engine checks and places nothing else.
  const all = (layout ? ownSourcesOf(sources) : sources).flatMap((parsed) => parsed.objects);
  const objects = all.map((entry) => entry.object);
  const index = (layout && scopeIndex(objects, contextOf(layout), layout.hole)) ?? buildIndex(layout ? scopeSources(sources).flatMap((parsed) => parsed.objects.map((entry) => entry.object)) : objects, owned);
  const evaluations = evaluated ?? evaluateObjects(objects, checks, settings, schemas, 0, owned, index, kept);
  all.forEach((entry, i) => {
    if (i >= owned) return; // borrowed from another unit: that unit checks it
    const evaluation = evaluations[i] ?? { reports: [], failures: [] };
    const annotations = settings.inlineSuppressions === false ? [] : annotationDirectives(entry.object, podTemplatesOf(entry.object).map((pod) => pod.metadataPath));
    // An object without reports or annotations has nothing to place.
    if (evaluation.reports.length === 0 && evaluation.failures.length === 0 && annotations.length === 0) return;
    // Findings outlive the parse: their strings are copies that keep no manifest's text alive (see ownCopy).
    const ref = ownRef(index.entryOf(entry.object)?.ref ?? refOf(entry.object));
    const own: Finding[] = [];
    // Where a path of this object is, in the file people edit (a template, a base) and as rendered.
    const positionOf = (path: Path) => {
      const location = locate(entry.positions, entry.source.lineStarts, entry.basePath.length === 0 ? path : [...entry.basePath, ...path]);
      if (!entry.origin) {
        const { line, column, endLine, endColumn, exact } = location;
        return { file: entry.source.file, line, column, endLine, endColumn, exact, approximate: false, rendered: undefined };
      }
      const { exact, depth: _depth, ...rendered } = location;
      const placed = placeInOrigin(entry.origin, path, { ...location, depth: location.depth - entry.basePath.length });
      return { file: placed.file, ...placed.range, exact, approximate: placed.approximate, rendered: { via: entry.origin.via, file: entry.source.file, ...rendered } };
    };
    const place = (meta: CheckMeta, severity: Severity, message: string, path: Path, fix?: Fix): Finding => {
      const finding = findingAt(meta, severity, message, positionOf(path), ref, formatPath(path));
      const container = containerAt(entry.object, path);
      if (container !== undefined) finding.container = ownCopy(container);
      if (fix) finding.fix = placeFix(entry, fix);
      return finding;
    };
    for (const report of evaluation.reports) {
      const meta = metaOf.get(report.checkId);
      if (meta) own.push(place(meta, report.severity, report.message, report.path, report.fix));
    }
    for (const { checkId, reason } of evaluation.failures) {
      const { line } = locate(entry.positions, entry.source.lineStarts, entry.basePath);
      errors.push({ file: entry.source.file, line, message: `internal error in check ${checkId} on ${ref.kind} "${ref.name}": ${reason}` });
    }
    if (settings.inlineSuppressions === false) {
      for (const finding of own) findings.push(finding); // not a spread: an object may have 100,000 findings or more
      return;
    }
    for (const finding of own) {
      const by = annotations.find((candidate) => candidate.directive.reason && candidate.directive.checks.includes(finding.checkId));
      if (!by) {
        findings.push(finding);
        continue;
      }
      by.used = true;
      const at = positionOf(by.path);
      suppressed.push({ ...finding, suppression: { kind: 'annotation', reason: by.directive.reason ?? '', file: at.file, line: at.line } });
    }
    for (const directive of unused ? annotations : []) {
      const problem = unusedProblem(directive, knownChecks);
      if (problem && unused) findings.push(place(unused.check.meta, unused.severity ?? unused.check.meta.severity, problem, directive.path));
    }
  });
  return { findings: findings.sort(compareFindings), suppressed: suppressed.sort(compareFindings), errors };
}

const scopeChecks = new WeakMap<readonly ConfiguredCheck[], { metaOf: ReadonlyMap<string, CheckMeta>; sourceChecks: readonly (ConfiguredCheck & { check: SourceCheck })[] }>();

/** What runChecks looks up in a run's checks: worked out once for all the scopes checked with them. */
function checksOfScope(checks: readonly ConfiguredCheck[]) {
  let found = scopeChecks.get(checks);
  if (!found) {
    found = {
      metaOf: new Map(checks.map(({ check }) => [check.meta.id, check.meta])),
      sourceChecks: checks.filter((c): c is ConfiguredCheck & { check: SourceCheck } => c.check.target === 'source'),
    };
    scopeChecks.set(checks, found);
  }
  return found;
}

/** Removes the reports that repeat an earlier one's path and message, in place. */
function dropRepeats(reports: Report[]): void {
  const seen = new Set<string>();
  let kept = 0;
  for (const found of reports) {
    const key = `${JSON.stringify(found.path)}\u0000${found.message}`;
    if (seen.has(key)) continue;
    seen.add(key);
    reports[kept++] = found;
  }
  reports.length = kept;
}

/** What a check written as a generator (or returning an array) gives instead of calling report. */
function reportsReturned<R>(returned: unknown): Iterable<R> {
  return typeof returned === 'object' && returned !== null && Symbol.iterator in returned ? (returned as Iterable<R>) : [];
}

/**
 * A finding, its fields in the order the JSON output has always had. Written out in full: an object
 * spread into a literal costs several times more, and there is one of these per finding.
 */
function findingAt(
  meta: CheckMeta,
  severity: Severity,
  message: string,
  at: { file: string; line: number; column: number; endLine: number; endColumn: number; exact: boolean; approximate: boolean; rendered: RenderedPosition | undefined },
  object: ObjectRef,
  path: string,
): Finding {
  const { id: checkId, risk, mitigation } = meta;
  const { file, line, column, endLine, endColumn, exact, approximate, rendered } = at;
  const said = findingText(message);
  const where = findingText(path);
  if (rendered) return { checkId, severity, message: said, risk, mitigation, file, line, column, endLine, endColumn, exact, approximate, rendered, object, path: where };
  return { checkId, severity, message: said, risk, mitigation, file, line, column, endLine, endColumn, exact, approximate, object, path: where };
}

interface AnnotationDirective {
  directive: Directive;
  path: Path;
  used: boolean;
}

/** The kubeready.io/ignore annotations of an object and of its pod templates. */
function annotationDirectives(object: KubeObject, podMetadataPaths: readonly Path[]): AnnotationDirective[] {
  const found: AnnotationDirective[] = [];
  addAnnotationDirective(found, object, objectMetadataPath);
  for (const podMetadataPath of podMetadataPaths) {
    // A Pod's own metadata is its pod template's: read it once.
    if (!(podMetadataPath.length === 1 && podMetadataPath[0] === 'metadata')) addAnnotationDirective(found, object, podMetadataPath);
  }
  return found;
}

const objectMetadataPath: Path = ['metadata'];

function addAnnotationDirective(found: AnnotationDirective[], object: KubeObject, metadataPath: Path): void {
  let node: unknown = object;
  // Through lists too: the templates of a custom resource may be items (spec.workerGroupSpecs[0].template).
  for (const segment of metadataPath) node = Array.isArray(node) ? (node[segment as number] as unknown) : isRecord(node) ? node[segment] : undefined;
  const annotations = isRecord(node) ? node['annotations'] : undefined;
  const value = isRecord(annotations) ? annotations[ignoreAnnotation] : undefined;
  if (typeof value === 'string') found.push({ directive: parseDirective(value), path: [...metadataPath, 'annotations', ignoreAnnotation], used: false });
}

/** The name of the container a path points into (…containers[2]…), if it has one. */
function containerAt(object: KubeObject, path: Path): string | undefined {
  let node: unknown = object;
  for (let i = 0; i + 1 < path.length; i++) {
    const segment = path[i] as string | number;
    node = Array.isArray(node) ? node[segment as number] : isRecord(node) ? node[segment] : undefined;
    if (typeof path[i + 1] !== 'number' || (segment !== 'containers' && segment !== 'initContainers' && segment !== 'ephemeralContainers')) continue;
    const index = path[i + 1] as number;
    const container: unknown = Array.isArray(node) ? node[index] : isRecord(node) ? node[index] : undefined;
    return isRecord(container) && typeof container['name'] === 'string' ? container['name'] : undefined;
  }
  return undefined;
}

function base(meta: CheckMeta, severity: Severity, message: string) {
  return { checkId: meta.id, severity, message: ownCopy(message), risk: meta.risk, mitigation: meta.mitigation };
}

const contexts = new WeakMap<BorrowedLayout['files'], SharedContext>();

/** The index of a layout's context, made once for all the units that share it. */
function contextOf(layout: BorrowedLayout): SharedContext {
  let context = contexts.get(layout.files);
  if (!context) contexts.set(layout.files, (context = sharedContext(layout.files.map((parsed) => parsed.objects.map((entry) => entry.object)))));
  return context;
}

/** How many objects of a scope are its own: its sources come first, what it borrowed from other units after. */
export function ownedCount(sources: readonly { objects: readonly unknown[]; borrowed?: true }[]): number {
  let owned = 0;
  for (const parsed of ownSourcesOf(sources)) owned += parsed.objects.length;
  return owned;
}
