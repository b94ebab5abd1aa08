import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join, resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { heapGrowingPercent, interruptBudget, setV8Flags } from '../src/v8-flags.js';
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
        }
        finally {
            rmSync(scratch, { recursive: true, force: true });
        }
    });
});
