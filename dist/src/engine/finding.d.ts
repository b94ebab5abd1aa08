import type { Severity } from './check.js';
import type { ObjectRef } from '../model/object-index.js';
import type { Path } from '../model/kinds.js';
import type { Fix } from './fix.js';
export { formatPath } from '../model/kinds.js';
/** The file name findings on standard input carry. */
export declare const STDIN_NAME = "<stdin>";
/** One finding, as every formatter receives it. `file` is relative to the working directory. */
export interface Finding {
    checkId: string;
    severity: Severity;
    message: string;
    file: string;
    line: number;
    column: number;
    endLine: number;
    endColumn: number;
    /** False when the field is missing and the position is that of its nearest existing ancestor. */
    exact: boolean;
    /** True when the line was inferred: a Helm template searched by key, a field a Kustomize patch added. */
    approximate: boolean;
    /** For rendered input (Helm, Kustomize): where the finding sits in the rendered stream. */
    rendered?: RenderedPosition;
    object: ObjectRef | null;
    /** Dotted path of the offending field inside the object, e.g. spec.template.spec.containers[0].image. */
    path: string;
    /** The container the path points into, by name. */
    container?: string;
    /** Set on suppressed findings, which are reported apart (LintResult.suppressed). */
    suppression?: Suppression;
    risk: string;
    mitigation: string;
    /** The check's mitigation as edits (src/engine/fix.ts), with the file they are for: what --fix applies. */
    fix?: FindingFix;
}
/** A fix, placed: the file it edits and the object there it edits. */
export interface FindingFix extends Fix {
    /** Relative to the working directory: the finding's file, or the Kustomize base or overlay that defines the object. */
    file: string;
    /**
     * Where --fix writes it: the object's document in the file (0-based), its path inside that document ([] or
     * ['items', i] for a List), and the SHA-256 (base64url) of the text that was linted, so that a file that
     * changed since is left alone. Absent when --fix leaves the change to a person (`manual` says why).
     */
    at?: {
        document: number;
        basePath: Path;
        digest: string;
    };
    /** Why --fix does not apply it (a Helm template, a field a Kustomize patch sets): it is shown as a suggestion. */
    manual?: string;
}
/** Why a finding is not counted: an annotation, a comment directive or a config entry, with its reason. */
export interface Suppression {
    kind: 'annotation' | 'comment' | 'config';
    reason: string;
    /** Where the directive is written. */
    file: string;
    line: number;
}
export interface RenderedPosition {
    via: 'helm' | 'kustomize';
    /** The chart or kustomization directory, or the file or stdin the rendered stream was read from. */
    file: string;
    line: number;
    column: number;
    endLine: number;
    endColumn: number;
}
/** A file or input that could not be read or rendered at all. The run goes on without it. */
export interface RunError {
    file: string;
    line?: number;
    message: string;
}
export declare const severityRank: Record<Severity, number>;
export declare function compareFindings(a: Finding, b: Finding): number;
/** True when --fix can apply the finding's fix (not only suggest it). */
export declare function isFixable(finding: Finding): boolean;
