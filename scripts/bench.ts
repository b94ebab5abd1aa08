import { execFile } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { availableParallelism, cpus, tmpdir } from 'node:os';
import { dirname, join, relative, resolve, sep } from 'node:path';
import { performance } from 'node:perf_hooks';
import { fileURLToPath } from 'node:url';
import { parseArgs } from 'node:util';
import { type Check, lint } from '../src/api.js';
import type { ObjectCheck } from '../src/engine/check.js';
import { checks as allChecks } from '../checks/index.js';
import { parseSource } from '../src/load/parse.js';
import { walk } from '../src/load/walk.js';
import { benchTable, defaultBuild, tableChild } from './bench-table.js';
import { syntheticMonorepo } from './synthetic.js';

/**
 * `npm run bench` (after `npm run build`): the table of issue 23 from one run (scripts/bench-table.ts):
 * kubeready over the real corpus (../shared/corpus/real) as users run it, the parsers it is measured
 * against, kubectl kustomize, and the scaling of a lint over the synthetic monorepo (scripts/synthetic.ts)
 * at 1x to 8x with each check's time at 1x and 8x.
 *
 *   npm run bench -- [--runs N] [--scaling-runs N] [--max-scale 1|2|4|8] [--objects N] [--seed N]
 *                    [--corpus DIR] [--no-corpus] [--no-per-check] [--kubeready DIR]
 *
 * --kubeready DIR measures the build of another checkout (its dist/) with this harness: the before of a change.
 *
 * `npm run bench -- --detail [--runs N] [--per-check] [--no-corpus] [--no-synthetic] [path...]` gives the
 * earlier table instead: for each input, a parse-only pass, the full lint, the lint without the schema-*
 * checks, threads, the cache cold, warm and with one file edited, and the complete run with renders, each
 * in a fresh process through the API, the fastest of N rounds.
 */

const scriptFile = fileURLToPath(import.meta.url);
const repositoryRoot = join(import.meta.dirname, '..', '..');
const realCorpus = join(repositoryRoot, '..', 'shared', 'corpus', 'real');
// The helm and kubectl the tests unpack (test/support/binaries.ts); otherwise whatever is on PATH.
const testBinaries = join(repositoryRoot, 'node_modules', '.cache', 'kubeready-test', 'bin');

type Mode = 'parse' | 'parse-js-yaml' | 'lint' | 'lint-threads' | 'lint-cache' | 'lint-without-schemas' | 'complete' | 'per-check';

/** What one measuring process reports. */
interface Measurement {
  wallSeconds: number;
  cpuSeconds: number;
  peakRssMb: number;
  files: number;
  objects: number;
  findings: number;
  errors: number;
  /** For per-check: seconds spent in each check, summed over objects. */
  checkSeconds?: Record<string, number>;
  /** With a cache: the files parsed (not found in it). */
  parsed?: number | undefined;
}

interface Target {
  label: string;
  dir: string;
  note?: string;
}

class UsageError extends Error {}

if (process.argv[2] === '--child') {
  await child(process.argv[3] as Mode, process.argv[4] ?? '', process.argv[5]);
} else if (process.argv[2] === '--table-child') {
  await tableChild(process.argv[3] ?? '', process.argv.slice(4));
} else {
  try {
    await main(process.argv.slice(2));
  } catch (error) {
    process.stderr.write(`bench: ${error instanceof Error ? error.message : String(error)}\n`);
    process.exitCode = 2;
  }
}

