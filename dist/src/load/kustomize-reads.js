import { readFileSync } from 'node:fs';
import { join, relative, resolve } from 'node:path';
import { isRecord } from '../model/kinds.js';
import { escapeFrom, isRemoteReference } from './confine.js';
import { parseYamlValues } from './parse.js';
import { kindAt } from './read.js';
const kustomizationNames = ['kustomization.yaml', 'kustomization.yml', 'Kustomization'];
/**
 * Follows everything a kustomization makes kustomize read (resources, bases, components, patches,
 * generator files and env files, transformer and generator configs, replacements, configurations, the
 * OpenAPI schema, Helm values) before kustomize runs, and refuses the build when one of them lies outside
 * the repository, behind a symlink that leads out, in .git, or on the network without --allow-remote.
 * Kustomizations that use each other in a cycle are refused too, naming both folders. Exec and
 * container plugins need flags kubeready never passes, so they never run.
 *
 * What the walk found is what the build reads, for `--cache`: the files (each kustomization, and the
 * places one could appear; every file named), and the folders named where a file is expected, whose
 * every file counts.
 */
export function kustomizeReads(dir, rules) {
    const walk = new ReadWalk(rules);
    const refusal = walk.visit(dir, []);
    return { ...(refusal && { refusal }), files: [...walk.files], trees: [...walk.trees] };
}
class ReadWalk {
    rules;
    done = new Set();
    files = new Set();
    trees = new Set();
    constructor(rules) {
        this.rules = rules;
    }
    visit(dir, stack) {
        if (this.done.has(dir))
            return undefined;
        // Where kustomize looks: a kustomization that appears, or a second one, changes the build. Each that
        // exists is held to the repository, since --cache reads them all.
        for (const name of kustomizationNames) {
            const candidate = join(dir, name);
            const outOfBounds = kindAt(candidate) === undefined ? undefined : escapeFrom(candidate, this.rules.root);
            if (outOfBounds)
                return { file: candidate, message: `the kustomization is ${outOfBounds}` };
            this.files.add(candidate);
        }
        const file = kustomizationNames.map((name) => join(dir, name)).find((file) => kindAt(file) === 'file');
        if (!file)
            return undefined; // kustomize says what is missing
        const cycleAt = stack.indexOf(dir);
        if (cycleAt !== -1) {
            const folders = [...stack.slice(cycleAt), dir].map((folder) => relative(this.rules.root, folder) || '.');
            return { file, message: `kustomizations use each other in a cycle: ${folders.join(' -> ')}` };
        }
        const kustomization = readYaml(file)[0];
        if (!isRecord(kustomization))
            return undefined;
        const inner = [...stack, dir];
        const refuse = (message) => ({ file, message });
        // Entries that may be another kustomization's folder, a file, or a remote target.
        for (const key of ['resources', 'bases', 'components']) {
            for (const entry of strings(kustomization[key])) {
                const refusal = this.checkTarget(entry, dir, refuse) ?? (kindAt(resolve(dir, entry)) === 'directory' ? this.visit(resolve(dir, entry), inner) : undefined);
                if (refusal)
                    return refusal;
            }
        }
        for (const entry of [...strings(kustomization['crds']), ...strings(kustomization['configurations'])]) {
            const refusal = this.checkFile(entry, dir, refuse);
            if (refusal)
                return refusal;
        }
        // A patch is a file's path, or the patch itself inline.
        for (const entry of strings(kustomization['patchesStrategicMerge']).filter((patch) => !patch.includes('\n'))) {
            const refusal = this.checkFile(entry, dir, refuse);
            if (refusal)
                return refusal;
        }
        for (const key of ['generators', 'transformers', 'validators']) {
            for (const entry of strings(kustomization[key])) {
                // Inline plugin configs, a config file, or a kustomization folder that produces them.
                const configs = entry.includes('\n') ? configDocuments(entry) : undefined;
                if (!configs) {
                    const refusal = this.checkTarget(entry, dir, refuse) ?? (kindAt(resolve(dir, entry)) === 'directory' ? this.visit(resolve(dir, entry), inner) : undefined);
                    if (refusal)
                        return refusal;
                }
                const documents = configs ?? (kindAt(resolve(dir, entry)) === 'file' ? readYaml(resolve(dir, entry)) : []);
                for (const document of documents) {
                    const refusal = this.checkPathFields(document, dir, refuse);
                    if (refusal)
                        return refusal;
                }
            }
        }
        const refusal = this.checkPathFields(withoutKeys(kustomization, ['resources', 'bases', 'components', 'crds', 'configurations', 'patchesStrategicMerge', 'generators', 'transformers', 'validators']), dir, refuse);
        if (refusal)
            return refusal;
        this.done.add(dir);
        return undefined;
    }
    /**
     * The fields that hold paths anywhere else in a kustomization or a plugin config: `path` (patches,
     * patchesJson6902, replacements, openapi, PatchTransformer), generators' `files`, `envs` and `env`,
     * Helm's `valuesFile`, `additionalValuesFiles` and `chartHome`.
     */
    checkPathFields(value, dir, refuse) {
        const pending = [value];
        while (pending.length > 0) {
            const current = pending.pop();
            if (Array.isArray(current)) {
                pending.push(...current);
                continue;
            }
            if (!isRecord(current))
                continue;
            for (const [key, field] of Object.entries(current)) {
                const paths = key === 'path' || key === 'env' || key === 'valuesFile' || key === 'chartHome'
                    ? strings([field])
                    : key === 'envs' || key === 'additionalValuesFiles' || key === 'paths'
                        ? strings(field)
                        : key === 'files'
                            ? strings(field).map((entry) => entry.slice(entry.indexOf('=') + 1)) // key=path, or a path
                            : [];
                for (const path of paths) {
                    const refusal = this.checkFile(path, dir, refuse);
                    if (refusal)
                        return refusal;
                }
                if (typeof field === 'object' && field !== null)
                    pending.push(field);
            }
        }
        return undefined;
    }
    /** A resource-like entry: a local folder or file inside the repository, or a remote target if allowed. */
    checkTarget(entry, dir, refuse) {
        if (isRemoteReference(entry)) {
            return this.rules.allowRemote ? undefined : refuse(`remote resource ${JSON.stringify(entry)} refused (kubeready fetches nothing unless --allow-remote is given)`);
        }
        const target = resolve(dir, entry);
        const outOfBounds = escapeFrom(target, this.rules.root);
        if (outOfBounds)
            return refuse(`${JSON.stringify(entry)} is ${outOfBounds}`);
        // A folder is visited as a kustomization, which records what it reads.
        if (kindAt(target) !== 'directory')
            this.files.add(target);
        if (kindAt(target) === undefined && !this.rules.allowRemote && /^[^./][^/]*\.[^/]*\//.test(entry)) {
            // kustomize takes a host-like path it cannot find (example.com/org/repo) for a repository to clone
            return refuse(`${JSON.stringify(entry)} does not exist here, and kustomize would try to fetch it (pass --allow-remote to let it)`);
        }
        return undefined;
    }
    checkFile(entry, dir, refuse) {
        if (isRemoteReference(entry) && !this.rules.allowRemote)
            return refuse(`remote file ${JSON.stringify(entry)} refused (kubeready fetches nothing unless --allow-remote is given)`);
        if (isRemoteReference(entry))
            return undefined;
        const target = resolve(dir, entry);
        const outOfBounds = escapeFrom(target, this.rules.root);
        if (outOfBounds)
            return refuse(`${JSON.stringify(entry)} is ${outOfBounds}`);
        (kindAt(target) === 'directory' ? this.trees : this.files).add(target);
        return undefined;
    }
}
function strings(value) {
    if (typeof value === 'string')
        return [value];
    return Array.isArray(value) ? value.filter((entry) => typeof entry === 'string') : [];
}
function withoutKeys(record, keys) {
    return Object.fromEntries(Object.entries(record).filter(([key]) => !keys.includes(key)));
}
/** The documents of a YAML file kubeready may read (the caller checked it lies inside the repository). */
function readYaml(file) {
    try {
        return configDocuments(readFileSync(file, 'utf8')) ?? [];
    }
    catch {
        return [];
    }
}
/** Kustomizations parsed, by text: the walk and the overlays of a base each read it. Small texts, a bounded number. */
const parsedTexts = new Map();
const keptTexts = 256;
const keptTextLength = 64 * 1024;
/** The documents of a kustomization or plugin config (parseYamlValues), each text parsed once per run. */
export function configDocuments(text) {
    if (parsedTexts.has(text))
        return parsedTexts.get(text);
    const documents = parseYamlValues(text); // undefined: kustomize reports a config it cannot read
    if (text.length <= keptTextLength) {
        if (parsedTexts.size >= keptTexts)
            parsedTexts.clear();
        parsedTexts.set(text, documents);
    }
    return documents;
}
