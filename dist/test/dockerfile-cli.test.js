import { spawnSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
const bin = join(import.meta.dirname, '..', 'dist', 'src', 'cli.js');
const scratch = mkdtempSync(join(tmpdir(), 'kubeready-dockerfile-cli-'));
afterAll(() => rmSync(scratch, { recursive: true, force: true }));
function run(args, cwd) {
    const result = spawnSync(process.execPath, [bin, ...args], { cwd, encoding: 'utf8', env: { ...process.env, NO_COLOR: '1', FORCE_COLOR: '' } });
    return { code: result.status, stdout: result.stdout, stderr: result.stderr };
}
describe('Dockerfiles on the command line', () => {
    const repo = join(scratch, 'repo');
    mkdirSync(join(repo, '.git'), { recursive: true });
    mkdirSync(join(repo, 'api'), { recursive: true });
    writeFileSync(join(repo, 'api', 'Dockerfile'), 'FROM node\nENV DB_PASSWORD=hunter2\n');
    it('reports in every output format, points at the instruction, and exits 1 on an error', () => {
        const json = run(['--format', 'json', '.'], repo);
        expect(json.code).toBe(1);
        const findings = JSON.parse(json.stdout).findings;
        expect(findings.map((f) => `${f.file}:${f.line}:${f.column} ${f.checkId}`).sort()).toEqual([
            'api/Dockerfile:1:1 dockerfile-user-root',
            'api/Dockerfile:1:6 dockerfile-base-not-minimal',
            'api/Dockerfile:1:6 dockerfile-base-unpinned',
            'api/Dockerfile:2:17 dockerfile-secret-in-build',
        ]);
        expect(findings[0]?.object).toMatchObject({ apiVersion: 'kubeready.io/v1', kind: 'Dockerfile', name: 'Dockerfile' });
        expect(json.stdout).not.toContain('hunter2');
        for (const format of ['sarif', 'junit', 'markdown', 'github', 'gitlab', 'html']) {
            const out = run(['--format', format, '.'], repo);
            expect(out.code, `${format}: ${out.stderr}`).toBe(1);
            expect(out.stdout, format).toContain('api/Dockerfile');
        }
    });
    it('takes a baseline of Dockerfile findings like any other', () => {
        const written = run(['--write-baseline', '.kubeready-baseline.json', '--format', 'json', '.'], repo);
        expect(written.stderr).toMatch(/wrote 4 findings/);
        const again = run(['--baseline', '.kubeready-baseline.json', '--format', 'json', '.'], repo);
        expect(again.code).toBe(0);
        expect(JSON.parse(again.stdout).findings).toEqual([]);
        // From another folder the files are named otherwise, but the baseline names them from the repository:
        // the Dockerfile's object is named by its file's name alone, so its findings keep their fingerprints.
        const fromBelow = run(['--baseline', '../.kubeready-baseline.json', '--format', 'json', '.'], join(repo, 'api'));
        expect(fromBelow.code, fromBelow.stderr).toBe(0);
        expect(JSON.parse(fromBelow.stdout).findings).toEqual([]);
    });
    it('--cache keeps a Dockerfile apart from a YAML file, and from a Dockerfile of another name, of the same text', () => {
        const dir = join(scratch, 'same-text');
        mkdirSync(join(dir, '.git'), { recursive: true });
        const text = 'FROM node\n';
        for (const name of ['Dockerfile', 'worker.Dockerfile', 'notes.yaml'])
            writeFileSync(join(dir, name), text);
        const lintCached = () => {
            const out = run(['--cache', '--format', 'json', '.'], dir);
            return JSON.parse(out.stdout).findings.map((f) => `${f.file} ${f.checkId} ${f.object?.name ?? ''}`);
        };
        const cold = lintCached();
        expect(cold).toContain('worker.Dockerfile dockerfile-base-unpinned worker.Dockerfile');
        expect(cold).toContain('Dockerfile dockerfile-base-unpinned Dockerfile');
        expect(cold.filter((line) => line.startsWith('notes.yaml')).every((line) => !line.includes('dockerfile-'))).toBe(true);
        expect(lintCached()).toEqual(cold);
    });
});
