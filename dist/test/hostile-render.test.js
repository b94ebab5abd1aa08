import { execFileSync, spawn, spawnSync } from 'node:child_process';
import { chmodSync, existsSync, mkdirSync, mkdtempSync, readdirSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { helmBin, kubectlBin } from './support/binaries.js';
// Attacks a pull request can make with nothing but its files, against the built command line and the real
// helm and kubectl. Each repository here has a .git folder, as a checkout does, with a token in its config.
const root = join(import.meta.dirname, '..');
const cli = join(root, 'dist', 'src', 'cli.js');
const scratch = mkdtempSync(join(tmpdir(), 'kubeready-hostile-'));
afterAll(() => rmSync(scratch, { recursive: true, force: true }));
const token = 'ghs_SECRETTOKEN0123456789';
const outsideSecret = 'OUTSIDE-THE-REPOSITORY-7f3a';
const configMap = 'apiVersion: v1\nkind: ConfigMap\nmetadata:\n  name: settings\ndata:\n  a: b\n';
let repositories = 0;
/** A checkout: files relative to its root, a .git/config holding a token, and a secret file beside it. */
function repository(files) {
    const dir = join(scratch, `repo-${++repositories}`);
    const all = { '.git/config': `[http]\n\textraheader = AUTHORIZATION: basic ${token}\n`, ...files };
    for (const [file, text] of Object.entries(all)) {
        mkdirSync(dirname(join(dir, file)), { recursive: true });
        writeFileSync(join(dir, file), text);
    }
    writeFileSync(join(scratch, 'outside-secret.txt'), `${outsideSecret}\n`);
    return dir;
}
function run(cwd, args, env = {}) {
    const result = spawnSync(process.execPath, [cli, '--helm-bin', helmBin, '--kustomize-bin', kubectlBin, ...args], {
        cwd,
        encoding: 'utf8',
        env: { ...process.env, NO_COLOR: '1', ...env },
        timeout: 60_000,
    });
    return { code: result.status, stdout: result.stdout, stderr: result.stderr };
}
const chart = (name, templates) => ({
    [`${name}/Chart.yaml`]: `apiVersion: v2\nname: ${name}\nversion: 0.1.0\n`,
    ...Object.fromEntries(Object.entries(templates).map(([file, text]) => [`${name}/templates/${file}`, text])),
});
describe('flags from files never reach helm as flags', () => {
    for (const releaseName of ['--output-dir=OUT', '--post-renderer=./post.sh']) {
        it(`a releaseName of ${releaseName.split('=')[0]} in .kubeready.yaml is refused at its line; nothing is written or run`, () => {
            const dir = repository({
                ...chart('app', { 'cm.yaml': configMap }),
                'post.sh': `#!/bin/sh\ntouch "${scratch}/post-renderer-ran"\ncat\n`,
                '.kubeready.yaml': `helm:\n  releaseName: "${releaseName.replace('OUT', join(scratch, 'rendered-to-disk'))}"\n`,
            });
            chmodSync(join(dir, 'post.sh'), 0o755);
            const { code, stderr } = run(dir, ['app']);
            expect(code).toBe(2);
            expect(stderr).toMatch(/^kubeready: \.kubeready\.yaml:2:16: helm\.releaseName: release name .* is not a DNS-1123 name/);
            expect(existsSync(join(scratch, 'rendered-to-disk'))).toBe(false);
            expect(existsSync(join(scratch, 'post-renderer-ran'))).toBe(false);
        });
    }
    it('a namespace that looks like a flag is refused, and values from files go as --flag=value after which `--` ends the options', () => {
        const dir = repository({ ...chart('app', { 'cm.yaml': configMap }), '.kubeready.yaml': 'helm:\n  namespace: --output-dir=x\n' });
        expect(run(dir, ['app'])).toMatchObject({ code: 2, stderr: expect.stringContaining('helm.namespace: namespace "--output-dir=x" is not a DNS-1123 label') });
        // --set pairs from the config cannot become flags either: they are one argument with their flag.
        const setOnly = repository({ ...chart('app', { 'cm.yaml': '{{ .Values.x | quote }}: 1\n' + configMap }), '.kubeready.yaml': 'helm:\n  set: ["x=--output-dir=y"]\n' });
        const result = run(setOnly, ['app', '--format', 'json']);
        expect(result.stderr).toBe('');
        expect(JSON.parse(result.stdout)).toMatchObject({ summary: { objects: 1 } });
    });
});
describe('kustomize and helm read only inside the repository', () => {
    const generator = (source) => `resources: [../base]\nconfigMapGenerator:\n  - name: leak\n    ${source}\n`;
    const base = { 'base/kustomization.yaml': 'resources: [cm.yaml]\n', 'base/cm.yaml': configMap };
    const cases = [
        ['the checkout\'s .git/config', { 'app/kustomization.yaml': generator('files: [../.git/config]') }, /"\.\.\/\.git\/config" is inside \.git/],
        ['a file above the repository', { 'app/kustomization.yaml': generator('files: [secret=../../outside-secret.txt]') }, /"\.\.\/\.\.\/outside-secret\.txt" is outside the repository/],
        ['/proc/self/environ', { 'app/kustomization.yaml': generator('envs: [/proc/self/environ]') }, /"\/proc\/self\/environ" is a system path/],
        ['an absolute path', { 'app/kustomization.yaml': generator(`env: ${join(scratch, 'outside-secret.txt')}`) }, /".*outside-secret\.txt" is outside the repository/],
        ['a patch above the repository', { 'app/kustomization.yaml': 'resources: [../base]\npatches:\n  - path: ../../outside-secret.txt\n' }, /"\.\.\/\.\.\/outside-secret\.txt" is outside the repository/],
        ['a transformer config that patches from outside', { 'app/kustomization.yaml': 'resources: [../base]\ntransformers: [patch.yaml]\n', 'app/patch.yaml': 'apiVersion: builtin\nkind: PatchTransformer\nmetadata: {name: p}\npath: /etc/hostname\n' }, /"\/etc\/hostname" is outside the repository/],
        ['a resource over http (cloud metadata)', { 'app/kustomization.yaml': 'resources: [../base, "http://169.254.169.254/latest/meta-data"]\n' }, /remote resource .* refused/],
        ['a git repository', { 'app/kustomization.yaml': 'resources: ["github.com/example/repo//deploy?ref=main"]\n' }, /remote resource .* refused/],
    ];
    for (const [what, files, message] of cases) {
        it(`a kustomization that reads ${what} is not built: a one-line error names it, no secret in any output`, () => {
            const dir = repository({ ...base, ...files });
            for (const format of ['stylish', 'json', 'sarif', 'markdown', 'html']) {
                const { code, stdout, stderr } = run(dir, ['app', '--format', format]);
                expect(code).toBe(2);
                expect(stderr).toMatch(new RegExp(`^kubeready: app/kustomization\\.yaml: not built: ${message.source}`, 'm'));
                expect(stdout + stderr).not.toContain(token);
                expect(stdout + stderr).not.toContain(outsideSecret);
            }
        });
    }
    it('a symlink that leads out is refused, in a kustomization and in a chart', () => {
        const dir = repository({ ...base, 'app/kustomization.yaml': generator('files: [link.txt]'), ...chart('c', { 'cm.yaml': configMap }) });
        symlinkSync(join(scratch, 'outside-secret.txt'), join(dir, 'app', 'link.txt'));
        symlinkSync(join(scratch, 'outside-secret.txt'), join(dir, 'c', 'templates', 'leak.yaml'));
        const { code, stdout, stderr } = run(dir, ['app', 'c']);
        expect(code).toBe(2);
        expect(stderr).toMatch(/^kubeready: app\/kustomization\.yaml: not built: "link\.txt" is outside the repository \(through a symlink/m);
        expect(stderr).toMatch(/^kubeready: c\/templates\/leak\.yaml: chart not rendered: the symlink points outside the repository/m);
        expect(stdout + stderr).not.toContain(outsideSecret);
    });
    it('paths in the config that leave the repository are refused; on the command line they are taken', () => {
        const dir = repository({ ...chart('c', { 'cm.yaml': configMap }), '.kubeready.yaml': 'helm:\n  values: [../../outside-secret.txt]\n' });
        expect(run(dir, ['c'])).toMatchObject({ code: 2, stderr: expect.stringMatching(/^kubeready: \.kubeready\.yaml:2:\d+: helm\.values\[0\]: "\.\.\/\.\.\/outside-secret\.txt" is outside the repository/) });
        const crds = repository({ 'pod.yaml': configMap, '.kubeready.yaml': 'crds: [/etc]\n' });
        expect(run(crds, ['.']).stderr).toMatch(/crds\[0\]: "\/etc" is outside the repository/);
        const trusted = repository({ ...chart('c', { 'cm.yaml': configMap }) });
        writeFileSync(join(scratch, 'values-outside.yaml'), 'replicas: 2\n');
        expect(run(trusted, ['c', '--values', join(scratch, 'values-outside.yaml')])).toMatchObject({ code: 0, stderr: '' });
    });
    it('bases in sibling folders, and the charts and overlays of the test projects, still render', () => {
        const dir = repository({ ...base, 'app/kustomization.yaml': 'resources: [../base]\npatches:\n  - path: ../shared/patch.yaml\n', 'shared/patch.yaml': 'apiVersion: v1\nkind: ConfigMap\nmetadata: {name: settings}\ndata: {a: c}\n' });
        expect(run(dir, ['app', '--format', 'json'])).toMatchObject({ code: 0, stderr: '' });
        const projects = run(join(root, 'test', 'projects'), ['helm/shop', 'kustomize/overlays/staging', 'kustomize/overlays/production', '--format', 'json']);
        expect(projects.stderr).toBe('');
        expect(JSON.parse(projects.stdout).summary.objects).toBeGreaterThan(5);
    });
    it('tools run with a minimal environment: no tokens, no credentials, a HOME of their own', () => {
        const dir = repository({ ...chart('c', { 'cm.yaml': configMap }) });
        const spy = join(scratch, 'env-spy.sh');
        writeFileSync(spy, `#!/bin/sh\nenv > "${scratch}/seen-env"\necho 'apiVersion: v1'; echo 'kind: ConfigMap'; echo 'metadata: {name: x}'\n`, { mode: 0o755 });
        const result = spawnSync(process.execPath, [cli, '--helm-bin', spy, 'c'], {
            cwd: dir,
            encoding: 'utf8',
            env: { ...process.env, GITHUB_TOKEN: token, AWS_SECRET_ACCESS_KEY: token, KUBECONFIG: '/root/.kube/config', HTTPS_PROXY: 'http://proxy:3128', HELM_POST_RENDERER: 'x' },
        });
        expect(result.status).toBe(0);
        const seen = execFileSync('cat', [join(scratch, 'seen-env')], { encoding: 'utf8' });
        expect(seen).not.toContain(token);
        expect(seen).not.toMatch(/^(KUBECONFIG|HTTPS_PROXY|HELM_POST_RENDERER|AWS_)/m);
        expect(seen).toMatch(/^HOME=.*kubeready-home-/m);
        expect(seen).toMatch(/^PATH=/m);
    });
    it('a helm on PATH inside the repository (npx puts its node_modules/.bin first) is not run', () => {
        const dir = repository({ 'c/Chart.yaml': 'apiVersion: v2\nname: c\nversion: 0.1.0\n', 'c/templates/cm.yaml': configMap });
        const planted = join(dir, 'node_modules', '.bin');
        mkdirSync(planted, { recursive: true });
        writeFileSync(join(planted, 'helm'), `#!/bin/sh\ntouch "${scratch}/planted-helm-ran"\n`, { mode: 0o755 });
        const result = spawnSync(process.execPath, [cli, 'c'], { cwd: dir, encoding: 'utf8', env: { ...process.env, PATH: `${planted}:${dirname(helmBin)}:${process.env['PATH'] ?? ''}` } });
        expect(existsSync(join(scratch, 'planted-helm-ran'))).toBe(false);
        expect(result.status).toBe(0);
    });
});
describe('kustomizations that use each other in a cycle', () => {
    it('are reported as an error naming both folders, not silently left out', () => {
        const dir = repository({ 'a/kustomization.yaml': 'resources: [../b, cm.yaml]\n', 'a/cm.yaml': configMap, 'b/kustomization.yaml': 'resources: [../a]\n' });
        const { code, stderr } = run(dir, ['.']);
        expect(code).toBe(2);
        expect(stderr).toBe('kubeready: a/kustomization.yaml: not built: kustomizations use each other in a cycle: a -> b -> a\n');
    });
});
describe('standard input is bounded like a file', () => {
    it('past --max-file-size, stdin is a one-line error and the files named beside it are still linted', () => {
        const dir = repository({ 'pod.yaml': configMap });
        const result = spawnSync(process.execPath, [cli, '--max-file-size', '1KB', '--format', 'json', '-', 'pod.yaml'], {
            cwd: dir,
            encoding: 'utf8',
            input: `${configMap}# ${'x'.repeat(4096)}\n`,
        });
        expect(result.status).toBe(2);
        expect(result.stderr).toMatch(/^kubeready: <stdin>: input is over the 1024 byte limit \(--max-file-size\)\n$/);
        expect(JSON.parse(result.stdout).summary.objects).toBe(1);
    });
});
describe('renders are bounded in time and output', () => {
    const slow = chart('slow', { 'loop.yaml': '{{- range until 100000 }}{{- range until 100000 }}{{- end }}{{- end }}\n' });
    const loud = chart('loud', { 'a.yaml': '{{- range until 20000 }}\n# {{ printf "%0200d" 0 }}\n{{- end }}\n' });
    it('past --render-timeout or --render-max-output, the unit is a one-line error and the rest of the run completes', () => {
        const dir = repository({ ...slow, ...loud, 'pod.yaml': configMap });
        const started = Date.now();
        const { code, stdout, stderr } = run(dir, ['slow', 'loud', 'pod.yaml', '--render-timeout', '2', '--render-max-output', '1MB', '--format', 'json']);
        expect(Date.now() - started).toBeLessThan(20_000);
        expect(code).toBe(2);
        expect(stderr).toContain('kubeready: slow: helm template stopped after 2 s (--render-timeout)\n');
        expect(stderr).toContain('kubeready: loud: helm template stopped after 1 MB of output (--render-max-output)\n');
        expect(JSON.parse(stdout).summary.objects).toBe(1);
        expect(helmProcessesIn(dir)).toEqual([]);
    });
    it.each([['SIGTERM', 143], ['SIGINT', 130]])('%s to kubeready ends the helm it started', async (signal, status) => {
        const dir = repository(slow);
        const child = spawn(process.execPath, [cli, '--helm-bin', helmBin, 'slow'], { cwd: dir, stdio: 'ignore' });
        const deadline = Date.now() + 15_000;
        while (helmProcessesIn(dir).length === 0 && Date.now() < deadline)
            await new Promise((done) => setTimeout(done, 100));
        expect(helmProcessesIn(dir).length).toBeGreaterThan(0);
        const exited = new Promise((done) => child.on('exit', (code) => done(code)));
        child.kill(signal);
        expect(await exited).toBe(status);
        await new Promise((done) => setTimeout(done, 300));
        expect(helmProcessesIn(dir)).toEqual([]);
    }, 30_000);
});
/** helm processes rendering a chart of that repository, from /proc. */
function helmProcessesIn(dir) {
    return readdirSync('/proc')
        .filter((entry) => /^\d+$/.test(entry))
        .flatMap((pid) => {
        try {
            const args = execFileSync('cat', [`/proc/${pid}/cmdline`], { encoding: 'utf8' }).split('\0');
            return args[0]?.endsWith('helm') && args.some((arg) => arg.startsWith(dir)) ? [pid] : [];
        }
        catch {
            return [];
        }
    });
}
describe('# Source: comments of saved renders map only into templates of the repository', () => {
    const pod = (source) => `---\n# Source: ${source}\napiVersion: v1\nkind: Pod\nmetadata:\n  name: p\nspec:\n  containers:\n    - name: app\n      image: nginx # expect: image-untagged\n`;
    it('a comment that climbs out of the repository leaves findings at the file\'s own lines', () => {
        const dir = repository({ 'deploy/pod.yaml': pod('x/../../../../../outside-secret.txt') });
        const { stdout } = run(dir, ['deploy', '--format', 'json']);
        const findings = JSON.parse(stdout).findings;
        expect(findings.length).toBeGreaterThan(0);
        expect(new Set(findings.map((finding) => finding.file))).toEqual(new Set(['deploy/pod.yaml']));
        expect(findings.find((finding) => finding.checkId === 'image-untagged')).toMatchObject({ line: 10 });
        expect(run(dir, ['deploy', '--format', 'html']).stdout).not.toContain(outsideSecret);
    });
    it('committed rendered output whose templates are not in the repository keeps its lines and its inline suppressions', () => {
        const text = pod('longhorn/templates/deployment.yaml').replace('      image: nginx # expect: image-untagged', '      # kubeready-ignore-next-line image-untagged -- vendored, pinned by digest upstream\n      image: nginx');
        const dir = repository({ 'deploy/longhorn.yaml': text });
        const findings = JSON.parse(run(dir, ['deploy', '--format', 'json']).stdout).findings;
        expect(findings.every((finding) => finding.file === 'deploy/longhorn.yaml')).toBe(true);
        expect(findings.map((finding) => finding.checkId)).not.toContain('image-untagged');
    });
});
