import { existsSync, readFileSync, readdirSync, realpathSync, statSync } from 'node:fs';
import { dirname, join, relative, resolve, sep } from 'node:path';
import { isRecord } from '../model/kinds.js';
import { isInside, isRemoteReference } from './confine.js';
import { globToRegExp, matchesAnyGlob } from './glob.js';
import { configDocuments } from './kustomize-reads.js';
import { readTextIfExists } from './read.js';
import { isDockerfileName, isDockerfilePath } from '../model/dockerfile.js';
export const STDIN = '-';
export { UsageError } from '../engine/errors.js';
import { UsageError } from '../engine/errors.js';
// Manifests, and the files that make a folder a unit: Chart.yaml and kustomization.yaml are YAML already.
const walkedName = /\.(?:yaml|yml|json)$|^Kustomization$/;
/** Manifests, the files that make a folder a unit, and Dockerfiles (see isDockerfileName). */
const isWalkedName = (name) => walkedName.test(name) || isDockerfileName(name);
const kustomizationNames = ['kustomization.yaml', 'kustomization.yml', 'Kustomization'];
// The only folders the walk does not go into. Any other name is walked, dot-folders and names holding
// a newline included: a manifest there is as deployable as any other.
const skippedFolders = new Set(['node_modules', '.git']);
/**
 * Expands the command-line paths into what to lint, in a stable order. Explicit files are taken
 * whatever their extension; directories contribute their YAML and JSON, except that a folder holding
 * Chart.yaml is a Helm chart and one holding a kustomization is a Kustomize target: their files are
 * rendered, not linted as they are. A Kustomize folder that another one in the input uses as a base
 * is linted only through it, unless it was named on the command line. A symlink that leads out of
 * the directory being walked is not followed.
 *
 * A file named explicitly (as pre-commit passes changed files) that lies inside a chart or a Kustomize
 * folder stands for that unit, as its directory would: see {@link Owners}.
 */
export async function walk(paths, options) {
    const excludes = options.exclude.map(globToRegExp);
    const files = new Set();
    const charts = new Set();
    const kustomizations = new Set();
    const named = new Set();
    const namedFiles = new Set();
    // One folder that cannot be read does not end the walk: it is reported, and the rest is linted.
    const unreadable = new Map();
    const owners = new Owners(options.cwd, unreadable);
    for (const path of paths) {
        if (path === STDIN) {
            files.add(STDIN);
            continue;
        }
        const absolute = resolve(options.cwd, path);
        let stats;
        try {
            stats = statSync(absolute);
        }
        catch {
            throw new UsageError(`${path}: no such file or directory`);
        }
        if (!stats.isDirectory()) {
            if (isExcluded(absolute, absolute, options.cwd, excludes))
                continue;
            // A Dockerfile named explicitly is itself, even inside a chart or a Kustomize folder.
            const owner = isDockerfilePath(absolute) ? {} : owners.of(absolute);
            // The unit is left out with its folder, or with the file that makes it one.
            const keepOwner = (dir, marker) => [dir, marker].every((path) => path === undefined || !isExcluded(path, options.cwd, options.cwd, excludes));
            if (owner.chart) {
                if (keepOwner(owner.chart, join(owner.chart, 'Chart.yaml')))
                    charts.add(owner.chart);
            }
            else if (owner.kustomizations) {
                for (const dir of owner.kustomizations.filter((dir) => keepOwner(dir, kustomizationFile(dir)))) {
                    kustomizations.add(dir);
                    named.add(dir);
                }
            }
            else {
                files.add(absolute);
                // A Dockerfile relates to no manifest: the YAML beside it is not its context.
                if (!isDockerfilePath(absolute))
                    namedFiles.add(absolute);
            }
            continue;
        }
        named.add(absolute);
        const found = walkDirectory(absolute, unreadable);
        const keep = (file) => !isExcluded(file, absolute, options.cwd, excludes);
        // A chart or kustomization is left out with its folder, or with the file that makes it one.
        const keepUnit = (dir, marker) => keep(dir) && (marker === undefined || keep(marker));
        found.charts.filter((dir) => keepUnit(dir, join(dir, 'Chart.yaml'))).forEach((dir) => charts.add(dir));
        found.kustomizations.filter((dir) => keepUnit(dir, kustomizationFile(dir))).forEach((dir) => kustomizations.add(dir));
        found.files.filter(keep).forEach((file) => files.add(file));
    }
    const contextOnly = options.context === false ? [] : siblingsOf(namedFiles, files, (file) => !isExcluded(file, options.cwd, options.cwd, excludes));
    const builds = buildsAmong([...kustomizations].sort(), named);
    return {
        files: [...files, ...contextOnly],
        charts: [...charts].sort(),
        contextOnly,
        unreadable: [...unreadable].map(([dir, code]) => ({ dir, code })).sort((a, b) => (a.dir < b.dir ? -1 : a.dir > b.dir ? 1 : 0)),
        kustomizations: builds,
    };
}
/** The manifests beside the named files, in their folders, that the run does not lint already. */
function siblingsOf(namedFiles, linted, keep) {
    const siblings = new Set();
    for (const folder of new Set([...namedFiles].map(dirname))) {
        let entries;
        try {
            entries = readdirSync(folder, { withFileTypes: true });
        }
        catch {
            continue; // the named file's own read reports a folder it cannot read
        }
        for (const entry of entries) {
            const file = join(folder, entry.name);
            if (entry.isFile() && /\.(?:yaml|yml|json)$/.test(entry.name) && !linted.has(file) && !isMarker(file) && keep(file))
                siblings.add(file);
        }
    }
    return [...siblings].sort();
}
function walkDirectory(root, unreadable) {
    const all = filesUnder(root, isWalkedName, unreadable);
    all.sort();
    const markerDirs = (names) => [...new Set(all.filter((file) => names.some((name) => file.endsWith(`${sep}${name}`))).map(dirname))].sort();
    // A chart's charts/ folder holds its subcharts: the outermost chart is the unit.
    const charts = outermost(markerDirs(['Chart.yaml']));
    const kustomizations = markerDirs(kustomizationNames).filter((dir) => !charts.some((chart) => isInside(dir, chart)));
    const renderedDirs = [...charts, ...kustomizations];
    // A Dockerfile is linted wherever it is: a chart or a kustomization renders only its YAML.
    const files = all.filter((file) => isDockerfilePath(file) || (/\.(ya?ml|json)$/i.test(file) && !renderedDirs.some((dir) => isInside(file, dir)) && !isMarker(file)));
    return { files, charts, kustomizations: kustomizations.filter((dir) => !isComponent(dir)) };
}
/**
 * The files under root whose names pass `wanted`, in no particular order. Every folder is entered
 * except node_modules and .git, whatever its name; symlinked folders are not, and a symlinked file
 * counts only when its target is a file inside root. A folder that cannot be read goes into `unreadable`,
 * with why: its manifests would otherwise go unlinted without a word.
 */
