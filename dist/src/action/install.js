import { spawn } from 'node:child_process';
import { existsSync, readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
/** The Action's checkout: the folder that holds dist/src/action/. */
export function actionRoot() {
    return join(dirname(fileURLToPath(import.meta.url)), '..', '..', '..');
}
/**
 * The packages of package-lock.json that `npm ci --omit=dev` installs and kubeready needs (neither dev
 * nor optional), each as `path@version`, that are not in node_modules at that version. Read from each
 * package's own package.json rather than npm's hidden lockfile, so a full install with devDependencies
 * (a checkout used as `uses: ./`) counts, and a package removed by hand does not.
 */
export function missingPackages(root) {
    let lock;
    try {
        lock = JSON.parse(readFileSync(join(root, 'package-lock.json'), 'utf8'));
    }
    catch {
        return ['package-lock.json'];
    }
    if (lock.packages === undefined)
        return ['package-lock.json packages'];
    const missing = [];
    for (const [path, entry] of Object.entries(lock.packages)) {
        if (!path.startsWith('node_modules/') || entry.dev || entry.optional || entry.devOptional || entry.link)
            continue;
        if (installedVersion(join(root, path)) !== entry.version)
            missing.push(`${path.slice('node_modules/'.length)}@${entry.version ?? '?'}`);
    }
    return missing;
}
function installedVersion(folder) {
    try {
        return JSON.parse(readFileSync(join(folder, 'package.json'), 'utf8')).version;
    }
    catch {
        return undefined;
    }
}
export const installArgs = ['ci', '--omit=dev', '--ignore-scripts', '--no-audit', '--no-fund'];
/** npm ci takes a few seconds; this bounds a registry that stalls. */
export const installTimeoutMs = 5 * 60_000;
/**
 * `npm ci --omit=dev` in the Action's checkout, with npm from PATH. Its output goes to `write` (the
 * caller makes it inert); the outcome says why it failed, if it did.
 */
export function npmInstall(root, write, timeoutMs = installTimeoutMs) {
    const windows = process.platform === 'win32';
    return new Promise((resolve) => {
        // On Windows npm is npm.cmd, which only a shell runs; the arguments are constants.
        const child = spawn(windows ? 'npm.cmd' : 'npm', installArgs, { cwd: root, shell: windows, stdio: ['ignore', 'pipe', 'pipe'], windowsHide: true });
        let timedOut = false;
        const timer = setTimeout(() => {
            timedOut = true;
            child.kill();
        }, timeoutMs);
        child.stdout.setEncoding('utf8').on('data', write.stdout);
        child.stderr.setEncoding('utf8').on('data', write.stderr);
        child.on('error', (error) => {
            clearTimeout(timer);
            resolve({
                ok: false,
                reason: error.code === 'ENOENT'
                    ? 'npm is not on PATH; the Action installs its runtime dependencies with npm ci (GitHub-hosted runners have npm; on a self-hosted runner install Node.js with npm, e.g. with actions/setup-node, before this step)'
                    : `npm could not be started: ${error.message}`,
            });
        });
        child.on('close', (code, signal) => {
            clearTimeout(timer);
            if (timedOut)
                resolve({ ok: false, reason: `npm ci did not finish within ${timeoutMs / 1000} seconds` });
            else if (code === 0)
                resolve({ ok: true });
            else
                resolve({ ok: false, reason: `npm ci failed (${signal ?? `exit code ${code}`}); its output is above` });
        });
    });
}
export function hasPackageFiles(root) {
    return existsSync(join(root, 'package.json')) && existsSync(join(root, 'package-lock.json'));
}
