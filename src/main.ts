import { closeSync, openSync, readFileSync, statSync, writeFileSync, writeSync } from 'node:fs';
import { join, relative, resolve, sep } from 'node:path';
import { type ParseArgsConfig, parseArgs } from 'node:util';
import type { LintOptions, LintResult } from './api.js';
import { configFileNames, findConfigFile } from './config/find-config.js';
import type { KubereadyConfig } from './config/config-file.js';
import { type Check, type Severity, podSecurityLevels, severities } from './engine/check.js';
import type { ChecksConfig, ConfiguredCheck } from './engine/config.js';
import { ConfigError, UsageError, exhaustionOf } from './engine/errors.js';
import { STDIN_NAME, severityRank } from './engine/finding.js';
import { minorVersionOf } from './engine/versions.js';
// What the inputs wrote (file names, helm's and kustomize's messages) reaches stderr with its control characters escaped.
import { forLog } from './report/escape.js';

// Only what --version and --help need is imported up front; the linter, its checks and schemas, and each
// formatter load when a run needs them.
const formats = ['stylish', 'json', 'sarif', 'github', 'junit', 'markdown', 'html', 'gitlab'] as const;
type Format = (typeof formats)[number];

const help = `Usage: kubeready [options] <path|->...
       kubeready init          write a commented starter .kubeready.yaml here

Reviews Kubernetes manifests for production readiness, without a cluster.
Paths are files or directories (their .yaml, .yml and .json files); - reads stdin.

Options:
  --format FORMAT          output format: stylish (default), json, sarif (GitHub code scanning),
                           github (workflow-command annotations), junit (JUnit XML), markdown (a
                           pull-request comment), html (a self-contained report) or gitlab (GitLab
                           Code Quality); repeatable
  -o, --output FILE        write the output of the --format at the same position to FILE instead of
                           stdout; repeatable: --format sarif -o k.sarif --format html -o k.html
  --code-frame, --no-code-frame
                           show the source lines of each finding (stylish; default: on a terminal)
  --quiet                  list only errors (stylish)
  -c, --config FILE        config file (default: .kubeready.yaml here or in the nearest folder above);
                           flags win over it
  --fail-on error|warning|info
                           lowest severity that makes the exit code 1 (default: warning)
  --exclude GLOB           leave out matching files; repeatable
  --no-context             for files named here, check only them (by default the other manifests of
                           their folder are read too, their unit checked whole, and only findings in
                           the named files reported: what a pre-commit hook needs)
  --max-file-size SIZE     larger files are reported, not linted (default 10 MB; e.g. 512KB, 20MB)
  --pod-security LEVEL     Pod Security Standards level to hold workloads to: privileged, baseline
                           (default) or restricted; a namespace's enforce label wins
  --crd PATH               CustomResourceDefinition files or folders whose schemas validate custom
                           resources (not linted themselves); repeatable
  --strict-kinds           report objects whose kind has no known schema (schema-missing)
  --cache                  keep each file's parse in a cache and read unchanged files from it
  --cache-location PATH    the cache file, or a folder for it (default: node_modules/.cache/kubeready/);
                           implies --cache
  --jobs N                 parse and check in N threads, and render N charts at once (default: one
                           thread, and as many renders at once as cores)

Helm charts (folders with Chart.yaml) are rendered with helm template, Kustomize targets (folders with
a kustomization) built with kustomize build, or kubectl kustomize when only kubectl is installed:
  -f, --values FILE        values file for every chart; repeatable, applied in order
  --set KEY=VALUE          value for every chart; repeatable
  --release-name NAME      release name for helm template (default: release-name)
  --namespace NAME         namespace for helm template
  --kube-version VERSION   Kubernetes version the manifests target (default: newest known): picks the
                           schemas objects are validated against; also passed to helm template
  --helm-bin PATH          helm binary (default: helm on PATH)
  --kustomize-bin PATH     kustomize or kubectl binary (default: kustomize, else kubectl, on PATH)
  --render-timeout SECONDS stop a helm or kustomize run after this long (default 60)
  --render-max-output SIZE stop a helm or kustomize run that writes more than this (default 64MB)
  --allow-remote           let kustomize fetch remote resources (URLs, git repositories); without it
                           a unit that needs one is reported and nothing is fetched

Suppressions and gradual adoption:
  --no-inline-suppressions ignore kubeready.io/ignore annotations and # kubeready-ignore comments
  --write-baseline FILE    record the current findings in FILE (their fingerprints survive moved lines)
  --baseline FILE          report only findings that FILE does not record

Fixes:
  --fix                    apply the checks' fixes to the files (plain YAML and Kustomize bases and
                           overlays; never Helm templates), then lint again and report what remains
  --fix-dry-run            print what --fix would change as a unified diff (and the fixes of Helm
                           templates as suggestions) instead of the report; write nothing

  --list-checks            list every check and exit
  --explain CHECK          describe a check: what it finds, the risk, the fix, an example
  --version                print the version and exit
  -h, --help               print this help and exit

Exit codes: 0 no findings at or above --fail-on, 1 findings, 2 usage or fatal error.`;

