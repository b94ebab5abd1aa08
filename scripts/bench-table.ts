import { spawn } from 'node:child_process';
import { existsSync, mkdirSync, mkdtempSync, readFileSync, readdirSync, rmSync, statSync, symlinkSync, writeFileSync } from 'node:fs';
import { availableParallelism, cpus, tmpdir } from 'node:os';
import { delimiter, join, relative, resolve } from 'node:path';
import { performance } from 'node:perf_hooks';
import { pathToFileURL } from 'node:url';
import { setFlagsFromString } from 'node:v8';
import { commandLineV8Flags } from '../src/v8-flags.js';
import { syntheticMonorepo } from './synthetic.js';

/**
 * The table of issue 23, from one run: kubeready over the real corpus as users run it (Kustomize folders
 * built by kubectl, then without a Kustomize tool on PATH, then warm with --cache), the parsers it is
 * measured against over the same files (the `yaml` package's Document API, its Parser and Lexer alone,
 * js-yaml with and without node positions), `kubectl kustomize` of a small folder and of rook's examples,
 * the scaling of a lint over the synthetic monorepo at 1x, 2x, 4x and 8x (time and peak RSS), and each
 * check's time at 1x and 8x.
 *
 * Every row is a separate process timed by GNU time: CPU seconds are user + sys of the process and the
 * children it waited for (kubectl), the median of the runs; peak RSS is that of the largest process.
 * `--kubeready DIR` measures another build (a checkout with dist/ built) with the same harness.
 */

export interface TableOptions {
  runs: number;
  scalingRuns: number;
  /** Largest multiple of the synthetic monorepo's base size (1, 2, 4 or 8). */
  maxScale: number;
  /** Objects of the 1x synthetic monorepo. */
  objects: number;
  seed: number;
  /** The checkout whose dist/ is measured. */
  build: string;
  corpus: string | undefined;
  perCheck: boolean;
}

const gnuTime = '/usr/bin/time';
// Children run through bench.js, which hands --table-child to tableChild.
const scriptFile = join(import.meta.dirname, 'bench.js');

interface Timing {
  cpuSeconds: number;
  wallSeconds: number;
  peakRssMb: number;
  stdout: string;
}

/**
 * Runs a command under GNU time; exit code 1 (findings) is a normal end, and 2 too where `inputErrors` (on
 * the real corpus some Kustomize folders cannot be built, which kubeready reports and goes on).
 */
function timed(command: readonly string[], options: { cwd?: string; env?: NodeJS.ProcessEnv; keepStdout?: boolean; inputErrors?: boolean } = {}): Promise<Timing> {
  const report = join(mkdtempSync(join(tmpdir(), 'kubeready-bench-time-')), 'time');
  return new Promise((resolvePromise, reject) => {
    const child = spawn(gnuTime, ['-f', '%U %S %e %M', '-o', report, ...command], {
      cwd: options.cwd,
      env: options.env ?? process.env,
      stdio: ['ignore', options.keepStdout ? 'pipe' : 'ignore', 'pipe'],
    });
    const out: Buffer[] = [];
    const err: Buffer[] = [];
    child.stdout?.on('data', (chunk: Buffer) => out.push(chunk));
    child.stderr?.on('data', (chunk: Buffer) => err.push(chunk));
    child.on('error', reject);
    child.on('close', (code) => {
      try {
        const fields = readFileSync(report, 'utf8').trim().split('\n').at(-1)?.split(' ').map(Number) ?? [];
        const [user = NaN, sys = NaN, wall = NaN, rssKb = NaN] = fields;
        if (code !== 0 && code !== 1 && !(code === 2 && options.inputErrors)) {
          reject(new Error(`${command.join(' ')} exited with ${String(code)}: ${Buffer.concat(err).toString().trim().split('\n').slice(-3).join(' ')}`));
          return;
        }
        resolvePromise({ cpuSeconds: user + sys, wallSeconds: wall, peakRssMb: rssKb / 1024, stdout: Buffer.concat(out).toString() });
      } catch (error) {
        reject(error instanceof Error ? error : new Error(String(error)));
      } finally {
        rmSync(join(report, '..'), { recursive: true, force: true });
      }
    });
  });
}

