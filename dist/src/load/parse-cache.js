import { createHash, createHmac, timingSafeEqual } from 'node:crypto';
import { mkdirSync, readFileSync, readdirSync, renameSync, rmSync, writeFileSync } from 'node:fs';
import { endianness } from 'node:os';
import { dirname, join } from 'node:path';
import { bundledSchemaFiles } from './bundled-schemas.js';
import { fileNameOf, isDockerfilePath } from '../model/dockerfile.js';
import { asStoredRender } from './render-cache.js';
import { isJsonFile, normalizeLineBreaks, sourceOf } from './parse.js';
/** Entries not used for this many saves are dropped: edited files leave their old contents behind. */
const keepUnusedSaves = 10;
const magic = 'kubeready parse cache\n';
const formatVersion = 4;
/** Verdicts kept per object: one per target release and set of definitions, the latest few. */
const verdictsPerObject = 4;
/** Evaluations kept per object: one per configuration of the checks, the latest two. */
const evaluationsPerObject = 2;
/**
 * The cache file at `file`, for the kubeready build named `build`; `key` signs it (loadCacheKey): a file
 * whose MAC another key made is rejected.
 */
export function openParseCache(file, build, key) {
    const loaded = readCache(file, build, key);
    const { entries, scopes, renders } = loaded;
    const keyOfSource = new WeakMap();
    const used = new Set();
    /** Entries handed out in this run: a second file with the same text gets copies of the objects. */
    const handedOut = new Set();
    let changed = false;
    const stats = { hits: 0, misses: 0, loaded: loaded.state };
    const storedOf = new WeakMap();
    const identities = new WeakMap();
    const track = (parsed, entry, key) => {
        keyOfSource.set(parsed, key);
        parsed.objects.forEach((source, i) => {
            const stored = entry.objects[i];
            if (!stored)
                return;
            storedOf.set(source.object, stored);
            identities.set(source.object, `${key}#${i}`);
        });
    };
    const borrowedKey = (objects) => {
        const names = [];
        for (const { object } of objects) {
            const identity = identities.get(object);
            if (identity === undefined)
                return undefined;
            names.push(identity);
        }
        return names.join(' ');
    };
    /** Keeps `value` under `context` in slot 5 or 6 of an object, with the latest others. */
    const keep = (slot, limit, object, context, value) => {
        const stored = storedOf.get(object);
        if (!stored)
            return;
        const kept = Object.entries(stored[slot] ?? {}).filter(([other]) => other !== context).slice(-(limit - 1));
        stored[slot] = Object.fromEntries([...kept, [context, value]]);
        changed = true;
    };
    return {
        stats,
        verdicts: {
            get: (object, context) => storedOf.get(object)?.[5]?.[context],
            all: (object) => storedOf.get(object)?.[5],
            put: (object, context, verdict) => keep(5, verdictsPerObject, object, context, verdict),
        },
        evaluations: {
            get: (object, context) => storedOf.get(object)?.[6]?.[context],
            all: (object) => storedOf.get(object)?.[6],
            put: (object, context, evaluation) => keep(6, evaluationsPerObject, object, context, evaluation),
        },
        lookup(shown, text, carried) {
            const key = keyOf(shown, text);
            const entry = entries.get(key);
            if (!entry) {
                stats.misses++;
                return undefined;
            }
            used.add(key);
            stats.hits++;
            const again = handedOut.has(key);
            handedOut.add(key);
            const parsed = restore(entry, shown, text, carried, again);
            track(parsed, entry, key);
            return parsed;
        },
        store(text, parsed, carried) {
            const key = keyOf(parsed.source.file, text);
            const entry = capture(parsed, carried.length);
            if (!entry)
                return;
            entries.set(key, entry);
            used.add(key);
            handedOut.add(key);
            track(parsed, entry, key);
            changed = true;
        },
        identityOf: (object) => (typeof object === 'object' && object !== null ? identities.get(object) : undefined),
        scopeFingerprint(sources, salt) {
            const hash = createHash('sha256').update(salt);
            for (const source of sources) {
                // Objects another unit lends (a copy of its file with some of them): named one by one.
                const key = source.borrowed ? borrowedKey(source.objects) : keyOfSource.get(source);
                if (key === undefined)
                    return undefined;
                // The problems too: a byte that is not UTF-8 and a U+FFFD written out decode to the same text.
                hash.update('\0').update(source.source.file).update('\0').update(key).update(JSON.stringify(source.problems));
                for (const { origin } of source.objects) {
                    if (!origin)
                        continue;
                    if (origin.via !== 'helm')
                        return undefined;
                    hash.update('\0').update(JSON.stringify(origin));
                }
            }
            return hash.digest('base64url');
        },
        scopes: {
            get(fingerprint) {
                const scope = scopes.get(fingerprint);
                if (scope)
                    scope.save = loaded.save + 1;
                return scope?.result;
            },
            put(fingerprint, result) {
                scopes.set(fingerprint, { save: loaded.save + 1, result });
                changed = true;
            },
        },
        renders: {
            get(key) {
                const kept = renders.get(key);
                if (kept)
                    kept.save = loaded.save + 1;
                return kept && asStoredRender(kept.render);
            },
            put(key, render) {
                renders.set(key, { save: loaded.save + 1, render });
                changed = true;
            },
        },
        save() {
            const save = loaded.save + 1;
            for (const [key, kept] of renders) {
                if (save - kept.save > keepUnusedSaves) {
                    renders.delete(key);
                    changed = true;
                }
            }
            for (const [key, entry] of entries) {
                if (used.has(key))
                    entry.save = save;
                else if (save - entry.save > keepUnusedSaves) {
                    entries.delete(key);
                    changed = true;
                }
            }
            // A run has a scope per folder and per render: each is kept while runs use it, as the parses are.
            for (const [fingerprint, scope] of scopes) {
                if (save - scope.save > keepUnusedSaves) {
                    scopes.delete(fingerprint);
                    changed = true;
                }
            }
            if (!changed)
                return { written: false };
            try {
                writeCache(file, build, key, save, entries, scopes, renders);
                changed = false;
                return { written: true };
            }
            catch (error) {
                return { written: false, error: error instanceof Error ? error.message : String(error) };
            }
        },
    };
}
/** Names the build: a cache written by another version of kubeready, its parser or yaml is not used. */
export function cacheBuildId(version, parts) {
    const hash = createHash('sha256').update(`${formatVersion}\0${version}`);
    for (const part of parts)
        hash.update('\0').update(part);
    return hash.digest('hex').slice(0, 32);
}
/**
 * Names what decides what the checks say besides the objects: the code of the checks, which checks
 * run with which severity and options, and the run settings. (The schema set adds its own context per
 * object: the release, and the definitions for a custom resource.)
 */