/** Where the command line reads and writes: the process's streams, or a test's. */
export interface Io {
  stdout: { write(text: string): unknown; isTTY?: boolean; columns?: number };
  stderr: { write(text: string): unknown; isTTY?: boolean };
  /** Standard input, whole; rejects past maxBytes. */
  readStdin: (maxBytes?: number) => Promise<string>;
  env: Readonly<Record<string, string | undefined>>;
  /** Told how many characters a lint is about to parse: the bin sizes V8's heap growth by it (setHeapGrowthFor). */
  onInput?: (characters: number) => void;
}

export const processIo: Io = { stdout: process.stdout, stderr: process.stderr, readStdin, env: process.env };

/** Runs the command line and returns the exit code. Usage errors throw UsageError. */
export async function main(argv: readonly string[], io: Io = processIo): Promise<number> {
  const { values, positionals } = await parseCommandLine({
    args: [...argv],
    allowPositionals: true,
    strict: true,
    options: {
      format: { type: 'string', multiple: true, default: [] },
      output: { type: 'string', short: 'o', multiple: true, default: [] },
      'code-frame': { type: 'boolean' },
      'no-code-frame': { type: 'boolean' },
      quiet: { type: 'boolean', default: false },
      'no-inline-suppressions': { type: 'boolean', default: false },
      baseline: { type: 'string' },
      'write-baseline': { type: 'string' },
      fix: { type: 'boolean', default: false },
      'fix-dry-run': { type: 'boolean', default: false },
      'fail-on': { type: 'string' },
      config: { type: 'string', short: 'c' },
      exclude: { type: 'string', multiple: true, default: [] },
      'pod-security': { type: 'string' },
      crd: { type: 'string', multiple: true, default: [] },
      'strict-kinds': { type: 'boolean' },
      'max-file-size': { type: 'string' },
      cache: { type: 'boolean', default: false },
      'cache-location': { type: 'string' },
      jobs: { type: 'string' },
      values: { type: 'string', short: 'f', multiple: true, default: [] },
      set: { type: 'string', multiple: true, default: [] },
      'release-name': { type: 'string' },
      namespace: { type: 'string' },
      'kube-version': { type: 'string' },
      'helm-bin': { type: 'string' },
      'kustomize-bin': { type: 'string' },
      'render-timeout': { type: 'string' },
      'render-max-output': { type: 'string' },
      'allow-remote': { type: 'boolean', default: false },
      'no-context': { type: 'boolean', default: false },
      'list-checks': { type: 'boolean', default: false },
      explain: { type: 'string' },
      version: { type: 'boolean', default: false },
      help: { type: 'boolean', short: 'h', default: false },
    },
  });
  if (values.help) {
    io.stdout.write(`${help}\n`);
    return 0;
  }
  if (values.version) {
    io.stdout.write(`${version()}\n`);
    return 0;
  }
  if (values['list-checks']) {
    const { configFile, config } = await loadConfig(values.config, process.cwd());
    const { configureChecks } = await import('./engine/config.js');
    const checks = await loadChecks();
    io.stdout.write(listChecks(checks, configureChecks(checks, withStrictKinds(config.checks, values['strict-kinds'] ?? config.strictKinds))));
    if (configFile) io.stderr.write(`kubeready: checks as ${forLog(relative(process.cwd(), configFile) || configFile)} sets them\n`);
    return 0;
  }
  if (values.explain !== undefined) {
    const check = (await loadChecks()).find((candidate) => candidate.meta.id === values.explain);
    if (!check) throw new UsageError(`--explain: unknown check "${values.explain}" (see kubeready --list-checks)`);
    const { renderExplain } = await import('./report/check-docs.js');
    io.stdout.write(renderExplain(check));
    return 0;
  }
  const outputs = pairOutputs(await Promise.all(values.format.map((name) => oneOf(name, formats, '--format'))), values.output);
  if (positionals.length === 1 && positionals[0] === 'init') return init(io);
  const cwd = process.cwd();
  const { configFile, config } = await loadConfig(values.config, cwd);
  const failOn = await oneOf(values['fail-on'] ?? config.failOn ?? 'warning', severities, '--fail-on');
  const podSecurityLevel = await oneOf(values['pod-security'] ?? config.podSecurityLevel ?? 'baseline', podSecurityLevels, '--pod-security');
  if (positionals.length === 0) throw new UsageError('no paths given (try: kubeready examples/, or kubeready --help)');
  const kubernetesVersion = kubeVersion(values['kube-version']) ?? config.kubernetesVersion;
  const maxFileBytes = values['max-file-size'] === undefined ? undefined : await fileSize(values['max-file-size']);
  const jobs = values.jobs === undefined ? undefined : jobCount(values.jobs);
  const cacheFile = values.cache || values['cache-location'] !== undefined ? cacheFileAt(values['cache-location'] ?? defaultCacheFolder, cwd) : undefined;

  if (values.fix && values['fix-dry-run']) throw new UsageError('--fix writes the fixes and --fix-dry-run shows them: give one of the two');
  const progress = io.stderr.isTTY ? progressLine(io) : undefined;
  const { lint } = await import('./api.js');
  // Standard input is read once: --fix lints again after writing.
  let stdin: Promise<string> | undefined;
  const lintOptions: LintOptions = {
    exclude: [...(config.exclude ?? []), ...values.exclude],
    podSecurityLevel,
    kubernetesVersion,
    crds: [...(config.crds ?? []), ...values.crd],
    ...(config.units && { units: config.units }),
    ...(config.images && { images: config.images }),
    context: !values['no-context'],
    maxFileBytes,
    jobs,
    cacheFile,
    // The key that signs the cache lives in this user's cache folder, as the environment names it.
    ...(cacheFile !== undefined && { cacheKeyFile: (await import('./load/cache-key.js')).defaultCacheKeyFile(io.env) }),
    strictKinds: values['strict-kinds'] ?? config.strictKinds ?? false,
    config: config.checks,
    readStdin: () => (stdin ??= io.readStdin(maxFileBytes)),
    helm: {
      bin: values['helm-bin'],
      values: [...(config.helm?.values ?? []), ...values.values],
      set: [...(config.helm?.set ?? []), ...values.set],
      releaseName: values['release-name'] ?? config.helm?.releaseName,
      namespace: values.namespace ?? config.helm?.namespace,
      kubeVersion: kubernetesVersion,
      charts: config.helm?.charts,
    },
    kustomize: { bin: values['kustomize-bin'], allowRemote: values['allow-remote'] },
    renderLimits: {
      ...(values['render-timeout'] !== undefined && { timeoutMs: seconds(values['render-timeout'], '--render-timeout') * 1000 }),
      ...(values['render-max-output'] !== undefined && { maxOutputBytes: await fileSize(values['render-max-output'], '--render-max-output') }),
    },
    inlineSuppressions: !values['no-inline-suppressions'] && config.inlineSuppressions !== false,
    ...(config.fix && { fix: config.fix }),
    ...(configFile && config.ignore && { ignore: { rules: config.ignore, file: resolve(configFile) } }),
    onRendered: progress?.update,
    ...(io.onInput && { onInput: io.onInput }),
  };
  const linted = await lint(positionals, lintOptions);
  progress?.clear();
  const baselined = (result: LintResult) => (values.baseline === undefined ? result : applyBaseline(result, values.baseline, cwd, configFile));
  const fixing = values.fix || values['fix-dry-run'] ? await fixFindings((await baselined(linted)).findings, positionals, cwd, values['fix-dry-run'], io) : undefined;
  // After --fix wrote files, what remains is what a new lint finds (ESLint reports and exits on that too).
  const result = fixing?.written ? await lint(positionals, lintOptions) : linted;
  const reported = await baselined(result);
  const reporting: Reporting = {
    failOn,
    color: useColor(io),
    codeFrame: values['no-code-frame'] ? false : (values['code-frame'] ?? io.stdout.isTTY === true),
    quiet: values.quiet,
    width: io.stdout.isTTY ? io.stdout.columns || 80 : undefined,
  };
  // All is rendered and every file written before anything reaches stdout: a run that stops on an error
  // here prints no report that reads as a pass.
  const rendered: { file: string | undefined; pieces: readonly string[] }[] = [];
  for (const { format, file } of outputs) rendered.push({ file, pieces: await render(reported, format, { ...reporting, color: file ? false : reporting.color, width: file ? undefined : reporting.width }) });
  const baselineFile = values['write-baseline'];
  if (baselineFile !== undefined) await writeBaseline(baselineFile, result.findings, cwd, configFile);
  for (const { file, pieces } of rendered) if (file) writeOutput(file, pieces);
  if (fixing?.diff !== undefined) io.stdout.write(fixing.diff);
  else for (const { file, pieces } of rendered) if (!file) for (const piece of pieces) io.stdout.write(piece);
  if (baselineFile !== undefined) {
    const count = result.findings.length;
    io.stderr.write(`kubeready: wrote ${count} finding${count === 1 ? '' : 's'} to ${forLog(baselineFile)}; pass --baseline ${forLog(baselineFile)} to report only new ones\n`);
  }
  if (result.cache?.loaded === 'unused') io.stderr.write(`kubeready: warning: cache not used: ${result.cache.error ?? 'no key'}\n`);
  else if (result.cache?.error !== undefined) io.stderr.write(`kubeready: warning: cache not written to ${forLog(relative(cwd, cacheFile ?? '') || (cacheFile ?? ''))}: ${forLog(result.cache.error)}\n`);
  for (const error of result.errors) io.stderr.write(`kubeready: ${forLog(error.file)}${error.line ? `:${error.line}` : ''}: ${forLog(error.message)}\n`);
  // A run that failed already says why; one that would pass should not pass on nothing.
  if (result.summary.objects === 0 && result.errors.length === 0) io.stderr.write(`kubeready: warning: no Kubernetes objects found in ${pathList(positionals)}\n`);
  if (result.errors.length > 0) return 2;
  // Recording the findings is what the run was for: they do not fail it.
  if (baselineFile !== undefined) return 0;
  return (fixing?.remaining ?? reported.findings).some((finding) => severityRank[finding.severity] >= severityRank[failOn]) ? 1 : 0;
}

