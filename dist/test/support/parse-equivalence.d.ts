import { type PositionTable } from '../../src/engine/locate.js';
import { type ParsedSource } from '../../src/load/parse.js';
export interface Comparison {
    /** Whether the fast reader read the file (otherwise both are the same code and agree trivially). */
    fast: boolean;
    differences: string[];
}
/** parseSource against the yaml package's documents (parseSourceWithDocuments) on one text. */
export declare function compareWithDocuments(file: string, text: string): Comparison;
/**
 * Every difference a lint could see: objects (values, key order, -0 and NaN), the problems, the line
 * starts, each object's document, path, Helm source comment and null mark, and its document's positions
 * node by node (see samePositions).
 */
export declare function differences(actual: ParsedSource, expected: ParsedSource): string[];
/**
 * Walks two position tables side by side from their roots: the same shapes, keys, counts, and offsets,
 * except the end of a block mapping or sequence, where both must reach at least the end of the
 * collection's first line (locate reads no further: see fast-yaml.ts). Returns the first difference.
 */
export declare function samePositions(text: string, a: PositionTable, aAt: number, b: PositionTable, bAt: number): string | undefined;
