import { spawnSync } from 'node:child_process';
import { cpSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import { lint } from '../src/api.js';
import { checks as allChecks } from '../checks/index.js';
import { syntheticMonorepo } from '../scripts/synthetic.js';
import { helmBin, kubectlBin } from './support/binaries.js';
import { defaultRunSettings } from '../src/engine/check.js';
import { configureChecks } from '../src/engine/config.js';
import { evaluateObjects } from '../src/engine/run.js';
import { WorkerPool, checkInWorkers, parseInWorkers } from '../src/engine/threads.js';
import { loadKubernetesSchema } from '../src/load/bundled-schemas.js';
import { parseSource } from '../src/load/parse.js';
import { createSchemaSet } from '../src/model/schema-set.js';
const root = join(import.meta.dirname, '..');
/** Threads for any input, however small: the thresholds are what the default run uses to skip them. */
const threads = { jobs: 2, parallelMinBytes: 0, parallelMinObjects: 0 };
let scratch;
let synthetic;
beforeAll(() => {
    scratch = mkdtempSync(join(tmpdir(), 'kubeready-threads-'));
    vi.stubEnv('XDG_CACHE_HOME', join(scratch, 'xdg-cache')); // the key that signs caches, not in the real home
    synthetic = syntheticMonorepo({ seed: 7, objects: 1500, dir: join(scratch, 'synthetic') }).dir;
});
afterAll(() => {
    vi.unstubAllEnvs();
    rmSync(scratch, { recursive: true, force: true });
});
describe('--jobs: worker threads', () => {
    it('gives the same findings, suppressions, errors and summary as one thread: examples and every fixture', async () => {
        for (const paths of [['examples'], ['test/fixtures']]) {
            const single = await lint(paths, { cwd: root, jobs: 1 });
            const parallel = await lint(paths, { cwd: root, ...threads });
            expect(single.findings.length).toBeGreaterThan(0);
            expect(parallel).toEqual(single);
        }
    }, 60_000);
    it('gives the same result on a generated monorepo of 1,500 objects, with the default thresholds and forced', async () => {
        const single = await lint([synthetic], { cwd: scratch, jobs: 1 });
        expect(single.summary.objects).toBeGreaterThanOrEqual(1500);
        expect(await lint([synthetic], { cwd: scratch, jobs: 2 })).toEqual(single);
        expect(await lint([synthetic], { cwd: scratch, jobs: 3, parallelMinBytes: 0, parallelMinObjects: 0 })).toEqual(single);
    }, 60_000);
    it('parses and checks in the workers what the main thread would', async () => {
        const files = ['examples/shop/api.yaml', 'test/fixtures/schema-invalid/fail.types.yaml'].map((file) => ({ file, text: readFileSync(join(root, file), 'utf8'), carried: [] }));
        const pool = WorkerPool.create(2);
        if (!pool)
            throw new Error('no worker script: the build is missing');
        try {
            const parsed = await parseInWorkers(pool, files);
            files.forEach(({ file, text }, i) => {
                const here = parseSource(file, text);
                expect(parsed[i]?.objects).toEqual(here.objects.map(({ source: _source, ...rest }) => rest));
                expect(parsed[i]?.problems).toEqual(here.problems);
                expect(Array.from(parsed[i]?.lineStarts ?? [])).toEqual(Array.from(here.source.lineStarts));
            });
            const objects = files.flatMap(({ file, text }) => parseSource(file, text).objects.map((entry) => entry.object));
            const checks = configureChecks(allChecks);
            const settings = { ...defaultRunSettings };
            const schemas = createSchemaSet(loadKubernetesSchema(settings.kubernetesVersion), [], settings.kubernetesVersion);
            const learned = [];
            const verdicts = { get: () => undefined, all: () => undefined, put: (_object, context) => learned.push(context) };
            const evaluations = await checkInWorkers(pool, [objects], checks, settings, { sets: [[]], ofScope: [0] }, verdicts, undefined);
            expect(evaluations).toEqual([evaluateObjects(objects, checks, settings, schemas)]);
            expect(evaluations[0]?.some((evaluation) => evaluation.reports.some((report) => report.checkId === 'schema-invalid'))).toBe(true);
            expect(learned).toHaveLength(objects.length); // a verdict per object, for the cache
        }
        finally {
            await pool.close();
        }
    });
    it('fills the cache from the threads as the main thread would, and reads it back the same', async () => {
        const cacheFile = join(scratch, 'cache', 'parse-cache');
        const single = await lint(['examples'], { cwd: root, jobs: 1 });
        const cold = await lint(['examples'], { cwd: root, ...threads, cacheFile });
        const warm = await lint(['examples'], { cwd: root, ...threads, cacheFile });
        expect({ ...cold, cache: undefined }).toEqual({ ...single, cache: undefined });
        expect({ ...warm, cache: undefined }).toEqual({ ...single, cache: undefined });
        expect(warm.cache).toMatchObject({ misses: 0, hits: single.summary.files });
    });
    it('takes what the checks said of unchanged objects from the cache in the threads as well', async () => {
        const repo = join(scratch, 'edited');
        cpSync(join(root, 'examples'), repo, { recursive: true });
        const cacheFile = join(scratch, 'edited-cache');
        await lint(['.'], { cwd: repo, ...threads, cacheFile });
        const file = join(repo, 'shop', 'api.yaml');
        writeFileSync(file, readFileSync(file, 'utf8').replace(/replicas: \d+/, 'replicas: 1'));
        const warm = await lint(['.'], { cwd: repo, ...threads, cacheFile });
        expect({ ...warm, cache: undefined }).toEqual({ ...(await lint(['.'], { cwd: repo, jobs: 1 })), cache: undefined });
        expect(warm.cache).toMatchObject({ misses: 1 });
    });
    it('puts a kept scope together with rendered scopes checked in the threads', async () => {
        const repo = join(scratch, 'with-renders');
        cpSync(join(root, 'examples'), join(repo, 'examples'), { recursive: true });
        cpSync(join(root, 'test', 'projects'), join(repo, 'projects'), { recursive: true });
        const options = { cwd: repo, helm: { bin: helmBin }, kustomize: { bin: kubectlBin } };
        const single = await lint(['.'], { ...options, jobs: 1 });
        expect(single.summary.files).toBeGreaterThan(5);
        const cacheFile = join(scratch, 'with-renders-cache');
        await lint(['.'], { ...options, ...threads, cacheFile });
        const warm = await lint(['.'], { ...options, ...threads, cacheFile });
        expect(warm.cache).toMatchObject({ misses: 0 });
        expect({ ...warm, cache: undefined }).toEqual({ ...single, cache: undefined });
    }, 60_000);
    it('holds the process open while requests to the workers are outstanding, whatever the order of listeners and unref()', () => {
        // Adding a message listener refs a worker's port; here unref() follows it, as when a listener comes
        // before unref(): the process must stay open for the replies all the same.
        const preload = join(scratch, 'unref-after-message-listener.mjs');
        writeFileSync(preload, `import { Worker } from 'node:worker_threads';
const on = Worker.prototype.on;
Worker.prototype.on = function (name, ...rest) { const result = on.call(this, name, ...rest); if (name === 'message') this.unref(); return result; };
`);
        const cli = join(root, JSON.parse(readFileSync(join(root, 'package.json'), 'utf8')).bin.kubeready);
        const run = (args) => spawnSync(process.execPath, args, { cwd: scratch, encoding: 'utf8', maxBuffer: 256 * 1024 * 1024, env: { ...process.env, NO_COLOR: '1' } });
        const single = run([cli, synthetic, '--jobs', '1', '--format', 'json']);
        expect(single.status).toBe(1);
        // Over 1 MB of text: parsed in the workers.
        const threaded = run(['--import', pathToFileURL(preload).href, cli, synthetic, '--jobs', '2', '--format', 'json']);
        expect(threaded.stderr).toBe('');
        expect(threaded.status).toBe(1);
        expect(threaded.stdout).toBe(single.stdout);
    }, 60_000);
    it('runs checks of the caller, which a worker cannot load, on the main thread', async () => {
        const custom = allChecks.map((check) => ({ ...check }));
        const single = await lint(['examples'], { cwd: root, jobs: 1, checks: custom });
        expect(await lint(['examples'], { cwd: root, ...threads, checks: custom })).toEqual(single);
    });
});