/**
 * --fix and --fix-dry-run: writes the fixes of the findings, or shows them. A dry run's stdout is the diff,
 * and its exit code that of the findings it would not fix.
 */
async function fixFindings(
  findings: LintResult['findings'],
  paths: readonly string[],
  cwd: string,
  dryRun: boolean,
  io: Io,
): Promise<{ written: boolean; diff?: string; remaining?: LintResult['findings'] }> {
  const { runFixes } = await import('./fix/command.js');
  const outcome = runFixes(findings, paths, cwd, dryRun);
  for (const message of outcome.messages) io.stderr.write(`kubeready: ${message}\n`);
  if (!dryRun) return { written: outcome.files > 0 };
  const fixed = new Set(outcome.fixed);
  return { written: false, diff: outcome.output, remaining: findings.filter((finding) => !fixed.has(finding)) };
}

/** The first few paths of the command line, for a message of one line: one holding a line break is quoted. */
function pathList(paths: readonly string[]): string {
  const shown = paths.slice(0, 3).map((path) => (/\p{Cc}/u.test(path) ? JSON.stringify(path) : path));
  return paths.length > shown.length ? `${shown.join(', ')} and ${paths.length - shown.length} more` : shown.join(', ');
}

const defaultCacheFolder = join('node_modules', '.cache', 'kubeready');
const cacheFileName = 'parse-cache';