async function main(args: readonly string[]): Promise<void> {
  const { values, positionals } = parseArgs({
    args: [...args],
    allowPositionals: true,
    options: {
      runs: { type: 'string', default: '3' },
      'scaling-runs': { type: 'string', default: '1' },
      'max-scale': { type: 'string', default: '8' },
      objects: { type: 'string', default: '20000' },
      seed: { type: 'string', default: '1' },
      kubeready: { type: 'string' },
      corpus: { type: 'string' },
      detail: { type: 'boolean', default: false },
      'no-corpus': { type: 'boolean', default: false },
      'no-synthetic': { type: 'boolean', default: false },
      'per-check': { type: 'boolean', default: false },
      'no-per-check': { type: 'boolean', default: false },
    },
  });
  if (!values.detail) {
    const maxScale = positiveInteger(values['max-scale'], '--max-scale');
    if (![1, 2, 4, 8].includes(maxScale)) throw new UsageError('--max-scale must be 1, 2, 4 or 8');
    await benchTable({
      runs: positiveInteger(values.runs, '--runs'),
      scalingRuns: positiveInteger(values['scaling-runs'], '--scaling-runs'),
      maxScale,
      objects: positiveInteger(values.objects, '--objects'),
      seed: positiveInteger(values.seed, '--seed'),
      build: values.kubeready ? resolve(values.kubeready) : defaultBuild,
      corpus: values['no-corpus'] ? undefined : resolve(values.corpus ?? realCorpus),
      perCheck: !values['no-per-check'],
    });
    return;
  }
  const runs = positiveInteger(values.runs, '--runs');
  const targets: Target[] = [];
  const notes: string[] = [];
  if (positionals.length > 0) {
    for (const path of positionals) {
      if (!existsSync(path)) throw new UsageError(`${path}: no such file or directory`);
      targets.push({ label: relative(process.cwd(), resolve(path)) || '.', dir: resolve(path) });
    }
  } else if (!values['no-corpus']) {
    if (existsSync(realCorpus)) targets.push({ label: 'real corpus', dir: realCorpus });
    else notes.push(`real corpus: skipped, ${realCorpus} is absent`);
  }
  if (!values['no-synthetic']) {
    const started = performance.now();
    const repo = syntheticMonorepo({ seed: positiveInteger(values.seed, '--seed'), objects: positiveInteger(values.objects, '--objects') });
    const made = repo.reused ? 'reused' : `generated in ${((performance.now() - started) / 1000).toFixed(1)} s`;
    targets.push({ label: `synthetic (seed ${values.seed})`, dir: repo.dir, note: `${repo.dir} (${made})` });
  }
  if (targets.length === 0) throw new UsageError('nothing to measure');

  process.stdout.write(`kubeready bench: Node ${process.version}, ${availableParallelism()} cores (${cpus()[0]?.model.trim() ?? 'unknown CPU'}), fastest of ${runs} run${runs === 1 ? '' : 's'}\n`);
  for (const note of notes) process.stdout.write(`${note}\n`);
  const columns: { target: Target; rows: Map<string, string>; perCheck?: Record<string, number> }[] = [];
  for (const target of targets) {
    if (target.note) process.stdout.write(`${target.label}: ${target.note}\n`);
    columns.push(await measure(target, runs, values['per-check']));
  }
  printTable(columns);
  for (const column of columns) {
    if (!column.perCheck) continue;
    process.stdout.write(`\nslowest checks, ${column.target.label} (seconds summed over objects, one run):\n`);
    const slowest = Object.entries(column.perCheck).sort((a, b) => b[1] - a[1]).slice(0, 12);
    for (const [id, seconds] of slowest) process.stdout.write(`  ${id.padEnd(36)} ${seconds.toFixed(3)}\n`);
  }
}

