import { spawnSync } from 'node:child_process';
import { cpSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, relative } from 'node:path';
import fg from 'fast-glob';
import { afterAll, describe, expect, it } from 'vitest';
import { checks } from '../checks/index.js';
import { lint } from '../src/api.js';
import { byLineThenId, readExpectations } from './support/expectations.js';
// Workloads whose images the repository builds: skaffold.yaml artifacts and the config's images: map tie a
// container to its Dockerfile, and run-as-root and image-user-mismatch read who the image runs as.
const project = join(import.meta.dirname, 'projects', 'images', 'skaffold');
const ids = new Set(['run-as-root', 'image-user-mismatch', 'dockerfile-user-root']);
const selected = checks.filter((check) => ids.has(check.meta.id));
const cli = join(import.meta.dirname, '..', 'dist', 'src', 'cli.js');
const temporary = [];
afterAll(() => {
    for (const dir of temporary)
        rmSync(dir, { recursive: true, force: true });
});
function markers(dir) {
    return fg
        .sync(['**/*.yaml', '**/Dockerfile*'], { cwd: dir, absolute: true, dot: false })
        .flatMap((file) => readExpectations(file).map((expectation) => `${relative(dir, file)}:${expectation}`))
        .sort(byLineThenId);
}
const key = (finding) => `${finding.file}:${finding.line}: ${finding.checkId}`;
const at = (findings, file, line, id) => findings.find((f) => f.file === file && f.line === line && f.checkId === id);
describe('images built from the repository\'s Dockerfiles', () => {
    it('skaffold.yaml artifacts: each finding where its markers say, no other', async () => {
        const result = await lint(['.'], { cwd: project, checks: selected });
        expect(result.errors).toEqual([]);
        expect(result.findings.map(key).sort(byLineThenId)).toEqual(markers(project));
    });
    it('run-as-root names the Dockerfile that sets no USER', async () => {
        const { findings } = await lint(['.'], { cwd: project, checks: selected });
        const api = at(findings, 'k8s/shop.yaml', 15, 'run-as-root');
        // Named from the repository (this one's root), so the message reads the same from any folder.
        expect(api?.message).toContain('its Dockerfile test/projects/images/skaffold/services/api/Dockerfile sets no USER, so it runs as its base image node:20.19-slim\'s user');
        expect(api?.severity).toBe('warning');
        // The web image is built by two Dockerfiles (a profile): nothing is said of either.
        const web = at(findings, 'k8s/shop.yaml', 68, 'run-as-root');
        expect(web?.message).toContain('which is root unless the image says otherwise');
        expect(web?.message).not.toContain('Dockerfile');
    });
    it('image-user-mismatch reads the target stage, and says why the kubelet refuses the pod', async () => {
        const { findings } = await lint(['.'], { cwd: project, checks: selected });
        const worker = findings.filter((f) => f.checkId === 'image-user-mismatch').map((f) => f.message);
        expect(worker).toEqual([
            expect.stringContaining('services/worker/Dockerfile.prod (stage runtime) names its user (USER app) rather than a uid, so the kubelet refuses it ("image has non-numeric user (app), cannot verify user is non-root")'),
            expect.stringContaining('Container "api" may not start: it sets runAsNonRoot: true and no runAsUser, and its Dockerfile test/projects/images/skaffold/services/api/Dockerfile sets no USER'),
        ]);
    });
    it('the config\'s images: map wins over skaffold, and a non-root Dockerfile makes run-as-root info', () => {
        const dir = mkdtempSync(join(tmpdir(), 'kubeready-images-'));
        temporary.push(dir);
        cpSync(project, dir, { recursive: true });
        writeFileSync(join(dir, '.kubeready.yaml'), 'images:\n  registry.example.com/shop/web: services/web/Dockerfile\n');
        const run = spawnSync(process.execPath, [cli, '--format', 'json', '.'], { cwd: dir, encoding: 'utf8' });
        expect(run.status, run.stderr).toBe(1);
        const findings = JSON.parse(run.stdout).findings;
        const web = at(findings, 'k8s/shop.yaml', 68, 'run-as-root');
        expect(web?.severity).toBe('info');
        expect(web?.message).toContain('its Dockerfile services/web/Dockerfile ends with USER 101, which is not root today');
    });
    it('a config images: entry outside the repository is a config error, and a claim on a file not linted counts for nothing', () => {
        const dir = mkdtempSync(join(tmpdir(), 'kubeready-images-'));
        temporary.push(dir);
        cpSync(project, dir, { recursive: true });
        spawnSync('git', ['init', '-q', dir]);
        writeFileSync(join(dir, '.kubeready.yaml'), 'images:\n  registry.example.com/shop/web: ../../etc/Dockerfile\n');
        const outside = spawnSync(process.execPath, [cli, '.'], { cwd: dir, encoding: 'utf8' });
        expect(outside.status).toBe(2);
        expect(outside.stderr).toMatch(/^kubeready: \.kubeready\.yaml:2:34: images\["registry\.example\.com\/shop\/web"\]: "\.\.\/\.\.\/etc\/Dockerfile" is outside the repository .*; a Dockerfile is read only when it is among the linted files\n$/);
        // Linting only the manifests: the Dockerfiles are not read, so nothing is said of them.
        rmSync(join(dir, '.kubeready.yaml'));
        const alone = spawnSync(process.execPath, [cli, '--format', 'json', 'k8s'], { cwd: dir, encoding: 'utf8' });
        const findings = JSON.parse(alone.stdout).findings;
        expect(findings.filter((f) => f.checkId === 'image-user-mismatch')).toEqual([]);
        expect(at(findings, 'k8s/shop.yaml', 15, 'run-as-root')?.message).not.toContain('Dockerfile');
    });
    it('with --cache, a change of the Dockerfile alone changes what run-as-root says of the manifest', () => {
        const dir = mkdtempSync(join(tmpdir(), 'kubeready-images-'));
        temporary.push(dir);
        cpSync(project, dir, { recursive: true });
        const env = { ...process.env, XDG_CACHE_HOME: join(dir, '.xdg-cache') };
        const lintCached = () => {
            const run = spawnSync(process.execPath, [cli, '--cache', '--format', 'json', 'k8s', 'services', 'skaffold.yaml'], { cwd: dir, encoding: 'utf8', env });
            return at(JSON.parse(run.stdout).findings, 'k8s/shop.yaml', 15, 'run-as-root');
        };
        expect(lintCached()?.message).toContain('sets no USER');
        writeFileSync(join(dir, 'services/api/Dockerfile'), 'FROM node:20.19-slim\nUSER 10001\n');
        const after = lintCached();
        expect(after?.message).toContain('its Dockerfile services/api/Dockerfile ends with USER 10001');
        expect(after?.severity).toBe('info');
    });
});
