import { readFileSync } from 'node:fs';
import { availableParallelism } from 'node:os';
import { dirname, relative, resolve } from 'node:path';
import { checks as allChecks } from '../checks/index.js';
import { type Check, type PodSecurityLevel, type RunSettings, type Severity, defaultRunSettings } from './engine/check.js';
import { type Finding, type RunError, compareFindings, severityRank } from './engine/finding.js';
import { type ChecksConfig, type ConfiguredCheck, configureChecks } from './engine/config.js';
import { runChecks } from './engine/run.js';
import { minorVersionOf } from './engine/versions.js';
import { matchesIgnoreEntry } from './config/ignore-match.js';
import { type IgnoreRule, type SuppressionSource, applySuppressions, commentDirectives, configDirectives, unusedSuppressionId } from './engine/suppress.js';
import { type HelmOptions, type Rendered, attachHelmOrigins, renderChart, templateNear } from './load/helm.js';
import { type KustomizeOptions, buildKustomization } from './load/kustomize.js';
import { type ParsedSource, parseSource } from './load/parse.js';
import { loadKubernetesSchema } from './load/bundled-schemas.js';
import { readSourceFile } from './load/read.js';
import { mapLimited } from './load/tools.js';
import { isRecord } from './model/kinds.js';
import { createSchemaSet } from './model/schema-set.js';
import { type SchemaValidation, noSchemas } from './model/schema-validation.js';
import { STDIN, walk } from './load/walk.js';

export type { Check, CheckMeta, PodSecurityLevel, Severity } from './engine/check.js';
export type { CheckSetting, ChecksConfig } from './engine/config.js';
export { ConfigError } from './engine/config.js';
export type { Finding, RenderedPosition, RunError, Suppression } from './engine/finding.js';
export type { IgnoreRule } from './engine/suppress.js';
export type { HelmOptions } from './load/helm.js';
export type { KustomizeOptions } from './load/kustomize.js';
export { UsageError } from './load/walk.js';

export interface LintOptions {
  /** Base for relative paths in input and output. Default: process.cwd(). */
  cwd?: string;
  /** Globs of files to leave out, relative to the working directory or to a walked directory. */
  exclude?: readonly string[];
  /** Reads standard input when `-` is among the paths. */
  readStdin?: () => Promise<string>;
  /** The checks to run. Default: all. */
  checks?: readonly Check[];
  /** Per-check settings: off, a severity, options. Checks off by default run when named here. */
  config?: ChecksConfig;
  /** The Kubernetes version the manifests target (default: the newest kubeready knows); also passed to helm. */
  kubernetesVersion?: string;
  /** The Pod Security Standards level to hold workloads to (default baseline); a namespace's enforce label wins. */
  podSecurityLevel?: PodSecurityLevel;
  helm?: HelmOptions;
  kustomize?: KustomizeOptions;
  /** Renders run in parallel up to this many at once. Default: the number of cores. */
  jobs?: number;
  /** Files larger than this many bytes are reported as errors of the run, not linted. Default: 10 MB. */
  maxFileBytes?: number;
  /** CustomResourceDefinition files or folders that supply schemas for custom resources (not linted). */
  crds?: readonly string[];
  /** Report objects whose kind has no known schema (turns on schema-missing). */
  strictKinds?: boolean;
  /** False to ignore kubeready.io/ignore annotations and comment directives. Default: true. */
  inlineSuppressions?: boolean;
  /** Suppressions from the config file (absolute path); their globs match files relative to its folder. */
  ignore?: { rules: readonly IgnoreRule[]; file: string };
  /** Called as each chart or kustomization finishes rendering. */
  onRendered?: (done: number, total: number, name: string) => void;
}

export interface Summary {
  files: number;
  objects: number;
  error: number;
  warning: number;
  info: number;
  /** Findings an annotation, a comment or a config entry suppressed (not in the counts above). */
  suppressed: number;
}

export interface LintResult {
  findings: Finding[];
  /** Findings covered by a suppression, each with its reason: reported apart, never counted. */
  suppressed: Finding[];
  /** Inputs that could not be read or rendered; the rest of the run went on. */
  errors: RunError[];
  summary: Summary;
}

export { STDIN_NAME } from './engine/finding.js';
import { STDIN_NAME } from './engine/finding.js';

/**
 * Lints files, directories and `-` (stdin), as the command line does. Plain files form one scope for
 * cross-object questions; each Helm chart and each Kustomize build is a scope of its own.
 */
