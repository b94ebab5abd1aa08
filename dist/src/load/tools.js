import { spawn } from 'node:child_process';
import { accessSync, constants, mkdtempSync, rmSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { delimiter, isAbsolute, join, resolve } from 'node:path';
import { isInside } from './confine.js';
/**
 * The first executable of that name on PATH, or a path given explicitly (checked to exist). PATH entries
 * that are relative, or inside one of `untrusted` (the repositories being linted: `npx` puts their
 * node_modules/.bin first), are skipped, so a pull request cannot plant a `helm` of its own.
 */
export function findExecutable(nameOrPath, cwd, untrusted = [], pathVariable = process.env['PATH'] ?? '') {
    if (nameOrPath.includes('/') || isAbsolute(nameOrPath)) {
        const file = resolve(cwd, nameOrPath);
        return isExecutableFile(file) ? file : undefined;
    }
    return pathVariable
        .split(delimiter)
        .filter((dir) => isAbsolute(dir) && !untrusted.some((root) => isInside(dir, root)))
        .map((dir) => join(dir, nameOrPath))
        .find(isExecutableFile);
}
function isExecutableFile(file) {
    try {
        accessSync(file, constants.X_OK);
        return statSync(file).isFile();
    }
    catch {
        return false;
    }
}
export const defaultToolLimits = { timeoutMs: 60_000, maxOutputBytes: 64 * 1024 * 1024, network: false };
// What a render tool may see of kubeready's environment. Everything else (tokens, cloud and Kubernetes
// credentials, HELM_* and KUSTOMIZE_* settings that load plugins or post-renderers) stays out.
const keptVariables = ['PATH', 'LANG', 'LC_ALL', 'TZ'];
const proxyVariables = ['HTTP_PROXY', 'HTTPS_PROXY', 'NO_PROXY', 'http_proxy', 'https_proxy', 'no_proxy'];
/** The environment a render tool runs with: a few harmless variables and a HOME of its own. */
export function toolEnvironment(home, network, from = process.env) {
    const env = {};
    for (const name of network ? [...keptVariables, ...proxyVariables] : keptVariables) {
        const value = from[name];
        if (value !== undefined)
            env[name] = value;
    }
    return { ...env, HOME: home, TMPDIR: home, XDG_CONFIG_HOME: join(home, 'config'), XDG_CACHE_HOME: join(home, 'cache'), XDG_DATA_HOME: join(home, 'data') };
}
// Children alive now, each the leader of its own process group, so a signal to kubeready can end them all.
const running = new Set();
let signalsHandled = false;
function killGroup(child) {
    if (child.pid === undefined)
        return;
    try {
        process.kill(-child.pid, 'SIGKILL');
    }
    catch {
        child.kill('SIGKILL'); // the group is gone already, or was never made
    }
}
/** On SIGINT or SIGTERM, kubeready ends every tool it started before it ends itself. */
function handleSignals() {
    if (signalsHandled)
        return;
    signalsHandled = true;
    for (const [signal, code] of [['SIGINT', 130], ['SIGTERM', 143]]) {
        process.once(signal, () => {
            for (const child of running)
                killGroup(child);
            process.exit(code);
        });
    }
}
/**
 * Runs a tool without a shell, in a process group of its own, with a bounded time and output and a
 * minimal environment (a fresh temporary HOME); collects its output and never rejects.
 */
export function runTool(file, args, cwd, limits = defaultToolLimits) {
    handleSignals();
    const home = mkdtempSync(join(tmpdir(), 'kubeready-home-'));
    return new Promise((done) => {
        const child = spawn(file, [...args], { cwd, env: toolEnvironment(home, limits.network), detached: true, stdio: ['ignore', 'pipe', 'pipe'] });
        running.add(child);
        const stdout = [];
        const stderr = [];
        let bytes = 0;
        let stopped;
        const stop = (why) => {
            stopped ??= why;
            killGroup(child);
        };
        const timer = setTimeout(() => stop('timeout'), limits.timeoutMs);
        const collect = (into) => (chunk) => {
            if (stopped)
                return;
            bytes += chunk.length;
            if (bytes > limits.maxOutputBytes)
                stop('output');
            else
                into.push(chunk);
        };
        child.stdout.on('data', collect(stdout));
        child.stderr.on('data', collect(stderr));
        let finished = false;
        const finish = (result) => {
            if (finished)
                return;
            finished = true;
            clearTimeout(timer);
            running.delete(child);
            killGroup(child); // anything it left running in its group
            rmSync(home, { recursive: true, force: true });
            done(result);
        };
        child.on('error', (error) => finish({ ok: false, stdout: '', stderr: error.message }));
        child.on('close', (code, signal) => {
            let out;
            let err;
            try {
                out = Buffer.concat(stdout).toString('utf8');
                err = Buffer.concat(stderr).toString('utf8');
            }
            catch (error) {
                // Output too large to hold as a string (only with a --render-max-output past what memory allows).
                finish({ ok: false, stdout: '', stderr: `its output could not be held: ${error instanceof Error ? error.message : String(error)}`, stopped: 'output' });
                return;
            }
            if (stopped === 'timeout')
                finish({ ok: false, stdout: '', stderr: `stopped after ${limits.timeoutMs / 1000} s (--render-timeout)`, stopped });
            else if (stopped === 'output')
                finish({ ok: false, stdout: '', stderr: `stopped after ${formatBytes(limits.maxOutputBytes)} of output (--render-max-output)`, stopped });
            else if (code === 0)
                finish({ ok: true, stdout: out, stderr: err, exitCode: 0 });
            else
                finish({ ok: false, stdout: out, stderr: err.trim() ? err : `exited with ${code === null ? `signal ${signal}` : `code ${code}`}`, ...(code !== null && { exitCode: code }) });
        });
    });
}
export function formatBytes(bytes) {
    return bytes % (1024 * 1024) === 0 ? `${bytes / (1024 * 1024)} MB` : bytes % 1024 === 0 ? `${bytes / 1024} KB` : `${bytes} bytes`;
}
/**
 * Tools explain themselves over several lines; a run error is one line. Keeps the first `Error:` line
 * with its indented continuation lines (helm's "executing ... nil pointer"), and drops hints.
 */
export function oneLine(text) {
    const lines = text.split('\n');
    const first = lines.findIndex((line) => /^(Error|error)\b/.test(line));
    let kept = lines.filter((line) => line.trim() !== '');
    if (first !== -1) {
        const end = lines.findIndex((line, i) => i > first && !/^\s+\S/.test(line));
        kept = lines.slice(first, end === -1 ? undefined : end);
    }
    return shorten(kept.map((line) => line.trim()).join(' '));
}
export function shorten(text, limit = 600) {
    return text.length > limit ? `${text.slice(0, limit - 3)}...` : text;
}
/** Runs tasks with at most `limit` in flight, keeping results in input order. */
export async function mapLimited(items, limit, task) {
    const results = new Array(items.length);
    let next = 0;
    const worker = async () => {
        while (next < items.length) {
            const index = next++;
            results[index] = await task(items[index], index);
        }
    };
    await Promise.all(Array.from({ length: Math.max(1, Math.min(limit, items.length)) }, worker));
    return results;
}
