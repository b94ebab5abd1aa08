import type { Check, CheckMeta, ObjectCheck, SourceCheck } from './check.js';
import { type Finding, compareFindings, formatPath } from './finding.js';
import { locate, rangeOfOffsets } from './locate.js';
import type { ParsedSource } from '../load/parse.js';
import { buildIndex, refOf } from '../model/object-index.js';

/**
 * Runs every check over one scope: the parsed sources whose objects may see each other.
 * Pure: the same sources and checks always give the same findings, in a stable order.
 */
export function runChecks(sources: readonly ParsedSource[], checks: readonly Check[]): Finding[] {
  const objectChecks = checks.filter((check): check is ObjectCheck => check.target === 'object');
  const sourceChecks = checks.filter((check): check is SourceCheck => check.target === 'source');
  const findings: Finding[] = [];

  for (const parsed of sources) {
    for (const check of sourceChecks) {
      for (const report of check.check(parsed.problems)) {
        const range = rangeOfOffsets(parsed.source.lineCounter, report.start, report.end);
        findings.push({ ...base(check.meta, report.message), file: parsed.source.file, ...range, exact: true, object: null, path: '' });
      }
    }
  }

  const all = sources.flatMap((parsed) => parsed.objects);
  const index = buildIndex(all.map((entry) => entry.object));
  all.forEach((entry, i) => {
    const ref = index.objects[i]?.ref ?? refOf(entry.object);
    for (const check of objectChecks) {
      for (const report of check.check(entry.object, { ref, index })) {
        const location = locate(entry.document, entry.source.lineCounter, [...entry.basePath, ...report.path]);
        findings.push({
          ...base(check.meta, report.message),
          file: entry.source.file,
          ...location,
          object: ref,
          path: formatPath(report.path),
        });
      }
    }
  });
  return findings.sort(compareFindings);
}

function base(meta: CheckMeta, message: string) {
  return { checkId: meta.id, severity: meta.severity, message, risk: meta.risk, mitigation: meta.mitigation };
}
