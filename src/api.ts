import { createHash } from 'node:crypto';
import { availableParallelism } from 'node:os';
import { dirname, relative, resolve } from 'node:path';
import { checks as allChecks } from '../checks/index.js';
import { type Check, type PodSecurityLevel, type RunSettings, type Severity, defaultRunSettings } from './engine/check.js';
import { type Finding, type RunError, compareFindings, severityRank } from './engine/finding.js';
import { ownRef } from './engine/own-copy.js';
import { type ChecksConfig, type ConfiguredCheck, configureChecks } from './engine/config.js';
import { type Evaluation, type EvaluationMemo, keptEvaluations, ownedCount, runChecks } from './engine/run.js';
import { type CrdSets, type ParsedInWorker, WorkerPool, checkInWorkers, parseInWorkers } from './engine/threads.js';
import { minorVersionOf } from './engine/versions.js';
import { matchesIgnoreEntry } from './config/ignore-match.js';
import { type IgnoreRule, type SuppressionSource, applySuppressions, commentDirectives, configDirectives, unusedSuppressionId } from './engine/suppress.js';
import { type HelmOptions, type RenderBounds, type Rendered, attachHelmOrigins, renderChart, templateNear } from './load/helm.js';
import { gitRepositoryOf, isInside, repositoryRoot } from './load/confine.js';
import { type KustomizeOptions, buildKustomization } from './load/kustomize.js';
import type { RenderCounts, RenderReuse } from './load/render-cache.js';
import { type ParseProblem, type ParsedSource, parseSource, releaseChecked, releaseRead, releaseText, sourceOf } from './load/parse.js';
import { loadKubernetesSchema } from './load/bundled-schemas.js';
import { type ParseCache, type ScopeResult, evaluationKey, openParseCache, thisBuildId } from './load/parse-cache.js';
import { readSourceFile, readTextIfExists } from './load/read.js';
import { defaultCacheKeyFile, loadCacheKey } from './load/cache-key.js';
import { exhaustionOf } from './engine/errors.js';
import { type ToolLimits, defaultToolLimits, mapLimited } from './load/tools.js';
import { isRecord } from './model/kinds.js';
import { refOf } from './model/object-index.js';
import { createSchemaSet, definitionsHashOf } from './model/schema-set.js';
import { type SchemaValidation, type VerdictMemo, noSchemas } from './model/schema-validation.js';
import { lastReadIn, ownSourcesOf, releaseLayout, scopeSources, unitsOf } from './load/units.js';
import { STDIN, walk } from './load/walk.js';
import { isDockerfilePath } from './model/dockerfile.js';
import type { ImageBuilds } from './model/image-builds.js';
import { imageBuildsOf } from './load/image-builds.js';

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
  /**
   * Folders whose plain files are applied together, with their sub-folders (the config's `units:`). By
   * default each folder is a unit of its own: see unitsOf.
   */
  units?: readonly string[];
  /**
   * For a plain file named in `paths`, read the other manifests of its folder too, so that its unit is
   * checked whole, and report only the findings in the files named. Default: true.
   */
  context?: boolean;
  /** Time and output bounds of each helm or kustomize run. Default: 60 s and 64 MB. */
  renderLimits?: Partial<Pick<ToolLimits, 'timeoutMs' | 'maxOutputBytes'>>;
  /**
   * Threads that parse and check, and renders run at once. Default: this thread only (on 2 cores two threads
   * are slower than one: docs/performance.md), and as many renders at once as there are cores.
   */
  jobs?: number;
  /** Files to parse smaller than this many characters in all are parsed on this thread. Default: 1 MB. */
  parallelMinBytes?: number;
  /** Fewer objects than this are checked on this thread. Default: 10,000. */
  parallelMinObjects?: number;
  /** Told how many characters of plain files the run is about to parse, once they are read: files the cache holds are not parsed, nor counted. */
  onInput?: (characters: number) => void;
  /** Files larger than this many bytes are reported as errors of the run, not linted. Default: 10 MB. */
  maxFileBytes?: number;
  /** CustomResourceDefinition files or folders that supply schemas for custom resources (not linted). */
  crds?: readonly string[];
  /** Report objects whose kind has no known schema (turns on schema-missing). */
  strictKinds?: boolean;
  /** False to ignore kubeready.io/ignore annotations and comment directives. Default: true. */
  inlineSuppressions?: boolean;
  /** What fixes may write that the manifests do not say (the config's `fix:` section). */
  fix?: RunSettings['fix'];
  /** Images built from Dockerfiles of the input: image name to the Dockerfile's path (the config's `images:`). */
  images?: Readonly<Record<string, string>>;
  /** Suppressions from the config file (absolute path); their globs match files relative to its folder. */
  ignore?: { rules: readonly IgnoreRule[]; file: string };
  /**
   * Cache file for parsed files (`--cache`): an unchanged file is read from it instead of parsed.
   * Default: no cache.
   */
  cacheFile?: string;
  /**
   * The key that signs the cache file, so that a cache this user did not write (one committed to a
   * repository) is never trusted. Default: $XDG_CACHE_HOME/kubeready/cache-key, else
   * ~/.cache/kubeready/cache-key; made on first use. When it cannot be had, the cache is not used.
   */
  cacheKeyFile?: string;
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