export function evaluationKey(checks, settings) {
    const configured = checks.map(({ check, severity, options }) => [check.meta.id, severity ?? null, options ?? null]);
    const hash = createHash('sha256').update(checksBuildId()).update(JSON.stringify([configured, settings]));
    return hash.digest('base64url').slice(0, 22);
}
let checksBuild;
/** The code of the checks and of the model and engine they run on: another build's evaluations are not used. */
function checksBuildId() {
    if (checksBuild !== undefined)
        return checksBuild;
    const hash = createHash('sha256');
    for (const folder of ['../../checks/', '../model/', '../engine/']) {
        const url = new URL(folder, import.meta.url);
        let names;
        try {
            names = readdirSync(url).filter((name) => /\.(?:js|ts)$/.test(name) && !name.endsWith('.d.ts')).sort();
        }
        catch {
            names = [];
        }
        for (const name of names)
            hash.update(name).update('\0').update(readIfPresent(new URL(name, url)) ?? '').update('\0');
    }
    hash.update(readIfPresent(new URL('./build-id', import.meta.url)) ?? '');
    return (checksBuild = hash.digest('base64url'));
}
function keyOf(file, text) {
    // A .json file is held to JSON's grammar first, so the same text parses differently there; a Dockerfile
    // is another language, and its object is named by the file's name.
    const kind = isJsonFile(file) ? ':json' : isDockerfilePath(file) ? `:dockerfile:${fileNameOf(file)}` : '';
    return `${createHash('sha256').update(text).digest('base64url')}${kind}`;
}
function capture(parsed, carried) {
    const first = parsed.objects[0];
    const table = first?.positions.table ?? { nodes: new Int32Array(0), keys: [] };
    const objects = [];
    for (const entry of parsed.objects) {
        // JSON has no NaN or infinity (`.nan`, `.inf`): such a file is parsed again each time.
        if (entry.positions.table !== table || !jsonSafe(entry.object))
            return undefined;
        objects.push([entry.documentIndex, entry.positions.root, entry.basePath, entry.sourceComment ?? null, entry.object]);
    }
    return { save: 0, problems: parsed.problems.slice(carried), lineStarts: Int32Array.from(parsed.source.lineStarts), table, objects };
}
function restore(entry, file, text, carried, copy) {
    const source = sourceOf(file, isJsonFile(file) ? text : normalizeLineBreaks(text), entry.lineStarts);
    const objects = entry.objects.map(([documentIndex, root, basePath, sourceComment, object]) => {
        const positions = { table: entry.table, root };
        // Objects are told apart by identity (the index, schema verdicts): two files never share one.
        return { object: copy ? structuredClone(object) : object, source, positions, documentIndex, basePath, ...(sourceComment !== null && { sourceComment }) };
    });
    return { source, objects, problems: [...carried, ...entry.problems] };
}
function jsonSafe(value) {
    if (typeof value === 'number')
        return Number.isFinite(value);
    if (Array.isArray(value))
        return value.every(jsonSafe);
    if (typeof value === 'object' && value !== null) {
        for (const key in value)
            if (!jsonSafe(value[key]))
                return false;
    }
    return true;
}
function readCache(file, build, key) {
    let bytes;
    try {
        bytes = readFileSync(file);
    }
    catch {
        return { entries: new Map(), scopes: new Map(), renders: new Map(), save: 0, state: 'fresh' };
    }
    try {
        return { ...decode(bytes, build, key), state: 'read' };
    }
    catch {
        return { entries: new Map(), scopes: new Map(), renders: new Map(), save: 0, state: 'rejected' };
    }
}
function decode(bytes, build, key) {
    if (bytes.toString('latin1', 0, magic.length) !== magic)
        throw new Error('not a cache');
    const headerEnd = bytes.indexOf(10, magic.length);
    const header = JSON.parse(bytes.toString('utf8', magic.length, headerEnd));
    const bodyStart = headerEnd + 1;
    if (header.format !== formatVersion || header.build !== build || header.endianness !== endianness())
        throw new Error('another build');
    const binaryStart = bodyStart + header.jsonBytes;
    if (bytes.length !== binaryStart + header.binaryBytes || header.binaryBytes % 4 !== 0)
        throw new Error('truncated');
    // Nothing of the body is read before its MAC is known to be this user's.
    const expected = macOf(key, header, bytes.subarray(bodyStart));
    const given = Buffer.from(typeof header.mac === 'string' ? header.mac : '', 'hex');
    if (given.length !== expected.length || !timingSafeEqual(given, expected))
        throw new Error('not signed with this user\'s key');
    const body = JSON.parse(bytes.toString('latin1', bodyStart, bodyStart + header.jsonBytes));
    // A copy: the numbers must start at an offset divisible by 4.
    const binary = new Int32Array(Uint8Array.prototype.slice.call(bytes, binaryStart).buffer);
    const entries = new Map();
    for (const [key, entry] of Object.entries(body.entries)) {
        const lineStarts = binary.slice(entry.lineStarts[0], entry.lineStarts[0] + entry.lineStarts[1]);
        const nodes = binary.slice(entry.nodes[0], entry.nodes[0] + entry.nodes[1]);
        entries.set(key, { save: entry.save, problems: entry.problems, lineStarts, table: { nodes, keys: entry.keys }, objects: entry.objects });
    }
    return { entries, scopes: new Map(Object.entries(body.scopes)), renders: new Map(Object.entries(body.renders)), save: header.save };
}
function writeCache(file, build, key, save, entries, scopes, renders) {
    const stored = {};
    const parts = [];
    let offset = 0;
    const place = (numbers) => {
        parts.push(numbers);
        const at = [offset, numbers.length];
        offset += numbers.length;
        return at;
    };
    for (const [key, entry] of entries) {
        stored[key] = {
            save: entry.save,
            problems: entry.problems,
            lineStarts: place(entry.lineStarts),
            nodes: place(entry.table.nodes instanceof Int32Array ? entry.table.nodes : Int32Array.from(entry.table.nodes)),
            keys: [...entry.table.keys],
            objects: entry.objects,
        };
    }
    const body = { entries: stored, scopes: Object.fromEntries(scopes), renders: Object.fromEntries(renders) };
    // ASCII only: a few non-ASCII characters would make decoding and parsing the whole body several times slower.
    const json = Buffer.from(JSON.stringify(body).replace(/[\u0080-\uffff]/g, (character) => `\\u${character.charCodeAt(0).toString(16).padStart(4, '0')}`), 'latin1');
    const binary = Buffer.alloc(offset * 4);
    let at = 0;
    for (const part of parts) {
        binary.set(new Uint8Array(part.buffer, part.byteOffset, part.byteLength), at);
        at += part.byteLength;
    }
    const unsigned = { format: formatVersion, build, endianness: endianness(), save, jsonBytes: json.length, binaryBytes: binary.length };
    const header = { ...unsigned, mac: macOf(key, unsigned, json, binary).toString('hex') };
    mkdirSync(dirname(file), { recursive: true });
    const temporary = join(dirname(file), `.${process.pid}.${Date.now()}.tmp`);
    try {
        writeFileSync(temporary, Buffer.concat([Buffer.from(`${magic}${JSON.stringify(header)}\n`, 'utf8'), json, binary]));
        renameSync(temporary, file); // atomic: a reader sees the old cache or the new one, never half of one
    }
    catch (error) {
        rmSync(temporary, { force: true });
        throw error;
    }
}
/** The MAC of a cache file: every field of its header but the MAC itself, then its body (JSON, then binary). */
function macOf(key, header, ...body) {
    const { format, build, endianness: order, save, jsonBytes, binaryBytes } = header;
    const hmac = createHmac('sha256', key).update(JSON.stringify([format, build, order, save, jsonBytes, binaryBytes])).update('\n');
    for (const part of body)
        hmac.update(part);
    return hmac.digest();
}
/**
 * The build id of this kubeready: its version, the yaml package's, the bundled schemas and the code of
 * the modules that decide what a parse or a schema verdict is, so that a changed parser or validator
 * never reads an older one's cache.
 */
