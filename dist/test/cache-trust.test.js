import { spawn, spawnSync } from 'node:child_process';
import { chmodSync, mkdirSync, mkdtempSync, readFileSync, readdirSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { cleanPod } from './support/cli.js';
/**
 * A cache file lies in the project, where a pull request can put one: it is trusted only when this
 * user's key, kept outside the project, signed it. Every run here gets XDG_CACHE_HOME (and HOME) in a
 * temporary folder: the real home is never touched.
 */
const root = join(import.meta.dirname, '..');
const dist = join(root, 'dist', 'src');
const bin = join(dist, 'cli.js');
const badPod = cleanPod.replace('securityContext: { readOnlyRootFilesystem: true }', 'securityContext: { readOnlyRootFilesystem: true, privileged: true }');
const defaultCache = join('node_modules', '.cache', 'kubeready', 'parse-cache');
let work;
let count = 0;
/** A fresh folder under the test's own. */
const folder = (name) => {
    const dir = join(work, `${++count}-${name}`);
    mkdirSync(dir, { recursive: true });
    return dir;
};
/** A repository holding one manifest that has a finding. */
function badRepo() {
    const repo = folder('repo');
    writeFileSync(join(repo, 'bad.yaml'), badPod);
    return repo;
}
function runCli(args, cwd, env) {
    const result = spawnSync(process.execPath, [bin, ...args], { cwd, encoding: 'utf8', env: { PATH: process.env['PATH'], HOME: join(work, 'home'), NO_COLOR: '1', ...env } });
    return { code: result.status, stdout: result.stdout, stderr: result.stderr };
}
/**
 * What an attacker with kubeready's code but without the user's key can do: build a cache, for this
 * very build of kubeready, in which bad.yaml's text parses to the clean Pod, signed with a key of their
 * choosing, and commit it where --cache looks.
 */
function forgeCache(repo, key) {
    const script = join(work, 'forge.mjs');
    writeFileSync(script, `const [dist, file, key, bad, clean] = process.argv.slice(2);
const { openParseCache, thisBuildId } = await import(dist + '/load/parse-cache.js');
const { parseSource } = await import(dist + '/load/parse.js');
const cache = openParseCache(file, thisBuildId(), Buffer.from(key, 'hex'));
cache.store(bad, parseSource('bad.yaml', clean), []);
const saved = cache.save();
if (!saved.written) throw new Error('not written: ' + saved.error);
`);
    const result = spawnSync(process.execPath, [script, dist, join(repo, defaultCache), key.toString('hex'), badPod, cleanPod], { encoding: 'utf8' });
    expect(result.stderr).toBe('');
    expect(result.status).toBe(0);
}
beforeAll(() => {
    work = mkdtempSync(join(tmpdir(), 'kubeready-cache-trust-'));
});
afterAll(() => rmSync(work, { recursive: true, force: true }));
describe('--cache trusts only what this user wrote', () => {
    it('rejects a cache committed to the repository that another key signed: the bad manifest is reported, exit 1', () => {
        const repo = badRepo();
        const xdg = folder('xdg');
        const uncached = runCli(['.'], repo, { XDG_CACHE_HOME: xdg });
        expect(uncached.code).toBe(1);
        expect(uncached.stdout).toMatch(/pss-privileged/);
        forgeCache(repo, Buffer.alloc(32, 0x41));
        const forged = readFileSync(join(repo, defaultCache));
        const run = runCli(['--cache', '.'], repo, { XDG_CACHE_HOME: xdg });
        expect(run.stdout).toBe(uncached.stdout);
        expect(run.stderr).toBe('');
        expect(run.code).toBe(1);
        // Rebuilt, and signed with this user's key this time.
        expect(readFileSync(join(repo, defaultCache)).equals(forged)).toBe(false);
        // The very same forgery made with this user's key is read: the key alone is what kept the other out.
        rmSync(join(repo, 'node_modules'), { recursive: true }); // (the findings of the scope are kept too: start afresh)
        forgeCache(repo, readFileSync(join(xdg, 'kubeready', 'cache-key')));
        const fooled = runCli(['--cache', '.'], repo, { XDG_CACHE_HOME: xdg });
        expect(fooled.stdout).toMatch(/No problems/);
        expect(fooled.code).toBe(0);
    });
    it('rejects and rebuilds a cache made under another XDG_CACHE_HOME, then reads its own', () => {
        const repo = badRepo();
        const first = runCli(['--cache', '--format', 'json', '.'], repo, { XDG_CACHE_HOME: folder('xdg-a') });
        const madeElsewhere = readFileSync(join(repo, defaultCache));
        const xdg = folder('xdg-b');
        const second = runCli(['--cache', '--format', 'json', '.'], repo, { XDG_CACHE_HOME: xdg });
        expect(second.stdout).toBe(first.stdout);
        expect(second.code).toBe(1);
        const rebuilt = readFileSync(join(repo, defaultCache));
        expect(rebuilt.equals(madeElsewhere)).toBe(false); // nothing changed in the repository: only the rejection rewrites it
        const third = runCli(['--cache', '--format', 'json', '.'], repo, { XDG_CACHE_HOME: xdg });
        expect(third.stdout).toBe(first.stdout);
        expect(readFileSync(join(repo, defaultCache)).equals(rebuilt)).toBe(true); // read, not rebuilt again
    });
    it('keeps the key in $XDG_CACHE_HOME/kubeready, else ~/.cache/kubeready: mode 0600 in a folder 0700', () => {
        const repo = badRepo();
        const xdg = folder('xdg');
        runCli(['--cache', '.'], repo, { XDG_CACHE_HOME: xdg });
        const key = join(xdg, 'kubeready', 'cache-key');
        expect(statSync(key).size).toBe(32);
        expect(statSync(key).mode & 0o777).toBe(0o600);
        expect(statSync(dirname(key)).mode & 0o777).toBe(0o700);
        const home = folder('home');
        // Unset, or not an absolute path as the XDG spec asks: ~/.cache.
        for (const value of [undefined, 'relative/cache']) {
            runCli(['--cache', '.'], repo, { HOME: home, XDG_CACHE_HOME: value });
            expect(statSync(join(home, '.cache', 'kubeready', 'cache-key')).mode & 0o777).toBe(0o600);
        }
        expect(readdirSync(repo).sort()).toEqual(['bad.yaml', 'node_modules']); // nothing of the key in the repository
    });
    it('gives runs that start together one and the same key', async () => {
        const xdg = folder('xdg');
        const keyFile = join(xdg, 'kubeready', 'cache-key');
        const script = `const { loadCacheKey } = await import(process.argv[1]); const got = loadCacheKey(process.argv[2]); process.stdout.write('key' in got ? got.key.toString('hex') : 'error: ' + got.error);`;
        const once = () => new Promise((done) => {
            const child = spawn(process.execPath, ['--input-type=module', '-e', script, join(dist, 'load', 'cache-key.js'), keyFile]);
            let out = '';
            child.stdout.on('data', (chunk) => (out += chunk.toString()));
            child.on('close', () => done(out));
        });
        const keys = await Promise.all(Array.from({ length: 12 }, once));
        expect(keys[0]).toMatch(/^[0-9a-f]{64}$/);
        expect(new Set(keys)).toEqual(new Set([keys[0]]));
        expect(readFileSync(keyFile).toString('hex')).toBe(keys[0]);
        expect(readdirSync(dirname(keyFile))).toEqual(['cache-key']); // no temporary file left behind
    });
    it('does not use the cache, and says why in one line, when the key cannot be created', () => {
        const repo = badRepo();
        const blocker = join(folder('blocked'), 'not-a-folder');
        writeFileSync(blocker, '');
        const uncached = runCli(['.'], repo, { XDG_CACHE_HOME: blocker });
        const run = runCli(['--cache', '.'], repo, { XDG_CACHE_HOME: blocker });
        expect(run.stdout).toBe(uncached.stdout);
        expect(run.code).toBe(1);
        expect(run.stderr).toBe(`kubeready: warning: cache not used: cannot create ${join(blocker, 'kubeready')}: ENOTDIR\n`);
        expect(readdirSync(repo)).toEqual(['bad.yaml']); // no cache written
    });
    it('does not use a key that other users can read or write', () => {
        const repo = badRepo();
        const xdg = folder('xdg');
        runCli(['--cache', '.'], repo, { XDG_CACHE_HOME: xdg });
        const key = join(xdg, 'kubeready', 'cache-key');
        chmodSync(key, 0o644);
        const cache = join(repo, defaultCache);
        const before = readFileSync(cache);
        const run = runCli(['--cache', '.'], repo, { XDG_CACHE_HOME: xdg });
        expect(run.code).toBe(1);
        expect(run.stderr).toBe(`kubeready: warning: cache not used: ${key}: the key is open to other users (mode 0644; chmod 600 it)\n`);
        expect(readFileSync(cache).equals(before)).toBe(true);
        // A key of the wrong size is not used either (the key file is never overwritten).
        chmodSync(key, 0o600);
        writeFileSync(key, 'short');
        expect(runCli(['--cache', '.'], repo, { XDG_CACHE_HOME: xdg }).stderr).toMatch(/^kubeready: warning: cache not used: .*cache-key: not a kubeready cache key \(5 bytes, expected 32\).*\n$/);
    });
});
