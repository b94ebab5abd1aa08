import { type Finding } from '../engine/finding.js';
import { type ObjectFix, type Replacement } from './apply.js';
/** A fix --fix can apply, with the finding it came from. */
export type FixEntry = ObjectFix & {
    finding: Finding;
};
/** The fixes of the findings that --fix writes into `file`, in the findings' order (the first wins). */
export declare function fixesIn(findings: readonly Finding[], file: string): FixEntry[];
/** A file --fix changes: its text before and after, the spans changed, the findings fixed. */
export interface FileChange {
    file: string;
    before: string;
    after: string;
    replacements: Replacement[];
    fixed: Finding[];
    /** The bytes read: the file is written only if it still holds them. */
    bytes: Buffer;
    bom: boolean;
}
export interface FixPlan {
    changes: FileChange[];
    /** Files that hold fixable findings but are not written, and why. */
    skipped: {
        file: string;
        reason: string;
        findings: Finding[];
    }[];
    /** Findings whose fix is left to a person (a Helm template, a field a Kustomize patch sets). */
    suggestions: Finding[];
}
export interface PlanOptions {
    cwd: string;
    /** The repositories of the paths linted: no file outside them is written. */
    roots: readonly string[];
}
/**
 * What --fix would do: for each file findings fix, the new text, or why the file is left alone. Reads the
 * files, writes nothing. A file is left alone when it is not a plain YAML file of the repository (outside
 * it, a symbolic link or reached through one, JSON, standard input), when it is generated (`# Source:` of
 * saved helm output, a "do not edit" header), when it does not parse, and when it is no longer the text
 * that was linted.
 */
export declare function planFixes(findings: readonly Finding[], options: PlanOptions): FixPlan;
/** Writes the planned changes; a file that changed on disk since it was read is left alone. */
export declare function writeFixes(plan: FixPlan, cwd: string): {
    written: FileChange[];
    skipped: {
        file: string;
        reason: string;
        findings: Finding[];
    }[];
};
