import { execFileSync, spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, readdirSync, readFileSync, realpathSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import fg from 'fast-glob';
import { commitCheckout } from './support/checkout.js';
import { afterAll, describe, expect, it } from 'vitest';
const root = join(import.meta.dirname, '..');
const manifest = JSON.parse(readFileSync(join(root, 'package.json'), 'utf8'));
const git = (...args) => execFileSync('git', args, { cwd: root, encoding: 'utf8' });
describe('the build in dist/', () => {
    it('needs no lifecycle script: installing from git or a tarball runs no compiler', () => {
        for (const script of ['prepare', 'prepack', 'preinstall', 'install', 'postinstall'])
            expect(manifest.scripts[script], script).toBeUndefined();
    });
    it('is committed as the build of the committed sources (run npm run build and commit dist/ when this fails)', (context) => {
        // The test run has just built dist/ (test/support/setup.ts). On a checkout whose sources are as committed,
        // as in CI, that build must have changed no committed file and added none.
        const sources = ['src', 'checks', 'scripts/bundle.ts', 'tsconfig.json', 'tsconfig.build.json', 'package.json', 'package-lock.json'];
        if (git('status', '--porcelain', '--', ...sources).trim() !== '') {
            context.skip('the sources have uncommitted changes: dist/ is compared on a clean checkout (CI)');
        }
        expect(git('status', '--porcelain', '--untracked-files=all', '--', 'dist/src', 'dist/checks', 'dist/bundle')).toBe('');
        // npm makes the bin executable on install: committed so, an install leaves a clone unchanged.
        expect(git('ls-files', '--stage', '--', 'dist/src/cli.js')).toMatch(/^100755 /);
        expect(git('ls-files', '--stage', '--', 'dist/bundle/cli.js')).toMatch(/^100755 /);
        // And no committed output is left over from a source that is gone (the bundle, rewritten whole by each build, aside).
        const built = git('ls-files', '--', 'dist').split('\n').filter((file) => file.endsWith('.js') && !file.startsWith('dist/bundle/'));
        expect(built.length).toBeGreaterThan(100);
        for (const file of built)
            expect(existsSync(join(root, file.replace(/^dist\//, '').replace(/\.js$/, '.ts'))), file).toBe(true);
    });
});
describe('the npm package', () => {
    const scratch = realpathSync(mkdtempSync(join(tmpdir(), 'kubeready-package-')));
    afterAll(() => rmSync(scratch, { recursive: true, force: true }));
    it('packs to a tarball that npm install -g installs with the runtime dependencies only, and that lints the examples', () => {
        const packed = JSON.parse(execFileSync('npm', ['pack', '--json', '--pack-destination', scratch], { cwd: root, encoding: 'utf8' }));
        const tarball = join(scratch, packed[0]?.filename ?? '');
        const contents = (packed[0]?.files ?? []).map((file) => file.path);
        expect(contents).toContain('dist/src/cli.js');
        expect(contents).toContain('dist/bundle/cli.js');
        expect(contents).toContain('LICENSE');
        expect(contents.some((path) => path.startsWith('schemas/'))).toBe(true);
        expect(contents.filter((path) => /^(test|scripts|dist\/scripts|src|checks)\//.test(path) || (path.endsWith('.ts') && !path.endsWith('.d.ts')))).toEqual([]);
        const prefix = join(scratch, 'prefix');
        execFileSync('npm', ['install', '--global', '--prefix', prefix, '--no-audit', '--no-fund', tarball], { cwd: scratch, encoding: 'utf8', timeout: 120_000 });
        const installed = join(prefix, 'lib', 'node_modules', 'kubeready');
        const packages = fg.sync(['node_modules/*/package.json', 'node_modules/@*/*/package.json'], { cwd: installed }).map((file) => file.slice('node_modules/'.length, -'/package.json'.length));
        for (const dependency of Object.keys(manifest.dependencies))
            expect(packages, dependency).toContain(dependency);
        for (const dependency of Object.keys(manifest.devDependencies))
            expect(packages, dependency).not.toContain(dependency);
        const bin = join(prefix, 'bin', 'kubeready');
        expect(execFileSync(bin, ['--version'], { encoding: 'utf8' }).trim()).toBe(manifest.version);
        const run = spawnSync(bin, ['examples/', '--format', 'json'], { cwd: root, encoding: 'utf8', timeout: 60_000 });
        expect(run.status, run.stderr).toBe(1);
        const result = JSON.parse(run.stdout);
        expect(result.findings.length).toBeGreaterThan(10);
        expect(readdirSync(installed)).not.toContain('test');
    }, 180_000);
    it('installs from a git URL at a commit, as the README says, with the runtime dependencies only', () => {
        const repository = join(scratch, 'repository');
        const sha = commitCheckout(root, repository);
        const prefix = join(scratch, 'from-git');
        // --install-links: without it npm links a git+file dependency to its temporary clone instead of copying it.
        execFileSync('npm', ['install', '--global', '--install-links', '--prefix', prefix, '--no-audit', '--no-fund', `git+file://${repository}#${sha}`], { cwd: scratch, encoding: 'utf8', timeout: 120_000 });
        const installed = join(prefix, 'lib', 'node_modules', 'kubeready');
        const packages = fg.sync(['node_modules/*/package.json', 'node_modules/@*/*/package.json'], { cwd: installed }).map((file) => file.slice('node_modules/'.length, -'/package.json'.length));
        for (const dependency of Object.keys(manifest.devDependencies))
            expect(packages, dependency).not.toContain(dependency);
        const run = spawnSync(join(prefix, 'bin', 'kubeready'), ['examples/shop-ready'], { cwd: root, encoding: 'utf8', timeout: 60_000 });
        expect(run.stdout).toContain('No problems');
        expect(run.status, run.stderr).toBe(0);
    }, 180_000);
});
