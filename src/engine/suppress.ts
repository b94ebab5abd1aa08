import type { CheckMeta, Severity } from './check.js';
import { isDockerfilePath } from '../model/dockerfile.js';
import type { ConfiguredCheck } from './config.js';
import type { Finding, Suppression } from './finding.js';
import type { IgnoreEntry } from '../config/ignore-match.js';
import { isLineTerminator, isRegExpSpace } from '../model/text-scan.js';

/** The annotation that suppresses checks on an object (or its pod template): "check-a,check-b -- reason". */
export const ignoreAnnotation = 'kubeready.io/ignore';
export const unusedSuppressionId = 'unused-suppression';

/** What a suppression names: the checks, and why. A directive without a reason suppresses nothing. */
export interface Directive {
  checks: string[];
  reason: string | undefined;
}

/** "check-a, check-b -- the reason" → the checks and the reason. */
export function parseDirective(text: string): Directive {
  const separator = text.indexOf('--');
  const list = separator === -1 ? text : text.slice(0, separator);
  const reason = separator === -1 ? '' : text.slice(separator + 2).trim();
  return {
    checks: list
      .split(/[\s,]+/)
      .map((id) => id.trim())
      .filter(Boolean),
    reason: reason || undefined,
  };
}

/** A directive found in the input or the config, and what it matched. */
export interface SuppressionSource {
  kind: Suppression['kind'];
  directive: Directive;
  /** Where the directive is written: findings about it point there. */
  file: string;
  line: number;
  column: number;
  matches(finding: Finding): boolean;
  used: boolean;
}

/** An entry of the config's ignore list. */
export type IgnoreRule = IgnoreEntry;

/**
 * The text of a `# kubeready-ignore-next-line ...` (or, with `directive` "kubeready-ignore", of a
 * `# kubeready-ignore ...`) in a line: after a `#`, spaces, the directive and at least one space, the
 * rest less those spaces, provided it has no line break (a lone \r); the first `#` that has one. What `#\s*directive\s+(.*)$`
 * found, without its time quadratic in a run of spaces: each space is looked at once or twice.
 */
function directiveText(line: string, directive: string): string | undefined {
  let lastBreak = -1;
  for (let i = 0; i < line.length; i++) if (isLineTerminator(line.charCodeAt(i))) lastBreak = i;
  for (let hash = line.indexOf('#'); hash !== -1; hash = line.indexOf('#', hash + 1)) {
    let i = hash + 1;
    while (i < line.length && isRegExpSpace(line.charCodeAt(i))) i++;
    if (!line.startsWith(directive, i)) continue;
    i += directive.length;
    if (i >= line.length || !isRegExpSpace(line.charCodeAt(i))) continue;
    while (i < line.length && isRegExpSpace(line.charCodeAt(i))) i++;
    if (i > lastBreak) return line.slice(i);
  }
  return undefined;
}

/**
 * The comment directives of one file: `# kubeready-ignore-next-line check -- reason` covers the next line
 * that is not a comment or blank, `# kubeready-ignore check -- reason` the whole YAML document it is in
 * (the whole file, in a Dockerfile).
 */
