import { type Document } from 'yaml';
import type { FixEdit } from '../engine/fix.js';
import type { KubeObject, Path } from '../model/kinds.js';
/**
 * The fixer: a pure function from a file's text and the fixes of its findings to the new text. The text
 * is parsed with the yaml package's Document API only to learn where each node is; the new text is the
 * old one with a few spans replaced (a value, a mapping's new keys after its last one, an object after its
 * document), each rendered by yaml at the indentation of its place, so that everything the fixes do not
 * touch (comments, key order, quoting, indentation, flow style, document markers) stays byte for byte.
 */
/** The fixes of one object: where it is in the file (see FindingFix.at) and what they change. */
export interface ObjectFix {
    document: number;
    basePath: Path;
    /** What the object there must be (its kind, and its name where the file gives it as linted): else the fix is left out. */
    expect?: {
        kind?: string | undefined;
        name?: string | undefined;
    } | undefined;
    edits?: readonly FixEdit[] | undefined;
    add?: readonly KubeObject[] | undefined;
}
/** `text.slice(start, end)` becomes `text`: one change of a fixed file, at offsets into the original. */
export interface Replacement {
    start: number;
    end: number;
    text: string;
}
export interface FixedText {
    text: string;
    /** The spans changed, sorted and apart. */
    replacements: Replacement[];
    /** Per fix given: whether it holds in the new text (made so now, or already so). */
    applied: boolean[];
    /** Why nothing could be done to the file (a syntax error). */
    problem?: string;
}
interface Layout {
    eol: string;
    /** Columns a nested mapping is indented by. */
    step: number;
    /** Whether a block sequence under a key is indented (`key:\n  - a`) or not (`key:\n- a`). */
    indentSeq: boolean;
    /** Whether flow collections have spaces inside their brackets, as the file's first one does. */
    flowPadding: boolean;
}
/**
 * Applies the fixes to the text, all edits of one object in one pass: two fixes that set the same path
 * compose (the first wins), two that add keys to one mapping add them together. A fix any of whose edits
 * cannot be made as written (through an alias or a merge key, into a scalar, at a list index that is not
 * there) is left out whole.
 */
export declare function applyFixes(text: string, fixes: readonly ObjectFix[], parsed?: ParsedText): FixedText;
/** What applyFixes changes, without making the new text: one finding's fix of a large file, for SARIF. */
export declare function fixReplacements(text: string, fixes: readonly ObjectFix[], parsed?: ParsedText): Omit<FixedText, 'text'>;
/** A text parsed once for several calls of applyFixes (each finding's fix alone, as SARIF shows them). */
export type ParsedText = {
    documents: Document.Parsed[];
    layout: Layout;
} | {
    problem: string;
};
export declare function parseForFixes(text: string): ParsedText;
/** The text with the replacements (sorted, apart) made. */
export declare function spliced(text: string, replacements: readonly Replacement[]): string;
export {};