async function median(runs: number, measure: () => Promise<Timing>): Promise<Timing & { all: number[] }> {
  const all: Timing[] = [];
  for (let i = 0; i < runs; i++) all.push(await measure());
  const sorted = [...all].sort((a, b) => a.cpuSeconds - b.cpuSeconds);
  const middle = sorted[Math.floor((sorted.length - 1) / 2)] as Timing;
  return { ...middle, all: all.map((timing) => timing.cpuSeconds) };
}

/** The first executable of that name on PATH. */
function onPath(name: string): string | undefined {
  for (const dir of (process.env['PATH'] ?? '').split(delimiter)) {
    if (dir !== '' && existsSync(join(dir, name))) return join(dir, name);
  }
  return undefined;
}

function yamlFilesUnder(dir: string): string[] {
  return readdirSync(dir, { recursive: true, encoding: 'utf8' })
    .filter((file) => /\.(?:ya?ml|json)$/i.test(file))
    .map((file) => join(dir, file))
    .filter((file) => statSync(file).isFile())
    .sort();
}

export async function benchTable(options: TableOptions): Promise<void> {
  if (!existsSync(gnuTime)) throw new Error(`${gnuTime} (GNU time) is needed to time whole processes: apt-get install time`);
  // The package's bin, as users run it (the bundle since issue 23; dist/src/cli.js before).
  const manifest = JSON.parse(readFileSync(join(options.build, 'package.json'), 'utf8')) as { bin?: Record<string, string> };
  const cli = join(options.build, manifest.bin?.['kubeready'] ?? join('dist', 'src', 'cli.js'));
  if (!existsSync(cli)) throw new Error(`${cli} is missing: build that checkout first`);
  const scratch = mkdtempSync(join(tmpdir(), 'kubeready-bench-'));
  const write = (text: string) => process.stdout.write(text);
  try {
    write(`kubeready bench: Node ${process.version}, ${availableParallelism()} cores (${cpus()[0]?.model.trim() ?? 'unknown CPU'}); build ${options.build}, bin ${relative(options.build, cli)}\n`);
    write(`CPU s = user + sys of the process and the children it waited for (GNU time), median of ${options.runs} run${options.runs === 1 ? '' : 's'}; peak RSS of the largest process\n`);
    if (options.corpus && existsSync(options.corpus)) await corpusTable(options, cli, scratch, write);
    else write(`\nreal corpus: skipped (${options.corpus ? `${options.corpus} is absent` : '--no-corpus'})\n`);
    await scalingTable(options, scratch, write);
  } finally {
    rmSync(scratch, { recursive: true, force: true });
  }
}

