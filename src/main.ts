import { readFileSync } from 'node:fs';
import { parseArgs } from 'node:util';
import { checks } from '../checks/index.js';
import { ConfigError, type LintResult, UsageError, lint, meetsThreshold, minorVersionOf } from './api.js';
import { type Severity, podSecurityLevels, severities } from './engine/check.js';
import { renderExplain } from './report/check-docs.js';
import { formatGithub } from './report/github.js';
import { formatJson } from './report/json.js';
import { formatJunit } from './report/junit.js';
import { formatSarif } from './report/sarif.js';
import { formatStylish } from './report/stylish.js';

const formats = ['stylish', 'json', 'sarif', 'github', 'junit'] as const;
type Format = (typeof formats)[number];

const help = `Usage: kubeready [options] <path|->...

Reviews Kubernetes manifests for production readiness, without a cluster.
Paths are files or directories (their .yaml, .yml and .json files); - reads stdin.

Options:
  --format FORMAT          output format: stylish (default), json, sarif (GitHub code scanning),
                           github (workflow-command annotations) or junit (JUnit XML)
  --fail-on error|warning|info
                           lowest severity that makes the exit code 1 (default: warning)
  --exclude GLOB           leave out matching files; repeatable
  --pod-security LEVEL     Pod Security Standards level to hold workloads to: privileged, baseline
                           (default) or restricted; a namespace's enforce label wins
  --crd PATH               CustomResourceDefinition files or folders whose schemas validate custom
                           resources (not linted themselves); repeatable
  --strict-kinds           report objects whose kind has no known schema (schema-missing)

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

  --list-checks            list every check and exit
  --explain CHECK          describe a check: what it finds, the risk, the fix, an example
  --version                print the version and exit
  -h, --help               print this help and exit

Exit codes: 0 no findings at or above --fail-on, 1 findings, 2 usage or fatal error.`;

/** Where the command line reads and writes: the process's streams, or a test's. */
export interface Io {
  stdout: { write(text: string): unknown; isTTY?: boolean };
  stderr: { write(text: string): unknown; isTTY?: boolean };
  readStdin: () => Promise<string>;
  env: Readonly<Record<string, string | undefined>>;
}

export const processIo: Io = { stdout: process.stdout, stderr: process.stderr, readStdin, env: process.env };

/** Runs the command line and returns the exit code. Usage errors throw UsageError. */
export async function main(argv: readonly string[], io: Io = processIo): Promise<number> {
  const { values, positionals } = parseArgs({
    args: [...argv],
    allowPositionals: true,
    strict: true,
    options: {
      format: { type: 'string', default: 'stylish' },
      'fail-on': { type: 'string', default: 'warning' },
      exclude: { type: 'string', multiple: true, default: [] },
      'pod-security': { type: 'string', default: 'baseline' },
      crd: { type: 'string', multiple: true, default: [] },
      'strict-kinds': { type: 'boolean', default: false },
      values: { type: 'string', short: 'f', multiple: true, default: [] },
      set: { type: 'string', multiple: true, default: [] },
      'release-name': { type: 'string' },
      namespace: { type: 'string' },
      'kube-version': { type: 'string' },
      'helm-bin': { type: 'string' },
      'kustomize-bin': { type: 'string' },
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
    io.stdout.write(listChecks());
    return 0;
  }
  if (values.explain !== undefined) {
    const check = checks.find((candidate) => candidate.meta.id === values.explain);
    if (!check) throw new UsageError(`--explain: unknown check "${values.explain}" (see kubeready --list-checks)`);
    io.stdout.write(renderExplain(check));
    return 0;
  }
  const format = oneOf(values.format, formats, '--format');
  const failOn = oneOf(values['fail-on'], severities, '--fail-on');
  const podSecurityLevel = oneOf(values['pod-security'], podSecurityLevels, '--pod-security');
  if (positionals.length === 0) throw new UsageError('no paths given (try: kubeready examples/, or kubeready --help)');

  const progress = io.stderr.isTTY ? progressLine(io) : undefined;
  const result = await lint(positionals, {
    exclude: values.exclude,
    podSecurityLevel,
    kubernetesVersion: kubeVersion(values['kube-version']),
    crds: values.crd,
    strictKinds: values['strict-kinds'],
    readStdin: io.readStdin,
    helm: {
      bin: values['helm-bin'],
      values: values.values,
      set: values.set,
      releaseName: values['release-name'],
      namespace: values.namespace,
      kubeVersion: values['kube-version'],
    },
    kustomize: { bin: values['kustomize-bin'] },
    onRendered: progress?.update,
  });
  progress?.clear();
  io.stdout.write(render(result, format, failOn, io));
  for (const error of result.errors) io.stderr.write(`kubeready: ${error.file}${error.line ? `:${error.line}` : ''}: ${error.message}\n`);
  if (result.errors.length > 0) return 2;
  return result.findings.some((finding) => meetsThreshold(finding.severity, failOn)) ? 1 : 0;
}

/** One self-overwriting line on a terminal while charts and kustomizations render. */
function progressLine(io: Io) {
  let shown = false;
  return {
    update(done: number, total: number, name: string) {
      if (total < 2) return;
      io.stderr.write(`\r\u001b[2Krendered ${done}/${total}: ${name}`);
      shown = true;
    },
    clear() {
      if (shown) io.stderr.write('\r\u001b[2K');
    },
  };
}

function render(result: LintResult, format: Format, failOn: Severity, io: Io): string {
  if (format === 'json') return formatJson(result, failOn);
  if (format === 'sarif') return formatSarif(result, checks, version());
  if (format === 'github') return formatGithub(result);
  if (format === 'junit') return formatJunit(result);
  return formatStylish(result, { color: useColor(io) });
}

/** Colour only on a terminal, unless NO_COLOR or FORCE_COLOR says otherwise. */
function useColor(io: Io): boolean {
  if (io.env['NO_COLOR']) return false;
  if (io.env['FORCE_COLOR'] && io.env['FORCE_COLOR'] !== '0') return true;
  return io.stdout.isTTY === true;
}

function kubeVersion(value: string | undefined): string | undefined {
  if (value !== undefined && minorVersionOf(value) === undefined) throw new UsageError(`--kube-version must look like 1.29 or v1.29.3 (got "${value}")`);
  return value;
}

function oneOf<T extends string>(value: string | undefined, allowed: readonly T[], flag: string): T {
  if (allowed.includes(value as T)) return value as T;
  throw new UsageError(`${flag} must be one of ${allowed.join(', ')} (got "${value}")`);
}

function listChecks(): string {
  const width = Math.max(...checks.map((check) => check.meta.id.length));
  return checks
    .map(({ meta }) => `${meta.id.padEnd(width)}  ${(meta.enabledByDefault === false ? 'off' : meta.severity).padEnd(7)}  ${meta.category.padEnd(12)}  ${meta.title}\n`)
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

async function readStdin(): Promise<string> {
  const chunks: Buffer[] = [];
  for await (const chunk of process.stdin) chunks.push(chunk as Buffer);
  return Buffer.concat(chunks).toString('utf8');
}

/** One line for any error that ends a run, never a stack trace. */
export function describeFatal(error: unknown): string {
  if (error instanceof UsageError || error instanceof ConfigError) return error.message;
  const code = (error as { code?: string }).code;
  if (typeof code === 'string' && code.startsWith('ERR_PARSE_ARGS')) return (error as Error).message;
  return `internal error: ${error instanceof Error ? error.message : String(error)} (please report it)`;
}
