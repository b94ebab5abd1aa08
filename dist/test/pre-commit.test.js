import { execFileSync, spawnSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, realpathSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { commitCheckout } from './support/checkout.js';
import { cleanPod } from './support/cli.js';
import { realTool } from './support/real-tool.js';
// The hook as users get it: the real pre-commit (Debian's package in CI) installs kubeready from a git
// repository at a commit, with npm, the way it installs every `language: node` hook, and git runs it.
const preCommit = realTool({ names: ['pre-commit'], required: 'KUBEREADY_REQUIRE_PRE_COMMIT', install: 'apt-get install -y pre-commit' });
const root = join(import.meta.dirname, '..');
const identity = { GIT_AUTHOR_NAME: 'test', GIT_AUTHOR_EMAIL: 'test@example.com', GIT_COMMITTER_NAME: 'test', GIT_COMMITTER_EMAIL: 'test@example.com' };
describe.skipIf(!preCommit)('the pre-commit hook, installed and run by the real pre-commit', () => {
    const scratch = realpathSync(mkdtempSync(join(tmpdir(), 'kubeready-pre-commit-')));
    const hookRepository = join(scratch, 'kubeready');
    const user = join(scratch, 'user');
    const env = { ...process.env, ...identity, PRE_COMMIT_HOME: join(scratch, 'cache'), PRE_COMMIT_COLOR: 'never' };
    const git = (cwd, ...args) => execFileSync('git', args, { cwd, env, encoding: 'utf8' }).trim();
    afterAll(() => rmSync(scratch, { recursive: true, force: true }));
    beforeAll(() => {
        const rev = commitCheckout(root, hookRepository);
        mkdirSync(user);
        git(user, 'init', '-q');
        writeFileSync(join(user, '.pre-commit-config.yaml'), `repos:\n  - repo: file://${hookRepository}\n    rev: ${rev}\n    hooks:\n      - id: kubeready\n`);
        execFileSync(preCommit ?? 'pre-commit', ['install'], { cwd: user, env });
        git(user, 'add', '.pre-commit-config.yaml');
        git(user, 'commit', '-q', '--no-verify', '-m', 'pre-commit config');
    }, 240_000);
    const commit = (file, text) => {
        writeFileSync(join(user, file), text);
        git(user, 'add', file);
        // The first commit installs the hook's environment (npm, from the registry): allow for it.
        return spawnSync('git', ['commit', '-m', `add ${file}`], { cwd: user, env, encoding: 'utf8', timeout: 200_000 });
    };
    it('rejects a commit of a manifest with findings, printing them', () => {
        const run = commit('app.yaml', 'apiVersion: v1\nkind: Pod\nmetadata:\n  name: web\nspec:\n  containers:\n    - name: web\n      image: nginx\n');
        const output = `${run.stdout}${run.stderr}`;
        expect(run.status, output).not.toBe(0);
        expect(output).toContain('kubeready');
        expect(output).toMatch(/Failed/);
        expect(output).toMatch(/app\.yaml/);
        expect(output).toMatch(/image-untagged/);
        expect(output).toMatch(/run-as-root/);
        expect(git(user, 'log', '--format=%s')).not.toContain('add app.yaml');
    }, 240_000);
    it('lets a clean manifest commit', () => {
        git(user, 'rm', '-q', '--cached', '--ignore-unmatch', 'app.yaml');
        rmSync(join(user, 'app.yaml'), { force: true });
        const run = commit('pod.yaml', cleanPod);
        expect(run.status, `${run.stdout}${run.stderr}`).toBe(0);
        expect(`${run.stdout}${run.stderr}`).toMatch(/kubeready\.+Passed/);
        expect(git(user, 'log', '--format=%s')).toContain('add pod.yaml');
    }, 240_000);
    it('passes Dockerfiles to the hook (types_or: dockerfile) and rejects one whose image runs as root', () => {
        const rejected = commit('Dockerfile', 'FROM node:20.19-slim\nCOPY . /app\nCMD ["node", "/app/server.js"]\n');
        const output = `${rejected.stdout}${rejected.stderr}`;
        expect(rejected.status, output).not.toBe(0);
        expect(output).toMatch(/Dockerfile\n\s+1:1\s+warning\s+The final stage sets no USER/);
        expect(output).toMatch(/dockerfile-user-root/);
        const fixed = commit('Dockerfile', 'FROM node:20.19-slim\nCOPY . /app\nUSER 10001\nCMD ["node", "/app/server.js"]\n');
        expect(fixed.status, `${fixed.stdout}${fixed.stderr}`).toBe(0);
        expect(git(user, 'log', '--format=%s')).toContain('add Dockerfile');
    }, 240_000);
});
