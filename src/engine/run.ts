import { type CheckContext, type CheckMeta, type ObjectCheck, type RunSettings, type Severity, type SourceCheck, defaultRunSettings } from './check.js';
import type { ConfiguredCheck } from './config.js';
import { type Finding, type RunError, compareFindings, formatPath } from './finding.js';
import { locate, rangeOfOffsets } from './locate.js';
import { placeInOrigin } from './placement.js';
import type { ParsedSource } from '../load/parse.js';
import { buildIndex, refOf } from '../model/object-index.js';
import { type SchemaValidation, noSchemas } from '../model/schema-validation.js';

/**
 * Runs every check over one scope: the parsed sources whose objects may see each other.
 * Pure: the same sources and checks always give the same findings, in a stable order.
 */
export function runChecks(
  sources: readonly ParsedSource[],
  checks: readonly ConfiguredCheck[],
  settings: RunSettings = defaultRunSettings,
  schemas: SchemaValidation = noSchemas,
): { findings: Finding[]; errors: RunError[] } {
  const objectChecks = checks.filter((c): c is ConfiguredCheck & { check: ObjectCheck } => c.check.target === 'object');
  const sourceChecks = checks.filter((c): c is ConfiguredCheck & { check: SourceCheck } => c.check.target === 'source');
  const findings: Finding[] = [];
  const errors: RunError[] = [];

  for (const parsed of sources) {
    for (const { check, severity } of sourceChecks) {
      for (const report of check.check(parsed.problems)) {
        const range = rangeOfOffsets(parsed.source.lineCounter, report.start, report.end);
        findings.push({
          ...base(check.meta, severity ?? check.meta.severity, report.message),
          file: parsed.source.file,
          ...range,
          exact: true,
          approximate: false,
          object: null,
          path: '',
        });
      }
    }
  }

  const all = sources.flatMap((parsed) => parsed.objects);
  const index = buildIndex(all.map((entry) => entry.object));
  all.forEach((entry, i) => {
    const ref = index.objects[i]?.ref ?? refOf(entry.object);
    for (const { check, severity, options } of objectChecks) {
      try {
        for (const report of check.check(entry.object, { ref, index, options, settings, schemas } as CheckContext<unknown>)) {
          const location = locate(entry.document, entry.source.lineCounter, [...entry.basePath, ...report.path]);
          const { exact, depth: _depth, ...rendered } = location;
          const placed = entry.origin ? placeInOrigin(entry.origin, report.path, { ...location, depth: location.depth - entry.basePath.length }) : undefined;
          findings.push({
            ...base(check.meta, severity ?? report.severity ?? check.meta.severity, report.message),
            file: placed?.file ?? entry.source.file,
            ...(placed?.range ?? rendered),
            exact,
            approximate: placed?.approximate ?? false,
            ...(entry.origin && { rendered: { via: entry.origin.via, file: entry.source.file, ...rendered } }),
            object: ref,
            path: formatPath(report.path),
          });
        }
      } catch (error) {
        // A check must never throw; if one does, say where and go on with the others.
        const { line } = locate(entry.document, entry.source.lineCounter, entry.basePath);
        const reason = error instanceof Error ? error.message : String(error);
        errors.push({ file: entry.source.file, line, message: `internal error in check ${check.meta.id} on ${ref.kind} "${ref.name}": ${reason}` });
      }
    }
  });
  return { findings: findings.sort(compareFindings), errors };
}

function base(meta: CheckMeta, severity: Severity, message: string) {
  return { checkId: meta.id, severity, message, risk: meta.risk, mitigation: meta.mitigation };
}
