import { spawnSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { pathToFileURL } from 'node:url';
import { dirname, join, resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { heapGrowingPercent, interruptBudget, largeInputCharacters, setHeapGrowthFor, setV8Flags } from '../src/v8-flags.js';
import { lint } from '../src/api.js';
import { main } from '../src/main.js';
import { syntheticMonorepo } from '../scripts/synthetic.js';
const root = join(import.meta.dirname, '..');
const dist = join(root, 'dist');
const manifest = JSON.parse(readFileSync(join(root, 'package.json'), 'utf8'));
/** Every module the built file loads before its first line runs: static imports, followed transitively. */
function staticClosure(entry) {
    const seen = new Set();
    const pending = [entry];
    while (pending.length > 0) {
        const file = pending.pop();
        if (seen.has(file))
            continue;
        seen.add(file);
        if (!file.startsWith('/'))
            continue; // a package or node: built-in
        const text = readFileSync(file, 'utf8');
        // `import x from '...'` and `export ... from '...'`, but not `import type` (erased) or `import('...')`.
        for (const match of text.matchAll(/^(?:import|export)\s+(?!type\b)[^;'"]*?from\s+['"]([^'"]+)['"]|^import\s+['"]([^'"]+)['"]/gm)) {
            const specifier = (match[1] ?? match[2]);
            pending.push(specifier.startsWith('.') ? resolve(dirname(file), specifier) : specifier);
        }
    }
    return seen;
}
describe('start-up', () => {
    it('kubeready --version and --help load none of the linter: no parser, schemas, checks or formatters', () => {
        const loaded = [...staticClosure(join(dist, 'src', 'cli.js'))].map((file) => file.replace(`${dist}/`, ''));
        expect(loaded.filter((file) => !file.startsWith('node:')).sort()).toEqual([
            'src/cli.js',
            'src/config/find-config.js',
            'src/engine/check.js',
            'src/engine/errors.js',
            'src/engine/finding.js',
            'src/engine/versions.js',
            'src/main.js',
            'src/model/api-lifecycle.js',
            'src/model/built-in-kinds.js',
            'src/model/kinds.js',
            'src/report/escape.js',
            'src/v8-flags.js',
        ]);
    });
    it('a lint run loads the formatter it prints with, and no other', () => {
        const loaded = [...staticClosure(join(dist, 'src', 'api.js'))].map((file) => file.replace(`${dist}/`, ''));
        expect(loaded.some((file) => file.startsWith('src/report/'))).toBe(false);
        expect(loaded).toContain('yaml');
        // Ajv comes in only when a schema check compiles its first validator.
        expect(loaded).not.toContain('ajv');
    });
    it('the bin is the bundle: --version loads one file, a lint a few chunks rather than every module of dist/src', () => {
        const bin = join(root, manifest.bin['kubeready'] ?? '');
        expect(bin).toBe(join(dist, 'bundle', 'cli.js'));
        // Its static imports are built-ins only: the linter is a chunk it imports when a run needs it.
        expect([...staticClosure(bin)].filter((file) => !file.startsWith('node:'))).toEqual([bin]);
        const loaded = (args) => {
            const run = spawnSync(process.execPath, ['--import', join(root, 'test', 'support', 'count-modules.mjs'), bin, ...args], { cwd: root, encoding: 'utf8', timeout: 60_000 });
            const lines = run.stderr.split('\n');
            const at = lines.findIndex((line) => line.startsWith('modules: '));
            return lines.slice(at + 1, at + 1 + Number(lines[at]?.slice('modules: '.length))).filter((line) => line !== '');
        };
        expect(loaded(['--version'])).toHaveLength(1);
        // A pre-commit run: three files of one folder, linted with the rest of their unit.
        const lint = loaded(['examples/shop/api.yaml', 'examples/shop/worker.yaml', 'examples/shop/frontend.yaml']);
        expect(lint.length).toBeGreaterThan(1);
        expect(lint.length).toBeLessThanOrEqual(25);
        expect(lint.filter((module) => module.includes('/dist/src/') || module.includes('/node_modules/yaml/'))).toEqual([]);
    });
    it('the bin raises V8\'s optimisation budget for its run, and a budget on node\'s own command line wins', () => {
        const bin = join(root, manifest.bin['kubeready'] ?? '');
        // How many functions V8 marks for its optimising compiler (TurboFan) during a lint of the examples.
        const marked = (nodeFlags) => {
            const run = spawnSync(process.execPath, ['--trace-opt', ...nodeFlags, bin, 'examples', '--format', 'json', '--output', '/dev/null'], { cwd: root, encoding: 'utf8', timeout: 60_000 });
            expect(run.status).toBe(1);
            // TurboFan's markings only: the budget is TurboFan's (a Node with Maglev marks for it by counts of its own).
            return run.stdout.split('\n').filter((line) => /^\[marking .* for optimization to TURBOFAN/.test(line)).length;
        };
        const ours = marked([]);
        const nodeDefault = marked(['--interrupt-budget=67584']);
        expect(nodeDefault).toBeGreaterThan(5);
        expect(ours * 3).toBeLessThan(nodeDefault);
        expect(setV8Flags(['--interrupt_budget=1000', '--heap-growing-percent=50'])).toEqual([]);
        expect(setV8Flags(['--interrupt-budget', '--heap_growing_percent=50'])).toEqual([]);
        expect(interruptBudget).toBe(512 * 1024);
    });
    it("the bin lets the heap grow to twice what was live at V8's last full collection, and node's own setting wins", () => {
        expect(heapGrowingPercent).toBe(100);
        const bin = join(root, manifest.bin['kubeready'] ?? '');
        // Enough objects for V8 to run full collections during the lint.
        const scratch = mkdtempSync(join(tmpdir(), 'kubeready-heap-'));
        try {
            const folder = syntheticMonorepo({ seed: 5, objects: 2000, dir: join(scratch, 'synthetic') }).dir;
            // The factor of each limit V8 sets after a full collection, as its verbose trace prints it.
            const factors = (nodeFlags) => {
                const run = spawnSync(process.execPath, ['--trace-gc-verbose', ...nodeFlags, bin, folder, '--format', 'json', '--output', '/dev/null'], { encoding: 'utf8', timeout: 60_000, maxBuffer: 64 * 1024 * 1024 });
                expect(run.status).toBe(1);
                return [...run.stdout.matchAll(/\[HeapController\] Limit: old size: \d+ KB, new limit: \d+ KB \(([\d.]+)\)/g)].map((match) => match[1]);
            };
            const ours = factors([]);
            expect(ours.length).toBeGreaterThan(0);
            expect(new Set(ours)).toEqual(new Set(['2.0']));
            expect(new Set(factors(['--heap-growing-percent=50']))).toEqual(new Set(['1.5']));
            // With 32 Mi characters more to parse, it lets it grow 30% (setHeapGrowthFor): four custom resources of
            // 8.5 Mi characters, each a list of 30-character strings, whose parse makes V8 collect again after it.
            const large = join(scratch, 'large');
            mkdirSync(large);
            const values = Array.from({ length: Math.ceil((8.5 * 1024 * 1024) / 32) }, () => 'a'.repeat(30)).join(', ');
            for (let i = 0; i < 4; i++)
                writeFileSync(join(large, `${i}.yaml`), `apiVersion: example.com/v1\nkind: Blob\nmetadata: {name: b${i}}\nspec:\n  values: [${values}]\n`);
            const run = spawnSync(process.execPath, ['--trace-gc-verbose', bin, folder, large, '--format', 'json', '--output', '/dev/null'], { encoding: 'utf8', timeout: 60_000, maxBuffer: 64 * 1024 * 1024 });
            expect(run.status, run.stderr).toBe(1);
            const limits = [...run.stdout.matchAll(/\[HeapController\] Limit: old size: \d+ KB, new limit: \d+ KB \(([\d.]+)\)/g)].map((match) => match[1]);
            // Those V8 set while the files were read, before the lint knew their size, are at 2.0.
            expect(limits.filter((factor) => factor === '1.3').length).toBeGreaterThan(1);
            expect(limits.at(-1)).toBe('1.3');
        }
        finally {
            rmSync(scratch, { recursive: true, force: true });
        }
    }, 60_000);
    it('lets the heap grow 30%, not 100%, once a run parses 32 Mi characters or more, unless node says otherwise', () => {
        expect(largeInputCharacters).toBe(32 * 1024 * 1024);
        expect(setHeapGrowthFor(largeInputCharacters, ['--heap-growing-percent=50'])).toBe(false);
        // In a process of its own, as the bin does it: the factor of every limit V8 then sets after a full collection.
        const flags = pathToFileURL(join(root, 'dist', 'src', 'v8-flags.js')).href;
        const factors = (characters) => {
            const script = `const { setV8Flags, setHeapGrowthFor } = await import(${JSON.stringify(flags)}); setV8Flags(); console.log('sized', setHeapGrowthFor(${characters})); const kept = []; for (let i = 0; i < 3e6; i++) kept.push({ i });`;
            const run = spawnSync(process.execPath, ['--trace-gc-verbose', '--input-type=module', '-e', script], { encoding: 'utf8', timeout: 60_000, maxBuffer: 64 * 1024 * 1024 });
            expect(run.status).toBe(0);
            return { sized: run.stdout.includes('sized true'), factors: new Set([...run.stdout.matchAll(/\[HeapController\] Limit: old size: \d+ KB, new limit: \d+ KB \(([\d.]+)\)/g)].map((match) => match[1])) };
        };
        expect(factors(largeInputCharacters - 1)).toEqual({ sized: false, factors: new Set(['2.0']) });
        expect(factors(largeInputCharacters)).toEqual({ sized: true, factors: new Set(['1.3']) });
    });
    it('tells the bin how many characters a lint is about to parse', async () => {
        const folder = mkdtempSync(join(tmpdir(), 'kubeready-input-'));
        try {
            const texts = ['apiVersion: v1\nkind: ConfigMap\nmetadata: {name: a}\n', 'apiVersion: v1\nkind: ConfigMap\nmetadata: {name: bb}\n'];
            texts.forEach((text, i) => writeFileSync(join(folder, `${i}.yaml`), text));
            const told = [];
            await lint([folder], { cwd: folder, onInput: (characters) => told.push(characters) });
            expect(told).toEqual([texts.join('').length]);
            // The command line passes its Io's on to the lint.
            told.length = 0;
            const io = { stdout: { write: () => true }, stderr: { write: () => true }, readStdin: () => Promise.resolve(''), env: {}, onInput: (characters) => told.push(characters) };
            await main([folder, '--format', 'json'], io);
            expect(told).toEqual([texts.join('').length]);
        }
        finally {
            rmSync(folder, { recursive: true, force: true });
        }
    });
});