async function corpusTable(options: TableOptions, cli: string, scratch: string, write: (text: string) => void): Promise<void> {
  const corpus = options.corpus as string;
  const files = yamlFilesUnder(corpus);
  const bytes = files.reduce((sum, file) => sum + statSync(file).size, 0);
  const listFile = join(scratch, 'files.json');
  writeFileSync(listFile, JSON.stringify(files));
  // kubectl (kustomize when there is one) alone on PATH for the rows that build Kustomize folders; nothing for the other.
  const kustomizeTool = onPath('kustomize') ?? onPath('kubectl');
  const withTool = join(scratch, 'bin-with-kustomize');
  const withoutTool = join(scratch, 'bin-empty');
  mkdirSync(withTool);
  mkdirSync(withoutTool);
  if (kustomizeTool) symlinkSync(kustomizeTool, join(withTool, kustomizeTool.endsWith('kustomize') ? 'kustomize' : 'kubectl'));
  const run = (bin: string, ...extra: string[]) => timed(lintCommand(...extra), { cwd: corpus, env: { ...process.env, PATH: bin }, inputErrors: true });
  const lintCommand = (...extra: string[]) => [process.execPath, cli, '.', '--format', 'json', ...extra];
  const cacheDir = join(scratch, 'cache');
  const child = (mode: string) => median(options.runs, () => timed([process.execPath, scriptFile, '--table-child', mode, listFile]));

  write(`\nreal corpus ${corpus}: ${files.length.toLocaleString('en-US')} YAML/JSON files, ${(bytes / 1e6).toFixed(1)} MB; Kustomize tool: ${kustomizeTool ?? 'none found'}\n`);
  const rows: [string, Timing & { all: number[] }][] = [];
  const measureRow = async (label: string, measure: () => Promise<Timing & { all: number[] }>) => {
    process.stderr.write(`bench: ${label}\n`);
    rows.push([label, await measure()]);
  };
  await measureRow('kubeready, whole corpus, Kustomize folders built', () => median(options.runs, () => run(withTool)));
  await measureRow('kubeready, same, no Kustomize tool on PATH', () => median(options.runs, () => run(withoutTool)));
  // The first --cache run fills the cache; the measured ones find everything unchanged.
  await run(withTool, '--cache-location', cacheDir);
  await measureRow('kubeready --cache, warm, Kustomize built', () => median(options.runs, () => run(withTool, '--cache-location', cacheDir)));
  await measureRow('yaml: parseAllDocuments + toJS', () => child('yaml-documents'));
  await measureRow('yaml: Parser (CST) only', () => child('yaml-parser'));
  await measureRow('yaml: Lexer only', () => child('yaml-lexer'));
  await measureRow('js-yaml: loadAll', () => child('js-yaml'));
  await measureRow('js-yaml: loadAll, listener recording node offsets', () => child('js-yaml-positions'));
  await measureRow("js-yaml: loadAll, under kubeready's V8 settings", () => child('js-yaml-budget'));
  const small = join(corpus, 'kubernetes-engine-samples', 'workloads', 'migrate-x86-app-to-multi-arch', 'k8s', 'base');
  const rook = join(corpus, 'rook', 'deploy', 'examples');
  const kubectl = onPath('kubectl');
  for (const [label, dir] of [['kubectl kustomize, a small folder', small], ["kubectl kustomize, rook's examples", rook]] as const) {
    if (kubectl && existsSync(dir)) await measureRow(label, () => median(options.runs, () => timed([kubectl, 'kustomize', dir])));
  }
  const reference = rows.find(([label]) => label === 'js-yaml: loadAll')?.[1].cpuSeconds ?? NaN;
  const table = [
    ['what', 'CPU s', '÷ js-yaml loadAll', 'wall s', 'peak RSS MB', 'CPU s of each run'],
    ...rows.map(([label, timing]) => [
      label,
      timing.cpuSeconds.toFixed(2),
      `${(timing.cpuSeconds / reference).toFixed(2)}x`,
      timing.wallSeconds.toFixed(2),
      timing.peakRssMb.toFixed(0),
      timing.all.map((seconds) => seconds.toFixed(2)).join(' '),
    ]),
  ];
  write(markdownTable(table, [false, true, true, true, true, false]));
  write(`\nthe small folder: ${relative(corpus, small)}; rook's: ${relative(corpus, rook)}\n`);
}

