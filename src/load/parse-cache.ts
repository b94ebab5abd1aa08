import { createHash, createHmac, timingSafeEqual } from 'node:crypto';
import { mkdirSync, readFileSync, readdirSync, renameSync, rmSync, writeFileSync } from 'node:fs';
import { endianness } from 'node:os';
import { dirname, join } from 'node:path';
import type { RunSettings } from '../engine/check.js';
import type { ConfiguredCheck } from '../engine/config.js';
import type { DocumentPositions, PositionTable } from '../engine/locate.js';
import type { Finding, RunError } from '../engine/finding.js';
import type { EvaluationMemo, StoredEvaluation } from '../engine/run.js';
import type { KubeObject, Path } from '../model/kinds.js';
import type { SchemaVerdict, VerdictMemo } from '../model/schema-validation.js';
import { bundledSchemaFiles } from './bundled-schemas.js';
import { fileNameOf, isDockerfilePath } from '../model/dockerfile.js';
import { type RenderMemo, type StoredRender, asStoredRender } from './render-cache.js';
import { type ParseProblem, type ParsedSource, type SourceObject, isJsonFile, normalizeLineBreaks, sourceOf } from './parse.js';

/**
 * What `--cache` keeps: for each file content already parsed, its objects and position table, so that
 * an unchanged file is never parsed twice. Entries are keyed by a hash of the text; the whole cache
 * belongs to one build of kubeready (its version and the code of its parser) and is dropped when
 * another build opens it. The file carries a MAC made with the user's cache key (see cache-key.ts): a
 * truncated or altered cache, or one written without that key (a cache committed to a repository, copied
 * from another machine or user), is ignored and rebuilt, never trusted. Helm renders and Kustomize
 * builds are kept in it too, under keys that name everything they read (render-cache.ts).
 */
export interface ParseCache {
  /** The cached parse of a text, or undefined. `carried` are the problems found while reading it. */
  lookup(file: string, text: string, carried: readonly ParseProblem[]): ParsedSource | undefined;
  /** Keeps a fresh parse of a text for the next runs. */
  store(text: string, parsed: ParsedSource, carried: readonly ParseProblem[]): void;
  /** Schema verdicts of the objects this cache handed out or stored, kept with their files. */
  readonly verdicts: VerdictMemo;
  /** What the object checks said of those objects, kept likewise. */
  readonly evaluations: EvaluationMemo;
  /** Names an object this cache handed out or stored by its file's content and its place there. */
  identityOf(object: unknown): string | undefined;
  /**
   * Names a scope by its files' names and contents, in order, the Helm templates its findings are
   * placed in, and `salt` (what else decides its result); undefined when one of its sources did not
   * come from or go into this cache (stdin, a render).
   */
  scopeFingerprint(sources: readonly ParsedSource[], salt: string): string | undefined;
  /** What the checks found in a scope, by the scope's fingerprint. */
  readonly scopes: {
    get(fingerprint: string): ScopeResult | undefined;
    put(fingerprint: string, result: ScopeResult): void;
  };
  /** Helm renders and Kustomize builds, by the key of everything they read and ran with (render-cache.ts). */
  readonly renders: RenderMemo;
  /** Writes the cache when this run changed it; the reason when it could not be written. */
  save(): { written: boolean; error?: string };
  readonly stats: { hits: number; misses: number; loaded: 'fresh' | 'read' | 'rejected' };
}

/** Entries not used for this many saves are dropped: edited files leave their old contents behind. */
const keepUnusedSaves = 10;
const magic = 'kubeready parse cache\n';
const formatVersion = 4;

interface Header {
  format: number;
  build: string;
  endianness: string;
  save: number;
  jsonBytes: number;
  binaryBytes: number;
  /** HMAC-SHA256, under the user's cache key, of the other fields and the body. */
  mac: string;
}

/** One cached file content. Offsets and lengths count int32 numbers of the binary part. */
interface StoredEntry {
  save: number;
  problems: ParseProblem[];
  lineStarts: [offset: number, length: number];
  nodes: [offset: number, length: number];
  keys: string[];
  objects: StoredObject[];
}

type StoredObject = [
  documentIndex: number,
  root: number,
  basePath: Path,
  sourceComment: string | null,
  object: KubeObject,
  verdicts?: Record<string, SchemaVerdict>,
  evaluations?: Record<string, StoredEvaluation>,
];

/** Verdicts kept per object: one per target release and set of definitions, the latest few. */
const verdictsPerObject = 4;
/** Evaluations kept per object: one per configuration of the checks, the latest two. */
const evaluationsPerObject = 2;

