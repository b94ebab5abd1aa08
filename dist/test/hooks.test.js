import { spawnSync } from 'node:child_process';
import { cpSync, existsSync, mkdirSync, mkdtempSync, readFileSync, realpathSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { delimiter, dirname, join } from 'node:path';
import fg from 'fast-glob';
import { parse } from 'yaml';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { isRecord } from '../src/model/kinds.js';
import { binDir } from './support/binaries.js';
import { cleanPod } from './support/cli.js';
const root = join(import.meta.dirname, '..');
const projects = join(root, 'test', 'projects');
const scratch = realpathSync(mkdtempSync(join(tmpdir(), 'kubeready-hooks-')));
afterAll(() => rmSync(scratch, { recursive: true, force: true }));
const strings = (value) => (Array.isArray(value) ? value.filter((item) => typeof item === 'string') : []);
/** Reads the manifest with pre-commit's defaults for the keys it leaves out. */
function readHooks() {
    const manifest = parse(readFileSync(join(root, '.pre-commit-hooks.yaml'), 'utf8'));
    if (!Array.isArray(manifest))
        throw new Error('.pre-commit-hooks.yaml is not a list of hooks');
    return manifest.map((hook) => {
        if (!isRecord(hook))
            throw new Error('a hook is not a mapping');
        const text = (key, fallback) => {
            const value = hook[key] ?? fallback;
            if (typeof value !== 'string')
                throw new Error(`hook key ${key} is missing or not a string`);
            return value;
        };
        return {
            id: text('id'),
            name: text('name'),
            entry: text('entry'),
            language: text('language'),
            types: hook['types'] === undefined ? ['file'] : strings(hook['types']),
            typesOr: strings(hook['types_or']),
            files: new RegExp(text('files', '')),
            exclude: new RegExp(text('exclude', '^$')),
            args: strings(hook['args']),
            passFilenames: hook['pass_filenames'] !== false,
            requireSerial: hook['require_serial'] === true,
        };
    });
}
/** The identify tags pre-commit gives a file, for the extensions that matter here. */
function tagsOf(file) {
    if (/\.(ya?ml|eyaml)$/.test(file))
        return ['file', 'text', 'yaml'];
    if (/\.json$/.test(file))
        return ['file', 'text', 'json'];
    if (/\.md$/.test(file))
        return ['file', 'text', 'markdown'];
    // identify: a name or any dot-separated part of it in NAMES (Dockerfile, Containerfile), or the extension .dockerfile.
    const name = file.slice(file.lastIndexOf('/') + 1);
    if ([name, ...name.split('.')].some((part) => part === 'Dockerfile' || part === 'Containerfile') || /\.dockerfile$/i.test(name))
        return ['file', 'text', 'dockerfile'];
    return ['file', 'text'];
}
/** The files pre-commit passes to a hook: `files`, `exclude`, `types` (all) and `types_or` (any). */
function selectFiles(hook, files) {
    return files.filter((file) => {
        const tags = tagsOf(file);
        return (hook.files.test(file) &&
            !hook.exclude.test(file) &&
            hook.types.every((tag) => tags.includes(tag)) &&
            (hook.typesOr.length === 0 || hook.typesOr.some((tag) => tags.includes(tag))));
    });
}
/**
 * Runs a hook as pre-commit does: `entry` split into words, then the hook's `args`, then the file
 * names, split into batches as xargs does with a long list (here: forced to `batchSize` files).
 * The entry's executable is what npm installs for the package's bin, i.e. the built CLI.
 */
function runHook(hook, files, options) {
    const [executable, ...entryArgs] = hook.entry.trim().split(/\s+/);
    const bins = JSON.parse(readFileSync(join(root, 'package.json'), 'utf8'))['bin'];
    const script = isRecord(bins) && executable !== undefined ? bins[executable] : undefined;
    if (typeof script !== 'string')
        throw new Error(`entry ${hook.entry}: package.json has no bin of that name`);
    const command = [join(root, script), ...entryArgs, ...(options.args ?? hook.args)];
    const size = options.batchSize ?? files.length;
    const batches = [];
    for (let i = 0; i < files.length; i += size)
        batches.push(files.slice(i, i + size));
    // require_serial: one batch after the other; pre-commit keeps the highest exit code.
    const runs = batches.map((batch) => {
        const result = spawnSync(process.execPath, [...command, ...(hook.passFilenames ? batch : [])], {
            cwd: options.cwd,
            encoding: 'utf8',
            env: { ...process.env, PRE_COMMIT: '1', NO_COLOR: '1', FORCE_COLOR: '', PATH: `${binDir}${delimiter}${process.env['PATH'] ?? ''}` },
        });
        return { code: result.status, stdout: result.stdout, stderr: result.stderr };
    });
    return { code: Math.max(...runs.map((run) => run.code ?? 2)), batches: runs };
}
function findingsOf(run) {
    return JSON.parse(run.stdout).findings;
}
const where = (finding) => `${finding.file}:${finding.line} ${finding.checkId}`;
describe('the pre-commit hook', () => {
    let project = '';
    let hook;
    let allFiles = [];
    beforeAll(() => {
        const hooks = readHooks();
        expect(hooks.map((candidate) => candidate.id)).toEqual(['kubeready']);
        hook = hooks[0];
        project = join(scratch, 'project');
        const put = (path, text) => {
            mkdirSync(dirname(join(project, path)), { recursive: true });
            writeFileSync(join(project, path), text);
        };
        cpSync(join(projects, 'helm', 'shop'), join(project, 'charts', 'shop'), { recursive: true });
        for (const part of ['base', 'components', 'overlays/production', 'overlays/staging']) {
            cpSync(join(projects, 'kustomize', part), join(project, 'deploy', part), { recursive: true });
        }
        put('plain/clean.yaml', cleanPod);
        put('plain/web.yaml', cleanPod.replace('registry.example.com/app:1.0.0', 'registry.example.com/app'));
        put('plain/settings.json', '{ "editor": "not a Kubernetes object" }\n');
        put('README.md', '# not YAML: {{ .Values.x }}\n');
        mkdirSync(join(project, '.git'));
        allFiles = fg.sync('**/*', { cwd: project, dot: true, ignore: ['.git/**'] }).sort();
    });
    it('is a node hook on YAML, JSON and Dockerfiles, given the file names, run serially', () => {
        expect(hook).toMatchObject({ entry: 'kubeready', language: 'node', typesOr: ['yaml', 'json', 'dockerfile'], passFilenames: true, requireSerial: true });
        expect(selectFiles(hook, ['a.yaml', 'b.yml', 'c.json', 'README.md', 'charts/x/templates/_helpers.tpl', 'Dockerfile', 'api/Dockerfile.prod', 'web.Dockerfile', 'run.sh'])).toEqual([
            'a.yaml',
            'b.yml',
            'c.json',
            'Dockerfile',
            'api/Dockerfile.prod',
            'web.Dockerfile',
        ]);
    });
    it('lints changed chart templates through the chart, once, and overlays and plain files, in batches of 3', () => {
        const changed = selectFiles(hook, [
            'README.md',
            'charts/shop/templates/_helpers.tpl',
            'charts/shop/templates/deployment.yaml',
            'charts/shop/values.yaml',
            'deploy/base/service.yaml',
            'deploy/overlays/production/deployment-patch.yaml',
            'plain/clean.yaml',
            'plain/settings.json',
            'plain/web.yaml',
        ]);
        const { code, batches } = runHook(hook, changed, { cwd: project, args: ['--format', 'json'], batchSize: 3 });
        expect(code).toBe(1);
        expect(batches.map((run) => run.code)).toEqual([1, 1, 1]);
        expect(batches.map((run) => run.stderr)).toEqual(['', '', '']);
        const [chartAndBase, production, web] = batches.map(findingsOf);
        // batch 1: the chart's template and values file → the chart once; a base file → the base built alone
        expect(new Set(chartAndBase?.map((finding) => finding.rendered?.file))).toEqual(new Set(['charts/shop', 'deploy/base']));
        const inDeployment = chartAndBase?.filter((finding) => finding.file === 'charts/shop/templates/deployment.yaml').map(where) ?? [];
        expect(inDeployment).toEqual(expect.arrayContaining(['charts/shop/templates/deployment.yaml:24 probes-identical', 'charts/shop/templates/deployment.yaml:32 requests-missing']));
        // two files of the chart were passed, yet each finding comes once: one render
        expect(inDeployment.length).toBe(new Set(inDeployment).size);
        expect(chartAndBase?.map(where)).toEqual(expect.arrayContaining(['charts/shop/templates/worker.yaml:32 image-untagged', 'charts/shop/charts/cache/templates/statefulset.yaml:15 image-untagged']));
        expect(chartAndBase?.filter((finding) => finding.rendered?.file === 'deploy/base').map(where)).toContain('deploy/base/deployment.yaml:7 replicas-single');
        // batch 2: an overlay's patch → the overlay built (three replicas: findings the base alone lacks)
        expect(new Set(production?.map((finding) => finding.rendered?.file))).toEqual(new Set(['deploy/overlays/production']));
        expect(production?.map(where)).toEqual(expect.arrayContaining(['deploy/base/deployment.yaml:7 pdb-missing', 'deploy/base/deployment.yaml:13 anti-affinity-missing']));
        expect(chartAndBase?.map(where)).not.toContain('deploy/base/deployment.yaml:13 anti-affinity-missing');
        // batch 3: a plain file, linted as it is
        expect(web?.map(where)).toEqual(['plain/web.yaml:7 image-untagged']);
        expect(web?.[0]?.rendered).toBeUndefined();
    }, 30_000);
    it('names the template in the default output, and passes a clean change', () => {
        const chart = runHook(hook, ['charts/shop/templates/deployment.yaml'], { cwd: project });
        expect(chart.code).toBe(1);
        expect(chart.batches[0]?.stdout.split('\n')).toContain('charts/shop/templates/deployment.yaml');
        expect(chart.batches[0]?.stdout).not.toMatch(/yaml-syntax/);
        const clean = runHook(hook, selectFiles(hook, ['plain/clean.yaml', 'plain/settings.json', 'README.md']), { cwd: project });
        expect(clean).toMatchObject({ code: 0, batches: [{ code: 0, stderr: '' }] });
    }, 30_000);
    it('on every file of the project (pre-commit run --all-files), never lints a raw template or patch', () => {
        const files = selectFiles(hook, allFiles);
        expect(files).toContain('charts/shop/templates/deployment.yaml');
        expect(files).not.toContain('README.md');
        expect(files).not.toContain('charts/shop/templates/_helpers.tpl');
        const { code, batches } = runHook(hook, files, { cwd: project, args: ['--format', 'json'], batchSize: 8 });
        expect(batches.length).toBe(Math.ceil(files.length / 8));
        expect(batches.length).toBeGreaterThan(2);
        expect(code).toBe(1);
        expect(batches.filter((run) => run.stderr !== '')).toEqual([]);
        const findings = batches.flatMap(findingsOf);
        expect(findings.filter((finding) => finding.checkId === 'yaml-syntax')).toEqual([]);
        for (const finding of findings)
            expect(existsSync(join(project, finding.file)), finding.file).toBe(true);
        expect(new Set(findings.map((finding) => finding.rendered?.file ?? 'plain'))).toEqual(new Set(['charts/shop', 'deploy/base', 'deploy/overlays/production', 'deploy/overlays/staging', 'plain']));
    }, 60_000);
});
