import { spawnSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, realpathSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { cleanPod } from './support/cli.js';
// Issue 17, item 9: manifests that were silently not linted, and runs that passed on nothing.
const bin = join(import.meta.dirname, '..', 'dist', 'src', 'cli.js');
const scratch = realpathSync(mkdtempSync(join(tmpdir(), 'kubeready-silent-')));
afterAll(() => rmSync(scratch, { recursive: true, force: true }));
const untaggedPod = cleanPod.replace('registry.example.com/app:1.0.0', 'registry.example.com/app');
/** A fresh folder holding the given files (paths relative to it). */
function folder(files) {
    const dir = mkdtempSync(join(scratch, 'case-'));
    for (const [path, text] of Object.entries(files)) {
        mkdirSync(dirname(join(dir, path)), { recursive: true });
        writeFileSync(join(dir, path), text);
    }
    return dir;
}
/** Runs the built binary in `cwd`, as a user or a CI job does. */
function run(args, cwd, input = '') {
    const result = spawnSync(process.execPath, [bin, ...args], { cwd, input, encoding: 'utf8', env: { ...process.env, NO_COLOR: '', FORCE_COLOR: '' } });
    return { code: result.status, stdout: result.stdout, stderr: result.stderr };
}
function report(stdout) {
    return JSON.parse(stdout);
}
describe('folders the walk used to skip', () => {
    it('reports a manifest in a dot-folder and one in a dot-file', () => {
        const dir = folder({ '.deploy/pod.yaml': untaggedPod, '.pod.yaml': untaggedPod, '.git/pod.yaml': untaggedPod });
        const { code, stdout } = run(['--format', 'json', '.'], dir);
        expect(code).toBe(1);
        const untagged = report(stdout).findings.filter((finding) => finding.checkId === 'image-untagged');
        // .git is still not walked.
        expect(untagged.map((finding) => finding.file)).toEqual(['.deploy/pod.yaml', '.pod.yaml']);
    });
    it('reports a manifest in a folder whose name holds a newline', () => {
        const dir = folder({ 'a\nb/pod.yaml': untaggedPod, 'c\nd/.e\nf/pod.yaml': untaggedPod });
        const { code, stdout } = run(['--format', 'json', '.'], dir);
        expect(code).toBe(1);
        const files = report(stdout).findings.filter((finding) => finding.checkId === 'image-untagged').map((finding) => finding.file);
        expect(files).toEqual(['a\nb/pod.yaml', 'c\nd/.e\nf/pod.yaml']);
    });
});
describe('runs that would pass on nothing', () => {
    it('warns on stderr, in one line, when the paths hold no Kubernetes object, and only then', () => {
        const dir = folder({ 'k8s/values.yaml': 'replicas: 2\n', 'k8s/package.json': '{ "name": "x" }\n', 'pod.yaml': cleanPod });
        const { code, stdout, stderr } = run(['k8s', 'k8s/values.yaml'], dir);
        expect(stderr).toBe('kubeready: warning: no Kubernetes objects found in k8s, k8s/values.yaml\n');
        expect(code).toBe(0);
        expect(stdout).toContain('0 objects');
        expect(run(['k8s', 'pod.yaml'], dir)).toMatchObject({ code: 0, stderr: '' });
    });
    it('fails with exit code 2 and one line when standard input is empty or holds only comments', () => {
        const dir = folder({});
        const message = 'kubeready: <stdin>: standard input is empty (nothing was piped in, or only comments): did the command before kubeready fail?\n';
        for (const input of ['', '  \n\n', '# Source: chart/templates/pod.yaml\n---\n...\n']) {
            const { code, stderr } = run(['-'], dir, input);
            expect(stderr).toBe(message);
            expect(code).toBe(2);
        }
    });
    it('still lints the other paths when standard input is empty', () => {
        const dir = folder({ 'pod.yaml': untaggedPod });
        const { code, stdout, stderr } = run(['--format', 'json', 'pod.yaml', '-'], dir);
        expect(code).toBe(2);
        expect(stderr.trimEnd().split('\n')).toHaveLength(1);
        expect(report(stdout).findings.map((finding) => finding.checkId)).toContain('image-untagged');
    });
});
describe('YAML and JSON that are not manifests, now that dot-folders are walked', () => {
    const notManifests = {
        '.github/workflows/ci.yml': 'name: CI\non:\n  push:\n    branches: [main]\njobs:\n  test:\n    runs-on: ubuntu-latest\n    steps:\n      - uses: actions/checkout@v4\n      - run: npx kubeready ${{ inputs.paths }}\n',
        '.vscode/settings.json': '{\n  // format on save\n  "editor.formatOnSave": true,\n}\n',
        '.devcontainer/devcontainer.json': '// https://aka.ms/devcontainer.json\n{ "name": "dev", "image": "node:20" }\n',
        '.gitlab-ci.yml': '.setup:\n  script: [echo]\ntest:\n  script:\n    - !reference [.setup, script]\n',
        '.golangci.yml': 'linters:\n  enable: [errcheck]\n',
        '.pre-commit-config.yaml': 'repos:\n  - repo: local\n    hooks:\n      - id: kubeready\n',
    };
    it('reports none of them in a walked folder, and lints the manifest beside them', () => {
        const dir = folder({ ...notManifests, '.deploy/pod.yaml': cleanPod });
        expect(run(['init'], dir).code).toBe(0); // the starter .kubeready.yaml, which mentions # kubeready-ignore
        const { code, stdout, stderr } = run(['--format', 'json', '.'], dir);
        expect(stderr).toBe('');
        expect(report(stdout).findings).toEqual([]);
        expect(report(stdout).summary).toMatchObject({ objects: 1, files: Object.keys(notManifests).length + 2 });
        expect(code).toBe(0);
    });
    it('reports no syntax error in a settings file with comments named explicitly (as pre-commit passes it), but still does in a broken manifest and in a file that is not text', () => {
        const dir = folder({ ...notManifests, 'broken.json': '{\n  "apiVersion": "v1",\n  "kind": "ConfigMap",\n}\n', 'empty.json': '' });
        writeFileSync(join(dir, 'binary.yaml'), Buffer.from([0x00, 0x7b, 0x5b, 0x3a, 0x0a, 0x80, 0x81, 0xff]));
        const named = ['.vscode/settings.json', '.devcontainer/devcontainer.json', 'broken.json', 'empty.json', 'binary.yaml'];
        const { code, stdout } = run(['--format', 'json', ...named], dir);
        const found = [...new Set(report(stdout).findings.map((finding) => `${finding.file} ${finding.checkId}`))];
        expect(found).toEqual(['binary.yaml yaml-syntax', 'broken.json yaml-syntax', 'empty.json yaml-syntax']);
        expect(code).toBe(1);
    });
    it('does not report the comments of the starter .kubeready.yaml as unused suppressions', () => {
        const dir = folder({ 'pod.yaml': cleanPod });
        expect(run(['init'], dir).code).toBe(0);
        const { code, stdout } = run(['--format', 'json', '.kubeready.yaml', 'pod.yaml'], dir);
        expect(report(stdout).findings).toEqual([]);
        expect(code).toBe(0);
    });
});