export function commentDirectives(file: string, text: string): SuppressionSource[] {
  const lines = text.split(/\r?\n/);
  const found: SuppressionSource[] = [];
  const documentStarts = [0];
  // A Dockerfile is one document: a `---` in it (a heredoc's text) starts nothing. Its `#` lines are comments too.
  if (!isDockerfilePath(file)) {
    lines.forEach((line, i) => {
      if (/^---(\s|$)/.test(line)) documentStarts.push(i + 1);
    });
  }
  lines.forEach((line, i) => {
    const next = directiveText(line, 'kubeready-ignore-next-line');
    const text = next ?? directiveText(line, 'kubeready-ignore');
    if (!text || !line.trimStart().startsWith('#')) return;
    const directive = parseDirective(text);
    const column = line.indexOf('#') + 1;
    let covers: (findingLine: number) => boolean;
    if (next) {
      let target = i + 1;
      while (target < lines.length && /^\s*(#.*)?$/.test(lines[target] ?? '')) target++;
      covers = (findingLine) => findingLine === target + 1;
    } else {
      const start = documentStarts.filter((s) => s <= i).at(-1) ?? 0;
      const end = documentStarts.find((s) => s > i) ?? lines.length + 1;
      covers = (findingLine) => findingLine - 1 >= start && findingLine - 1 < end;
    }
    found.push({
      kind: 'comment',
      directive,
      file,
      line: i + 1,
      column,
      matches: (finding) => finding.file === file && covers(finding.line) && directive.checks.includes(finding.checkId),
      used: false,
    });
  });
  return found;
}

/** The config's ignore entries, each matched against a finding by `matches` (globs on kind, name, file...). */
export function configDirectives(rules: readonly IgnoreRule[], configFile: string, matches: (rule: IgnoreRule, finding: Finding) => boolean): SuppressionSource[] {
  return rules.map((rule) => ({
    kind: 'config' as const,
    directive: { checks: [...rule.checks], reason: rule.reason },
    file: configFile,
    line: rule.line,
    column: 1,
    matches: (finding: Finding) => matches(rule, finding),
    used: false,
  }));
}

/**
 * Marks the findings each directive covers as suppressed (the first directive wins), and reports, as
 * unused-suppression, each directive that names no check, has no reason, or covers no finding.
 */
export function applySuppressions(
  findings: readonly Finding[],
  sources: readonly SuppressionSource[],
  knownChecks: ReadonlySet<string>,
  unused: ConfiguredCheck | undefined,
): { findings: Finding[]; suppressed: Finding[] } {
  const kept: Finding[] = [];
  const suppressed: Finding[] = [];
  for (const finding of findings) {
    let by: SuppressionSource | undefined;
    for (const source of sources) {
      if (!source.directive.reason || !source.matches(finding)) continue;
      source.used = true;
      by ??= source;
    }
    if (by) suppressed.push({ ...finding, suppression: { kind: by.kind, reason: by.directive.reason ?? '', file: by.file, line: by.line } });
    else kept.push(finding);
  }
  if (unused) {
    for (const source of sources) {
      const problem = unusedProblem(source, knownChecks);
      if (problem) kept.push(unusedFinding(unused, source, problem));
    }
  }
  return { findings: kept, suppressed };
}

export function unusedProblem(source: Pick<SuppressionSource, 'directive' | 'used'>, knownChecks: ReadonlySet<string>): string | undefined {
  const { checks, reason } = source.directive;
  const unknown = checks.filter((id) => !knownChecks.has(id));
  if (checks.length === 0) return 'The suppression names no check: write "check-id -- reason".';
  if (unknown.length > 0) return `The suppression names ${unknown.map((id) => `"${id}"`).join(', ')}, which ${unknown.length === 1 ? 'is not a check' : 'are not checks'} (see kubeready --list-checks).`;
  if (!reason) return `The suppression of ${checks.join(', ')} has no reason, so it suppresses nothing: add " -- why" after the check ids.`;
  if (!source.used) return `The suppression of ${checks.join(', ')} matches no finding: remove it, or fix what it points at.`;
  return undefined;
}

function unusedFinding({ check, severity }: ConfiguredCheck, source: SuppressionSource, message: string): Finding {
  const meta: CheckMeta = check.meta;
  const chosen: Severity = severity ?? meta.severity;
  return {
    checkId: meta.id,
    severity: chosen,
    message,
    file: source.file,
    line: source.line,
    column: source.column,
    endLine: source.line,
    endColumn: source.column,
    exact: true,
    approximate: false,
    object: null,
    path: '',
    risk: meta.risk,
    mitigation: meta.mitigation,
  };
}
