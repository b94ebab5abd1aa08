import { cpSync, mkdirSync, mkdtempSync, readFileSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import { lint } from '../src/api.js';
import { helmBin, kubectlBin } from './support/binaries.js';
/**
 * --cache keeps Helm renders and Kustomize builds: each is run again exactly when something it reads or
 * runs with changed. The real helm and kubectl run here; `cache.renders` counts runs and reuses.
 */
const root = join(import.meta.dirname, '..');
let work;
let repo;
let count = 0;
const deployment = (name, replicas) => `apiVersion: apps/v1
kind: Deployment
metadata:
  name: ${name}
spec:
  replicas: ${replicas}
  selector:
    matchLabels: { app: ${name} }
  template:
    metadata:
      labels: { app: ${name} }
    spec:
      containers:
        - name: app
          image: example.com/${name}:1.0.0
`;
function write(file, text) {
    mkdirSync(join(file, '..'), { recursive: true });
    writeFileSync(file, text);
}
/**
 * A repository with a chart, and two overlays on one base, a third kustomization of its own, and a plain
 * file beside them.
 */
function makeRepo() {
    const dir = join(work, `${++count}-repo`);
    cpSync(join(root, 'test', 'projects', 'helm', 'shop'), join(dir, 'chart'), { recursive: true });
    write(join(dir, 'values-extra.yaml'), 'replicaCount: 3\n');
    write(join(dir, 'kustomize', 'base', 'kustomization.yaml'), 'resources:\n  - deployment.yaml\n');
    write(join(dir, 'kustomize', 'base', 'deployment.yaml'), deployment('web', 2));
    write(join(dir, 'kustomize', 'base', 'notes.txt'), 'not read by the build\n');
    for (const overlay of ['staging', 'production']) {
        write(join(dir, 'kustomize', overlay, 'kustomization.yaml'), `resources:\n  - ../base\nnamePrefix: ${overlay}-\npatches:\n  - path: replicas.yaml\n`);
        write(join(dir, 'kustomize', overlay, 'replicas.yaml'), 'apiVersion: apps/v1\nkind: Deployment\nmetadata:\n  name: web\nspec:\n  replicas: 3\n');
    }
    write(join(dir, 'kustomize', 'other', 'kustomization.yaml'), 'resources:\n  - worker.yaml\nconfigMapGenerator:\n  - name: settings\n    files:\n      - settings.properties\n');
    write(join(dir, 'kustomize', 'other', 'worker.yaml'), deployment('worker', 2));
    write(join(dir, 'kustomize', 'other', 'settings.properties'), 'mode=fast\n');
    write(join(dir, 'plain', 'job.yaml'), deployment('plain', 2));
    return dir;
}
const units = ['chart', 'kustomize/other', 'kustomize/production', 'kustomize/staging'];
async function lintWithCache(options = {}) {
    return lint(['.'], {
        cwd: repo,
        jobs: 1,
        cacheFile: join(repo, '.cache', 'kubeready'),
        helm: { bin: helmBin, values: [join(repo, 'values-extra.yaml')] },
        kustomize: { bin: kubectlBin },
        ...options,
    });
}
/** The charts and kustomizations whose objects a run linted. */
function renderedFiles(result) {
    return [...new Set((result.objects ?? []).filter((object) => object.origin !== undefined).map((object) => object.file))].sort();
}
function withoutCache(result) {
    const { cache: _cache, ...rest } = result;
    return rest;
}
beforeAll(() => {
    work = mkdtempSync(join(tmpdir(), 'kubeready-render-cache-'));
    vi.stubEnv('XDG_CACHE_HOME', join(work, 'xdg-cache'));
});
afterAll(() => {
    vi.unstubAllEnvs();
    rmSync(work, { recursive: true, force: true });
});
describe('--cache: renders and builds', () => {
    it('reuses every render while nothing changed, with the same result as rendering', async () => {
        repo = makeRepo();
        const uncached = await lint(['.'], { cwd: repo, jobs: 1, helm: { bin: helmBin, values: [join(repo, 'values-extra.yaml')] }, kustomize: { bin: kubectlBin } });
        expect(renderedFiles(uncached)).toEqual(units);
        expect(uncached.errors).toEqual([]);
        const cold = await lintWithCache();
        expect(cold.cache?.renders).toEqual({ done: 4, reused: 0 });
        const warm = await lintWithCache();
        expect(warm.cache?.renders).toEqual({ done: 0, reused: 4 });
        // The outputs, and the base files findings are placed in, come parsed from the cache too.
        expect(warm.cache).toMatchObject({ misses: 0, written: false });
        expect(withoutCache(warm)).toEqual(withoutCache(uncached));
        expect(withoutCache(cold)).toEqual(withoutCache(uncached));
        expect(withoutCache(await lintWithCache())).toEqual(withoutCache(uncached));
    }, 60_000);
    // Each edit, and the units that must render again for it.
    const edits = [
        ['a base: both overlays', (dir) => write(join(dir, 'kustomize', 'base', 'deployment.yaml'), deployment('web', 4)), ['kustomize/production', 'kustomize/staging']],
        ['an overlay: that overlay', (dir) => write(join(dir, 'kustomize', 'staging', 'replicas.yaml'), readFileSync(join(dir, 'kustomize', 'staging', 'replicas.yaml'), 'utf8').replace('replicas: 3', 'replicas: 5')), ['kustomize/staging']],
        ['a generator file: its kustomization', (dir) => write(join(dir, 'kustomize', 'other', 'settings.properties'), 'mode=slow\n'), ['kustomize/other']],
        ['a values file: the chart', (dir) => write(join(dir, 'values-extra.yaml'), 'replicaCount: 4\n'), ['chart']],
        ['a template: the chart', (dir) => write(join(dir, 'chart', 'templates', 'extra.yaml'), 'apiVersion: v1\nkind: ConfigMap\nmetadata:\n  name: extra\n'), ['chart']],
        ['a file a template may read (.Files): the chart', (dir) => write(join(dir, 'chart', 'files', 'motd.txt'), 'helm reads the whole chart\n'), ['chart']],
        ['a kustomization that appears beside one: that unit', (dir) => write(join(dir, 'kustomize', 'base', 'kustomization.yml'), 'resources: []\n'), ['kustomize/production', 'kustomize/staging']],
        ['a file outside every unit: none', (dir) => write(join(dir, 'plain', 'job.yaml'), deployment('plain', 3)), []],
        ['a file in a base folder the build does not read: none', (dir) => write(join(dir, 'kustomize', 'base', 'notes.txt'), 'still not read\n'), []],
    ];
    it.each(edits)('edit %s renders again', async (_what, edit, again) => {
        repo = makeRepo();
        await lintWithCache();
        edit(repo);
        const after = await lintWithCache();
        expect(after.cache?.renders).toEqual({ done: again.length, reused: units.length - again.length });
        // What the run says is what a run without the cache says of the edited repository.
        const uncached = await lint(['.'], { cwd: repo, jobs: 1, helm: { bin: helmBin, values: [join(repo, 'values-extra.yaml')] }, kustomize: { bin: kubectlBin } });
        expect(withoutCache(after)).toEqual(withoutCache(uncached));
    }, 60_000);
    it('renders again when the flags, the values or the tool change', async () => {
        repo = makeRepo();
        await lintWithCache();
        expect((await lintWithCache({ helm: { bin: helmBin, values: [join(repo, 'values-extra.yaml')], set: ['replicaCount=5'] } })).cache?.renders).toEqual({ done: 1, reused: 3 });
        expect((await lintWithCache({ helm: { bin: helmBin, values: [join(repo, 'values-extra.yaml')], namespace: 'shop' } })).cache?.renders).toEqual({ done: 1, reused: 3 });
        expect((await lintWithCache({ helm: { bin: helmBin } })).cache?.renders).toEqual({ done: 1, reused: 3 });
        // The same kubectl under another path is another tool.
        const copy = join(work, 'tools', 'kubectl');
        mkdirSync(join(copy, '..'), { recursive: true });
        cpSync(kubectlBin, copy);
        expect((await lintWithCache({ kustomize: { bin: copy } })).cache?.renders).toEqual({ done: 3, reused: 1 });
        expect((await lintWithCache({ kustomize: { bin: copy } })).cache?.renders).toEqual({ done: 0, reused: 4 });
        // Replaced in place by another build: its file identity and its version changed.
        writeFileSync(copy, `#!/bin/sh\n[ "$1" = version ] && { echo "Client Version: v0.0.0-fake"; exit 0; }\nexec ${JSON.stringify(kubectlBin)} "$@"\n`, { mode: 0o755 });
        expect((await lintWithCache({ kustomize: { bin: copy } })).cache?.renders).toEqual({ done: 3, reused: 1 });
    }, 90_000);
    it('keeps a failed build (the tool said no) and builds again once it is fixed', async () => {
        repo = makeRepo();
        write(join(repo, 'kustomize', 'other', 'kustomization.yaml'), 'resources:\n  - missing.yaml\n');
        const cold = await lintWithCache();
        expect(cold.errors.map((error) => error.file)).toEqual(['kustomize/other']);
        const warm = await lintWithCache();
        expect(warm.cache?.renders).toEqual({ done: 0, reused: 4 });
        expect(warm.errors).toEqual(cold.errors);
        write(join(repo, 'kustomize', 'other', 'missing.yaml'), deployment('found', 2));
        const fixed = await lintWithCache();
        expect(fixed.cache?.renders).toEqual({ done: 1, reused: 3 });
        expect(fixed.errors).toEqual([]);
    }, 60_000);
    it('reads nothing outside the repository to fingerprint a build', async () => {
        repo = makeRepo();
        const outside = join(work, `${count}-outside`);
        write(join(outside, 'secret.txt'), 'not the repository\'s\n');
        // A second kustomization beside the first, a symlink out: refused as the first one would be.
        symlinkSync(join(outside, 'secret.txt'), join(repo, 'kustomize', 'staging', 'kustomization.yml'));
        // A folder of generator files with a symlink out: built, but never kept (its digest would read the target).
        write(join(repo, 'kustomize', 'other', 'kustomization.yaml'), 'resources:\n  - worker.yaml\nconfigMapGenerator:\n  - name: settings\n    files:\n      - conf\n');
        write(join(repo, 'kustomize', 'other', 'conf', 'mode'), 'fast\n');
        symlinkSync(join(outside, 'secret.txt'), join(repo, 'kustomize', 'other', 'conf', 'secret'));
        // A chart folder that holds a .git: nothing in it is read, so a change there renders nothing again.
        write(join(repo, 'chart', '.git', 'config'), '[core]\n');
        const cold = await lintWithCache();
        expect(cold.errors.find((error) => error.file === 'kustomize/staging/kustomization.yml')?.message).toMatch(/^not built: the kustomization is outside the repository/);
        write(join(repo, 'chart', '.git', 'config'), '[core]\n\tbare = false\n');
        const warm = await lintWithCache();
        expect(warm.cache?.renders).toEqual({ done: 1, reused: 2 });
    }, 60_000);
    it('renders every time without --cache, and keeps nothing from a remote build', async () => {
        repo = makeRepo();
        const uncached = await lint(['.'], { cwd: repo, jobs: 1, helm: { bin: helmBin }, kustomize: { bin: kubectlBin } });
        expect(uncached.cache).toBeUndefined();
        await lintWithCache({ kustomize: { bin: kubectlBin, allowRemote: true } });
        expect((await lintWithCache({ kustomize: { bin: kubectlBin, allowRemote: true } })).cache?.renders).toEqual({ done: 3, reused: 1 });
    }, 60_000);
});
