import { existsSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { performance } from 'node:perf_hooks';
import { lint } from '../src/api.js';
import { walk } from '../src/load/walk.js';

/**
 * `npm run bench`: lints the real corpus in ../shared/corpus/real and prints what it took.
 * Run after `npm run build`; pass other paths as arguments to measure those instead.
 */
const root = join(import.meta.dirname, '..', '..');
const defaultTarget = join(root, '..', 'shared', 'corpus', 'real');
const targets = process.argv.slice(2).length > 0 ? process.argv.slice(2) : [defaultTarget];
if (!targets.every((target) => existsSync(target))) {
  process.stderr.write(`bench: nothing to measure at ${targets.join(', ')}\n`);
  process.exit(2);
}

const { files } = await walk(targets, { cwd: process.cwd(), exclude: [] });
const bytes = files.reduce((sum, file) => sum + (file === '-' ? 0 : statSync(file).size), 0);
const started = performance.now();
const result = await lint(targets, { cwd: process.cwd() });
const seconds = (performance.now() - started) / 1000;
const rows: [string, string][] = [
  ['files', String(result.summary.files)],
  ['objects', String(result.summary.objects)],
  ['MB', (bytes / 1e6).toFixed(2)],
  ['findings', String(result.findings.length)],
  ['wall time (s)', seconds.toFixed(2)],
  ['objects per second', Math.round(result.summary.objects / seconds).toString()],
  ['peak RSS (MB)', (process.resourceUsage().maxRSS / 1024).toFixed(0)],
];
for (const [name, value] of rows) process.stdout.write(`${name.padEnd(20)} ${value}\n`);