/** --cache-location names the file, or a folder (existing, or written with a trailing slash) to keep it in. */
function cacheFileAt(location: string, cwd: string): string {
  const path = resolve(cwd, location);
  return location.endsWith('/') || location.endsWith(sep) || isDirectory(path) || location === defaultCacheFolder ? join(path, cacheFileName) : path;
}

function isDirectory(path: string): boolean {
  try {
    return statSync(path).isDirectory();
  } catch {
    return false;
  }
}

function jobCount(value: string): number {
  const jobs = /^\d+$/.test(value) ? Number(value) : NaN;
  if (!Number.isSafeInteger(jobs) || jobs < 1) throw new UsageError(`--jobs: expected a whole number of threads, 1 or more, got "${value}"`);
  return jobs;
}

/** Each --output goes with the --format at the same position; formats without one go to stdout (one at most). */
function pairOutputs(chosen: readonly Format[], files: readonly string[]): { format: Format; file: string | undefined }[] {
  const list: Format[] = chosen.length > 0 ? [...chosen] : ['stylish'];
  if (files.length > list.length) throw new UsageError(`${files.length} --output files for ${list.length} --format${list.length === 1 ? '' : 's'}: give a --format for each --output`);
  const paired = list.map((format, i) => ({ format, file: files[i] === '-' ? undefined : files[i] }));
  if (paired.filter((output) => output.file === undefined).length > 1) throw new UsageError('only one --format can go to stdout: give the others an --output FILE');
  return paired;
}