export interface CacheStats {
  /** Texts whose parse came from the cache, and texts parsed: files, render outputs, and the files a render's findings are placed in. */
  hits: number;
  misses: number;
  /**
   * `rejected`: the cache file was of another build, truncated or altered, or not signed with this
   * user's key, and was rebuilt. `unused`: there was no key to sign it with (`error` says why).
   */
  loaded: 'fresh' | 'read' | 'rejected' | 'unused';
  written: boolean;
  /** Helm renders and Kustomize builds run (`done`), and taken from the cache because nothing they read changed (`reused`); absent when the cache was not used. */
  renders?: RenderCounts;
  /** Why the cache could not be written; the lint itself is complete. */
  error?: string;
}

/** One object a run linted: what the findings on it name, and where it was read. */
export interface LintedObject {
  apiVersion: string;
  kind: string;
  namespace: string;
  name: string;
  /** The file it was read from; for rendered objects the chart or kustomization, as a finding's rendered.file. */
  file: string;
  /** For rendered objects: the template or base file it came from. */
  origin?: string;
  /** Index of its deployment unit in the run: the objects of one unit are checked together. */
  unit: number;
}

export interface LintResult {
  findings: Finding[];
  /** Findings covered by a suppression, each with its reason: reported apart, never counted. */
  suppressed: Finding[];
  /** Inputs that could not be read or rendered; the rest of the run went on. */
  errors: RunError[];
  summary: Summary;
  /**
   * Every object linted (not those a unit only read as context), in the order read: what the HTML report
   * scores and lists per object. Absent from a result that did not come from lint or lintText.
   */
  objects?: LintedObject[];
  /** With a cache file: what the cache did. */
  cache?: CacheStats;
  /** Ids of the checks on by default that the config turned off, so that they did not run; absent when none. */
  disabledChecks?: string[];
  /** Findings a baseline file holds, left out of `findings` and the summary's counts; set by the command line's --baseline. */
  baselined?: number;
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
  const inputs = await walk(paths, { cwd, exclude: options.exclude ?? [], context: options.context });
  // The repositories of the paths named: what their units may read, and where no tool is taken from.
  const named = paths.filter((path) => path !== STDIN);
  const roots = [...new Set((named.length < paths.length || named.length === 0 ? [cwd, ...named] : named).map((path) => repositoryRoot(path, cwd)))];
  const cwdRoot = repositoryRoot(cwd, cwd);
  const limits = { ...defaultToolLimits, ...options.renderLimits };
  const boundsOf = (dir: string): RenderBounds => ({ root: roots.filter((root) => isInside(dir, root)).sort((a, b) => b.length - a.length)[0] ?? repositoryRoot(dir, cwd), untrusted: roots, limits });
  const errors: RunError[] = [];
  for (const { dir, code } of inputs.unreadable) errors.push({ file: relative(cwd, dir) || '.', message: `cannot read the folder: ${code}; the files in it are not linted` });
  const keyed = options.cacheFile === undefined ? undefined : loadCacheKey(options.cacheKeyFile ?? defaultCacheKeyFile(process.env));
  const cache = options.cacheFile !== undefined && keyed && 'key' in keyed ? openParseCache(resolve(cwd, options.cacheFile), thisBuildId(), keyed.key) : undefined;
  const reuse: RenderReuse | undefined = cache && { memo: cache.renders, counts: { done: 0, reused: 0 }, tools: new Map(), parse: (file, text) => parseThroughCache(cache, file, text) };
  const units = [
    ...inputs.charts.map((dir) => ({ dir, render: () => renderChart(dir, cwd, options.helm, boundsOf(dir), reuse) })),
    ...inputs.kustomizations.map((dir) => ({ dir, render: () => buildKustomization(dir, cwd, options.kustomize, boundsOf(dir), reuse) })),
  ];
  let done = 0;
  // Renders start first: the tools run while plain files are parsed.
  const rendering: Promise<Rendered[]> = mapLimited(units, options.jobs ?? availableParallelism(), async (unit) => {
    const result = await unit.render().catch((error: unknown): Rendered => {
      // Output too large to hold or parse is that unit's error, not the run's end.
      const why = exhaustionOf(error);
      if (why === undefined) throw error;
      return { error: { file: relative(cwd, unit.dir) || '.', message: `cannot lint the rendered output: ${why}` } };
    });
    options.onRendered?.(++done, units.length, relative(cwd, unit.dir) || '.');
    return result;
  });
  const jobs = options.jobs ?? 1;
  let pool: WorkerPool | undefined;
  const poolOf = () => (pool ??= jobs > 1 ? WorkerPool.create(jobs) : undefined);
  try {
    const plain = await readPlainFiles(inputs.files, cwd, options, errors, cache, poolOf, units.length > 0, (file) => [...new Set([boundsOf(file === STDIN ? cwd : dirname(file)).root, cwdRoot])]);
    inputs.files.length = 0; // their absolute paths, one string per file, are not needed past the read
    const rendered = await rendering;
    const contextOnly = new Set(inputs.contextOnly.map((file) => relative(cwd, file) || file));
    const plainUnits = unitsOf(plain, { cwd, declared: options.units, contextOnly });
    const renders = rendered.flatMap((result) => (result.parsed ? [[result.parsed]] : []));
    const renderKeys = rendered.flatMap((result) => (result.parsed ? [result.reuseKey] : []));
    const scopes = [...plainUnits.map((unit) => unit.sources), ...renders];
    const reported = [...plainUnits.map((unit) => unit.reported), ...renders.map(() => undefined)];
    for (const result of rendered) if (result.error) errors.push(result.error);
    for (const error of crdSources.errors) errors.push(error);
    const settings = settingsOf(options, imageBuildsOf(plain, cwd, absolutePaths(options.images, cwd)));
    // Only kubeready's own checks have their evaluations kept: the cache knows their code, not a caller's.
    const evaluations = cache && onlyOwnChecks(configured) ? { memo: cache.evaluations, key: evaluationKey(configured, settings) } : undefined;
    const crds = usesSchemas(configured) ? crdSetsOf(scopes, crdSources.objects, cwd) : undefined;
    // A scope whose files, checks, settings and definitions are all as in an earlier run is not checked again:
    // its findings are the earlier run's.
    const fingerprints = cache && evaluations ? scopeFingerprints(scopes, [...plainUnits.map(() => undefined), ...renderKeys], cache, evaluations.key, crds, cwd) : [];
    const recorded = fingerprints.map((fingerprint) => (fingerprint === undefined ? undefined : cache?.scopes.get(fingerprint)));
    const inWorkers = await evaluateInWorkers(
      scopes.map((scope, i) => (recorded[i] ? [] : scope)),
      configured,
      settings,
      crds,
      cache?.verdicts,
      evaluations,
      options,
      poolOf,
    );
    const result = lintScopes(scopes, configured, errors, settings, {
      reported,
      disabledChecks: disabledChecksOf(options.checks ?? allChecks, configured),
      crds,
      ...(cache && crds && { definitionsHashes: crds.sets.map((set) => definitionsHashOf(set, cache.identityOf)) }),
      ignore: options.ignore,
      readText: (file) => readTextIfExists(resolve(cwd, file)),
      cwd,
      ...(cache && { verdicts: cache.verdicts }),
      ...(evaluations && { evaluations }),
      ...(inWorkers && { evaluated: inWorkers }),
      recorded,
      // Only when a scope's result can be kept: making the record costs a copy of every finding.
      ...(cache && fingerprints.some((fingerprint) => fingerprint !== undefined) && {
        record(i: number, result: ScopeResult) {
          const fingerprint = fingerprints[i];
          if (fingerprint !== undefined && !recorded[i]) cache.scopes.put(fingerprint, result);
        },
      }),
    });
    if (keyed && 'error' in keyed) return { ...result, cache: { hits: 0, misses: 0, loaded: 'unused', written: false, error: keyed.error } };
    if (!cache || !reuse) return result;
    const saved = cache.save();
    return { ...result, cache: { ...cache.stats, written: saved.written, renders: reuse.counts, ...(saved.error !== undefined && { error: saved.error }) } };
  } finally {
    await pool?.close();
  }
}

