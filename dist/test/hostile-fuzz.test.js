import { execFile, spawnSync } from 'node:child_process';
import { chmodSync, existsSync, mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { checks } from '../checks/index.js';
import { lintText } from '../src/api.js';
import { helmBin, kubectlBin } from './support/binaries.js';
import { mapLimited } from '../src/load/tools.js';
import { randomOf } from './support/fuzz.js';
// Hostile-input fuzzing: values an attacker would write into the files of a pull request, in every config
// field that reaches a helm or kustomize command line, every field that names a path, and every string a
// regular expression reads. Seeded, so a failure replays.
const cli = join(import.meta.dirname, '..', 'dist', 'src', 'cli.js');
const scratch = mkdtempSync(join(tmpdir(), 'kubeready-hostile-fuzz-'));
afterAll(() => rmSync(scratch, { recursive: true, force: true }));
const secret = 'FUZZ-SECRET-0b4d';
const marker = join(scratch, 'evil-ran');
const leaked = join(scratch, 'written-by-helm');
// The first is tried in every field: it makes helm write the render to disk and print nothing.
const flagShaped = [
    `--output-dir=${leaked}`,
    `--post-renderer=${join(scratch, 'evil.sh')}`,
    '--kubeconfig=/root/.kube/config',
    `-f${join(scratch, 'secret.txt')}`,
    `--values=${join(scratch, 'secret.txt')}`,
    '--debug',
    '-',
    '--',
    '--set=a=b',
    `--post-renderer ${join(scratch, 'evil.sh')}`,
];
const traversals = [
    '../../secret.txt',
    '../../../../../../../../etc/passwd',
    join(scratch, 'secret.txt'),
    '/proc/self/environ',
    '../.git/config',
    '.git/config',
    'sub/../../../secret.txt',
    'link-out',
    'link-out/secret.txt',
    'http://169.254.169.254/latest/meta-data/',
    'github.com/example/repo?ref=main',
    'file:///etc/passwd',
    '/dev/zero',
];
const regexHostile = [
    `{{${' '.repeat(4000)}`,
    `\${a${':-'.repeat(20_000)}`,
    '{{""}}'.repeat(26) + 'x',
    `${'{{'.repeat(3000)}`,
    `${'$'.repeat(5000)}{`,
    `${'a'.repeat(5000)}!`,
    `${'-'.repeat(5000)}x`,
    `${'_'.repeat(3000)}${'ME'.repeat(1000)}`,
    `${'%'.repeat(3000)}`,
    `${'<'.repeat(3000)}`,
    `${'{'.repeat(3000)}${'}'.repeat(2999)}`,
    `${'\t'.repeat(3000)}:`,
];
/** A checkout with a .git/config holding a token, a small chart, a small kustomization and a secret beside it. */
function checkout(name, files) {
    const dir = join(scratch, name, 'repo');
    const all = {
        '.git/config': `[http]\n\textraheader = AUTHORIZATION: basic ${secret}\n`,
        'chart/Chart.yaml': 'apiVersion: v2\nname: chart\nversion: 0.1.0\n',
        'chart/templates/cm.yaml': 'apiVersion: v1\nkind: ConfigMap\nmetadata:\n  name: cm\ndata:\n  a: {{ .Values.a | default "b" | quote }}\n',
        'base/kustomization.yaml': 'resources: [cm.yaml]\n',
        'base/cm.yaml': 'apiVersion: v1\nkind: ConfigMap\nmetadata:\n  name: base\n',
        ...files,
    };
    for (const [file, text] of Object.entries(all)) {
        mkdirSync(dirname(join(dir, file)), { recursive: true });
        writeFileSync(join(dir, file), text);
    }
    writeFileSync(join(scratch, name, 'secret.txt'), `${secret}\n`);
    writeFileSync(join(scratch, 'secret.txt'), `a: ${secret}\n`);
    writeFileSync(join(scratch, 'evil.sh'), `#!/bin/sh\ntouch ${marker}\ncat\n`);
    chmodSync(join(scratch, 'evil.sh'), 0o755);
    return dir;
}
function run(dir, args) {
    return new Promise((done) => {
        execFile(process.execPath, [cli, '--helm-bin', helmBin, '--kustomize-bin', kubectlBin, '--format', 'json', ...args], { cwd: dir, encoding: 'utf8', env: { ...process.env, NO_COLOR: '1' }, timeout: 60_000, maxBuffer: 64 * 1024 * 1024 }, (error, stdout, stderr) => done({ code: error ? (typeof error.code === 'number' ? error.code : null) : 0, stdout, stderr }));
    });
}
/** What must hold whatever the input: a known exit code, errors of one line, no secret, nothing run or written. */
function expectContained(result, what) {
    expect([0, 1, 2], what).toContain(result.code);
    expect(result.stdout + result.stderr, what).not.toContain(secret);
    expect(result.stderr, what).not.toMatch(/^\s+at /m);
    for (const line of result.stderr.split('\n').filter(Boolean))
        expect(line, what).toMatch(/^kubeready: /);
    expect(existsSync(marker), what).toBe(false);
    expect(existsSync(leaked), what).toBe(false);
}
const configFields = {
    'helm.releaseName': (value) => `helm:\n  releaseName: ${JSON.stringify(value)}\n`,
    'helm.namespace': (value) => `helm:\n  namespace: ${JSON.stringify(value)}\n`,
    'helm.set (list)': (value) => `helm:\n  set: [${JSON.stringify(`a=${value}`)}]\n`,
    'helm.set (key)': (value) => `helm:\n  set: [${JSON.stringify(`${value}=x`)}]\n`,
    'helm.set (mapping)': (value) => `helm:\n  set: { a: ${JSON.stringify(value)} }\n`,
    'helm.values': (value) => `helm:\n  values: [${JSON.stringify(value)}]\n`,
    'helm.charts key': (value) => `helm:\n  charts:\n    ${JSON.stringify(value)}: { set: [a=b] }\n`,
    'helm.charts values': (value) => `helm:\n  charts:\n    chart: { values: [${JSON.stringify(value)}] }\n`,
    kubernetesVersion: (value) => `kubernetesVersion: ${JSON.stringify(value)}\n`,
    crds: (value) => `crds: [${JSON.stringify(value)}]\n`,
};
const kustomizationFields = {
    resources: (value) => `resources: [../base, ${JSON.stringify(value)}]\n`,
    components: (value) => `resources: [../base]\ncomponents: [${JSON.stringify(value)}]\n`,
    'patches.path': (value) => `resources: [../base]\npatches:\n  - path: ${JSON.stringify(value)}\n`,
    patchesStrategicMerge: (value) => `resources: [../base]\npatchesStrategicMerge: [${JSON.stringify(value)}]\n`,
    'configMapGenerator.files': (value) => `resources: [../base]\nconfigMapGenerator:\n  - name: g\n    files: [${JSON.stringify(`k=${value}`)}]\n`,
    'secretGenerator.envs': (value) => `resources: [../base]\nsecretGenerator:\n  - name: g\n    envs: [${JSON.stringify(value)}]\n`,
    'configMapGenerator.env': (value) => `resources: [../base]\nconfigMapGenerator:\n  - name: g\n    env: ${JSON.stringify(value)}\n`,
    'replacements.path': (value) => `resources: [../base]\nreplacements:\n  - path: ${JSON.stringify(value)}\n`,
    transformers: (value) => `resources: [../base]\ntransformers: [${JSON.stringify(value)}]\n`,
    'inline PatchTransformer': (value) => `resources: [../base]\ntransformers:\n  - |\n    apiVersion: builtin\n    kind: PatchTransformer\n    metadata: {name: p}\n    path: ${JSON.stringify(value)}\n`,
    configurations: (value) => `resources: [../base]\nconfigurations: [${JSON.stringify(value)}]\n`,
    'openapi.path': (value) => `resources: [../base]\nopenapi:\n  path: ${JSON.stringify(value)}\n`,
};
function cases(fields, values, count, random) {
    const names = Object.keys(fields);
    const all = names.flatMap((name) => values.map((value) => [name, fields[name], value]));
    // Every field with the first values, then a seeded sample of the rest.
    const chosen = all.filter((_, i) => i % values.length === 0);
    while (chosen.length < count)
        chosen.push(random.pick(all));
    return chosen;
}
describe('hostile input fuzzing', () => {
    it('flag-shaped values in every config field that reaches a command line run nothing and write nothing', async () => {
        // A config is read from the working directory: one checkout, and one run, per case.
        const chosen = cases(configFields, flagShaped, 16, randomOf(17));
        await mapLimited(chosen, 4, async ([field, write, value], n) => {
            const dir = checkout(`flag-${n}`, { '.kubeready.yaml': write(value) });
            expectContained(await run(dir, ['chart']), `${field} = ${value}`);
        });
    }, 120_000);
    it('path-traversal strings in every path-valued field of a config or kustomization read nothing outside the repository', async () => {
        const random = randomOf(23);
        const configCases = cases(configFields, traversals, 12, random);
        await mapLimited(configCases, 4, async ([field, write, value], n) => {
            const dir = checkout(`config-path-${n}`, { '.kubeready.yaml': write(value) });
            linkOut(dir);
            expectContained(await run(dir, ['chart', 'base']), `${field} = ${value}`);
        });
        // Kustomizations and saved renders: many in one checkout, linted in one run.
        const kustomizations = cases(kustomizationFields, traversals, 40, random);
        const files = {};
        kustomizations.forEach(([, write, value], i) => (files[`app-${i}/kustomization.yaml`] = write(value)));
        traversals.forEach((value, i) => (files[`rendered-${i}.yaml`] = `---\n# Source: ${value}\napiVersion: v1\nkind: ConfigMap\nmetadata:\n  name: x\n`));
        const dir = checkout('many', files);
        linkOut(dir);
        kustomizations.forEach((_, i) => linkOut(join(dir, `app-${i}`)));
        const result = await run(dir, ['.']);
        expectContained(result, 'kustomization and # Source: cases');
        // Every one of these kustomizations asks for something it may not have: none is built.
        kustomizations.forEach(([field, , value], i) => expect(result.stderr, `${field} = ${value}`).toMatch(new RegExp(`^kubeready: app-${i}\\b`, 'm')));
        const findings = JSON.parse(result.stdout).findings;
        for (const finding of findings.filter((candidate) => candidate.file.startsWith('rendered-') || !candidate.file.includes('/'))) {
            expect(finding.file, finding.checkId).toMatch(/^rendered-\d+\.yaml$/);
        }
    }, 180_000);
    it('regex-hostile strings in every string field lint in well under a second each', () => {
        const random = randomOf(31);
        const objectChecks = checks.filter((check) => !check.meta.id.startsWith('schema-'));
        const fields = [
            (value) => `apiVersion: v1\nkind: Pod\nmetadata:\n  name: p\n  labels: { app: ${JSON.stringify(value)} }\nspec:\n  containers:\n    - name: app\n      image: nginx:1\n`,
            (value) => `apiVersion: v1\nkind: Pod\nmetadata:\n  name: p\nspec:\n  containers:\n    - name: app\n      image: ${JSON.stringify(value)}\n      env: [{ name: A, value: ${JSON.stringify(value)} }]\n`,
            (value) => `apiVersion: v1\nkind: Pod\nmetadata:\n  name: p\nspec:\n  containers:\n    - name: app\n      image: nginx:1\n      command: [sh, -c, ${JSON.stringify(value)}]\n      args: [${JSON.stringify(value)}]\n`,
            (value) => `apiVersion: v1\nkind: ConfigMap\nmetadata:\n  name: ${JSON.stringify(value)}\n  annotations: { ${JSON.stringify(value)}: ${JSON.stringify(value)} }\ndata:\n  ${JSON.stringify(value)}: ${JSON.stringify(value)}\n`,
            (value) => `apiVersion: networking.k8s.io/v1\nkind: Ingress\nmetadata:\n  name: i\nspec:\n  rules:\n    - host: ${JSON.stringify(value)}\n      http: { paths: [{ path: ${JSON.stringify(value)}, pathType: Prefix, backend: { service: { name: s, port: { number: 80 } } } }] }\n`,
        ];
        let slowest = 0;
        for (let i = 0; i < 60; i++) {
            const value = i < regexHostile.length ? regexHostile[i] : random.pick(regexHostile);
            const text = fields[i % fields.length](value);
            const started = performance.now();
            lintText(text, 'hostile.yaml', objectChecks);
            slowest = Math.max(slowest, performance.now() - started);
        }
        expect(slowest).toBeLessThan(1000);
    }, 120_000);
});
/** A symlink named link-out in the folder, pointing at the folder above the repository. */
function linkOut(dir) {
    spawnSync('ln', ['-s', join(dir, '..', '..'), join(dir, 'link-out')]);
}
