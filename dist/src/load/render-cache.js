import { createHash } from 'node:crypto';
import { readFileSync, readdirSync, realpathSync, statSync } from 'node:fs';
import { join, relative } from 'node:path';
import { escapeFrom } from './confine.js';
import { kindAt } from './read.js';
import { runTool } from './tools.js';
/** A tree with more files than this is not fingerprinted: its render runs every time. */
const maxTreeFiles = 20_000;
/**
 * The key of a render: a hash of the tool's identity, its arguments and the content of every input, or
 * undefined when an input cannot be fingerprinted (the render then runs every time). The files are ones
 * the caller has held to the repository `root` (or the user named); a tree is held to it here.
 */
export function renderKey(tool, args, inputs, root) {
    const hash = createHash('sha256').update(tool).update('\0').update(JSON.stringify(args));
    for (const file of [...new Set(inputs.files)].sort())
        hash.update('\0f\0').update(file).update('\0').update(contentDigest(file));
    for (const tree of [...new Set(inputs.trees)].sort()) {
        const digest = treeDigest(tree, root);
        if (digest === undefined)
            return undefined;
        hash.update('\0t\0').update(tree).update('\0').update(digest);
    }
    return hash.digest('base64url');
}
/** A file's content hash; `-` for a path that is not a readable file (absent, a folder), which the tool sees too. */
function contentDigest(file) {
    try {
        return createHash('sha256').update(readFileSync(file)).digest('base64url');
    }
    catch (error) {
        return `-${error.code ?? ''}`;
    }
}
/**
 * Every file below a folder, by its path inside it and its content, symlinked folders followed once (as
 * helm does), .git left out; undefined when a symlink in it leads out of the repository, which is not read.
 */
function treeDigest(dir, root) {
    const hash = createHash('sha256');
    const seen = new Set();
    const pending = [dir];
    let files = 0;
    while (pending.length > 0) {
        const folder = pending.pop();
        let entries;
        try {
            const real = realpathSync(folder);
            if (seen.has(real))
                continue;
            seen.add(real);
            entries = readdirSync(folder, { withFileTypes: true }).sort((a, b) => (a.name < b.name ? -1 : a.name > b.name ? 1 : 0));
        }
        catch (error) {
            hash.update(`\0${relative(dir, folder)}\0-${error.code ?? ''}`);
            continue;
        }
        for (const entry of entries) {
            if (entry.name === '.git')
                continue; // never read, whatever helm makes of it
            const path = join(folder, entry.name);
            if (entry.isSymbolicLink() && escapeFrom(path, root) !== undefined)
                return undefined;
            if (entry.isDirectory() || (entry.isSymbolicLink() && kindAt(path) === 'directory')) {
                pending.push(path);
                continue;
            }
            if (++files > maxTreeFiles)
                return undefined;
            hash.update('\0').update(relative(dir, path)).update('\0').update(contentDigest(path));
        }
    }
    return hash.digest('base64url');
}
/**
 * What names a tool: its path, the identity of the file it resolves to (a replaced binary is another
 * tool), and what it says its version is (a shim that picks a version by folder gives another). Asked
 * once per tool, folder and run; undefined when the tool does not answer.
 */
export function toolIdentity(reuse, bin, versionArgs, cwd, limits) {
    const key = `${bin}\0${cwd}\0${versionArgs.join('\0')}`;
    let identity = reuse.tools.get(key);
    if (!identity) {
        identity = (async () => {
            let file;
            let stats;
            try {
                file = realpathSync(bin);
                stats = statSync(file, { bigint: true });
            }
            catch {
                return undefined;
            }
            const version = await runTool(bin, versionArgs, cwd, { ...limits, network: false });
            if (!version.ok)
                return undefined;
            return JSON.stringify([bin, file, `${stats.dev}`, `${stats.ino}`, `${stats.size}`, `${stats.mtimeNs}`, `${stats.ctimeNs}`, version.stdout]);
        })();
        reuse.tools.set(key, identity);
    }
    return identity;
}
/**
 * Runs a render through the memo: the kept result when the key is known, else the tool, whose result is
 * kept when it is the tool's own answer (a success or an error it exited with; not a run kubeready
 * stopped or could not start). `counts` learns which it was.
 */
export async function memoizedRun(memo, key, counts, run) {
    const kept = memo && key !== undefined ? memo.get(key) : undefined;
    if (kept) {
        if (counts)
            counts.reused++;
        return { ...kept, exitCode: kept.ok ? 0 : 1 };
    }
    const result = await run();
    if (counts)
        counts.done++;
    if (memo && key !== undefined && result.exitCode !== undefined) {
        memo.put(key, { ok: result.ok, stdout: result.stdout, stderr: result.stderr, ...(result.wrapper !== undefined && { wrapper: result.wrapper }) });
    }
    return result;
}
/**
 * Names a render's output with what it was made from: the name under which what the checks found in it is
 * kept. The output counts too, for a tool whose output differs between runs of the same inputs.
 */
export function outputKey(key, stdout) {
    return createHash('sha256').update(key).update('\0').update(stdout).digest('base64url');
}
/** A stored render as read from a cache file, or undefined when it is not one. */
export function asStoredRender(value) {
    if (typeof value !== 'object' || value === null)
        return undefined;
    const { ok, stdout, stderr, wrapper } = value;
    if (typeof ok !== 'boolean' || typeof stdout !== 'string' || typeof stderr !== 'string' || (wrapper !== undefined && typeof wrapper !== 'string'))
        return undefined;
    return { ok, stdout, stderr, ...(wrapper !== undefined && { wrapper }) };
}
