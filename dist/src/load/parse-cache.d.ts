import type { RunSettings } from '../engine/check.js';
import type { ConfiguredCheck } from '../engine/config.js';
import type { Finding, RunError } from '../engine/finding.js';
import type { EvaluationMemo } from '../engine/run.js';
import type { VerdictMemo } from '../model/schema-validation.js';
import { type RenderMemo } from './render-cache.js';
import { type ParseProblem, type ParsedSource } from './parse.js';
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
    save(): {
        written: boolean;
        error?: string;
    };
    readonly stats: {
        hits: number;
        misses: number;
        loaded: 'fresh' | 'read' | 'rejected';
    };
}
/** What the checks found in one scope; findings without their risk and mitigation, which the checks' metadata gives. */
export interface ScopeResult {
    findings: Omit<Finding, 'risk' | 'mitigation'>[];
    suppressed: Omit<Finding, 'risk' | 'mitigation'>[];
    errors: RunError[];
}
/**
 * The cache file at `file`, for the kubeready build named `build`; `key` signs it (loadCacheKey): a file
 * whose MAC another key made is rejected.
 */
export declare function openParseCache(file: string, build: string, key: Uint8Array): ParseCache;
/** Names the build: a cache written by another version of kubeready, its parser or yaml is not used. */
export declare function cacheBuildId(version: string, parts: readonly (string | Uint8Array)[]): string;
/**
 * Names what decides what the checks say besides the objects: the code of the checks, which checks
 * run with which severity and options, and the run settings. (The schema set adds its own context per
 * object: the release, and the definitions for a custom resource.)
 */
export declare function evaluationKey(checks: readonly ConfiguredCheck[], settings: RunSettings): string;
/**
 * The build id of this kubeready: its version, the yaml package's, the bundled schemas and the code of
 * the modules that decide what a parse or a schema verdict is, so that a changed parser or validator
 * never reads an older one's cache.
 */
export declare function thisBuildId(): string;