function writeOutput(file: string, pieces: readonly string[], flag = '--output'): void {
  try {
    const fd = openSync(file, 'w');
    try {
      for (const piece of pieces) {
        const bytes = Buffer.from(piece);
        for (let at = 0; at < bytes.length; ) at += writeSync(fd, bytes, at);
      }
    } finally {
      closeSync(fd);
    }
  } catch (error) {
    throw new UsageError(`${flag} ${file}: cannot write: ${(error as NodeJS.ErrnoException).code ?? String(error)}`);
  }
}

/** Files are named relative to their repository, so the baseline matches from any folder. */
async function writeBaseline(file: string, findings: LintResult['findings'], cwd: string, configFile: string | undefined): Promise<void> {
  const { baselineFileKey, createBaseline } = await import('./engine/baseline.js');
  const { jsonPieces } = await import('./report/json-pieces.js');
  writeOutput(file, jsonPieces(createBaseline(findings, baselineFileKey(cwd, configFile))), '--write-baseline');
}

/** The config of a run: -c FILE, else .kubeready.yaml in the working directory or the nearest folder above. */
async function loadConfig(file: string | undefined, cwd: string): Promise<{ configFile: string | undefined; config: KubereadyConfig }> {
  const configFile = file ?? findConfigFile(cwd);
  return { configFile, config: configFile ? (await import('./config/config-file.js')).loadConfigFile(configFile, cwd).config : {} };
}

async function applyBaseline(result: LintResult, file: string, cwd: string, configFile: string | undefined): Promise<LintResult> {
  const { baselineFileKey, parseBaseline, withoutBaseline } = await import('./engine/baseline.js');
  let text: string;
  try {
    text = readFileSync(file, 'utf8');
  } catch (error) {
    throw new UsageError(`--baseline ${file}: cannot read: ${(error as NodeJS.ErrnoException).code ?? String(error)}`);
  }
  const baseline = parseBaseline(text);
  if (typeof baseline === 'string') throw new UsageError(`--baseline ${file}: ${baseline}`);
  const { findings, known } = withoutBaseline(result.findings, baseline, baselineFileKey(cwd, configFile));
  const summary = { ...result.summary, error: 0, warning: 0, info: 0 };
  for (const finding of findings) summary[finding.severity]++;
  return { ...result, findings, summary, baselined: known };
}

/** `kubeready init`: a commented starter .kubeready.yaml in the working directory, never over an existing one. */
async function init(io: Io): Promise<number> {
  const { starterConfig } = await import('./config/starter.js');
  const target = resolve(configFileNames[0]);
  try {
    writeFileSync(target, starterConfig(), { flag: 'wx' });
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code;
    throw new UsageError(code === 'EEXIST' ? `${configFileNames[0]} already exists; kubeready init leaves it as it is` : `cannot write ${configFileNames[0]}: ${code ?? String(error)}`);
  }
  io.stdout.write(`wrote ${configFileNames[0]}: uncomment what you need (kubeready reads it from this folder and the folders below)\n`);
  return 0;
}

/** One self-overwriting line on a terminal while charts and kustomizations render. */
function progressLine(io: Io) {
  let shown = false;
  return {
    update(done: number, total: number, name: string) {
      if (total < 2) return;
      io.stderr.write(`\r\u001b[2Krendered ${done}/${total}: ${forLog(name)}`);
      shown = true;
    },
    clear() {
      if (shown) io.stderr.write('\r\u001b[2K');
    },
  };
}

interface Reporting {
  failOn: Severity;
  color: boolean;
  codeFrame: boolean;
  quiet: boolean;
  /** The terminal's width for stylish to wrap to; undefined when the output is not a terminal. */
  width: number | undefined;
}