/** What the checks found in one scope; findings without their risk and mitigation, which the checks' metadata gives. */
export interface ScopeResult {
  findings: Omit<Finding, 'risk' | 'mitigation'>[];
  suppressed: Omit<Finding, 'risk' | 'mitigation'>[];
  errors: RunError[];
}

interface StoredScope {
  save: number;
  result: ScopeResult;
}

interface KeptRender {
  save: number;
  render: StoredRender;
}

interface CacheBody {
  entries: Record<string, StoredEntry>;
  scopes: Record<string, StoredScope>;
  renders: Record<string, KeptRender>;
}

interface LiveEntry {
  save: number;
  problems: ParseProblem[];
  lineStarts: Int32Array;
  table: PositionTable;
  objects: StoredObject[];
}

/**
 * The cache file at `file`, for the kubeready build named `build`; `key` signs it (loadCacheKey): a file
 * whose MAC another key made is rejected.
 */
export function openParseCache(file: string, build: string, key: Uint8Array): ParseCache {
  const loaded = readCache(file, build, key);
  const { entries, scopes, renders } = loaded;
  const keyOfSource = new WeakMap<ParsedSource, string>();
  const used = new Set<string>();
  /** Entries handed out in this run: a second file with the same text gets copies of the objects. */
  const handedOut = new Set<string>();
  let changed = false;
  const stats = { hits: 0, misses: 0, loaded: loaded.state };
  const storedOf = new WeakMap<KubeObject, StoredObject>();
  const identities = new WeakMap<object, string>();
  const track = (parsed: ParsedSource, entry: LiveEntry, key: string) => {
    keyOfSource.set(parsed, key);
    parsed.objects.forEach((source, i) => {
      const stored = entry.objects[i];
      if (!stored) return;
      storedOf.set(source.object, stored);
      identities.set(source.object, `${key}#${i}`);
    });
  };
  const borrowedKey = (objects: readonly SourceObject[]): string | undefined => {
    const names: string[] = [];
    for (const { object } of objects) {
      const identity = identities.get(object);
      if (identity === undefined) return undefined;
      names.push(identity);
    }
    return names.join(' ');
  };
  /** Keeps `value` under `context` in slot 5 or 6 of an object, with the latest others. */
  const keep = <T>(slot: 5 | 6, limit: number, object: KubeObject, context: string, value: T) => {
    const stored = storedOf.get(object);
    if (!stored) return;
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
      if (!entry) return;
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
        if (key === undefined) return undefined;
        // The problems too: a byte that is not UTF-8 and a U+FFFD written out decode to the same text.
        hash.update('\0').update(source.source.file).update('\0').update(key).update(JSON.stringify(source.problems));
        for (const { origin } of source.objects) {
          if (!origin) continue;
          if (origin.via !== 'helm') return undefined;
          hash.update('\0').update(JSON.stringify(origin));
        }
      }
      return hash.digest('base64url');
    },
    scopes: {
      get(fingerprint) {
        const scope = scopes.get(fingerprint);
        if (scope) scope.save = loaded.save + 1;
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
        if (kept) kept.save = loaded.save + 1;
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
        if (used.has(key)) entry.save = save;
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
      if (!changed) return { written: false };
      try {
        writeCache(file, build, key, save, entries, scopes, renders);
        changed = false;
        return { written: true };
      } catch (error) {
        return { written: false, error: error instanceof Error ? error.message : String(error) };
      }
    },
  };
}

/** Names the build: a cache written by another version of kubeready, its parser or yaml is not used. */
export function cacheBuildId(version: string, parts: readonly (string | Uint8Array)[]): string {
  const hash = createHash('sha256').update(`${formatVersion}\0${version}`);
  for (const part of parts) hash.update('\0').update(part);
  return hash.digest('hex').slice(0, 32);
}

/**
 * Names what decides what the checks say besides the objects: the code of the checks, which checks
 * run with which severity and options, and the run settings. (The schema set adds its own context per
 * object: the release, and the definitions for a custom resource.)
 */
export function evaluationKey(checks: readonly ConfiguredCheck[], settings: RunSettings): string {
  const configured = checks.map(({ check, severity, options }) => [check.meta.id, severity ?? null, options ?? null]);
  const hash = createHash('sha256').update(checksBuildId()).update(JSON.stringify([configured, settings]));
  return hash.digest('base64url').slice(0, 22);
}

let checksBuild: string | undefined;

/** The code of the checks and of the model and engine they run on: another build's evaluations are not used. */
function checksBuildId(): string {
  if (checksBuild !== undefined) return checksBuild;
  const hash = createHash('sha256');
  for (const folder of ['../../checks/', '../model/', '../engine/']) {
    const url = new URL(folder, import.meta.url);
    let names: string[];
    try {
      names = readdirSync(url).filter((name) => /\.(?:js|ts)$/.test(name) && !name.endsWith('.d.ts')).sort();
    } catch {
      names = [];
    }
    for (const name of names) hash.update(name).update('\0').update(readIfPresent(new URL(name, url)) ?? '').update('\0');
  }
  hash.update(readIfPresent(new URL('./build-id', import.meta.url)) ?? '');
  return (checksBuild = hash.digest('base64url'));
}