/** Inputs smaller than these are parsed and checked on the main thread: starting workers costs more. */
const defaultParallelMinBytes = 1024 * 1024;
const defaultParallelMinObjects = 10_000;

/**
 * Reads the plain files, takes what the cache has, and parses the rest: in worker threads when there
 * is enough of it, else here. The result is in walk order either way.
 */
async function readPlainFiles(
  files: readonly string[],
  cwd: string,
  options: LintOptions,
  errors: RunError[],
  cache: ParseCache | undefined,
  poolOf: () => WorkerPool | undefined,
  rendering: boolean,
  rootsOf: (file: string) => string[],
): Promise<ParsedSource[]> {
  const slots: (ParsedSource | undefined)[] = [];
  const slotFiles: string[] = []; // the file of each slot: a file that could not be read has none
  const misses: { slot: number; file: string; text: string; carried: ParseProblem[] }[] = [];
  for (const file of files) {
    if (file === STDIN) {
      let text: string;
      try {
        text = options.readStdin ? await options.readStdin() : '';
      } catch (error) {
        errors.push({ file: STDIN_NAME, message: error instanceof Error ? error.message : String(error) });
        continue;
      }
      // `helm template chart | kubeready -` must not pass when helm failed and wrote nothing.
      if (holdsNoDocument(text)) errors.push({ file: STDIN_NAME, message: emptyStdinMessage });
      else {
        slots.push(parseSource(STDIN_NAME, text));
        slotFiles.push(STDIN);
      }
      continue;
    }
    const shown = relative(cwd, file) || file;
    const read = readSourceFile(file, { maxBytes: options.maxFileBytes });
    if ('error' in read) {
      errors.push({ file: shown, message: read.error });
      continue;
    }
    const cached = cache?.lookup(shown, read.text, read.problems);
    if (!cached) misses.push({ slot: slots.length, file: shown, text: read.text, carried: read.problems });
    slots.push(cached);
    slotFiles.push(file);
  }
  const missedCharacters = misses.reduce((sum, miss) => sum + miss.text.length, 0);
  options.onInput?.(missedCharacters);
  const pool = missedCharacters >= (options.parallelMinBytes ?? defaultParallelMinBytes) ? poolOf() : undefined;
  let inWorkers: ParsedInWorker[] | undefined;
  if (pool) {
    try {
      inWorkers = await parseInWorkers(pool, misses.map(({ file, text, carried }) => ({ file, text, carried })));
    } catch {
      inWorkers = undefined; // a worker that failed to start or died: parse here instead
    }
  }
  for (const [i, miss] of misses.entries()) {
    const fromWorker = inWorkers?.[i];
    let parsed: ParsedSource;
    try {
      parsed = fromWorker ? fromWorkerParse(miss.file, miss.text, fromWorker) : parseSource(miss.file, miss.text, miss.carried);
    } catch (error) {
      // A file too large to hold or parse is that file's error; the other files are linted.
      const why = exhaustionOf(error);
      if (why === undefined) throw error;
      errors.push({ file: miss.file, message: `cannot lint: ${why}` });
      continue;
    }
    cache?.store(miss.text, parsed, miss.carried);
    miss.text = ''; // or this list would hold every text until the last file is parsed
    releaseTextUnlessRead(parsed);
    slots[miss.slot] = parsed;
    if (rendering && !fromWorker && i % 16 === 15) await new Promise(setImmediate); // let finished renders be read
  }
  const plain: ParsedSource[] = [];
  for (const [i, parsed] of slots.entries()) {
    if (!parsed) continue;
    // Output of `helm template` saved to a file or piped in maps back through its # Source: comments.
    const file = slotFiles[i] ?? STDIN;
    attachHelmOrigins(parsed, cwd, templateNear(file === STDIN ? undefined : file, cwd, rootsOf(file)), 'stay');
    plain.push(file === STDIN ? parsed : unlessNoManifest(parsed));
    releaseTextUnlessRead(parsed); // one from the cache
  }
  return plain;
}

