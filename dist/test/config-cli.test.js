import { existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, afterEach, beforeEach, describe, expect, it } from 'vitest';
import { cleanPod, runMain } from './support/cli.js';
const scratch = mkdtempSync(join(tmpdir(), 'kubeready-config-cli-'));
afterAll(() => rmSync(scratch, { recursive: true, force: true }));
// The command line reads the config from the working directory upward, so these tests move into a project.
let project;
const home = process.cwd();
beforeEach(() => {
    project = mkdtempSync(join(scratch, 'project-'));
    mkdirSync(join(project, 'deploy'));
    process.chdir(project);
});
afterEach(() => process.chdir(home));
const untagged = cleanPod.replace('registry.example.com/app:1.0.0', 'registry.example.com/app');
const findingsOf = (stdout) => JSON.parse(stdout).findings.map((f) => `${f.checkId} ${f.severity}`);
describe('.kubeready.yaml on the command line', () => {
    it('is found from a subfolder upward, sets severities and failOn, and the flags win over it', async () => {
        writeFileSync(join(project, '.kubeready.yaml'), 'failOn: error\nchecks:\n  image-untagged: info\n');
        writeFileSync(join(project, 'deploy', 'pod.yaml'), untagged);
        process.chdir(join(project, 'deploy'));
        const quiet = await runMain(['--format', 'json', 'pod.yaml']);
        expect(findingsOf(quiet.stdout)).toEqual(['image-untagged info']);
        expect(quiet.code).toBe(0);
        const flagged = await runMain(['--format', 'json', '--fail-on', 'info', 'pod.yaml']);
        expect(flagged.code).toBe(1);
    });
    it('suppresses by its ignore entries, and reports an entry that matches nothing at its line', async () => {
        writeFileSync(join(project, '.kubeready.yaml'), 'ignore:\n  - checks: [image-untagged]\n    kind: Pod\n    file: "deploy/**"\n    reason: vendored manifests\n  - checks: [run-as-root]\n    reason: nothing to cover\n');
        writeFileSync(join(project, 'deploy', 'pod.yaml'), untagged);
        const { stdout } = await runMain(['--format', 'json', 'deploy']);
        const result = JSON.parse(stdout);
        expect(result.suppressed.map((f) => `${f.checkId} ${f.suppression.kind} ${f.suppression.line}`)).toEqual(['image-untagged config 2']);
        expect(result.findings.map((f) => `${f.file}:${f.line} ${f.checkId}`)).toEqual(['.kubeready.yaml:6 unused-suppression']);
    });
    it('stops the run with one line naming the key and line when invalid, with --config too', async () => {
        writeFileSync(join(project, 'broken.yaml'), 'checks:\n  image-untagged: loud\n');
        writeFileSync(join(project, 'pod.yaml'), untagged);
        await expect(runMain(['--config', 'broken.yaml', 'pod.yaml'])).rejects.toThrow(/^broken\.yaml:2:\d+: checks\.image-untagged: /);
    });
});
describe('kubeready init', () => {
    it('writes a starter config that the next run reads, and never overwrites one', async () => {
        const first = await runMain(['init']);
        expect(first.code).toBe(0);
        const written = readFileSync(join(project, '.kubeready.yaml'), 'utf8');
        expect(written).toContain('ignore');
        writeFileSync(join(project, 'pod.yaml'), cleanPod);
        expect((await runMain(['pod.yaml'])).code).toBe(0);
        await expect(runMain(['init'])).rejects.toThrow('.kubeready.yaml already exists; kubeready init leaves it as it is');
        expect(existsSync(join(project, '.kubeready.yaml'))).toBe(true);
    });
});
describe('Helm values per chart in .kubeready.yaml', () => {
    it('apply to that chart only, after the values of every chart', async () => {
        const { cpSync } = await import('node:fs');
        const { helmBin } = await import('./support/binaries.js');
        cpSync(join(home, 'test', 'projects', 'helm', 'shop'), join(project, 'charts', 'shop'), { recursive: true });
        cpSync(join(home, 'test', 'projects', 'helm', 'shop'), join(project, 'charts', 'other'), { recursive: true });
        const singles = async () => {
            const { stdout } = await runMain(['--format', 'json', '--helm-bin', helmBin, 'charts']);
            const findings = JSON.parse(stdout).findings;
            return findings.filter((f) => f.checkId === 'replicas-single').map((f) => f.file.split('/')[1]);
        };
        expect(await singles()).toEqual(['other', 'shop']);
        writeFileSync(join(project, '.kubeready.yaml'), 'helm:\n  set: ["replicaCount=1"]\n  charts:\n    charts/shop: { set: ["replicaCount=3"] }\n');
        expect(await singles()).toEqual(['other']);
    });
});
describe('--list-checks with a config', () => {
    const lineOf = (stdout, id) => stdout.split('\n').find((line) => line.startsWith(`${id} `));
    it('shows each check as the config found for a run sets it, with its default where that differs', async () => {
        writeFileSync(join(project, '.kubeready.yaml'), 'checks:\n  image-untagged: info\n  image-digest-missing: error\n  run-as-root: off\n');
        process.chdir(join(project, 'deploy'));
        const { code, stdout, stderr } = await runMain(['--list-checks']);
        expect(code).toBe(0);
        expect(lineOf(stdout, 'image-untagged')).toMatch(/^image-untagged +info +images +.+ \(default: warning\)$/);
        expect(lineOf(stdout, 'image-digest-missing')).toMatch(/^image-digest-missing +error +images +.+ \(default: off\)$/);
        expect(lineOf(stdout, 'run-as-root')).toMatch(/^run-as-root +off +security +.+ \(default: warning\)$/);
        expect(lineOf(stdout, 'template-placeholder')).toMatch(/^template-placeholder +error +correctness +Unreplaced template placeholder[^(]*$/);
        expect(stderr).toBe('kubeready: checks as ../.kubeready.yaml sets them\n');
    });
    it('reads -c FILE instead, and --strict-kinds turns schema-missing on as a run does', async () => {
        writeFileSync(join(project, '.kubeready.yaml'), 'checks:\n  image-untagged: info\n');
        writeFileSync(join(project, 'other.yaml'), 'strictKinds: true\nchecks:\n  run-as-root: error\n');
        const { stdout, stderr } = await runMain(['--list-checks', '-c', 'other.yaml']);
        expect(lineOf(stdout, 'image-untagged')).toMatch(/^image-untagged +warning +images +[^(]*$/);
        expect(lineOf(stdout, 'run-as-root')).toMatch(/^run-as-root +error +.+ \(default: warning\)$/);
        expect(lineOf(stdout, 'schema-missing')).toMatch(/^schema-missing +warning +.+ \(default: off\)$/);
        expect(stderr).toBe('kubeready: checks as other.yaml sets them\n');
        rmSync(join(project, '.kubeready.yaml'));
        expect(lineOf((await runMain(['--list-checks', '--strict-kinds'])).stdout, 'schema-missing')).toMatch(/^schema-missing +warning +.+ \(default: off\)$/);
    });
    it('stops with the config error a run would stop with', async () => {
        writeFileSync(join(project, '.kubeready.yaml'), 'checks:\n  image-untaged: info\n');
        await expect(runMain(['--list-checks'])).rejects.toThrow(/^\.kubeready\.yaml:2:3: checks\.image-untaged: unknown check "image-untaged" \(did you mean image-untagged\?/);
    });
});
