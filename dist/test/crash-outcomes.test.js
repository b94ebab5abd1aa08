import { spawn, spawnSync } from 'node:child_process';
import { chmodSync, mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import { describeFatal } from '../src/main.js';
import { cleanPod, runMain } from './support/cli.js';
/**
 * What used to end a run with a stack trace, or with nothing at all: each is now output for what was
 * linted, a line naming what was not, and exit code 2 for what ended the run (never 1, which means
 * findings).
 */
// Inputs too large for this process, without making one: parsing huge.yaml, and rendering the chart
// huge-chart, fail as V8 fails on a string or buffer over its limits.
vi.mock('../src/load/parse.js', async (importOriginal) => {
    const actual = await importOriginal();
    return {
        ...actual,
        parseSource: (...args) => {
            if (args[0].endsWith('huge.yaml'))
                throw new RangeError('Invalid string length');
            return actual.parseSource(...args);
        },
    };
});
vi.mock('../src/load/helm.js', async (importOriginal) => {
    const actual = await importOriginal();
    return {
        ...actual,
        renderChart: (...args) => args[0].endsWith('huge-chart') ? Promise.reject(new RangeError('Array buffer allocation failed')) : actual.renderChart(...args),
    };
});
const root = join(import.meta.dirname, '..');
const bin = join(root, 'dist', 'src', 'cli.js');
const badPod = cleanPod.replace('image: registry.example.com/app:1.0.0', 'image: nginx');
let work;
/** A Pod with `count` containers, each with several findings. */
function podWith(count) {
    const lines = ['apiVersion: v1', 'kind: Pod', 'metadata: {name: wide}', 'spec:', '  containers:'];
    for (let i = 0; i < count; i++)
        lines.push(`  - {name: c${i}, image: nginx}`);
    return `${lines.join('\n')}\n`;
}
function runCli(args, cwd) {
    const result = spawnSync(process.execPath, [bin, ...args], { cwd, encoding: 'utf8', maxBuffer: 1024 * 1024 * 1024, env: { PATH: process.env['PATH'], NO_COLOR: '1' } });
    return { code: result.status, stdout: result.stdout, stderr: result.stderr };
}
beforeAll(() => {
    work = mkdtempSync(join(tmpdir(), 'kubeready-outcomes-'));
});
afterAll(() => rmSync(work, { recursive: true, force: true }));
describe('a run too large to hold', () => {
    it('reports every finding of a Pod with 20,000 containers (140,000 findings), exit 1', () => {
        const dir = join(work, 'wide');
        mkdirSync(dir);
        writeFileSync(join(dir, 'pod.yaml'), podWith(20_000)); // 650 KB
        const started = Date.now();
        const result = runCli(['pod.yaml'], dir);
        const seconds = (Date.now() - started) / 1000;
        expect(result.stderr).toBe('');
        expect(result.code).toBe(1);
        expect(result.stdout.split('\n').filter((line) => line.includes('image-untagged'))).toHaveLength(20_000);
        expect(result.stdout).toMatch(/✖ \d{6} problems .* in 1 object from 1 file\n(?:\d+ problems fixable with --fix \(--fix-dry-run shows the changes\)\n)?$/);
        expect(seconds).toBeLessThan(60);
    }, 90_000);
    it('makes a file too large to parse the error of that file, and lints the others: exit 2', async () => {
        const dir = join(work, 'huge-file');
        mkdirSync(dir);
        writeFileSync(join(dir, 'huge.yaml'), badPod);
        writeFileSync(join(dir, 'other.yaml'), badPod);
        const result = await runMain([dir]);
        expect(result.code).toBe(2);
        expect(result.stdout).toMatch(/other\.yaml\n[^]*image-untagged/);
        expect(result.stdout).not.toMatch(/huge\.yaml/);
        expect(result.stderr).toMatch(/^kubeready: \S*huge\.yaml: cannot lint: too large to hold in memory \(Invalid string length\)\n$/);
    });
    it('makes a chart whose output is too large to hold the error of that chart, and lints the rest: exit 2', async () => {
        const dir = join(work, 'huge-render');
        mkdirSync(join(dir, 'huge-chart'), { recursive: true });
        writeFileSync(join(dir, 'huge-chart', 'Chart.yaml'), 'apiVersion: v2\nname: huge\nversion: 0.1.0\n');
        writeFileSync(join(dir, 'pod.yaml'), badPod);
        const result = await runMain([dir]);
        expect(result.code).toBe(2);
        expect(result.stdout).toMatch(/pod\.yaml\n[^]*image-untagged/);
        expect(result.stderr).toMatch(/^kubeready: \S*huge-chart: cannot lint the rendered output: too large to hold in memory \(Array buffer allocation failed\)\n$/);
    });
    it('ends the run in one line and exit 2 when such an error escapes where no promise catches it', () => {
        const dir = join(work, 'escaped');
        mkdirSync(dir);
        writeFileSync(join(dir, 'pod.yaml'), badPod);
        // As a stream's or child process's event handler would throw it: outside the run's promises.
        const preload = join(work, 'throw-in-handler.mjs');
        writeFileSync(preload, `const write = process.stdout.write.bind(process.stdout);
let thrown = false;
process.stdout.write = (...args) => {
  if (!thrown) setImmediate(() => { throw new RangeError('Invalid string length'); });
  thrown = true;
  return write(...args);
};
`);
        const result = spawnSync(process.execPath, ['--import', preload, bin, 'pod.yaml'], { cwd: dir, encoding: 'utf8', env: { PATH: process.env['PATH'], NO_COLOR: '1' } });
        expect(result.stderr).toBe('kubeready: cannot finish the run: the inputs are too large to hold in memory (Invalid string length)\n');
        expect(result.status).toBe(2);
        expect(describeFatal(new RangeError('Maximum call stack size exceeded'))).toBe('cannot finish the run: the inputs are too large or too deeply nested to process (Maximum call stack size exceeded)');
    });
});
describe('a reader that goes away (kubeready ... | head -1)', () => {
    /** Runs the CLI and closes its stdout (and its stderr, with `closeStderr`) after the first chunk. */
    function readFirstChunk(args, cwd, closeStderr = false) {
        return new Promise((done) => {
            const child = spawn(process.execPath, [bin, ...args], { cwd, env: { PATH: process.env['PATH'], NO_COLOR: '1' } });
            let firstLine = '';
            let stderr = '';
            child.stdout.once('data', (chunk) => {
                firstLine = chunk.toString().split('\n')[0] ?? '';
                child.stdout.destroy();
                if (closeStderr)
                    child.stderr.destroy();
            });
            child.stderr.on('data', (chunk) => (stderr += chunk.toString()));
            child.on('close', (code) => done({ code, firstLine, stderr }));
        });
    }
    let dir;
    beforeAll(() => {
        dir = join(work, 'pipe');
        mkdirSync(dir);
        writeFileSync(join(dir, 'pod.yaml'), podWith(2_000)); // about 4 MB of output: far more than a pipe holds
    });
    it('stops writing without a stack trace, and exits with the code of the run', async () => {
        const findings = await readFirstChunk(['pod.yaml'], dir);
        expect(findings.firstLine).toBe('pod.yaml');
        expect(findings.stderr).toBe('');
        expect(findings.code).toBe(1);
        // The same findings under --fail-on error pass: exit 0, as if all had been read.
        const passing = await readFirstChunk(['--fail-on', 'error', '--format', 'json', 'pod.yaml'], dir);
        expect(passing.firstLine).toBe('{');
        expect(passing.stderr).toBe('');
        expect(passing.code).toBe(0);
    });
    it('keeps exit code 2 when stderr is gone too and the run had an input it could not read', async () => {
        writeFileSync(join(dir, 'big.yaml'), `# ${'x'.repeat(1024 * 1024)}\n`);
        const result = await readFirstChunk(['--max-file-size', '512KB', 'pod.yaml', 'big.yaml'], dir, true);
        expect(result.firstLine).toBe('pod.yaml');
        expect(result.code).toBe(2);
    });
});
describe('a folder that cannot be read', () => {
    // chmod 000 stops anyone but root, and the tests may run as root: the CLI then runs as nobody.
    const asRoot = process.getuid?.() === 0;
    it.skipIf(process.platform === 'win32')('is one line naming it; the rest of the tree is linted: exit 2', () => {
        const repo = join(work, 'locked-tree');
        mkdirSync(join(repo, 'apps'), { recursive: true });
        mkdirSync(join(repo, 'locked'));
        writeFileSync(join(repo, 'apps', 'pod.yaml'), badPod);
        writeFileSync(join(repo, 'locked', 'pod.yaml'), badPod);
        chmodSync(join(repo, 'locked'), 0o000);
        for (const dir of [work, repo, join(repo, 'apps')])
            chmodSync(dir, 0o755);
        chmodSync(join(repo, 'apps', 'pod.yaml'), 0o644);
        try {
            const result = spawnSync(process.execPath, [bin, '.'], {
                cwd: repo,
                encoding: 'utf8',
                env: { PATH: process.env['PATH'], NO_COLOR: '1' },
                ...(asRoot && { uid: 65534, gid: 65534 }),
            });
            expect(result.stderr).toBe('kubeready: locked: cannot read the folder: EACCES; the files in it are not linted\n');
            expect(result.stdout).toMatch(/^apps\/pod\.yaml\n[^]*image-untagged[^]*in 1 object from 1 file; 1 input could not be linted \(on stderr\)\n$/);
            expect(result.status).toBe(2);
        }
        finally {
            chmodSync(join(repo, 'locked'), 0o755);
        }
    });
});
