import type { ParseProblem } from './parse.js';
/** Files larger than this are not linted (--max-file-size). */
export declare const defaultMaxFileBytes: number;
export interface ReadOptions {
    /** Largest file read, in bytes. Default: defaultMaxFileBytes. */
    maxBytes?: number;
}
/**
 * A file ready to parse: its text, and the problems found while decoding it (bytes that are not
 * UTF-8), at offsets into that text. Or why it could not be read at all.
 */
export type ReadResult = {
    text: string;
    problems: ParseProblem[];
} | {
    error: string;
};
/**
 * Reads a file for linting: refuses one over the size limit without reading it all (a pipe or a
 * device is read only up to the limit), and decodes its bytes as go-yaml would (see decodeSource).
 * Never throws: an unreadable file is `{ error }`, a one-line reason without the file name.
 */
export declare function readSourceFile(path: string, options?: ReadOptions): ReadResult;
/**
 * Decodes a manifest's bytes. A UTF-8 byte order mark is dropped, and UTF-16 with a byte order mark is
 * decoded, as go-yaml does. Bytes that are not UTF-8 become U+FFFD so the rest can still be linted,
 * and the first of them is a problem at its place: kubectl would refuse the file.
 */
export declare function decodeSource(bytes: Uint8Array): {
    text: string;
    problems: ParseProblem[];
};
/** Offset of the first byte that does not belong to a well-formed UTF-8 sequence. */
export declare function firstInvalidUtf8(bytes: Uint8Array): number | undefined;
/**
 * Parses a --max-file-size value: a number of megabytes ("10", "0.5"), or a number with a unit
 * (B, KB, MB, GB; K, M, G; binary multiples). Undefined when it is not a size.
 */
export declare function parseFileSize(value: string): number | undefined;
/** A file's text, or undefined when it cannot be read: for files findings point at, not files linted. */
export declare function readTextIfExists(file: string): string | undefined;
/** What is at a path, following symlinks: a file, a folder, or nothing (absent, or unreadable). */
export declare function kindAt(path: string): 'file' | 'directory' | undefined;