async function measure(target: Target, runs: number, perCheck: boolean) {
  const inputs = await walk([target.dir], { cwd: target.dir, exclude: [] });
  const bytes = inputs.files.reduce((sum, file) => sum + statSync(file).size, 0);
  const scratch = mkdtempSync(join(tmpdir(), 'kubeready-bench-'));
  const listFile = join(scratch, 'files.json');
  writeFileSync(listFile, JSON.stringify({ cwd: target.dir, files: inputs.files, exclude: await unitExclusions(target.dir) }));
  try {
    const cacheFile = join(scratch, 'parse-cache');
    const units = inputs.charts.length + inputs.kustomizations.length;
    // Rounds of every measurement, the fastest of each kept: on a shared machine the load drifts, and a
    // ratio of two rows taken minutes apart would measure the drift.
    const rounds: Record<string, Measurement>[] = [];
    for (let round = 0; round < runs; round++) {
      rmSync(cacheFile, { force: true });
      rounds.push({
        parse: await spawnChild('parse', listFile),
        full: await spawnChild('lint', listFile),
        jsYaml: await spawnChild('parse-js-yaml', listFile),
        withoutSchemas: await spawnChild('lint-without-schemas', listFile),
        threads: await spawnChild('lint-threads', listFile),
        cold: await spawnChild('lint-cache', listFile),
        warm: await spawnChild('lint-cache', listFile),
        edited: await spawnChild('lint-cache', listFile, 'edit'),
        ...(units > 0 && { complete: await spawnChild('complete', listFile) }),
      });
    }
    const fastestOf = (name: string): Measurement => {
      const all = rounds.flatMap((round) => (round[name] ? [round[name]] : []));
      return all.reduce((best, measurement) => (measurement.wallSeconds < best.wallSeconds ? measurement : best));
    };
    const [parse, full, jsYaml, withoutSchemas] = [fastestOf('parse'), fastestOf('full'), fastestOf('jsYaml'), fastestOf('withoutSchemas')];
    const [threads, cold, warm, edited] = [fastestOf('threads'), fastestOf('cold'), fastestOf('warm'), fastestOf('edited')];
    const complete = units > 0 ? fastestOf('complete') : undefined;
    const checkTimes = perCheck ? (await spawnChild('per-check', listFile)).checkSeconds : undefined;
    const rows = new Map<string, string>([
      ['files', count(full.files)],
      ['objects', count(full.objects)],
      ['MB', (bytes / 1e6).toFixed(1)],
      ['findings', count(full.findings)],
      ['parse-only: wall s', parse.wallSeconds.toFixed(2)],
      ['parse-only: CPU s', parse.cpuSeconds.toFixed(2)],
      ['parse-only: peak RSS MB', parse.peakRssMb.toFixed(0)],
      ['full lint: wall s', full.wallSeconds.toFixed(2)],
      ['full lint: CPU s', full.cpuSeconds.toFixed(2)],
      ['full lint: peak RSS MB', full.peakRssMb.toFixed(0)],
      ['full lint: objects/s', count(Math.round(full.objects / full.wallSeconds))],
      ['checks (full - parse): wall s', (full.wallSeconds - parse.wallSeconds).toFixed(2)],
      ['full / parse-only (wall)', `${(full.wallSeconds / parse.wallSeconds).toFixed(2)}x`],
      ['full / parse-only (CPU)', `${(full.cpuSeconds / parse.cpuSeconds).toFixed(2)}x`],
      [`${availableParallelism()} threads (--jobs ${availableParallelism()}): wall s`, threads.wallSeconds.toFixed(2)],
      [`${availableParallelism()} threads: CPU s`, threads.cpuSeconds.toFixed(2)],
      [`${availableParallelism()} threads: speed-up over 1 (wall)`, `${(full.wallSeconds / threads.wallSeconds).toFixed(2)}x`],
      ['--cache, cold: wall s', cold.wallSeconds.toFixed(2)],
      ['--cache, warm: wall s', warm.wallSeconds.toFixed(2)],
      ['--cache, warm: files parsed', count(warm.parsed ?? 0)],
      ['--cache, cold / warm', `${(cold.wallSeconds / warm.wallSeconds).toFixed(2)}x`],
      ['js-yaml parse-only (no positions): wall s', jsYaml.wallSeconds.toFixed(2)],
      ['--cache, warm / js-yaml parse-only', `${(warm.wallSeconds / jsYaml.wallSeconds).toFixed(2)}x`],
      ['--cache, one file edited: wall s', edited.wallSeconds.toFixed(2)],
      ['without schema-*: wall s', withoutSchemas.wallSeconds.toFixed(2)],
      ['without schema-*: CPU s', withoutSchemas.cpuSeconds.toFixed(2)],
      ['without schema-*: peak RSS MB', withoutSchemas.peakRssMb.toFixed(0)],
      ['without schema-* / parse-only (wall)', `${(withoutSchemas.wallSeconds / parse.wallSeconds).toFixed(2)}x`],
      ['without schema-* / parse-only (CPU)', `${(withoutSchemas.cpuSeconds / parse.cpuSeconds).toFixed(2)}x`],
      ['charts + kustomizations', units > 0 ? count(units) : 'none'],
      ['complete run with renders: wall s', complete ? complete.wallSeconds.toFixed(2) : '-'],
    ]);
    if (complete && complete.errors > 0) rows.set('complete run with renders: wall s', `${complete.wallSeconds.toFixed(2)} (${complete.errors} inputs failed)`);
    return { target, rows, perCheck: checkTimes };
  } finally {
    rmSync(scratch, { recursive: true, force: true });
  }
}

