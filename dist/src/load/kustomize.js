import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { basename, join, relative, resolve, sep } from 'node:path';
import { apiGroupOf, isParsedWithoutNulls, isRecord, markParsedWithoutNulls } from '../model/kinds.js';
import { escapeFrom, repositoryRoot, shownPath } from './confine.js';
import { configDocuments, kustomizeReads } from './kustomize-reads.js';
import { parseSource } from './parse.js';
import { memoizedRun, outputKey, renderKey, toolIdentity } from './render-cache.js';
import { defaultToolLimits, findExecutable, runTool, shorten } from './tools.js';
import { kustomizationFile } from './walk.js';
const originAnnotation = 'config.kubernetes.io/origin';
/**
 * Builds a Kustomize target and parses the output, each object remembering the base or overlay file
 * that defined it. The build goes through a temporary wrapper kustomization that asks for origin
 * annotations, so the user's files are never edited; the annotations are removed before checks run.
 */
export async function buildKustomization(dir, cwd, options = {}, bounds = boundsFor(dir, cwd), reuse) {
    const shown = relative(cwd, dir) || '.';
    const tool = chooseTool(options.bin, cwd, bounds.untrusted);
    if (!tool) {
        const why = options.bin
            ? `--kustomize-bin ${options.bin} is not an executable file`
            : 'neither kustomize nor kubectl was found on PATH outside the linted repositories (install one, or pass --kustomize-bin)';
        return { error: { file: shown, message: `cannot build the kustomization: ${why}` } };
    }
    const reads = kustomizeReads(dir, { root: bounds.root, allowRemote: options.allowRemote === true });
    if (reads.refusal)
        return { error: { file: shownPath(reads.refusal.file, cwd), message: `not built: ${reads.refusal.message}` } };
    // Files outside the kustomization's own folder (a sibling base's patch) are allowed: kustomizeReads has
    // held every file the build reads to the repository.
    const flags = [...tool.command, '--load-restrictor=LoadRestrictionsNone', '--'];
    // What a remote resource holds can change while nothing here does: such builds are not kept.
    const identity = reuse && !options.allowRemote ? await toolIdentity(reuse, tool.bin, tool.version, cwd, bounds.limits) : undefined;
    const key = identity === undefined ? undefined : renderKey(identity, [...flags, resolve(cwd, dir)], reads, bounds.root);
    const result = await memoizedRun(reuse?.memo, key, reuse?.counts, async () => {
        const wrapper = mkdtempSync(join(tmpdir(), 'kubeready-kustomize-'));
        const target = relative(wrapper, dir).split(sep).join('/');
        try {
            writeFileSync(join(wrapper, 'kustomization.yaml'), `apiVersion: kustomize.config.k8s.io/v1beta1\nkind: Kustomization\nresources:\n  - ${JSON.stringify(target)}\nbuildMetadata: [originAnnotations]\n`);
            return { ...(await runTool(tool.bin, [...flags, wrapper], cwd, { ...bounds.limits, network: options.allowRemote === true })), wrapper };
        }
        finally {
            rmSync(wrapper, { recursive: true, force: true });
        }
    });
    if (result.stopped)
        return { error: { file: shown, message: `${tool.name} ${result.stderr}` } };
    if (!result.ok) {
        return { error: { file: shown, message: `${tool.name} failed: ${innermostCause(result.stderr, cwd)}` } };
    }
    const parse = reuse?.parse ?? parseSource;
    const parsed = parse(shown, result.stdout);
    attachKustomizeOrigins(parsed, result.wrapper ?? dir, dir, cwd, bounds.root, parse, new Set(reads.files));
    return { parsed, ...(key !== undefined && { reuseKey: outputKey(key, result.stdout) }) };
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
        ? { bin: path, command: ['kustomize'], name: 'kubectl kustomize', version: ['version', '--client'] }
        : { bin: path, command: ['build'], name: 'kustomize build', version: ['version'] };
    if (bin) {
        const found = findExecutable(bin, cwd);
        return found ? as(found) : undefined;
    }
    const found = findExecutable('kustomize', cwd, untrusted) ?? findExecutable('kubectl', cwd, untrusted);
    return found ? as(found) : undefined;
}
/** `read`: files kustomizeReads held to the repository, which need no second look. */
function attachKustomizeOrigins(parsed, wrapper, dir, cwd, root, parse, read) {
    const sources = new Map();
    const fallback = kustomizationFile(dir) ?? dir;
    // The objects of one file share their annotation, and so the file it names.
    const annotations = new Map();
    const allowed = new Map();
    for (const entry of parsed.objects) {
        const origin = takeOriginAnnotation(entry, annotations);
        // Remote resources (repo) and generated ones (configuredIn) have no document of their own here.
        const path = origin && !origin.repo ? (origin.path ?? origin.configuredIn) : undefined;
        // The annotation is text an input could have written: it may only name a file of the repository.
        const named = path === undefined ? undefined : resolve(wrapper, path);
        if (named !== undefined && !allowed.has(named))
            allowed.set(named, read.has(named) || escapeFrom(named, root) === undefined);
        const file = named !== undefined && allowed.get(named) ? named : fallback;
        const source = origin?.path && !origin.repo && file === named ? sourceFile(sources, file, cwd, parse) : undefined;
        entry.origin = { via: 'kustomize', file: relative(cwd, file), source: source && findDefinition(source, entry) };
    }
}
/**
 * Reads the origin annotation and gives the entry a copy of its object without it; the object parsed is
 * left as kustomize wrote it (the parse cache may hold it).
 */
function takeOriginAnnotation(entry, parsedValues) {
    const { metadata } = entry.object;
    const annotations = metadata?.annotations;
    if (!metadata || !isRecord(annotations) || typeof annotations[originAnnotation] !== 'string')
        return undefined;
    const written = annotations[originAnnotation];
    const value = parsedValues.has(written) ? parsedValues.get(written) : configDocuments(written)?.[0];
    parsedValues.set(written, value);
    const kept = Object.entries(annotations).filter(([key]) => key !== originAnnotation);
    const fields = Object.entries(metadata).flatMap(([key, field]) => (key !== 'annotations' ? [[key, field]] : kept.length > 0 ? [[key, Object.fromEntries(kept)]] : []));
    const object = { ...entry.object, metadata: Object.fromEntries(fields) };
    if (isParsedWithoutNulls(entry.object))
        markParsedWithoutNulls(object);
    entry.object = object;
    if (!isRecord(value))
        return undefined;
    const text = (key) => (typeof value[key] === 'string' ? value[key] : undefined);
    return { path: text('path'), configuredIn: text('configuredIn'), repo: text('repo') };
}
function sourceFile(cache, file, cwd, parse) {
    if (!cache.has(file)) {
        try {
            cache.set(file, parse(relative(cwd, file), readFileSync(file, 'utf8')));
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
    return (match && {
        positions: match.positions,
        lineStarts: match.source.lineStarts,
        basePath: match.basePath,
        definition: { object: match.object, documentIndex: match.documentIndex, text: match.source.text },
    });
}