async function scalingTable(options: TableOptions, scratch: string, write: (text: string) => void): Promise<void> {
  const scales = [1, 2, 4, 8].filter((scale) => scale <= options.maxScale);
  const rows: string[][] = [['synthetic monorepo', 'objects', 'MB', 'findings', 'CPU s', 'wall s', 'peak RSS MB', 'CPU ÷ 1x', 'CPU s of each run']];
  const perCheck = new Map<number, Record<string, number>>();
  let first: number | undefined;
  write(`\nscaling: lint() of the synthetic monorepo (seed ${options.seed}), one thread (jobs: 1), no output written; median of ${options.scalingRuns} run${options.scalingRuns === 1 ? '' : 's'}\n`);
  for (const scale of scales) {
    const started = performance.now();
    const repo = syntheticMonorepo({ seed: options.seed, objects: options.objects * scale });
    process.stderr.write(`bench: synthetic ${scale}x at ${repo.dir} (${repo.reused ? 'reused' : `written in ${((performance.now() - started) / 1000).toFixed(0)} s`})\n`);
    const run = (mode: string) => timed([process.execPath, scriptFile, '--table-child', mode, options.build, repo.dir], { keepStdout: true });
    let timing: Timing & { all: number[] };
    try {
      timing = await median(options.scalingRuns, () => run('lint'));
    } catch (error) {
      // A build that runs out of memory at this size says so in its row; the smaller sizes stand.
      const reason = error instanceof Error ? error.message : String(error);
      const cause = /exited with 134|heap out of memory/i.test(reason) ? 'out of memory (exit 134)' : reason.slice(0, 120);
      rows.push([`${scale}x`, '-', (repo.bytes / 1e6).toFixed(1), '-', `failed: ${cause}`, '', '', '', '']);
      process.stderr.write(`bench: ${scale}x failed: ${reason.slice(0, 300)}\n`);
      break;
    }
    const counts = JSON.parse(timing.stdout) as { objects: number; findings: number };
    first ??= timing.cpuSeconds;
    rows.push([
      `${scale}x`,
      counts.objects.toLocaleString('en-US'),
      (repo.bytes / 1e6).toFixed(1),
      counts.findings.toLocaleString('en-US'),
      timing.cpuSeconds.toFixed(2),
      timing.wallSeconds.toFixed(2),
      timing.peakRssMb.toFixed(0),
      `${(timing.cpuSeconds / first).toFixed(2)}x`,
      timing.all.map((seconds) => seconds.toFixed(2)).join(' '),
    ]);
    if (options.perCheck && (scale === 1 || scale === scales.at(-1))) {
      process.stderr.write(`bench: per-check times at ${scale}x\n`);
      perCheck.set(scale, (JSON.parse((await run('per-check')).stdout) as { checkSeconds: Record<string, number> }).checkSeconds);
    }
  }
  write(markdownTable(rows, [false, true, true, true, true, true, true, true, false]));
  const last = Math.max(...perCheck.keys());
  const low = perCheck.get(1);
  const high = perCheck.get(last);
  if (!low || !high || last === 1) return;
  write(`\nper check: seconds in each object check, summed over the objects, at 1x and ${last}x (one run each, in the process above; a linear check takes about ${last}x)\n`);
  const ids = Object.keys(high).sort((a, b) => (high[b] ?? 0) - (high[a] ?? 0));
  write(
    markdownTable(
      [
        ['check', '1x s', `${last}x s`, `${last}x ÷ 1x`],
        ...ids.map((id) => {
          const before = low[id] ?? 0;
          const after = high[id] ?? 0;
          return [id, before.toFixed(3), after.toFixed(3), before > 0 ? `${(after / before).toFixed(1)}x` : '-'];
        }),
      ],
      [false, true, true, true],
    ),
  );
}

function markdownTable(rows: readonly (readonly string[])[], right: readonly boolean[]): string {
  const widths = rows[0]?.map((_, column) => Math.max(...rows.map((row) => (row[column] ?? '').length))) ?? [];
  const line = (row: readonly string[]) => `| ${row.map((cell, column) => (right[column] ? cell.padStart(widths[column] ?? 0) : cell.padEnd(widths[column] ?? 0))).join(' | ')} |\n`;
  const rule = `| ${widths.map((width, column) => (right[column] ? `${'-'.repeat(Math.max(2, width - 1))}:` : '-'.repeat(Math.max(3, width)))).join(' | ')} |\n`;
  return `\n${line(rows[0] ?? [])}${rule}${rows.slice(1).map(line).join('')}`;
}

