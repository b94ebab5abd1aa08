import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { basename, join, relative, resolve, sep } from 'node:path';
import { parse } from 'yaml';
import { apiGroupOf, isRecord } from '../model/kinds.js';
import { escapeFrom, repositoryRoot, shownPath } from './confine.js';
import { refusedRead } from './kustomize-reads.js';
import { parseSource } from './parse.js';
import { defaultToolLimits, findExecutable, runTool, shorten } from './tools.js';
import { kustomizationFile } from './walk.js';
const originAnnotation = 'config.kubernetes.io/origin';
/**
 * Builds a Kustomize target and parses the output, each object remembering the base or overlay file
 * that defined it. The build goes through a temporary wrapper kustomization that asks for origin
 * annotations, so the user's files are never edited; the annotations are removed before checks run.
 */
export async function buildKustomization(dir, cwd, options = {}, bounds = boundsFor(dir, cwd)) {
    const shown = relative(cwd, dir) || '.';
    const tool = chooseTool(options.bin, cwd, bounds.untrusted);
    if (!tool) {
        const why = options.bin
            ? `--kustomize-bin ${options.bin} is not an executable file`
            : 'neither kustomize nor kubectl was found on PATH outside the linted repositories (install one, or pass --kustomize-bin)';
        return { error: { file: shown, message: `cannot build the kustomization: ${why}` } };
    }
    const refused = refusedRead(dir, { root: bounds.root, allowRemote: options.allowRemote === true });
    if (refused)
        return { error: { file: shownPath(refused.file, cwd), message: `not built: ${refused.message}` } };
    const wrapper = mkdtempSync(join(tmpdir(), 'kubeready-kustomize-'));
    const target = relative(wrapper, dir).split(sep).join('/');
    try {
        writeFileSync(join(wrapper, 'kustomization.yaml'), `apiVersion: kustomize.config.k8s.io/v1beta1\nkind: Kustomization\nresources:\n  - ${JSON.stringify(target)}\nbuildMetadata: [originAnnotations]\n`);
        // Files outside the kustomization's own folder (a sibling base's patch) are allowed: refusedRead has
        // held every file the build reads to the repository.
        const args = [...tool.command, '--load-restrictor=LoadRestrictionsNone', '--', wrapper];
        const result = await runTool(tool.bin, args, cwd, { ...bounds.limits, network: options.allowRemote === true });
        if (result.stopped)
            return { error: { file: shown, message: `${tool.name} ${result.stderr}` } };
        if (!result.ok) {
            return { error: { file: shown, message: `${tool.name} failed: ${innermostCause(result.stderr, cwd)}` } };
        }
        const parsed = parseSource(shown, result.stdout);
        attachKustomizeOrigins(parsed, wrapper, dir, cwd, bounds.root);
        return { parsed };
    }
    finally {
        rmSync(wrapper, { recursive: true, force: true });
    }
}
/**
 * Kustomize nests each failure in the ones around it ("accumulation err='... err='...'"); the
 * innermost resource and reason is what a person fixes. Absolute paths are shown relative.
 */
function innermostCause(stderr, cwd) {
    const message = stderr.split('\n').map((line) => line.trim()).filter(Boolean).join(' ').replace(/^error:\s*/, '');
    const resource = [...message.matchAll(/accumulating resources from '([^']+)'/g)].at(-1)?.[1];
    const tail = message.split(/'\s?: /).at(-1)?.replace(/'$/, '') ?? message;
    const reason = resource && !tail.includes(resource) ? `${resource}: ${tail}` : tail;
    return shorten(reason.split(`${cwd}${sep}`).join(''));
}
/** The bounds of a kustomization built on its own (the programmatic API): its repository, default limits. */
function boundsFor(dir, cwd) {
    const root = repositoryRoot(dir, cwd);
    return { root, untrusted: [root], limits: defaultToolLimits };
}
function chooseTool(bin, cwd, untrusted) {
    const as = (path) => basename(path).startsWith('kubectl')
        ? { bin: path, command: ['kustomize'], name: 'kubectl kustomize' }
        : { bin: path, command: ['build'], name: 'kustomize build' };
    if (bin) {
        const found = findExecutable(bin, cwd);
        return found ? as(found) : undefined;
    }
    const found = findExecutable('kustomize', cwd, untrusted) ?? findExecutable('kubectl', cwd, untrusted);
    return found ? as(found) : undefined;
}
function attachKustomizeOrigins(parsed, wrapper, dir, cwd, root) {
    const sources = new Map();
    const fallback = kustomizationFile(dir) ?? dir;
    for (const entry of parsed.objects) {
        const origin = takeOriginAnnotation(entry);
        // Remote resources (repo) and generated ones (configuredIn) have no document of their own here.
        const path = origin && !origin.repo ? (origin.path ?? origin.configuredIn) : undefined;
        // The annotation is text an input could have written: it may only name a file of the repository.
        const named = path === undefined ? undefined : resolve(wrapper, path);
        const file = named !== undefined && escapeFrom(named, root) === undefined ? named : fallback;
        const source = origin?.path && !origin.repo && file === named ? sourceFile(sources, file, cwd) : undefined;
        entry.origin = { via: 'kustomize', file: relative(cwd, file), source: source && findDefinition(source, entry) };
    }
}
function takeOriginAnnotation(entry) {
    const annotations = entry.object.metadata?.annotations;
    if (!isRecord(annotations) || typeof annotations[originAnnotation] !== 'string')
        return undefined;
    const value = parse(annotations[originAnnotation], { logLevel: 'silent' });
    Reflect.deleteProperty(annotations, originAnnotation);
    if (Object.keys(annotations).length === 0 && entry.object.metadata)
        delete entry.object.metadata.annotations;
    if (!isRecord(value))
        return undefined;
    const text = (key) => (typeof value[key] === 'string' ? value[key] : undefined);
    return { path: text('path'), configuredIn: text('configuredIn'), repo: text('repo') };
}
function sourceFile(cache, file, cwd) {
    if (!cache.has(file)) {
        try {
            cache.set(file, parseSource(relative(cwd, file), readFileSync(file, 'utf8')));
        }
        catch {
            cache.set(file, undefined);
        }
    }
    return cache.get(file);
}
/**
 * The document in the source file that defined a built object. Kustomize may have renamed it
 * (namePrefix, nameSuffix, generator hashes) and moved it (namespace), so kind decides first, then
 * the name the built one contains.
 */
function findDefinition(source, built) {
    const sameKind = source.objects.filter((candidate) => candidate.object.kind === built.object.kind && apiGroupOf(candidate.object.apiVersion) === apiGroupOf(built.object.apiVersion));
    const builtName = String(built.object.metadata?.name ?? '');
    const nameOf = (candidate) => String(candidate.object.metadata?.name ?? '');
    const match = sameKind.find((candidate) => nameOf(candidate) === builtName) ??
        sameKind.filter((candidate) => nameOf(candidate) !== '' && builtName.includes(nameOf(candidate))).sort((a, b) => nameOf(b).length - nameOf(a).length)[0] ??
        (sameKind.length === 1 ? sameKind[0] : undefined);
    return match && { positions: match.positions, lineStarts: match.source.lineStarts, basePath: match.basePath };
}