/** A report as the pieces it is written in: the JSON formats in many (see jsonPieces), the others in one. */
async function render(result: LintResult, format: Format, reporting: Reporting): Promise<readonly string[]> {
  const inPieces = async (value: object) => (await import('./report/json-pieces.js')).jsonPieces(value);
  switch (format) {
    case 'json':
      return await inPieces((await import('./report/json.js')).jsonReport(result, reporting.failOn));
    case 'sarif':
      return await inPieces((await import('./report/sarif.js')).sarifLog(result, await loadChecks(), version(), readSource));
    case 'github':
      return [(await import('./report/github.js')).formatGithub(result)];
    case 'junit':
      return [(await import('./report/junit.js')).formatJunit(result, reporting.failOn)];
    case 'markdown':
      return [(await import('./report/markdown.js')).formatMarkdown(result, { checks: await loadChecks(), version: version(), readSource, cwd: process.cwd() })];
    case 'html':
      return [(await import('./report/html.js')).formatHtml(result, { checks: await loadChecks(), version: version(), readSource, cwd: process.cwd(), generatedAt: new Date() })];
    case 'gitlab':
      return await inPieces((await import('./report/gitlab.js')).gitlabIssues(result, { cwd: process.cwd() }));
    case 'stylish':
      return [(await import('./report/stylish.js')).formatStylish(result, { color: reporting.color, codeFrame: reporting.codeFrame, quiet: reporting.quiet, readSource, failOn: reporting.failOn, width: reporting.width })];
  }
}

async function loadChecks(): Promise<readonly Check[]> {
  return (await import('../checks/index.js')).checks;
}

/** A finding's file as the report shows it (relative to the working directory); stdin has no text to show. */
function readSource(file: string): string | undefined {
  if (file === STDIN_NAME) return undefined;
  try {
    return readFileSync(resolve(file), 'utf8');
  } catch {
    return undefined;
  }
}

/** Colour only on a terminal, unless NO_COLOR or FORCE_COLOR says otherwise. */
function useColor(io: Io): boolean {
  if (io.env['NO_COLOR']) return false;
  if (io.env['FORCE_COLOR'] && io.env['FORCE_COLOR'] !== '0') return true;
  return io.stdout.isTTY === true;
}

async function fileSize(value: string, flag = '--max-file-size'): Promise<number> {
  const bytes = (await import('./load/read.js')).parseFileSize(value);
  if (bytes === undefined) throw new UsageError(`${flag} must be a size such as 10 (MB), 512KB or 20MB (got "${value}")`);
  return bytes;
}

function seconds(value: string, flag: string): number {
  const number = /^\d+(?:\.\d+)?$/.test(value) ? Number(value) : NaN;
  if (!(number > 0) || number > 86_400) throw new UsageError(`${flag} must be a number of seconds between 0 and 86400 (got "${value}")`);
  return number;
}

function kubeVersion(value: string | undefined): string | undefined {
  if (value !== undefined && minorVersionOf(value) === undefined) throw new UsageError(`--kube-version must look like 1.29 or v1.29.3 (got "${value}")`);
  return value;
}

async function oneOf<T extends string>(value: string | undefined, allowed: readonly T[], flag: string): Promise<T> {
  if (allowed.includes(value as T)) return value as T;
  const suggestion = value === undefined ? undefined : (await import('./engine/suggest.js')).closest(value, allowed);
  throw new UsageError(`${flag} must be one of ${allowed.join(', ')} (got "${value}"${suggestion ? `; did you mean ${suggestion}?` : ''})`);
}

/**
 * parseArgs, where an unknown option, an option without its value, or a value given to an option that
 * takes none is a usage error of one line saying what was likely meant.
 */
async function parseCommandLine<T extends ParseArgsConfig>(config: T): Promise<ReturnType<typeof parseArgs<T>>> {
  try {
    return parseArgs(config);
  } catch (error) {
    throw (await commandLineProblem(config)) ?? error;
  }
}