function filesUnder(root, wanted, unreadable) {
    const realRoot = realpathSync(root);
    const files = [];
    const pending = [root];
    for (let dir = pending.pop(); dir !== undefined; dir = pending.pop()) {
        for (const entry of readFolder(dir, unreadable)) {
            const path = join(dir, entry.name);
            if (entry.isDirectory()) {
                if (!skippedFolders.has(entry.name))
                    pending.push(path);
            }
            else if (wanted(entry.name) && (entry.isFile() || (entry.isSymbolicLink() && isFileInside(path, realRoot)))) {
                files.push(path);
            }
        }
    }
    return files;
}
function readFolder(dir, unreadable) {
    try {
        return readdirSync(dir, { withFileTypes: true });
    }
    catch (error) {
        const code = error.code;
        if (code === 'ENOENT' || code === 'ENOTDIR')
            return []; // removed while the walk ran
        unreadable.set(dir, code ?? String(error));
        return [];
    }
}
/**
 * Finds the unit that owns a file, looking at the file's folder and its ancestors up to the
 * repository root (the nearest folder holding .git), or without one up to the working directory
 * (only the file's own folder when the file lies outside it). The outermost folder holding Chart.yaml
 * wins, as in a directory walk (subcharts render with their parent); otherwise the nearest folder
 * holding a kustomization, even when it is a base that overlays use, since that is the smallest build
 * containing the file. A Component cannot be built alone: its files stand for the kustomizations
 * under the same root that list it under `components`, and for nothing when none does.
 */
