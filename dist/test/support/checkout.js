import { cpSync, mkdirSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { execFileSync } from 'node:child_process';
const identity = { GIT_AUTHOR_NAME: 'test', GIT_AUTHOR_EMAIL: 'test@example.com', GIT_COMMITTER_NAME: 'test', GIT_COMMITTER_EMAIL: 'test@example.com' };
/**
 * A git repository at `target` holding this checkout as a clone of it would: the files git keeps (committed
 * or about to be), not what .gitignore leaves out, so a build output that git ignored would be missing as in
 * a clone. Returns the sha of its one commit.
 */
export function commitCheckout(root, target) {
    const env = { ...process.env, ...identity };
    const git = (cwd, ...args) => execFileSync('git', args, { cwd, env, encoding: 'utf8' }).trim();
    const files = git(root, 'ls-files', '--cached', '--others', '--exclude-standard', '-z').split('\0').filter((file) => file !== '');
    for (const file of files) {
        mkdirSync(dirname(join(target, file)), { recursive: true });
        cpSync(join(root, file), join(target, file), { dereference: false, force: true });
    }
    git(target, 'init', '-q');
    git(target, 'add', '-A');
    git(target, 'commit', '-q', '--no-verify', '-m', 'kubeready under test');
    return git(target, 'rev-parse', 'HEAD');
}