async function commandLineProblem(config: ParseArgsConfig): Promise<UsageError | undefined> {
  const options = config.options ?? {};
  const longNames = Object.keys(options);
  const { closest } = await import('./engine/suggest.js');
  for (const token of parseArgs({ ...config, strict: false, tokens: true }).tokens) {
    if (token.kind !== 'option') continue;
    const option = options[token.name];
    if (option === undefined) {
      // -quiet is read as the short options -q -u -i -e -t: the whole word says what was meant.
      const word = token.rawName.startsWith('--') ? token.name : (config.args?.[token.index] ?? '').replace(/^-/, '');
      const suggestion = word.length > 1 ? closest(word, longNames) : undefined;
      const shown = suggestion && !token.rawName.startsWith('--') ? `-${word}` : token.rawName;
      return new UsageError(`unknown option ${shown} (${suggestion ? `did you mean --${suggestion}? ` : ''}kubeready --help lists the options${suggestion ? '' : '; a path starting with - goes after --'})`);
    }
    if (option.type === 'boolean' && token.value !== undefined) return new UsageError(`${token.rawName} takes no value (got ${token.rawName}=${token.value})`);
    if (option.type === 'string' && token.value === undefined) return new UsageError(`${token.rawName} needs a value (kubeready --help lists the options)`);
    if (option.type === 'string' && !token.inlineValue && token.value !== undefined && token.value.length > 1 && token.value.startsWith('-')) {
      return new UsageError(`${token.rawName} needs a value, not ${token.value} (for a value that starts with -, write --${token.name}=${token.value})`);
    }
  }
  return undefined;
}

/** As lint() reads --strict-kinds: schema-missing on, as a warning, unless the config sets it. */
function withStrictKinds(config: ChecksConfig | undefined, strictKinds: boolean | undefined): ChecksConfig | undefined {
  if (!strictKinds || config?.['schema-missing'] !== undefined) return config;
  return { ...config, 'schema-missing': 'warning' };
}

/** Each check with its state in a run with this config (off or its severity), and its default where that differs. */
function listChecks(checks: readonly Check[], configured: readonly ConfiguredCheck[]): string {
  const running = new Map(configured.map((entry) => [entry.check, entry.severity ?? entry.check.meta.severity]));
  const width = Math.max(...checks.map((check) => check.meta.id.length));
  return checks
    .map((check) => {
      const { meta } = check;
      const state = running.get(check) ?? 'off';
      const byDefault = meta.enabledByDefault === false ? 'off' : meta.severity;
      return `${meta.id.padEnd(width)}  ${state.padEnd(7)}  ${meta.category.padEnd(12)}  ${meta.title}${state === byDefault ? '' : ` (default: ${byDefault})`}\n`;
    })
    .join('');
}

/** kubeready's package.json is two levels up from dist/src/main.js, one from src/main.ts (in-process runs). */
function version(): string {
  for (const candidate of ['../../package.json', '../package.json']) {
    let manifest: { name?: string; version?: string };
    try {
      manifest = JSON.parse(readFileSync(new URL(candidate, import.meta.url), 'utf8')) as typeof manifest;
    } catch {
      continue;
    }
    if (manifest.name === 'kubeready' && manifest.version) return manifest.version;
  }
  throw new Error('cannot find the package.json of kubeready');
}

/** Standard input, up to the size limit of a file (--max-file-size): past it, reading stops with an error. */
async function readStdin(maxBytes?: number): Promise<string> {
  const { decodeSource, defaultMaxFileBytes } = await import('./load/read.js');
  const limit = maxBytes ?? defaultMaxFileBytes;
  const chunks: Buffer[] = [];
  let total = 0;
  for await (const chunk of process.stdin) {
    total += (chunk as Buffer).length;
    if (total > limit) {
      process.stdin.destroy();
      throw new Error(`input is over the ${limit} byte limit (--max-file-size)`);
    }
    chunks.push(chunk as Buffer);
  }
  return decodeSource(Buffer.concat(chunks)).text;
}

/** One line for any error that ends a run, never a stack trace; what it quotes of the input shown escaped. */
export function describeFatal(error: unknown): string {
  return forLog(fatalMessage(error));
}

function fatalMessage(error: unknown): string {
  if (error instanceof UsageError || error instanceof ConfigError) return error.message;
  const code = (error as { code?: string }).code;
  if (typeof code === 'string' && code.startsWith('ERR_PARSE_ARGS')) return (error as Error).message;
  const exhausted = exhaustionOf(error);
  if (exhausted !== undefined) return `cannot finish the run: the inputs are ${exhausted}`;
  return `internal error: ${error instanceof Error ? error.message : String(error)} (please report it)`;
}
