import { existsSync } from 'node:fs';
import { dirname, join, relative, resolve, sep } from 'node:path';
import { isInside, repositoryRoot } from '../load/confine.js';
import { STDIN_NAME } from './finding.js';
import { fingerprint } from './fingerprint.js';
/**
 * Names a file relative to the repository it lies in, with `/` separators: the nearest folder at or above
 * the working directory holding `.git` when the file is inside it; else the nearest such folder above the
 * file (a run from outside the repository); else the folder of the config file in use; else the working
 * directory. Standard input keeps its name.
 */
export function baselineFileKey(cwd, configFile) {
    const isRepository = (dir) => existsSync(join(dir, '.git'));
    const here = repositoryRoot(cwd, cwd);
    const cwdRoot = isRepository(here) ? here : undefined;
    const fallback = configFile === undefined ? resolve(cwd) : dirname(resolve(cwd, configFile));
    const names = new Map();
    return (file) => {
        if (file === STDIN_NAME)
            return file;
        let name = names.get(file);
        if (name === undefined) {
            const absolute = resolve(cwd, file);
            const own = cwdRoot !== undefined && isInside(absolute, cwdRoot) ? cwdRoot : repositoryRoot(absolute, cwd);
            name = relative(isRepository(own) ? own : fallback, absolute).split(sep).join('/');
            names.set(file, name);
        }
        return name;
    };
}
/** `fileKey` names each finding's file in the baseline; without it, as the run shows it. */
export function createBaseline(findings, fileKey = (file) => file) {
    const seen = new Map();
    const entries = findings.map((finding) => ({
        fingerprint: fingerprint(finding, seen, fileKey(finding.file)),
        checkId: finding.checkId,
        file: fileKey(finding.file),
        object: finding.object ? `${finding.object.kind}/${finding.object.namespace || '-'}/${finding.object.name}` : null,
        path: finding.path,
    }));
    entries.sort((a, b) => (a.file < b.file ? -1 : a.file > b.file ? 1 : a.fingerprint < b.fingerprint ? -1 : 1));
    return { version: 1, findings: entries };
}
/** The findings whose fingerprint the baseline does not hold, and how many it held; files named as createBaseline named them. */
export function withoutBaseline(findings, baseline, fileKey = (file) => file) {
    const accepted = new Set(baseline.findings.map((entry) => entry.fingerprint));
    const seen = new Map();
    const fresh = findings.filter((finding) => !accepted.has(fingerprint(finding, seen, fileKey(finding.file))));
    return { findings: fresh, known: findings.length - fresh.length };
}
/** Reads a baseline file's JSON; a message for what is wrong with it otherwise. */
export function parseBaseline(text) {
    let data;
    try {
        data = JSON.parse(text);
    }
    catch (error) {
        return `not JSON (${error instanceof Error ? error.message : String(error)})`;
    }
    const findings = data.findings;
    if (data.version !== 1 || !Array.isArray(findings))
        return 'not a kubeready baseline (version 1 with a findings list)';
    if (!findings.every((entry) => typeof entry.fingerprint === 'string'))
        return 'a baseline entry has no fingerprint';
    return data;
}
