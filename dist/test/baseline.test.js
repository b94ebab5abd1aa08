import { spawnSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { cleanPod } from './support/cli.js';
const bin = join(import.meta.dirname, '..', 'dist', 'src', 'cli.js');
const scratch = mkdtempSync(join(tmpdir(), 'kubeready-baseline-'));
afterAll(() => rmSync(scratch, { recursive: true, force: true }));
/** Runs the built binary in `cwd`, as a user in that folder does. */
function run(args, cwd) {
    const result = spawnSync(process.execPath, [bin, ...args], { cwd, encoding: 'utf8', env: { ...process.env, NO_COLOR: '1', FORCE_COLOR: '' } });
    return { code: result.status, stdout: result.stdout, stderr: result.stderr };
}
const findingsOf = (stdout) => JSON.parse(stdout).findings;
// One Pod with an untagged image and a writable root filesystem, in deploy/ of a repository.
const badPod = cleanPod.replace('registry.example.com/app:1.0.0', 'registry.example.com/app').replace('securityContext: { readOnlyRootFilesystem: true }', 'securityContext: {}');
const secondPod = badPod.replace('name: ok', 'name: added');
describe('a baseline written at the repository root', () => {
    // scratch/repo is the repository (a .git folder), scratch is the folder above it.
    const repo = join(scratch, 'repo');
    const deploy = join(repo, 'deploy');
    const manifest = join(deploy, 'app.yaml');
    beforeAll(() => {
        mkdirSync(join(repo, '.git'), { recursive: true });
        mkdirSync(deploy, { recursive: true });
        writeFileSync(manifest, badPod);
        const written = run(['--write-baseline', '.kubeready-baseline.json', '--format', 'json', 'deploy/'], repo);
        expect(written.stderr).toMatch(/^kubeready: wrote \d+ findings? to \.kubeready-baseline\.json; pass --baseline/);
        expect(findingsOf(written.stdout).map((f) => f.checkId).sort()).toEqual(['image-untagged', 'readonly-root-fs-missing']);
    });
    it('names files relative to the repository, with / separators: written from a sub-folder, it is the same file', () => {
        const atRoot = readFileSync(join(repo, '.kubeready-baseline.json'), 'utf8');
        const recorded = JSON.parse(atRoot);
        expect(recorded.version).toBe(1);
        expect(recorded.findings.map((f) => f.file)).toEqual(['deploy/app.yaml', 'deploy/app.yaml']);
        expect(run(['--write-baseline', '../from-deploy.json', 'app.yaml'], deploy).code).toBe(0);
        expect(readFileSync(join(repo, 'from-deploy.json'), 'utf8')).toBe(atRoot);
    });
    it.each([
        ['deploy/, a sub-folder', () => deploy, ['--baseline', '../.kubeready-baseline.json', '.']],
        ['the folder above the repository', () => scratch, ['--baseline', 'repo/.kubeready-baseline.json', 'repo/deploy']],
    ])('matches a run from %s: nothing reported, exit 0; a finding added later is reported', (_where, cwd, args) => {
        writeFileSync(manifest, badPod);
        const known = run([...args, '--format', 'json'], cwd());
        expect(known.stderr).toBe('');
        expect(findingsOf(known.stdout)).toEqual([]);
        expect(known.code).toBe(0);
        expect(run(args, cwd()).stdout).toContain('✔ No problems in 1 object from 1 file');
        writeFileSync(manifest, `${badPod}---\n${secondPod}`);
        const added = run([...args, '--format', 'json'], cwd());
        expect(added.code).toBe(1);
        expect(findingsOf(added.stdout).map((f) => f.checkId).sort()).toEqual(['image-untagged', 'readonly-root-fs-missing']);
        expect(new Set(findingsOf(added.stdout).map((f) => f.file)).size).toBe(1);
    });
});
describe('a version 1 baseline written at the repository root before baselines named files by repository', () => {
    // Written by kubeready at commit fda3b6d (fingerprints of the cwd-relative file) in the root of a
    // repository holding deploy/app.yaml with badPod.
    const oldBaseline = {
        version: 1,
        findings: [
            { fingerprint: 'c0a7ef2ba1bf77be03ed083498b8ef96', checkId: 'readonly-root-fs-missing', file: 'deploy/app.yaml', object: 'Pod/-/ok', path: 'spec.containers[0].securityContext.readOnlyRootFilesystem' },
            { fingerprint: 'f6e6943eed4362233422c4512344d029', checkId: 'image-untagged', file: 'deploy/app.yaml', object: 'Pod/-/ok', path: 'spec.containers[0].image' },
        ],
    };
    it('still matches, from the root and from a sub-folder', () => {
        const repo = join(scratch, 'old');
        mkdirSync(join(repo, '.git'), { recursive: true });
        mkdirSync(join(repo, 'deploy'), { recursive: true });
        writeFileSync(join(repo, 'deploy', 'app.yaml'), badPod);
        writeFileSync(join(repo, 'old-baseline.json'), JSON.stringify(oldBaseline));
        for (const [cwd, args] of [
            [repo, ['--baseline', 'old-baseline.json', 'deploy/']],
            [join(repo, 'deploy'), ['--baseline', '../old-baseline.json', 'app.yaml']],
        ]) {
            const { code, stdout } = run([...args, '--format', 'json'], cwd);
            expect(findingsOf(stdout)).toEqual([]);
            expect(code).toBe(0);
        }
    });
});
describe('a baseline outside any repository', () => {
    it('names files relative to the folder of the config file in use, so it matches from a sub-folder too', () => {
        const project = join(scratch, 'no-git');
        mkdirSync(join(project, 'deploy'), { recursive: true });
        writeFileSync(join(project, '.kubeready.yaml'), 'failOn: warning\n');
        writeFileSync(join(project, 'deploy', 'app.yaml'), badPod);
        expect(run(['--write-baseline', 'baseline.json', 'deploy/'], project).code).toBe(0);
        const { code, stdout } = run(['--baseline', '../baseline.json', '--format', 'json', '.'], join(project, 'deploy'));
        expect(findingsOf(stdout)).toEqual([]);
        expect(code).toBe(0);
    });
});
