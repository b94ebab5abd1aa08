import { type Check, type PodSecurityLevel, type RunSettings, type Severity } from './engine/check.js';
import { type Finding, type RunError } from './engine/finding.js';
import { type ChecksConfig } from './engine/config.js';
import { type IgnoreRule } from './engine/suppress.js';
import { type HelmOptions } from './load/helm.js';
import { type KustomizeOptions } from './load/kustomize.js';
import type { RenderCounts } from './load/render-cache.js';
import { type ToolLimits } from './load/tools.js';
export type { Check, CheckMeta, PodSecurityLevel, Severity } from './engine/check.js';
export type { CheckSetting, ChecksConfig } from './engine/config.js';
export { ConfigError } from './engine/config.js';
export type { Finding, RenderedPosition, RunError, Suppression } from './engine/finding.js';
export type { IgnoreRule } from './engine/suppress.js';
export type { HelmOptions } from './load/helm.js';
export type { KustomizeOptions } from './load/kustomize.js';
export { UsageError } from './load/walk.js';
export interface LintOptions {
    /** Base for relative paths in input and output. Default: process.cwd(). */
    cwd?: string;
    /** Globs of files to leave out, relative to the working directory or to a walked directory. */
    exclude?: readonly string[];
    /** Reads standard input when `-` is among the paths. */
    readStdin?: () => Promise<string>;
    /** The checks to run. Default: all. */
    checks?: readonly Check[];
    /** Per-check settings: off, a severity, options. Checks off by default run when named here. */
    config?: ChecksConfig;
    /** The Kubernetes version the manifests target (default: the newest kubeready knows); also passed to helm. */
    kubernetesVersion?: string;
    /** The Pod Security Standards level to hold workloads to (default baseline); a namespace's enforce label wins. */
    podSecurityLevel?: PodSecurityLevel;
    helm?: HelmOptions;
    kustomize?: KustomizeOptions;
    /**
     * Folders whose plain files are applied together, with their sub-folders (the config's `units:`). By
     * default each folder is a unit of its own: see unitsOf.
     */
    units?: readonly string[];
    /**
     * For a plain file named in `paths`, read the other manifests of its folder too, so that its unit is
     * checked whole, and report only the findings in the files named. Default: true.
     */
    context?: boolean;
    /** Time and output bounds of each helm or kustomize run. Default: 60 s and 64 MB. */
    renderLimits?: Partial<Pick<ToolLimits, 'timeoutMs' | 'maxOutputBytes'>>;
    /**
     * Threads that parse and check, and renders run at once. Default: this thread only (on 2 cores two threads
     * are slower than one: docs/performance.md), and as many renders at once as there are cores.
     */
    jobs?: number;
    /** Files to parse smaller than this many characters in all are parsed on this thread. Default: 1 MB. */
    parallelMinBytes?: number;
    /** Fewer objects than this are checked on this thread. Default: 10,000. */
    parallelMinObjects?: number;
    /** Told how many characters of plain files the run is about to parse, once they are read: files the cache holds are not parsed, nor counted. */
    onInput?: (characters: number) => void;
    /** Files larger than this many bytes are reported as errors of the run, not linted. Default: 10 MB. */
    maxFileBytes?: number;
    /** CustomResourceDefinition files or folders that supply schemas for custom resources (not linted). */
    crds?: readonly string[];
    /** Report objects whose kind has no known schema (turns on schema-missing). */
    strictKinds?: boolean;
    /** False to ignore kubeready.io/ignore annotations and comment directives. Default: true. */
    inlineSuppressions?: boolean;
    /** What fixes may write that the manifests do not say (the config's `fix:` section). */
    fix?: RunSettings['fix'];
    /** Images built from Dockerfiles of the input: image name to the Dockerfile's path (the config's `images:`). */
    images?: Readonly<Record<string, string>>;
    /** Suppressions from the config file (absolute path); their globs match files relative to its folder. */
    ignore?: {
        rules: readonly IgnoreRule[];
        file: string;
    };
    /**
     * Cache file for parsed files (`--cache`): an unchanged file is read from it instead of parsed.
     * Default: no cache.
     */
    cacheFile?: string;
    /**
     * The key that signs the cache file, so that a cache this user did not write (one committed to a
     * repository) is never trusted. Default: $XDG_CACHE_HOME/kubeready/cache-key, else
     * ~/.cache/kubeready/cache-key; made on first use. When it cannot be had, the cache is not used.
     */
    cacheKeyFile?: string;
    /** Called as each chart or kustomization finishes rendering. */
    onRendered?: (done: number, total: number, name: string) => void;
}
export interface Summary {
    files: number;
    objects: number;
    error: number;
    warning: number;
    info: number;
    /** Findings an annotation, a comment or a config entry suppressed (not in the counts above). */
    suppressed: number;
}
export interface CacheStats {
    /** Texts whose parse came from the cache, and texts parsed: files, render outputs, and the files a render's findings are placed in. */
    hits: number;
    misses: number;
    /**
     * `rejected`: the cache file was of another build, truncated or altered, or not signed with this
     * user's key, and was rebuilt. `unused`: there was no key to sign it with (`error` says why).
     */
    loaded: 'fresh' | 'read' | 'rejected' | 'unused';
    written: boolean;
    /** Helm renders and Kustomize builds run (`done`), and taken from the cache because nothing they read changed (`reused`); absent when the cache was not used. */
    renders?: RenderCounts;
    /** Why the cache could not be written; the lint itself is complete. */
    error?: string;
}
/** One object a run linted: what the findings on it name, and where it was read. */
export interface LintedObject {
    apiVersion: string;
    kind: string;
    namespace: string;
    name: string;
    /** The file it was read from; for rendered objects the chart or kustomization, as a finding's rendered.file. */
    file: string;
    /** For rendered objects: the template or base file it came from. */
    origin?: string;
    /** Index of its deployment unit in the run: the objects of one unit are checked together. */
    unit: number;
}
export interface LintResult {
    findings: Finding[];
    /** Findings covered by a suppression, each with its reason: reported apart, never counted. */
    suppressed: Finding[];
    /** Inputs that could not be read or rendered; the rest of the run went on. */
    errors: RunError[];
    summary: Summary;
    /**
     * Every object linted (not those a unit only read as context), in the order read: what the HTML report
     * scores and lists per object. Absent from a result that did not come from lint or lintText.
     */
    objects?: LintedObject[];
    /** With a cache file: what the cache did. */
    cache?: CacheStats;
    /** Ids of the checks on by default that the config turned off, so that they did not run; absent when none. */
    disabledChecks?: string[];
    /** Findings a baseline file holds, left out of `findings` and the summary's counts; set by the command line's --baseline. */
    baselined?: number;
}
export { STDIN_NAME } from './engine/finding.js';
/**
 * Lints files, directories and `-` (stdin), as the command line does. Plain files form one scope for
 * cross-object questions; each Helm chart and each Kustomize build is a scope of its own.
 */
export declare function lint(paths: readonly string[], options?: LintOptions): Promise<LintResult>;
/** Lints one text as if it were a file: what the fixtures and the programmatic API use. */
export declare function lintText(text: string, file?: string, checks?: readonly Check[], config?: ChecksConfig, settings?: Partial<RunSettings>): LintResult;
export { minorVersionOf } from './engine/versions.js';
/** True when a finding is at or above the threshold. */
export declare function meetsThreshold(severity: Severity, threshold: Severity): boolean;