/**
 * Lets go of a file's text right after its parse (releaseText), unless the run reads it again: a file with
 * comment directives (commentDirectivesOf), or one without objects, which unlessNoManifest looks into.
 */
function releaseTextUnlessRead(parsed: ParsedSource): void {
  if (parsed.objects.length > 0 && !parsed.source.text.includes(directiveMarker)) releaseText(parsed);
}

/**
 * A directory holds YAML and JSON that are not manifests: CI workflows, editor settings with comments
 * (.vscode/settings.json, tsconfig.json), tool configs. A text file with no Kubernetes object that never
 * mentions apiVersion is one of those, and what the parser says of it is not reported. Still reported:
 * an empty file where its format makes that an error (an empty .json), a file that is not text at all
 * (bytes that are not UTF-8, control characters: an encrypted or damaged manifest), and standard input.
 */
function unlessNoManifest(parsed: ParsedSource): ParsedSource {
  // A Dockerfile is one by its name: what its parser says of it is reported.
  if (isDockerfilePath(parsed.source.file)) return parsed;
  if (parsed.objects.length > 0 || parsed.problems.length === 0) return parsed;
  const text = parsed.source.text;
  if (text.trim() === '' || text.includes('apiVersion')) return parsed;
  return parsed.problems.some((problem) => notText.has(problem.code)) ? parsed : { ...parsed, problems: [] };
}