class Owners {
    cwd;
    unreadable;
    cache = new Map();
    kustomizationsUnder = new Map();
    constructor(cwd, unreadable) {
        this.cwd = cwd;
        this.unreadable = unreadable;
    }
    of(file) {
        const folder = dirname(file);
        const cached = this.cache.get(folder);
        if (cached)
            return cached;
        const owner = this.find(file, ancestorsWithin(file, this.cwd));
        this.cache.set(folder, owner);
        return owner;
    }
    find(file, ancestors) {
        const chart = ancestors.filter((dir) => existsSync(join(dir, 'Chart.yaml'))).at(-1);
        if (chart)
            return { chart };
        const nearest = ancestors.find((dir) => kustomizationFile(dir) !== undefined);
        if (!nearest)
            return {};
        if (!isComponent(nearest))
            return { kustomizations: [nearest] };
        const root = ancestors.at(-1) ?? dirname(file);
        return { kustomizations: this.all(root).filter((dir) => !isComponent(dir) && usesComponent(dir, nearest)) };
    }
    all(root) {
        let found = this.kustomizationsUnder.get(root);
        if (!found) {
            const markers = filesUnder(root, (name) => kustomizationNames.includes(name), this.unreadable);
            found = [...new Set(markers.map(dirname))].sort();
            this.kustomizationsUnder.set(root, found);
        }
        return found;
    }
}
/** The folders to search for a file's unit, nearest first. */
function ancestorsWithin(file, cwd) {
    const ancestors = [];
    for (let dir = dirname(file);; dir = dirname(dir)) {
        ancestors.push(dir);
        if (existsSync(join(dir, '.git')))
            return ancestors;
        if (dirname(dir) === dir)
            break;
    }
    return isInside(file, cwd) ? ancestors.filter((dir) => isInside(dir, cwd)) : ancestors.slice(0, 1);
}
function usesComponent(dir, component) {
    const entries = listOf(readKustomization(dir)?.['components']);
    return entries.some((entry) => typeof entry === 'string' && resolve(dir, entry) === component);
}
/**
 * The Kustomize folders to build: those named on the command line, and those no other folder of the input
 * uses as a base (listed under resources, or the legacy bases), since a base is linted through its
 * overlays. Folders that only use each other in a cycle are none of these, and would vanish: the first of
 * each such group is built too, so that kustomize's refusal of the cycle is reported.
 */
function buildsAmong(kustomizations, named) {
    const known = new Set(kustomizations);
    const uses = new Map(kustomizations.map((dir) => [dir, basesOf(dir).filter((base) => known.has(base))]));
    const used = new Set([...uses.values()].flat());
    const builds = kustomizations.filter((dir) => named.has(dir) || !used.has(dir));
    const reached = new Set();
    const reach = (from) => {
        const pending = [from];
        for (let dir = pending.pop(); dir !== undefined; dir = pending.pop()) {
            if (reached.has(dir))
                continue;
            reached.add(dir);
            pending.push(...(uses.get(dir) ?? []));
        }
    };
    builds.forEach(reach);
    for (const dir of kustomizations) {
        if (reached.has(dir))
            continue;
        builds.push(dir);
        reach(dir);
    }
    return builds.sort();
}
function basesOf(dir) {
    const kustomization = readKustomization(dir);
    return [...listOf(kustomization?.['resources']), ...listOf(kustomization?.['bases'])]
        .filter((entry) => typeof entry === 'string' && !isRemoteReference(entry))
        .map((entry) => resolve(dir, entry));
}
/** A Component is only ever used by other kustomizations; it cannot be built alone. */
function isComponent(dir) {
    const file = kustomizationFile(dir);
    // Most are not: the word is looked for before the file is parsed.
    if (!file || !(readTextIfExists(file) ?? '').includes('Component'))
        return false;
    return readKustomization(dir)?.['kind'] === 'Component';
}
export function kustomizationFile(dir) {
    return kustomizationNames.map((name) => join(dir, name)).find((file) => existsSync(file));
}
function readKustomization(dir) {
    const file = kustomizationFile(dir);
    if (!file)
        return undefined;
    try {
        const value = configDocuments(readFileSync(file, 'utf8'))?.[0];
        return isRecord(value) ? value : undefined;
    }
    catch {
        return undefined; // kustomize itself reports a broken kustomization when it builds
    }
}
function listOf(value) {
    return Array.isArray(value) ? value : [];
}
function outermost(dirs) {
    return dirs.filter((dir) => !dirs.some((other) => other !== dir && isInside(dir, other)));
}
function isMarker(file) {
    return kustomizationNames.some((name) => file.endsWith(`${sep}${name}`));
}
function isExcluded(file, root, cwd, excludes) {
    if (excludes.length === 0)
        return false;
    return matchesAnyGlob(relative(cwd, file), excludes) || matchesAnyGlob(relative(root, file), excludes);
}
function isFileInside(link, root) {
    try {
        return isInside(realpathSync(link), root) && statSync(link).isFile();
    }
    catch {
        return false; // a dangling link
    }
}