function keyOf(file: string, text: string): string {
  // A .json file is held to JSON's grammar first, so the same text parses differently there; a Dockerfile
  // is another language, and its object is named by the file's name.
  const kind = isJsonFile(file) ? ':json' : isDockerfilePath(file) ? `:dockerfile:${fileNameOf(file)}` : '';
  return `${createHash('sha256').update(text).digest('base64url')}${kind}`;
}

function capture(parsed: ParsedSource, carried: number): LiveEntry | undefined {
  const first = parsed.objects[0];
  const table = first?.positions.table ?? { nodes: new Int32Array(0), keys: [] };
  const objects: StoredObject[] = [];
  for (const entry of parsed.objects) {
    // JSON has no NaN or infinity (`.nan`, `.inf`): such a file is parsed again each time.
    if (entry.positions.table !== table || !jsonSafe(entry.object)) return undefined;
    objects.push([entry.documentIndex, entry.positions.root, entry.basePath, entry.sourceComment ?? null, entry.object]);
  }
  return { save: 0, problems: parsed.problems.slice(carried), lineStarts: Int32Array.from(parsed.source.lineStarts), table, objects };
}

function restore(entry: LiveEntry, file: string, text: string, carried: readonly ParseProblem[], copy: boolean): ParsedSource {
  const source = sourceOf(file, isJsonFile(file) ? text : normalizeLineBreaks(text), entry.lineStarts);
  const objects = entry.objects.map(([documentIndex, root, basePath, sourceComment, object]): SourceObject => {
    const positions: DocumentPositions = { table: entry.table, root };
    // Objects are told apart by identity (the index, schema verdicts): two files never share one.
    return { object: copy ? structuredClone(object) : object, source, positions, documentIndex, basePath, ...(sourceComment !== null && { sourceComment }) };
  });
  return { source, objects, problems: [...carried, ...entry.problems] };
}

function jsonSafe(value: unknown): boolean {
  if (typeof value === 'number') return Number.isFinite(value);
  if (Array.isArray(value)) return value.every(jsonSafe);
  if (typeof value === 'object' && value !== null) {
    for (const key in value) if (!jsonSafe((value as Record<string, unknown>)[key])) return false;
  }
  return true;
}

interface LoadedCache {
  entries: Map<string, LiveEntry>;
  scopes: Map<string, StoredScope>;
  renders: Map<string, KeptRender>;
  save: number;
}

function readCache(file: string, build: string, key: Uint8Array): LoadedCache & { state: 'fresh' | 'read' | 'rejected' } {
  let bytes: Buffer;
  try {
    bytes = readFileSync(file);
  } catch {
    return { entries: new Map(), scopes: new Map(), renders: new Map(), save: 0, state: 'fresh' };
  }
  try {
    return { ...decode(bytes, build, key), state: 'read' };
  } catch {
    return { entries: new Map(), scopes: new Map(), renders: new Map(), save: 0, state: 'rejected' };
  }
}

function decode(bytes: Buffer, build: string, key: Uint8Array): LoadedCache {
  if (bytes.toString('latin1', 0, magic.length) !== magic) throw new Error('not a cache');
  const headerEnd = bytes.indexOf(10, magic.length);
  const header = JSON.parse(bytes.toString('utf8', magic.length, headerEnd)) as Header;
  const bodyStart = headerEnd + 1;
  if (header.format !== formatVersion || header.build !== build || header.endianness !== endianness()) throw new Error('another build');
  const binaryStart = bodyStart + header.jsonBytes;
  if (bytes.length !== binaryStart + header.binaryBytes || header.binaryBytes % 4 !== 0) throw new Error('truncated');
  // Nothing of the body is read before its MAC is known to be this user's.
  const expected = macOf(key, header, bytes.subarray(bodyStart));
  const given = Buffer.from(typeof header.mac === 'string' ? header.mac : '', 'hex');
  if (given.length !== expected.length || !timingSafeEqual(given, expected)) throw new Error('not signed with this user\'s key');
  const body = JSON.parse(bytes.toString('latin1', bodyStart, bodyStart + header.jsonBytes)) as CacheBody;
  // A copy: the numbers must start at an offset divisible by 4.
  const binary = new Int32Array(Uint8Array.prototype.slice.call(bytes, binaryStart).buffer);
  const entries = new Map<string, LiveEntry>();
  for (const [key, entry] of Object.entries(body.entries)) {
    const lineStarts = binary.slice(entry.lineStarts[0], entry.lineStarts[0] + entry.lineStarts[1]);
    const nodes = binary.slice(entry.nodes[0], entry.nodes[0] + entry.nodes[1]);
    entries.set(key, { save: entry.save, problems: entry.problems, lineStarts, table: { nodes, keys: entry.keys }, objects: entry.objects });
  }
  return { entries, scopes: new Map(Object.entries(body.scopes)), renders: new Map(Object.entries(body.renders)), save: header.save };
}

