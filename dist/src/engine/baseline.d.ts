import { type Finding } from './finding.js';
/**
 * The findings a team accepted when adopting kubeready: only findings not in it are reported. Files are
 * named relative to their repository with `/` separators (see baselineFileKey), in `file` and in the
 * fingerprint, so a baseline matches from any folder. Still version 1: a baseline of version 1 written
 * at the repository root hashed the very same names.
 */
export interface Baseline {
    version: 1;
    findings: {
        fingerprint: string;
        checkId: string;
        file: string;
        object: string | null;
        path: string;
    }[];
}
/** A finding's file as the run shows it, to its name in a baseline. */
export type BaselineFileKey = (file: string) => string;
/**
 * Names a file relative to the repository it lies in, with `/` separators: the nearest folder at or above
 * the working directory holding `.git` when the file is inside it; else the nearest such folder above the
 * file (a run from outside the repository); else the folder of the config file in use; else the working
 * directory. Standard input keeps its name.
 */
export declare function baselineFileKey(cwd: string, configFile?: string): BaselineFileKey;
/** `fileKey` names each finding's file in the baseline; without it, as the run shows it. */
export declare function createBaseline(findings: readonly Finding[], fileKey?: BaselineFileKey): Baseline;
/** The findings whose fingerprint the baseline does not hold, and how many it held; files named as createBaseline named them. */
export declare function withoutBaseline(findings: readonly Finding[], baseline: Baseline, fileKey?: BaselineFileKey): {
    findings: Finding[];
    known: number;
};
/** Reads a baseline file's JSON; a message for what is wrong with it otherwise. */
export declare function parseBaseline(text: string): Baseline | string;
