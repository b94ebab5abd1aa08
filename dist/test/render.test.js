import { execFileSync, spawnSync } from 'node:child_process';
import { cpSync, mkdirSync, mkdtempSync, readFileSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { basename, join, relative } from 'node:path';
import fg from 'fast-glob';
import { afterAll, describe, expect, it } from 'vitest';
import { checks } from '../checks/index.js';
import { lint } from '../src/api.js';
import { defineObjectCheck } from '../src/engine/check.js';
import { mapLimited } from '../src/load/tools.js';
import { walk } from '../src/load/walk.js';
import { runMain } from './support/cli.js';
import { helmBin, kubectlBin } from './support/binaries.js';
import { byLineThenId, readExpectations } from './support/expectations.js';
const projects = join(import.meta.dirname, 'projects');
// These tests are about where findings point, so they run a fixed set of checks that the catalog does not grow.
const designChecks = checks.filter((check) => ['anti-affinity-missing', 'image-untagged', 'probes-identical', 'requests-missing', 'template-placeholder', 'yaml-syntax'].includes(check.meta.id));
const tools = { helm: { bin: helmBin }, kustomize: { bin: kubectlBin }, checks: designChecks };
const scratch = mkdtempSync(join(tmpdir(), 'kubeready-render-'));
afterAll(() => rmSync(scratch, { recursive: true, force: true }));
const key = (finding) => `${finding.file}:${finding.line}: ${finding.checkId}`;
/** Every `# expect:` marker in the project's files, as `file:line: check-id` relative to `cwd`. */
function markersIn(dir, cwd) {
    return fg
        .sync('**/*.{yaml,yml,tpl}', { cwd: dir, absolute: true })
        .flatMap((file) => readExpectations(file).map((expectation) => `${relative(cwd, file)}:${expectation}`))
        .sort(byLineThenId);
}
describe('a Helm chart', () => {
    const chart = join(projects, 'helm', 'shop');
    it('is rendered, and each finding points at its template file and line (subchart included, tests left out)', async () => {
        const result = await lint([chart], { ...tools, cwd: projects });
        expect(result.errors).toEqual([]);
        expect(result.findings.map(key).sort(byLineThenId)).toEqual(markersIn(chart, projects));
        const image = result.findings.find((f) => f.file === 'helm/shop/charts/cache/templates/statefulset.yaml');
        expect(image).toMatchObject({ line: 15, column: 18, endColumn: 30, approximate: false, exact: true });
        expect(image?.rendered).toMatchObject({ via: 'helm', file: 'helm/shop' });
    });
    it('marks a line found only up to an ancestor (toYaml output) as approximate', async () => {
        const { findings } = await lint([chart], { ...tools, cwd: projects });
        expect(findings.find((f) => f.checkId === 'requests-missing')).toMatchObject({
            file: 'helm/shop/templates/deployment.yaml',
            line: 32,
            approximate: true,
            path: 'spec.template.spec.containers[0].resources.requests',
        });
        expect(findings.find((f) => f.checkId === 'probes-identical')).toMatchObject({ line: 24, approximate: false });
    });
    it('applies values files in order, then --set', async () => {
        const production = await lint([chart], { ...tools, cwd: projects, helm: { bin: helmBin, values: ['helm/shop/values-production.yaml'] } });
        const spread = production.findings.find((f) => f.checkId === 'anti-affinity-missing');
        expect(spread).toMatchObject({ file: 'helm/shop/templates/deployment.yaml', line: 17, approximate: true });
        expect(spread?.message).toMatch(/^3 replicas/);
        const lastWins = await lint([chart], {
            ...tools,
            cwd: projects,
            helm: { bin: helmBin, values: ['helm/shop/values-production.yaml', 'helm/shop/values-single.yaml'] },
        });
        expect(lastWins.findings.some((f) => f.checkId === 'anti-affinity-missing')).toBe(false);
        const latest = await lint([chart], { ...tools, cwd: projects, helm: { bin: helmBin, set: ['image.tag=latest', 'worker.image=busybox:1.36'] } });
        const images = latest.findings.filter((f) => f.checkId === 'image-untagged').map((f) => `${f.file}:${f.line}:${f.column}`);
        expect(images).toEqual(['helm/shop/charts/cache/templates/statefulset.yaml:15:18', 'helm/shop/templates/deployment.yaml:20:18']);
    });
    it('uses --release-name, --namespace and --kube-version', async () => {
        const result = await lint([chart], {
            ...tools,
            cwd: projects,
            checks: [...checks, objectLister],
            helm: { bin: helmBin, releaseName: 'prod', namespace: 'shop', kubeVersion: '1.20.0' },
        });
        const objects = result.findings.filter((f) => f.checkId === 'object-lister').map((f) => f.message);
        expect(objects).toContain('policy/v1beta1 PodDisruptionBudget /prod-shop-worker');
        expect(objects).toContain('apps/v1 Deployment shop/prod-shop');
        const current = await lint([chart], { ...tools, cwd: projects, checks: [objectLister] });
        expect(current.findings.map((f) => f.message)).toContain('policy/v1 PodDisruptionBudget /release-name-shop-worker');
    });
    it('maps rendered output piped in through its # Source: comments', async () => {
        const rendered = execFileSync(helmBin, ['template', 'release-name', chart, '--skip-tests'], { encoding: 'utf8' });
        const result = await lint(['-'], { cwd: join(projects, 'helm'), checks: designChecks, readStdin: () => Promise.resolve(rendered) });
        expect(result.findings.map((f) => `${f.file}:${f.line}: ${f.checkId}`).sort(byLineThenId)).toEqual(markersIn(chart, join(projects, 'helm')));
        expect(result.findings.every((f) => f.rendered?.file === '<stdin>')).toBe(true);
    });
    it('maps rendered output saved to a file the same way', async () => {
        const rendered = execFileSync(helmBin, ['template', 'release-name', chart, '--skip-tests'], { encoding: 'utf8' });
        const saved = join(scratch, 'rendered.yaml');
        writeFileSync(saved, rendered);
        const result = await lint([saved], { cwd: join(projects, 'helm'), checks: designChecks });
        expect(result.findings.map((f) => `${f.file}:${f.line}: ${f.checkId}`).sort(byLineThenId)).toEqual(markersIn(chart, join(projects, 'helm')));
        expect(new Set(result.findings.map((f) => f.rendered?.file))).toEqual(new Set([relative(join(projects, 'helm'), saved)]));
    });
    it('reports a failing render at the template line helm names, quoting helm, and lints the rest', async () => {
        const result = await lint([join(projects, 'helm')], { ...tools, cwd: projects });
        expect(result.errors).toEqual([
            {
                file: 'helm/broken/templates/configmap.yaml',
                line: 4,
                message: expect.stringMatching(/^helm template failed: Error: broken\/templates\/configmap\.yaml:4:18 executing .* nil pointer evaluating interface \{\}\.name$/),
            },
        ]);
        expect(result.findings.length).toBeGreaterThan(0);
    });
    it('reports a missing helm binary, naming the chart, and lints the rest', async () => {
        const plain = join(scratch, 'plain.yaml');
        cpSync(join(projects, 'kustomize', 'base', 'deployment.yaml'), plain);
        const result = await lint([chart, plain], { cwd: projects, checks: designChecks, helm: { bin: join(scratch, 'no-helm') } });
        expect(result.errors).toEqual([{ file: 'helm/shop', message: expect.stringContaining('cannot render the chart: --helm-bin') }]);
        expect(result.findings.some((f) => f.file.endsWith('plain.yaml'))).toBe(true);
    });
});
describe('Kustomize overlays', () => {
    const layout = join(projects, 'kustomize');
    const overlays = ['overlays/production', 'overlays/staging'].map((dir) => join(layout, dir));
    it('build each overlay, and findings point at the base file and line that defined the field', async () => {
        const result = await lint(overlays, { ...tools, cwd: projects });
        expect(result.errors).toEqual([]);
        expect(result.findings.map(key).sort(byLineThenId)).toEqual(markersIn(join(layout, 'base'), projects));
        const rendered = result.findings.map((f) => f.rendered?.file);
        expect(new Set(rendered)).toEqual(new Set(['kustomize/overlays/production', 'kustomize/overlays/staging']));
    });
    it('marks what a patch added (a sidecar) as approximate, and what the base wrote as exact', async () => {
        const { findings } = await lint(overlays, { ...tools, cwd: projects });
        const sidecarImage = findings.find((f) => f.path === 'spec.template.spec.containers[1].image');
        expect(sidecarImage).toMatchObject({ checkId: 'image-untagged', line: 14, approximate: true, exact: true });
        expect(sidecarImage?.message).toContain('"log-shipper"');
        const staging = findings.find((f) => f.rendered?.file === 'kustomize/overlays/staging');
        expect(staging).toMatchObject({ checkId: 'requests-missing', line: 15, approximate: false });
        expect(staging?.object).toEqual({ apiVersion: 'apps/v1', kind: 'Deployment', namespace: 'staging', name: 'staging-web' });
    });
    it('strips the origin annotation before checks run', async () => {
        const seen = [];
        const annotations = defineObjectCheck({
            meta: { ...objectLister.meta, id: 'annotation-lister' },
            check(object) {
                seen.push(...Object.keys(object.metadata?.annotations ?? {}));
                return [];
            },
        });
        await lint(overlays, { ...tools, cwd: projects, checks: [annotations] });
        expect(seen).toEqual([]);
    });
    it('lints a base only through the overlays that use it, unless it is named', async () => {
        const throughOverlays = await walk([layout], { cwd: projects, exclude: [] });
        expect(throughOverlays.kustomizations.map((dir) => relative(projects, dir))).toEqual([
            'kustomize/overlays/broken',
            'kustomize/overlays/production',
            'kustomize/overlays/staging',
        ]);
        expect(throughOverlays.files).toEqual([]); // raw bases, patches and components are not plain input
        const named = await lint([join(layout, 'base')], { ...tools, cwd: projects });
        expect(named.findings.map((f) => `${f.rendered?.file} ${f.checkId}`)).toEqual(['kustomize/base requests-missing']);
    });
    it('reports a failing build with kustomize\'s innermost cause, and lints the rest', async () => {
        const result = await lint([layout], { ...tools, cwd: projects });
        expect(result.errors).toEqual([
            {
                file: 'kustomize/overlays/broken',
                message: 'kubectl kustomize failed: lstat kustomize/overlays/broken/missing.yaml: no such file or directory',
            },
        ]);
        expect(result.findings.length).toBe(4);
    });
});
describe('scopes', () => {
    it('make each render its own scope, and each folder of plain files a unit whose objects without a namespace see only each other', async () => {
        const plain = join(scratch, 'siblings');
        cpSync(join(projects, 'kustomize', 'base', 'deployment.yaml'), join(plain, 'a', 'deployment.yaml'));
        cpSync(join(projects, 'kustomize', 'base', 'service.yaml'), join(plain, 'b', 'service.yaml'));
        // The same two objects in a namespace of their own meet across folders, as they would in the cluster.
        const named = join(scratch, 'named');
        for (const [from, to] of [['deployment.yaml', 'a'], ['service.yaml', 'b']]) {
            const text = readFileSync(join(projects, 'kustomize', 'base', from), 'utf8').replace('  name: web\n', '  name: web\n  namespace: shop\n');
            mkdirSync(join(named, to), { recursive: true });
            writeFileSync(join(named, to, from), text);
        }
        const overlays = ['production', 'staging'].map((name) => join(projects, 'kustomize', 'overlays', name));
        const result = await lint([...overlays, plain, named], { ...tools, cwd: projects, checks: [scopeCounter] });
        const seen = new Set(result.findings.map((f) => `${f.rendered?.file ?? f.object?.namespace ?? 'plain'}: ${f.object?.kind} sees ${f.message}`));
        expect(seen).toEqual(new Set([
            // Folders of plain files are units; each overlay sees only its own build.
            ': Deployment sees 1 objects',
            ': Service sees 1 objects',
            'shop: Deployment sees 2 objects',
            'shop: Service sees 2 objects',
            'kustomize/overlays/production: Deployment sees 2 objects',
            'kustomize/overlays/production: Service sees 2 objects',
            'kustomize/overlays/staging: Deployment sees 3 objects',
            'kustomize/overlays/staging: Service sees 3 objects',
            'kustomize/overlays/staging: ConfigMap sees 3 objects',
        ]));
    });
});
describe('the command line', () => {
    const run = (args, stderrIsTTY) => runMain(args, { stderrIsTTY });
    it('shows render progress on a terminal, and nothing when stderr is not one', async () => {
        const args = ['--helm-bin', helmBin, '--kustomize-bin', kubectlBin, join(projects, 'helm', 'shop'), join(projects, 'kustomize', 'overlays', 'staging')];
        const onTerminal = await run(args, true);
        const clearLine = '\r\u001b[2K';
        expect(onTerminal.stderr.split(clearLine)).toEqual(['', expect.stringMatching(/^rendered 1\/2: /), expect.stringMatching(/^rendered 2\/2: /), '']);
        expect(onTerminal.code).toBe(1);
        expect((await run(args, false)).stderr).toBe('');
    });
    it('finds helm and kubectl on PATH, using kubectl kustomize when there is no kustomize', () => {
        const cli = join(import.meta.dirname, '..', 'dist', 'src', 'cli.js');
        // The unpacked tools live inside this repository, and PATH folders inside the linted repository are
        // not searched (a pull request could plant a helm there): PATH gets a folder outside it.
        const tools = join(scratch, 'path');
        mkdirSync(tools, { recursive: true });
        for (const bin of [helmBin, kubectlBin])
            symlinkSync(bin, join(tools, basename(bin)));
        const withTools = spawnSync(process.execPath, [cli, '--format', 'json', 'helm/shop', 'kustomize/overlays/staging'], {
            cwd: projects,
            encoding: 'utf8',
            env: { ...process.env, PATH: tools },
        });
        expect(withTools.stderr).toBe('');
        const files = JSON.parse(withTools.stdout).findings.map((f) => f.rendered?.file);
        expect(new Set(files)).toEqual(new Set(['helm/shop', 'kustomize/overlays/staging']));
        const without = spawnSync(process.execPath, [cli, 'helm/shop', 'kustomize/overlays/staging'], {
            cwd: projects,
            encoding: 'utf8',
            env: { ...process.env, PATH: scratch },
        });
        expect(without.status).toBe(2);
        expect(without.stderr).toBe('kubeready: helm/shop: cannot render the chart: helm was not found on PATH outside the linted repositories (install Helm, or pass --helm-bin)\n' +
            'kubeready: kustomize/overlays/staging: cannot build the kustomization: neither kustomize nor kubectl was found on PATH outside the linted repositories (install one, or pass --kustomize-bin)\n');
    });
});
describe('renders in parallel', () => {
    it('up to the limit, keeping results in input order', async () => {
        let running = 0;
        let peak = 0;
        const results = await mapLimited([30, 10, 20, 5, 15], 2, async (ms, i) => {
            running++;
            peak = Math.max(peak, running);
            await new Promise((resolve) => setTimeout(resolve, ms));
            running--;
            return i;
        });
        expect(results).toEqual([0, 1, 2, 3, 4]);
        expect(peak).toBe(2);
    });
});
/** Test checks: one finding per object, naming it, or saying how many objects its scope holds. */
const testMeta = {
    id: 'test',
    title: 'A test check',
    severity: 'info',
    category: 'correctness',
    description: 'Test.',
    risk: 'None.',
    mitigation: 'None.',
    example: '',
};
const objectLister = defineObjectCheck({
    meta: { ...testMeta, id: 'object-lister' },
    *check(object, { ref }) {
        yield { path: ['metadata', 'name'], message: `${object.apiVersion} ${object.kind} ${ref.namespace}/${ref.name}` };
    },
});
const scopeCounter = defineObjectCheck({
    meta: { ...testMeta, id: 'scope-counter' },
    *check(_object, { index }) {
        yield { path: [], message: `${index.objects.length} objects` };
    },
});
describe('a chart whose dependency is vendored as a .tgz', () => {
    it('renders, and names the packed template without claiming a line in it', async () => {
        const chart = join(scratch, 'packed', 'shop');
        cpSync(join(projects, 'helm', 'shop'), chart, { recursive: true });
        execFileSync(helmBin, ['package', join(chart, 'charts', 'cache'), '--destination', join(chart, 'charts')], { stdio: 'ignore' });
        rmSync(join(chart, 'charts', 'cache'), { recursive: true });
        const result = await lint([chart], { ...tools, cwd: join(scratch, 'packed') });
        expect(result.errors).toEqual([]);
        expect(result.findings.find((f) => f.object?.kind === 'StatefulSet')).toMatchObject({
            checkId: 'image-untagged',
            file: 'shop/charts/cache/templates/statefulset.yaml',
            line: 1,
            approximate: true,
            rendered: { via: 'helm', file: 'shop' },
        });
    });
});