function writeCache(
  file: string,
  build: string,
  key: Uint8Array,
  save: number,
  entries: ReadonlyMap<string, LiveEntry>,
  scopes: ReadonlyMap<string, StoredScope>,
  renders: ReadonlyMap<string, KeptRender>,
): void {
  const stored: Record<string, StoredEntry> = {};
  const parts: Int32Array[] = [];
  let offset = 0;
  const place = (numbers: Int32Array): [number, number] => {
    parts.push(numbers);
    const at: [number, number] = [offset, numbers.length];
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
  const body: CacheBody = { entries: stored, scopes: Object.fromEntries(scopes), renders: Object.fromEntries(renders) };
  // ASCII only: a few non-ASCII characters would make decoding and parsing the whole body several times slower.
  const json = Buffer.from(JSON.stringify(body).replace(/[\u0080-\uffff]/g, (character) => `\\u${character.charCodeAt(0).toString(16).padStart(4, '0')}`), 'latin1');
  const binary = Buffer.alloc(offset * 4);
  let at = 0;
  for (const part of parts) {
    binary.set(new Uint8Array(part.buffer, part.byteOffset, part.byteLength), at);
    at += part.byteLength;
  }
  const unsigned = { format: formatVersion, build, endianness: endianness(), save, jsonBytes: json.length, binaryBytes: binary.length };
  const header: Header = { ...unsigned, mac: macOf(key, unsigned, json, binary).toString('hex') };
  mkdirSync(dirname(file), { recursive: true });
  const temporary = join(dirname(file), `.${process.pid}.${Date.now()}.tmp`);
  try {
    writeFileSync(temporary, Buffer.concat([Buffer.from(`${magic}${JSON.stringify(header)}\n`, 'utf8'), json, binary]));
    renameSync(temporary, file); // atomic: a reader sees the old cache or the new one, never half of one
  } catch (error) {
    rmSync(temporary, { force: true });
    throw error;
  }
}

/** The MAC of a cache file: every field of its header but the MAC itself, then its body (JSON, then binary). */
function macOf(key: Uint8Array, header: Omit<Header, 'mac'>, ...body: Uint8Array[]): Buffer {
  const { format, build, endianness: order, save, jsonBytes, binaryBytes } = header;
  const hmac = createHmac('sha256', key).update(JSON.stringify([format, build, order, save, jsonBytes, binaryBytes])).update('\n');
  for (const part of body) hmac.update(part);
  return hmac.digest();
}

/**
 * The build id of this kubeready: its version, the yaml package's, the bundled schemas and the code of
 * the modules that decide what a parse or a schema verdict is, so that a changed parser or validator
 * never reads an older one's cache.
 */
export function thisBuildId(): string {
  const parts: (string | Uint8Array)[] = [];
  for (const candidate of ['../../../package.json', '../../package.json']) {
    const text = readIfPresent(new URL(candidate, import.meta.url));
    if (text?.includes('"name": "kubeready"')) parts.push(text);
  }
  try {
    const yamlManifest = readIfPresent(new URL(import.meta.resolve('yaml/package.json')));
    if (yamlManifest) parts.push(yamlManifest);
  } catch {
    // no manifest to read: the version of kubeready still names the build
  }
  const modules = ['parse', 'positions', 'read', 'parse-cache', 'render-cache', '../model/schema-set', '../model/structural-validation', '../model/crd-schema', '../model/placeholder', '../model/sops', '../model/kinds', '../model/built-in-kinds'];
  for (const module of modules) {
    const code = readIfPresent(new URL(`./${module}.js`, import.meta.url)) ?? readIfPresent(new URL(`./${module}.ts`, import.meta.url));
    if (code) parts.push(code);
  }
  for (const file of bundledSchemaFiles()) parts.push(readIfPresent(file) ?? '');
  // Run from dist/bundle (scripts/bundle.ts), the modules above are not files: the bundle names its code.
  const bundle = readIfPresent(new URL('./build-id', import.meta.url));
  if (bundle) parts.push(bundle);
  return cacheBuildId('', parts);
}

function readIfPresent(file: URL): Buffer | undefined {
  try {
    return readFileSync(file);
  } catch {
    return undefined;
  }
}
