import { cpSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, afterEach, beforeAll, describe, expect, it, vi } from 'vitest';
import { lint, lintText } from '../src/api.js';
import { runMain } from './support/cli.js';
import { helmBin, kubectlBin } from './support/binaries.js';
const root = join(import.meta.dirname, '..');
const scratch = mkdtempSync(join(tmpdir(), 'kubeready-fix-placement-'));
const home = process.cwd();
const storageClass = (name, extra = '') => `apiVersion: storage.k8s.io/v1\nkind: StorageClass\nmetadata:\n  name: ${name}\nprovisioner: ebs.csi.aws.com\nvolumeBindingMode: WaitForFirstConsumer\n${extra}`;
beforeAll(() => vi.stubEnv('XDG_CACHE_HOME', join(scratch, 'xdg-cache')));
afterAll(() => {
    vi.unstubAllEnvs();
    rmSync(scratch, { recursive: true, force: true });
});
afterEach(() => process.chdir(home));
const fixesOf = (findings) => findings.filter((finding) => finding.fix).map(({ file, line, checkId, fix }) => ({ file, line, checkId, fix }));
describe('a fix reaches its finding', () => {
    it('through worker threads and the parse cache, as on one thread', async () => {
        const dir = join(scratch, 'many');
        mkdirSync(dir, { recursive: true });
        for (let i = 0; i < 40; i++)
            writeFileSync(join(dir, `class-${i}.yaml`), `${storageClass(`a-${i}`)}---\n${storageClass(`b-${i}`, 'reclaimPolicy: Delete\n')}`);
        const single = await lint([dir], { cwd: scratch, jobs: 1 });
        expect(fixesOf(single.findings).length).toBe(80);
        expect(single.findings.find((finding) => finding.fix)?.fix?.at).toMatchObject({ document: 0, basePath: [] });
        const threads = { cwd: scratch, jobs: 2, parallelMinBytes: 0, parallelMinObjects: 0 };
        expect(fixesOf((await lint([dir], threads)).findings)).toEqual(fixesOf(single.findings));
        const cacheFile = join(scratch, 'cache');
        const first = await lint([dir], { ...threads, cacheFile });
        // The second run takes the scope's findings from the cache; the third, after an edit, the objects' evaluations.
        const second = await lint([dir], { ...threads, cacheFile });
        expect(second.cache?.hits).toBe(40);
        writeFileSync(join(dir, 'class-0.yaml'), `${storageClass('a-0')}---\n${storageClass('b-0', 'reclaimPolicy: Delete # edited\n')}`);
        const third = await lint([dir], { cwd: scratch, jobs: 1, cacheFile });
        expect(third.cache?.hits).toBe(39);
        for (const run of [first, second])
            expect(fixesOf(run.findings)).toEqual(fixesOf(single.findings));
        const edited = fixesOf(third.findings).filter(({ file }) => !file.endsWith('class-0.yaml'));
        expect(edited).toEqual(fixesOf(single.findings).filter(({ file }) => !file.endsWith('class-0.yaml')));
    });
    it('from standard input and from a Helm template as a suggestion only', async () => {
        const [onStdin] = lintText(storageClass('x'), '<stdin>').findings.filter((finding) => finding.fix);
        expect(onStdin?.fix).toMatchObject({ file: '<stdin>', manual: 'read from standard input' });
        expect(onStdin?.fix?.at).toBeUndefined();
        const project = join(scratch, 'helm');
        mkdirSync(join(project, '.git'), { recursive: true });
        cpSync(join(root, 'test', 'projects', 'helm', 'shop'), join(project, 'shop'), { recursive: true });
        writeFileSync(join(project, 'shop', 'templates', 'class.yaml'), storageClass('{{ .Release.Name }}-ssd'));
        const result = await lint(['shop'], { cwd: project, helm: { bin: helmBin } });
        const fixed = result.findings.filter((finding) => finding.fix);
        expect(fixed.map((finding) => finding.checkId)).toContain('storageclass-reclaim-delete');
        for (const finding of fixed) {
            expect(finding.fix?.at).toBeUndefined();
            expect(finding.fix?.manual).toMatch(/^a Helm template/);
            expect(finding.fix?.file).toMatch(/^shop\/(?:charts\/[^/]+\/)?templates\//);
        }
        process.chdir(project);
        const templates = readFileSync(join(project, 'shop', 'templates', 'class.yaml'), 'utf8');
        const dry = await runMain(['--fix-dry-run', '--helm-bin', helmBin, 'shop']);
        expect(dry.stdout).toContain('# shop/templates/class.yaml:1: storageclass-reclaim-delete: set reclaimPolicy: Retain\n#   not applied: a Helm template: change the template or the values it reads\n#   set reclaimPolicy: Retain\n');
        const fix = await runMain(['--fix', '--helm-bin', helmBin, 'shop']);
        expect(fix.stderr).toMatch(/fixes? left to you: --fix-dry-run shows them/);
        expect(readFileSync(join(project, 'shop', 'templates', 'class.yaml'), 'utf8')).toBe(templates);
    }, 60_000);
    it('from a Kustomize build into the base that defines the object, unless a patch set the field', async () => {
        const project = join(scratch, 'kustomize');
        mkdirSync(join(project, '.git'), { recursive: true });
        const write = (file, text) => {
            mkdirSync(join(project, file, '..'), { recursive: true });
            writeFileSync(join(project, file), text);
        };
        write('base/kustomization.yaml', 'resources: [class.yaml]\n');
        write('base/class.yaml', `# the class of every environment\n${storageClass('ssd')}`);
        write('renamed/kustomization.yaml', 'namePrefix: prod-\nresources: [../base]\n');
        write('patched/kustomization.yaml', 'resources: [../base]\npatches:\n  - patch: |-\n      apiVersion: storage.k8s.io/v1\n      kind: StorageClass\n      metadata: { name: ssd }\n      reclaimPolicy: Delete\n');
        const options = { cwd: project, kustomize: { bin: kubectlBin } };
        const renamed = (await lint(['renamed'], options)).findings.filter((finding) => finding.fix);
        expect(renamed.map(({ checkId, file, fix }) => ({ checkId, file, at: fix?.at }))).toEqual([
            { checkId: 'storageclass-reclaim-delete', file: 'base/class.yaml', at: { document: 0, basePath: [], digest: expect.any(String) } },
        ]);
        const patched = (await lint(['patched'], options)).findings.filter((finding) => finding.fix);
        expect(patched.map(({ fix }) => [fix?.file, fix?.at, fix?.manual])).toEqual([['base/class.yaml', undefined, 'a Kustomize patch or transformer sets this part of the object: change it there']]);
        process.chdir(project);
        const run = await runMain(['--fix', '--kustomize-bin', kubectlBin, 'renamed', 'patched']);
        expect(run.stderr).toContain('kubeready: fixed 1 problem in 1 file');
        expect(readFileSync(join(project, 'base/class.yaml'), 'utf8')).toBe(`# the class of every environment\n${storageClass('ssd')}reclaimPolicy: Retain\n`);
        // The patch still sets Delete: that finding remains, for a person to change in the overlay.
        expect((await lint(['renamed'], options)).findings.filter((finding) => finding.checkId === 'storageclass-reclaim-delete')).toEqual([]);
        expect((await lint(['patched'], options)).findings.filter((finding) => finding.checkId === 'storageclass-reclaim-delete').length).toBe(1);
        // A base with a byte order mark is the text linted once the mark is set aside, and keeps it.
        write('marked/kustomization.yaml', 'resources: [class.yaml]\n');
        write('marked/class.yaml', `\uFEFF${storageClass('marked')}`);
        expect((await runMain(['--fix', '--kustomize-bin', kubectlBin, 'marked'])).stderr).toContain('kubeready: fixed 1 problem in 1 file');
        expect(readFileSync(join(project, 'marked/class.yaml'), 'utf8')).toBe(`\uFEFF${storageClass('marked')}reclaimPolicy: Retain\n`);
    }, 60_000);
});
