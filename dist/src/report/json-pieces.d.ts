/**
 * `JSON.stringify(value, null, 2)` and a line break, in pieces that concatenate to exactly that text. A
 * report of 200,000 findings is 300 MB of JSON: as one string, V8 builds it as a tree of parts, makes a flat
 * copy to write it and then a buffer of its bytes, three times its size at once. Written piece by piece, the
 * pieces are all that is held. Objects and short arrays are gone through; each element of a long array
 * (findings, results) is stringified by JSON.stringify itself and indented to its depth.
 */
export declare function jsonPieces(value: unknown): string[];
