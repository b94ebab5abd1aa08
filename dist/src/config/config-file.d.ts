import type { PodSecurityLevel, RunSettings, Severity } from '../engine/check.js';
import { type ChecksConfig } from '../engine/config.js';
export type { IgnoreEntry, IgnoreSubject } from './ignore-match.js';
export { matchesIgnoreEntry } from './ignore-match.js';
import type { IgnoreEntry } from './ignore-match.js';
export interface ChartSettings {
    /** Absolute paths. */
    values?: string[];
    set?: string[];
}
export interface KubereadyConfig {
    failOn?: Severity;
    /** As written: "1.31" or "v1.31.2". */
    kubernetesVersion?: string;
    podSecurityLevel?: PodSecurityLevel;
    /** Globs in --exclude form; those with a folder part are rewritten relative to the cwd given to loadConfigFile. */
    exclude?: string[];
    /** `checks:` with the shortcuts (nodeProfiles, allowedRegistries, governance) merged in. */
    checks?: ChecksConfig;
    helm?: {
        releaseName?: string;
        namespace?: string;
        /** Absolute paths. */
        values?: string[];
        /** key=value pairs. */
        set?: string[];
        /** Keyed by the absolute chart folder (path.resolve form, no trailing separator). */
        charts?: Record<string, ChartSettings>;
    };
    /** Absolute paths. */
    crds?: string[];
    units?: string[];
    /** Image name to the absolute path of the Dockerfile it is built from. */
    images?: Record<string, string>;
    strictKinds?: boolean;
    /** The `fix:` section: what fixes may write that the manifests do not say. */
    fix?: RunSettings['fix'];
    /** Unset means true. */
    inlineSuppressions?: boolean;
    ignore?: IgnoreEntry[];
}
export interface LoadedConfig {
    /** Absolute path of the config file. */
    file: string;
    config: KubereadyConfig;
}
export { configFileNames, findConfigFile } from './find-config.js';
/**
 * Reads, validates (against schemas/config.schema.json, then each check's own options schema) and
 * normalises one config file. Throws ConfigError with one line:
 * `<file>:<line>:<column>: <key path>: <what is wrong>`, for the first problem in the file.
 */
export declare function loadConfigFile(file: string, cwd: string): LoadedConfig;
