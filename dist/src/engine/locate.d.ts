import type { Path } from '../model/kinds.js';
export interface Range {
    line: number;
    column: number;
    endLine: number;
    endColumn: number;
}
export interface Location extends Range {
    /** False when the reported field does not exist and the range is that of its nearest ancestor. */
    exact: boolean;
    /** How many segments of the path exist: the depth of the node located. */
    depth: number;
}
/**
 * Where the nodes of a YAML file are, as text offsets, in a form that survives the cache and worker
 * messages, unlike the parser's tree. `nodes` holds every node of the file depth-first: a scalar or an
 * alias is `shape, start, end`; a mapping or a sequence is `shape, start, end, size, count` followed by
 * its children (a mapping's as `key, keyStart, keyEnd, value`, `key` an index into `keys`); `size`
 * counts the numbers of the whole node, to step over it. A value that is no node (`resources:` with
 * nothing after it) is the single number `Shape.none`.
 */
export interface PositionTable {
    /** Uint16Array when every number fits in 16 bits (positions.ts). */
    nodes: Int32Array | Uint16Array;
    keys: readonly string[];
}
/** The positions of one document: its file's table and where its root node starts in it. */
export interface DocumentPositions {
    table: PositionTable;
    root: number;
}
export declare const Shape: {
    readonly scalar: 0;
    readonly map: 1;
    readonly seq: 2;
    /** An alias: located by its key, or by its own first line. */
    readonly other: 3;
    /** `{...}` or `[...]` on one line reads as a value: a finding points at it rather than at its key. */
    readonly oneLineFlowMap: 4;
    readonly oneLineFlowSeq: 5;
    readonly none: 6;
};
/** Start offset of each line: 0, then the offset after each line break, as the parser counted them. */
export type LineStarts = ArrayLike<number>;
/**
 * Turns a JSON path into the range of its YAML node. A scalar is located at its value; a mapping or
 * sequence at its key (or its first line when it has none). A missing field falls back to the nearest
 * existing ancestor, with `exact: false`.
 */
export declare function locate(positions: DocumentPositions, lineStarts: LineStarts, path: Path): Location;
/** Range of text offsets, for problems reported by the parser. */
export declare function rangeOfOffsets(lineStarts: LineStarts, start: number, end: number): Range;
/** 1-based line and column of an offset, as the yaml package's LineCounter gives them. */
export declare function linePosition(lineStarts: LineStarts, offset: number): {
    line: number;
    column: number;
};