const notText = new Set(['INVALID_UTF8', 'CONTROL_CHARACTER']);

const emptyStdinMessage = 'standard input is empty (nothing was piped in, or only comments): did the command before kubeready fail?';

/** True for a text of blank lines, comments and document markers only: no YAML or JSON at all. */
function holdsNoDocument(text: string): boolean {
  // Line by line, up to the first that holds anything: a large input is not split whole.
  for (const [line] of text.replace(/^\uFEFF/, '').matchAll(/[^\r\n]+/g)) {
    if (!/^[ \t]*(?:#.*)?$/.test(line) && !/^(?:---|\.\.\.)(?:[ \t]+(?:#.*)?)?$/.test(line)) return false;
  }
  return true;
}

function fromWorkerParse(file: string, text: string, parsed: ParsedInWorker): ParsedSource {
  const source = sourceOf(file, parsed.text ?? text, parsed.lineStarts);
  return { source, objects: parsed.objects.map((entry) => ({ ...entry, source })), problems: parsed.problems };
}

/**
 * The object checks of every scope run in worker threads, when there are enough objects and every
 * check is one of kubeready's own (a worker finds checks by id; a caller's own checks run here).
 * Undefined: run them on this thread.
 */
async function evaluateInWorkers(
  scopes: readonly (readonly ParsedSource[])[],
  checks: readonly ConfiguredCheck[],
  settings: RunSettings,
  crds: CrdSets | undefined,
  verdicts: VerdictMemo | undefined,
  evaluations: KeptEvaluationsOf | undefined,
  options: LintOptions,
  poolOf: () => WorkerPool | undefined,
): Promise<Evaluation[][] | undefined> {
  if ((options.jobs ?? 1) <= 1) return undefined;
  let total = 0;
  for (const scope of scopes) for (const parsed of scopeSources(scope)) total += parsed.objects.length;
  if (total < (options.parallelMinObjects ?? defaultParallelMinObjects)) return undefined;
  if (!onlyOwnChecks(checks)) return undefined;
  const pool = poolOf();
  if (!pool) return undefined;
  // Made only for the workers: every scope's list at once, context included, is memory in the units times their context.
  const objects = scopes.map((scope) => scopeSources(scope).flatMap((parsed) => parsed.objects.map((entry) => entry.object)));
  try {
    return await checkInWorkers(pool, objects, checks, settings, crds, verdicts, evaluations, scopes.map(ownedCount));
  } catch {
    return undefined; // a worker that failed: check here instead
  }
}

/** True when every check is one of kubeready's own: a worker finds those by id, and the cache knows their code. */
function onlyOwnChecks(checks: readonly ConfiguredCheck[]): boolean {
  const own = new Set<Check>(allChecks);
  return checks.every(({ check }) => own.has(check));
}

/**
 * Each scope's fingerprint for the cache: its files, and what else decides its findings, the run's checks
 * and settings (`key`) and the definitions from outside the scope. A render is named by its output and
 * everything it was made from (`renderKeys`, with the folder it is shown from). Undefined for a scope the
 * cache does not hold every file of.
 */
function scopeFingerprints(
  scopes: readonly (readonly ParsedSource[])[],
  renderKeys: readonly (string | undefined)[],
  cache: ParseCache,
  key: string,
  crds: CrdSets | undefined,
  cwd: string,
): (string | undefined)[] {
  return scopes.map((unitSources, i) => {
    const scope = scopeSources(unitSources);
    const own = new Set<unknown>(scope.flatMap((parsed) => parsed.objects.map((entry) => entry.object)));
    const set = crds?.sets[crds.ofScope[i] ?? -1] ?? [];
    const salt = `${key} ${definitionsHashOf(set.filter((crd) => !own.has(crd)), cache.identityOf)}`;
    const render = renderKeys[i];
    if (render !== undefined) return createHash('sha256').update(`render\0${salt}\0${render}\0${cwd}\0${scope[0]?.source.file ?? ''}`).digest('base64url');
    return cache.scopeFingerprint(scope, salt);
  });
}

/** The parse of a text from the cache, or parsed now and kept there. */
function parseThroughCache(cache: ParseCache, file: string, text: string): ParsedSource {
  const cached = cache.lookup(file, text, []);
  if (cached) return cached;
  const parsed = parseSource(file, text);
  cache.store(text, parsed, []);
  return parsed;
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
  for (const { dir, code } of inputs.unreadable) errors.push({ file: relative(cwd, dir) || '.', message: `--crd: cannot read the folder: ${code}` });
  for (const file of inputs.files) {
    const shown = relative(cwd, file) || file;
    const read = readSourceFile(file);
    if ('error' in read) {
      errors.push({ file: shown, message: `--crd: ${read.error}` });
      continue;
    }
    const parsed = parseSource(shown, read.text, read.problems);
    for (const entry of parsed.objects) objects.push(entry.object);
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
  const configured = configureChecks(checks, config);
  return lintScopes([[parseSource(file, text)]], configured, [], { ...defaultRunSettings, ...settings, kubernetesVersion }, { disabledChecks: disabledChecksOf(checks, configured) });
}

/** The checks on by default that do not run: the config turned them off. */
function disabledChecksOf(checks: readonly Check[], configured: readonly ConfiguredCheck[]): string[] {
  const running = new Set(configured.map(({ check }) => check));
  return checks.filter((check) => check.meta.enabledByDefault !== false && !running.has(check)).map((check) => check.meta.id);
}

function settingsOf(options: LintOptions, images: ImageBuilds | undefined): RunSettings {
  return {
    podSecurityLevel: options.podSecurityLevel ?? defaultRunSettings.podSecurityLevel,
    kubernetesVersion: minorVersionOf(options.kubernetesVersion ?? options.helm?.kubeVersion) ?? defaultRunSettings.kubernetesVersion,
    inlineSuppressions: options.inlineSuppressions ?? true,
    ...(options.fix && { fix: options.fix }),
    ...(images && { images }),
  };
}

function absolutePaths(paths: Readonly<Record<string, string>> | undefined, cwd: string): Record<string, string> {
  return Object.fromEntries(Object.entries(paths ?? {}).map(([key, path]) => [key, resolve(cwd, path)]));
}

export { minorVersionOf } from './engine/versions.js';

/** The evaluations the parse cache keeps, and the key of this run's checks and settings. */
interface KeptEvaluationsOf {
  memo: EvaluationMemo;
  key: string;
}

/**
 * The sources of the scopes that are reported on (not a unit's context), each once: asked scope by scope in
 * scope order, the sources of each scope that no earlier one gave.
 */
function ownSourcesIn(reported: ScopeOptions['reported']): (i: number, scope: readonly ParsedSource[]) => ParsedSource[] {
  const seen = new Set<string>();
  return (i, scope) => {
    const sources: ParsedSource[] = [];
    for (const parsed of ownSourcesOf(scope)) {
      const file = parsed.source.file;
      if (reported?.[i] !== undefined && !reported[i]?.has(file)) continue;
      if (seen.has(file) && reported?.[i] !== undefined) continue;
      seen.add(file);
      sources.push(parsed);
    }
    return sources;
  };
}

interface ScopeOptions {
  /** Per scope, the files whose findings it reports (a unit of plain files); undefined: all of them. */
  reported?: readonly (ReadonlySet<string> | undefined)[];
  /** The object checks' results per scope, when worker threads ran them. */
  evaluated?: readonly (readonly Evaluation[])[];
  /** Schema verdicts kept by the parse cache. */
  verdicts?: VerdictMemo;
  /** Evaluations kept by the parse cache. */
  evaluations?: KeptEvaluationsOf;
  /** The CustomResourceDefinitions each scope validates with (crdSetsOf), when a schema check runs. */
  crds?: CrdSets | undefined;
  /** A name of each of those sets (definitionsHashOf). */
  definitionsHashes?: readonly string[];
  /** Per scope, what the checks found in a run over the very same scope, kept by the cache. */
  recorded?: readonly (ScopeResult | undefined)[];
  /** Told what the checks found in each scope that was checked, for the cache. */
  record?: (scope: number, result: ScopeResult) => void;
  ignore?: { rules: readonly IgnoreRule[]; file: string } | undefined;
  /** Text of a file findings point at that is not among the sources (a Helm template, a Kustomize base). */
  readText?: (file: string) => string | undefined;
  cwd?: string;
  /** LintResult.disabledChecks. */
  disabledChecks?: readonly string[];
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
  const schemasOf = schemasFor(scopes, checks, settings, options);
  const evaluated = options.evaluated;
  const kept = options.evaluations;
  const known = new Set(allCheckIds(checks));
  const metaOf = new Map(checks.map(({ check }) => [check.meta.id, check.meta]));
  // In the order runChecks gives the fields: the JSON output is the same byte for byte.
  const withMeta = ({ checkId, severity, message, ...rest }: ScopeResult['findings'][number]): Finding => {
    const meta = metaOf.get(checkId);
    return { checkId, severity, message, risk: meta?.risk ?? '', mitigation: meta?.mitigation ?? '', ...rest };
  };
  const withoutMeta = ({ risk: _risk, mitigation: _mitigation, ...finding }: Finding) => finding;
  // The last scope that checks each file as its own: what the file holds for its checks is let go after that one.
  const lastCheckOf = new Map<ParsedSource, number>();
  for (const [i, scope] of scopes.entries()) for (const parsed of ownSourcesOf(scope)) lastCheckOf.set(parsed, i);
  // The files each scope is the last to read: their objects are let go after it, but for their references.
  const lastRead = lastReadIn(scopes);
  // The texts comment directives are read from (see commentDirectivesOf), taken before they are let go.
  const directiveTexts = new Map<string, string>();
  const reportedIn = ownSourcesIn(options.reported);
  const sources: ParsedSource[] = [];
  for (const [i, scope] of scopes.entries()) {
    const recorded = options.recorded?.[i];
    let result: { findings: Finding[]; suppressed: Finding[]; errors: RunError[] };
    if (recorded) {
      result = { findings: recorded.findings.map(withMeta), suppressed: recorded.suppressed.map(withMeta), errors: recorded.errors };
    } else {
      const schemas = schemasOf(i);
      result = runChecks(scope, checks, settings, schemas, known, { evaluated: evaluated?.[i], kept: kept && keptEvaluations(kept.memo, kept.key, schemas) });
      options.record?.(i, { findings: result.findings.map(withoutMeta), suppressed: result.suppressed.map(withoutMeta), errors: result.errors });
    }
    // Of a unit's context (objects of other units it relates to), the unit that owns them reports.
    const reported = options.reported?.[i];
    // A finding of saved helm output names its template: the file it was read from is the rendered one.
    const own = (item: { file: string; rendered?: { file: string } | undefined }) => reported === undefined || reported.has(item.rendered?.file ?? item.file);
    // One at a time: pushing a spread of 100,000 findings or more overflows the stack.
    for (const finding of result.findings) if (own(finding)) findings.push(finding);
    for (const finding of result.suppressed) if (own(finding)) suppressed.push(finding);
    for (const error of result.errors) if (own(error)) errors.push(error);
    for (const parsed of reportedIn(i, scope)) {
      sources.push(parsed);
      if (holdsDirectives(parsed)) directiveTexts.set(parsed.source.file, parsed.source.text);
    }
    for (const parsed of ownSourcesOf(scope)) if (lastCheckOf.get(parsed) === i) releaseChecked(parsed);
    releaseLayout(scope);
    for (const parsed of lastRead[i] ?? []) releaseRead(parsed);
  }
  const directives = [
    ...(settings.inlineSuppressions === false ? [] : commentDirectivesOf(directiveTexts, findings, options.readText)),
    ...(options.ignore ? configSuppressions(options.ignore, options.cwd ?? process.cwd()) : []),
  ];
  if (directives.length > 0) {
    const unused = checks.find(({ check }) => check.meta.id === unusedSuppressionId);
    const applied = applySuppressions(findings, directives, known, unused);
    findings = applied.findings;
    suppressed = [...suppressed, ...applied.suppressed];
  }
  // A check whose fixes the config turns off (`fix: false`) reports as if it had none.
  const unfixed = new Set(checks.filter((configured) => configured.fix === false).map(({ check }) => check.meta.id));
  if (unfixed.size > 0) for (const finding of [...findings, ...suppressed]) if (finding.fix && unfixed.has(finding.checkId)) delete finding.fix;
  const summary: Summary = {
    files: sources.length,
    objects: sources.reduce((sum, source) => sum + source.objects.length, 0),
    error: 0,
    warning: 0,
    info: 0,
    suppressed: suppressed.length,
  };
  for (const finding of findings) summary[finding.severity]++;
  const disabledChecks = options.disabledChecks ?? [];
  return {
    findings: findings.sort(compareFindings),
    suppressed: suppressed.sort(compareFindings),
    errors,
    summary,
    objects: lintedObjects(scopes, options.reported),
    ...(disabledChecks.length > 0 && { disabledChecks: [...disabledChecks] }),
  };
}

/** The objects each scope reports on, with the scope's index: the sources ownSources keeps, less borrowed ones. */
function lintedObjects(scopes: readonly (readonly ParsedSource[])[], reported: ScopeOptions['reported']): LintedObject[] {
  const objects: LintedObject[] = [];
  for (const [unit, scope] of scopes.entries()) {
    for (const parsed of ownSourcesOf(scope)) {
      if (reported?.[unit] !== undefined && !reported[unit]?.has(parsed.source.file)) continue;
      for (const entry of parsed.objects) {
        const { apiVersion, kind, namespace, name } = ownRef(refOf(entry.object));
        objects.push({ apiVersion, kind, namespace, name, file: entry.source.file, ...(entry.origin && { origin: entry.origin.file }), unit });
      }
    }
  }
  return objects;
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
 * Whether comment directives are read from a source: a plain file (a rendered stream's own comments are not
 * the files people edit) with a directive in it. No finding can be in a file without objects or problems: a
 * comment there (the starter .kubeready.yaml mentions # kubeready-ignore) suppresses nothing and is not
 * reported unused.
 */
function holdsDirectives(parsed: ParsedSource): boolean {
  if (parsed.objects.some((entry) => entry.origin)) return false;
  if (parsed.objects.length === 0 && parsed.problems.length === 0) return false;
  return parsed.source.text.includes(directiveMarker);
}

const directiveMarker = 'kubeready-ignore';

/**
 * Comment directives of the plain sources that hold any (`texts`, by file), and of the files rendered
 * findings point at (templates and bases, read from disk).
 */
function commentDirectivesOf(plain: ReadonlyMap<string, string>, findings: readonly Finding[], readText: ScopeOptions['readText']): SuppressionSource[] {
  const texts = new Map(plain);
  for (const finding of findings) {
    if (texts.has(finding.file) || !finding.rendered) continue;
    const text = readText?.(finding.file);
    if (text !== undefined) texts.set(finding.file, text);
  }
  return [...texts].flatMap(([file, text]) => (text.includes(directiveMarker) ? commentDirectives(file, text) : []));
}

/** Each scope's schema set, one per set of definitions, built when a scope first needs it and only when a schema check runs. */
function schemasFor(
  scopes: readonly (readonly ParsedSource[])[],
  checks: readonly ConfiguredCheck[],
  settings: RunSettings,
  options: Pick<ScopeOptions, 'crds' | 'definitionsHashes' | 'verdicts'>,
): (scope: number) => SchemaValidation {
  if (!usesSchemas(checks)) return () => noSchemas;
  const crds = options.crds ?? { sets: [crdsOf(scopes, [])], ofScope: scopes.map(() => 0) };
  const built = new Map<number, SchemaValidation>();
  return (scope) => {
    const set = crds.ofScope[scope] ?? 0;
    let schemas = built.get(set);
    if (!schemas) {
      schemas = createSchemaSet(loadKubernetesSchema(settings.kubernetesVersion), crds.sets[set] ?? [], settings.kubernetesVersion, options.verdicts, options.definitionsHashes?.[set]);
      built.set(set, schemas);
    }
    return schemas;
  };
}

/**
 * Which CustomResourceDefinitions validate each scope's custom resources: those under --crd, and those
 * of every scope in the same git repository (a repository's crds/ folder describes its deploy/ folder).
 * A scope outside any repository has only its own: a folder of unrelated checkouts must not validate one
 * project's resources with another's definitions, which may be of another version.
 */
function crdSetsOf(scopes: readonly (readonly ParsedSource[])[], extraCrds: readonly unknown[], cwd: string): CrdSets {
  const repositories = new Map<string, string | undefined>();
  const domainOf = (scope: readonly ParsedSource[], i: number): string => {
    const own = ownSourcesOf(scope)[0] ?? scope[0];
    const file = own?.source.file;
    const dir = file === undefined || file === STDIN || file === STDIN_NAME ? cwd : dirname(resolve(cwd, file));
    if (!repositories.has(dir)) repositories.set(dir, gitRepositoryOf(dir));
    return repositories.get(dir) ?? `scope ${i}`;
  };
  const domains = scopes.map(domainOf);
  const byDomain = new Map<string, unknown[]>();
  scopes.forEach((scope, i) => {
    const domain = domains[i] ?? '';
    const set = byDomain.get(domain) ?? [...extraCrds];
    for (const parsed of ownSourcesOf(scope)) set.push(...crdsOf([[parsed]], []));
    byDomain.set(domain, set);
  });
  // Scopes without a definition share one set, so that their schema set is built once.
  const sets: unknown[][] = [[]];
  const indexOf = new Map<string, number>();
  for (const [domain, set] of byDomain) indexOf.set(domain, set.length === 0 ? 0 : sets.push(set) - 1);
  return { sets, ofScope: domains.map((domain) => indexOf.get(domain) ?? 0) };
}

function usesSchemas(checks: readonly ConfiguredCheck[]): boolean {
  return checks.some(({ check }) => check.meta.id.startsWith('schema-'));
}

/** The CustomResourceDefinitions of the run, in the order the schema set reads them. */
function crdsOf(scopes: readonly (readonly ParsedSource[])[], extraCrds: readonly unknown[]): unknown[] {
  return [...extraCrds, ...scopes.flatMap(scopeSources).flatMap((source) => source.objects.map((entry) => entry.object))].filter(
    (object) => isRecord(object) && object['kind'] === 'CustomResourceDefinition',
  );
}

/** True when a finding is at or above the threshold. */
export function meetsThreshold(severity: Severity, threshold: Severity): boolean {
  return severityRank[severity] >= severityRank[threshold];
}