/**
 * --exclude patterns that leave out every Helm chart and Kustomize folder of a directory. A base that an
 * overlay uses becomes a unit of its own once the overlay is excluded, hence the repetition.
 */
async function unitExclusions(dir: string): Promise<string[]> {
  const exclude: string[] = [];
  for (let round = 0; round < 10; round++) {
    const inputs = await walk([dir], { cwd: dir, exclude });
    const units = [...inputs.charts, ...inputs.kustomizations];
    if (units.length === 0) return exclude;
    exclude.push(...units.map((unit) => `./${relative(dir, unit).split(sep).join('/')}`));
  }
  throw new Error(`cannot leave the charts and kustomizations of ${dir} out`);
}

function spawnChild(mode: Mode, listFile: string, variant?: 'edit'): Promise<Measurement> {
  return new Promise((resolvePromise, reject) => {
    execFile(process.execPath, [scriptFile, '--child', mode, listFile, ...(variant ? [variant] : [])], { maxBuffer: 16 * 1024 * 1024 }, (error, stdout, stderr) => {
      if (error) {
        reject(new Error(`the ${mode} run failed: ${stderr.trim().split('\n').slice(-3).join(' ') || error.message}`));
        return;
      }
      try {
        resolvePromise(JSON.parse(stdout) as Measurement);
      } catch {
        reject(new Error(`the ${mode} run printed no measurement`));
      }
    });
  });
}