export async function lint(paths: readonly string[], options: LintOptions = {}): Promise<LintResult> {
  const cwd = options.cwd ?? process.cwd();
  const configured = configureChecks(options.checks ?? allChecks, withStrictKinds(options.config, options.strictKinds));
  const crdSources = await readCrdSources(options.crds ?? [], cwd);
  const inputs = await walk(paths, { cwd, exclude: options.exclude ?? [] });
  const errors: RunError[] = [];
  const units = [
    ...inputs.charts.map((dir) => ({ dir, render: () => renderChart(dir, cwd, options.helm) })),
    ...inputs.kustomizations.map((dir) => ({ dir, render: () => buildKustomization(dir, cwd, options.kustomize) })),
  ];
  let done = 0;
  // Renders start first: the tools run while plain files are parsed.
  const rendering: Promise<Rendered[]> = mapLimited(units, options.jobs ?? availableParallelism(), async (unit) => {
    const result = await unit.render();
    options.onRendered?.(++done, units.length, relative(cwd, unit.dir) || '.');
    return result;
  });
  const plain: ParsedSource[] = [];
  for (const [i, file] of inputs.files.entries()) {
    const parsed = await readPlain(file, cwd, options, errors);
    if (parsed) plain.push(parsed);
    if (units.length > 0 && i % 16 === 15) await new Promise(setImmediate); // let finished renders be read
  }
  const rendered = await rendering;
  const scopes = [plain, ...rendered.flatMap((result) => (result.parsed ? [[result.parsed]] : []))];
  errors.push(...rendered.flatMap((result) => (result.error ? [result.error] : [])));
  errors.push(...crdSources.errors);
  const readText = (file: string) => {
    try {
      return readFileSync(resolve(cwd, file), 'utf8');
    } catch {
      return undefined;
    }
  };
  return lintScopes(scopes, configured, errors, settingsOf(options), { extraCrds: crdSources.objects, ignore: options.ignore, readText, cwd });
}

function withStrictKinds(config: ChecksConfig | undefined, strictKinds: boolean | undefined): ChecksConfig | undefined {
  if (!strictKinds || config?.['schema-missing'] !== undefined) return config;
  return { ...config, 'schema-missing': 'warning' };
}

/** The objects of --crd files and folders: only their CustomResourceDefinitions are used. */
async function readCrdSources(paths: readonly string[], cwd: string): Promise<{ objects: unknown[]; errors: RunError[] }> {
  if (paths.length === 0) return { objects: [], errors: [] };
  const inputs = await walk(paths, { cwd, exclude: [] });
  const objects: unknown[] = [];
  const errors: RunError[] = [];
  for (const file of inputs.files) {
    const shown = relative(cwd, file) || file;
    const read = readSourceFile(file);
    if ('error' in read) {
      errors.push({ file: shown, message: `--crd: ${read.error}` });
      continue;
    }
    const parsed = parseSource(shown, read.text, read.problems);
    objects.push(...parsed.objects.map((entry) => entry.object));
    for (const problem of parsed.problems) errors.push({ file: shown, message: `--crd: ${problem.message}` });
  }
  return { objects, errors };
}

/** Lints one text as if it were a file: what the fixtures and the programmatic API use. */
export function lintText(
  text: string,
  file = STDIN_NAME,
  checks: readonly Check[] = allChecks,
  config?: ChecksConfig,
  settings: Partial<RunSettings> = {},
): LintResult {
  const kubernetesVersion = minorVersionOf(settings.kubernetesVersion) ?? defaultRunSettings.kubernetesVersion;
  return lintScopes([[parseSource(file, text)]], configureChecks(checks, config), [], { ...defaultRunSettings, ...settings, kubernetesVersion }, {});
}

function settingsOf(options: LintOptions): RunSettings {
  return {
    podSecurityLevel: options.podSecurityLevel ?? defaultRunSettings.podSecurityLevel,
    kubernetesVersion: minorVersionOf(options.kubernetesVersion ?? options.helm?.kubeVersion) ?? defaultRunSettings.kubernetesVersion,
    inlineSuppressions: options.inlineSuppressions ?? true,
  };
}

export { minorVersionOf } from './engine/versions.js';

async function readPlain(file: string, cwd: string, options: LintOptions, errors: RunError[]): Promise<ParsedSource | undefined> {
  let parsed: ParsedSource;
  if (file === STDIN) {
    parsed = parseSource(STDIN_NAME, options.readStdin ? await options.readStdin() : '');
  } else {
    const shown = relative(cwd, file) || file;
    const read = readSourceFile(file, { maxBytes: options.maxFileBytes });
    if ('error' in read) {
      errors.push({ file: shown, message: read.error });
      return undefined;
    }
    parsed = parseSource(shown, read.text, read.problems);
  }
  // Output of `helm template` saved to a file or piped in maps back through its # Source: comments.
  attachHelmOrigins(parsed, cwd, templateNear(file === STDIN ? undefined : file, cwd));
  return parsed;
}