export function thisBuildId() {
    const parts = [];
    for (const candidate of ['../../../package.json', '../../package.json']) {
        const text = readIfPresent(new URL(candidate, import.meta.url));
        if (text?.includes('"name": "kubeready"'))
            parts.push(text);
    }
    try {
        const yamlManifest = readIfPresent(new URL(import.meta.resolve('yaml/package.json')));
        if (yamlManifest)
            parts.push(yamlManifest);
    }
    catch {
        // no manifest to read: the version of kubeready still names the build
    }
    const modules = ['parse', 'positions', 'read', 'parse-cache', 'render-cache', '../model/schema-set', '../model/structural-validation', '../model/crd-schema', '../model/placeholder', '../model/sops', '../model/kinds', '../model/built-in-kinds'];
    for (const module of modules) {
        const code = readIfPresent(new URL(`./${module}.js`, import.meta.url)) ?? readIfPresent(new URL(`./${module}.ts`, import.meta.url));
        if (code)
            parts.push(code);
    }
    for (const file of bundledSchemaFiles())
        parts.push(readIfPresent(file) ?? '');
    // Run from dist/bundle (scripts/bundle.ts), the modules above are not files: the bundle names its code.
    const bundle = readIfPresent(new URL('./build-id', import.meta.url));
    if (bundle)
        parts.push(bundle);
    return cacheBuildId('', parts);
}
function readIfPresent(file) {
    try {
        return readFileSync(file);
    }
    catch {
        return undefined;
    }
}