/** One measured process: a parser over the corpus files, or lint() of a build over a folder. */
export async function tableChild(mode: string, args: readonly string[]): Promise<void> {
  if (mode === 'lint' || mode === 'per-check') {
    const [build = '', dir = ''] = args;
    // The V8 settings the build's bin sets (src/v8-flags.ts; src/jit-budget.ts in builds before it), when it
    // has any: lint() as the command line runs it.
    const flags = join(build, 'dist', 'src', 'v8-flags.js');
    const budget = join(build, 'dist', 'src', 'jit-budget.js');
    // The heap growth the bin sets by a run's size (setHeapGrowthFor), in builds that have it.
    let onInput: ((characters: number) => void) | undefined;
    if (existsSync(flags)) {
      const v8Flags = (await import(pathToFileURL(flags).href)) as { setV8Flags(): string[]; setHeapGrowthFor?: (characters: number) => boolean };
      v8Flags.setV8Flags();
      const sizing = v8Flags.setHeapGrowthFor;
      if (sizing) onInput = (characters) => void sizing(characters);
    } else if (existsSync(budget)) ((await import(pathToFileURL(budget).href)) as { raiseInterruptBudget(): boolean }).raiseInterruptBudget();
    const api = (await import(pathToFileURL(join(build, 'dist', 'src', 'api.js')).href)) as {
      lint(paths: string[], options: Record<string, unknown>): Promise<{ summary: { objects: number }; findings: unknown[] }>;
    };
    let checks: unknown[] | undefined;
    const timings = new Map<string, number>();
    if (mode === 'per-check') {
      const all = ((await import(pathToFileURL(join(build, 'dist', 'checks', 'index.js')).href)) as { checks: TimedCheck[] }).checks;
      checks = all.map((check) => timedCheck(check, timings));
    }
    const result = await api.lint([dir], { cwd: dir, jobs: 1, ...(checks && { checks }), ...(onInput && { onInput }) });
    process.stdout.write(JSON.stringify({ objects: result.summary.objects, findings: result.findings.length, checkSeconds: Object.fromEntries([...timings].map(([id, ms]) => [id, ms / 1000])) }));
    return;
  }
  const files = JSON.parse(readFileSync(args[0] ?? '', 'utf8')) as string[];
  const texts = files.map((file) => readFileSync(file, 'utf8'));
  // Results are kept to the end, as a lint keeps its objects.
  const kept: unknown[] = [];
  if (mode.startsWith('yaml-')) {
    const yaml = await import('yaml');
    for (const text of texts) {
      if (mode === 'yaml-documents') kept.push(yaml.parseAllDocuments(text).map((document) => (document.errors.length > 0 ? null : (document.toJS() as unknown))));
      else if (mode === 'yaml-parser') kept.push([...new yaml.Parser().parse(text)]);
      else if (mode === 'yaml-lexer') kept.push([...new yaml.Lexer().lex(text)]);
      else throw new Error(`unknown mode ${mode}`);
    }
  } else if (mode === 'js-yaml' || mode === 'js-yaml-positions' || mode === 'js-yaml-budget') {
    // The reference under the V8 settings kubeready's bin sets (src/v8-flags.ts), for a like-for-like ratio.
    if (mode === 'js-yaml-budget') for (const { name, value } of commandLineV8Flags) setFlagsFromString(`--${name}=${value}`);
    const jsYaml = (await import('js-yaml' as string)) as {
      loadAll(text: string, each: (document: unknown) => void, options?: { listener?: (event: 'open' | 'close', state: { position: number }) => void }): void;
    };
    for (const text of texts) {
      const documents: unknown[] = [];
      const offsets: number[] = [];
      const listener = mode === 'js-yaml-positions' ? (_event: 'open' | 'close', state: { position: number }) => void offsets.push(state.position) : undefined;
      try {
        jsYaml.loadAll(text, (document) => documents.push(document), listener && { listener });
      } catch {
        // a file js-yaml cannot parse counts as read
      }
      kept.push(documents, Int32Array.from(offsets));
    }
  } else {
    throw new Error(`unknown mode ${mode}`);
  }
  if (kept.length < files.length) throw new Error('kept less than read');
}

interface TimedCheck {
  meta: { id: string };
  target: string;
  check?: (...args: unknown[]) => unknown;
}

function timedCheck(check: TimedCheck, timings: Map<string, number>): TimedCheck {
  const inner = check.check;
  if (check.target !== 'object' || !inner) return check;
  return {
    ...check,
    check(...args: unknown[]) {
      const started = performance.now();
      try {
        return inner.apply(check, args);
      } finally {
        timings.set(check.meta.id, (timings.get(check.meta.id) ?? 0) + performance.now() - started);
      }
    },
  };
}

/** The checkout this script was built in. */
export const defaultBuild = resolve(import.meta.dirname, '..', '..');