interface ScopeOptions {
  extraCrds?: readonly unknown[];
  ignore?: { rules: readonly IgnoreRule[]; file: string } | undefined;
  /** Text of a file findings point at that is not among the sources (a Helm template, a Kustomize base). */
  readText?: (file: string) => string | undefined;
  cwd?: string;
}

function lintScopes(
  scopes: readonly (readonly ParsedSource[])[],
  checks: readonly ConfiguredCheck[],
  errors: RunError[],
  settings: RunSettings,
  options: ScopeOptions,
): LintResult {
  let findings: Finding[] = [];
  let suppressed: Finding[] = [];
  const schemas = schemasFor(scopes, checks, settings, options.extraCrds ?? []);
  const known = new Set(allCheckIds(checks));
  for (const scope of scopes) {
    const result = runChecks(scope, checks, settings, schemas, known);
    findings.push(...result.findings);
    suppressed.push(...result.suppressed);
    errors.push(...result.errors);
  }
  const sources = scopes.flat();
  const directives = [
    ...(settings.inlineSuppressions === false ? [] : commentDirectivesOf(sources, findings, options.readText)),
    ...(options.ignore ? configSuppressions(options.ignore, options.cwd ?? process.cwd()) : []),
  ];
  if (directives.length > 0) {
    const unused = checks.find(({ check }) => check.meta.id === unusedSuppressionId);
    const applied = applySuppressions(findings, directives, known, unused);
    findings = applied.findings;
    suppressed = [...suppressed, ...applied.suppressed];
  }
  const summary: Summary = {
    files: sources.length,
    objects: sources.reduce((sum, source) => sum + source.objects.length, 0),
    error: 0,
    warning: 0,
    info: 0,
    suppressed: suppressed.length,
  };
  for (const finding of findings) summary[finding.severity]++;
  return { findings: findings.sort(compareFindings), suppressed: suppressed.sort(compareFindings), errors, summary };
}

function configSuppressions(ignore: { rules: readonly IgnoreRule[]; file: string }, cwd: string): SuppressionSource[] {
  const configDir = dirname(ignore.file);
  return configDirectives(ignore.rules, relative(cwd, ignore.file) || ignore.file, (rule, finding) =>
    matchesIgnoreEntry(
      rule,
      {
        checkId: finding.checkId,
        kind: finding.object?.kind,
        namespace: finding.object?.namespace,
        name: finding.object?.name,
        container: finding.container,
        file: finding.file === STDIN_NAME ? undefined : resolve(cwd, finding.file),
      },
      configDir,
    ),
  );
}

/** Every check id kubeready knows, configured or not: a suppression may name a check that is off. */
function allCheckIds(configured: readonly ConfiguredCheck[]): string[] {
  return [...new Set([...allChecks.map((check) => check.meta.id), ...configured.map(({ check }) => check.meta.id)])];
}

/**
 * Comment directives of the plain sources, and of the files rendered findings point at (templates and
 * bases are read from disk; a rendered stream's own comments are not the files people edit).
 */
function commentDirectivesOf(sources: readonly ParsedSource[], findings: readonly Finding[], readText: ScopeOptions['readText']): SuppressionSource[] {
  const texts = new Map<string, string>();
  for (const parsed of sources) {
    if (parsed.objects.some((entry) => entry.origin)) continue;
    texts.set(parsed.source.file, parsed.source.text);
  }
  for (const finding of findings) {
    if (texts.has(finding.file) || !finding.rendered) continue;
    const text = readText?.(finding.file);
    if (text !== undefined) texts.set(finding.file, text);
  }
  return [...texts].flatMap(([file, text]) => (text.includes('kubeready-ignore') ? commentDirectives(file, text) : []));
}

/**
 * One schema set for the whole run, built only when a schema check runs: CustomResourceDefinitions are
 * cluster-wide, so one in any scope (or under --crd) describes its custom resources everywhere.
 */
function schemasFor(scopes: readonly (readonly ParsedSource[])[], checks: readonly ConfiguredCheck[], settings: RunSettings, extraCrds: readonly unknown[]): SchemaValidation {
  if (!checks.some(({ check }) => check.meta.id.startsWith('schema-'))) return noSchemas;
  const crds = [...extraCrds, ...scopes.flat().flatMap((source) => source.objects.map((entry) => entry.object))].filter(
    (object) => isRecord(object) && object['kind'] === 'CustomResourceDefinition',
  );
  return createSchemaSet(loadKubernetesSchema(settings.kubernetesVersion), crds, settings.kubernetesVersion);
}

/** True when a finding is at or above the threshold. */
export function meetsThreshold(severity: Severity, threshold: Severity): boolean {
  return severityRank[severity] >= severityRank[threshold];
}