/** One measurement in this process, printed as JSON for the parent. */
async function child(mode: Mode, listFile: string, variant: string | undefined): Promise<void> {
  const { cwd, files, exclude } = JSON.parse(readFileSync(listFile, 'utf8')) as { cwd: string; files: string[]; exclude: string[] };
  // The reference the issue names, a parser without positions: a dev dependency, for that row only.
  const jsYaml = mode === 'parse-js-yaml' ? ((await import('js-yaml' as string)) as { loadAll(text: string, each: (document: unknown) => void): void }) : undefined;
  const cpuBefore = process.cpuUsage();
  const started = performance.now();
  let measurement: Omit<Measurement, 'wallSeconds' | 'cpuSeconds' | 'peakRssMb'>;
  if (mode === 'parse') {
    // Kept until the end, as the lint keeps them for its cross-object checks.
    const parsed = files.map((file) => parseSource(relative(cwd, file) || file, readFileSync(file, 'utf8')));
    const objects = parsed.reduce((sum, source) => sum + source.objects.length, 0);
    measurement = { files: parsed.length, objects, findings: 0, errors: 0 };
  } else if (mode === 'parse-js-yaml') {
    if (!jsYaml) throw new Error('js-yaml is not installed (npm install)');
    const kept: unknown[][] = [];
    for (const file of files) {
      const documents: unknown[] = [];
      try {
        jsYaml.loadAll(readFileSync(file, 'utf8'), (document) => documents.push(document));
      } catch {
        // a file js-yaml cannot parse counts as read
      }
      kept.push(documents);
    }
    measurement = { files: kept.length, objects: kept.reduce((sum, documents) => sum + documents.length, 0), findings: 0, errors: 0 };
  } else if (mode === 'lint' || mode === 'lint-without-schemas' || mode === 'per-check') {
    const timings = new Map<string, number>();
    const chosen = mode === 'lint-without-schemas' ? allChecks.filter((check) => !check.meta.id.startsWith('schema-')) : allChecks;
    const checks = mode === 'per-check' ? chosen.map((check) => timed(check, timings)) : chosen;
    // The folder, as a user names it, with the charts and kustomizations left out: the same plain files.
    const result = await lint([cwd], { cwd, checks, exclude, jobs: 1 });
    if (result.summary.files !== files.length) throw new Error(`linted ${result.summary.files} files where the parse-only pass read ${files.length}`);
    measurement = { files: result.summary.files, objects: result.summary.objects, findings: result.findings.length, errors: result.errors.length };
    if (mode === 'per-check') measurement.checkSeconds = Object.fromEntries([...timings].map(([id, ms]) => [id, ms / 1000]));
  } else if (mode === 'lint-threads' || mode === 'lint-cache') {
    const cacheFile = join(dirname(listFile), 'parse-cache');
    // A warm cache and one changed file: a copy of the first file with a new comment, linted beside the rest.
    const edited = join(dirname(listFile), 'edited.yaml');
    const first = files[0];
    if (variant === 'edit' && first) writeFileSync(edited, `${readFileSync(first, 'utf8')}\n# edited ${Date.now()}\n`);
    const options = mode === 'lint-threads' ? { jobs: availableParallelism() } : { jobs: 1, cacheFile };
    const result = await lint(variant === 'edit' ? [cwd, edited] : [cwd], { cwd, exclude, ...options });
    measurement = { files: result.summary.files, objects: result.summary.objects, findings: result.findings.length, errors: result.errors.length, parsed: result.cache?.misses };
  } else if (mode === 'complete') {
    const tool = (name: string) => (existsSync(join(testBinaries, name)) ? join(testBinaries, name) : undefined);
    const result = await lint([cwd], { cwd, helm: { bin: tool('helm') }, kustomize: { bin: tool('kubectl') } });
    measurement = { files: result.summary.files, objects: result.summary.objects, findings: result.findings.length, errors: result.errors.length };
  } else {
    throw new Error(`unknown mode ${String(mode)}`);
  }
  const wallSeconds = (performance.now() - started) / 1000;
  const cpu = process.cpuUsage(cpuBefore);
  const peakRssMb = process.resourceUsage().maxRSS / 1024;
  process.stdout.write(JSON.stringify({ ...measurement, wallSeconds, cpuSeconds: (cpu.user + cpu.system) / 1e6, peakRssMb }));
}

/** The same check, with the time spent in it added to `timings`. */
function timed(check: Check, timings: Map<string, number>): Check {
  if (check.target !== 'object') return check;
  const timedCheck: ObjectCheck = {
    ...check,
    check(object, context) {
      const started = performance.now();
      check.check(object, context);
      timings.set(check.meta.id, (timings.get(check.meta.id) ?? 0) + performance.now() - started);
    },
  };
  return timedCheck;
}

function printTable(columns: readonly { target: Target; rows: Map<string, string> }[]): void {
  const names = [...(columns[0]?.rows.keys() ?? [])];
  const first = Math.max(...names.map((name) => name.length)) + 2;
  const widths = columns.map((column) => Math.max(column.target.label.length, ...[...column.rows.values()].map((value) => value.length)) + 2);
  const line = (cells: readonly string[]) => cells.map((cell, i) => (i === 0 ? cell.padEnd(first) : cell.padStart(widths[i - 1] ?? 0))).join('') + '\n';
  process.stdout.write(`\n${line(['', ...columns.map((column) => column.target.label)])}`);
  for (const name of names) process.stdout.write(line([name, ...columns.map((column) => column.rows.get(name) ?? '')]));
}

function count(value: number): string {
  return value.toLocaleString('en-US');
}

function positiveInteger(value: string | undefined, name: string): number {
  const parsed = Number(value);
  if (!Number.isInteger(parsed) || parsed < 1) throw new UsageError(`${name} must be a positive integer (got "${value ?? ''}")`);
  return parsed;
}
