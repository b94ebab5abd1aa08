import type { ParseProblem } from './parse.js';
/**
 * A one-pass reader for the YAML that manifests are made of: block mappings and sequences, plain and
 * quoted scalars on one line, block scalars, flow collections on one line, comments and `---`. It builds
 * what parseSource builds from the yaml package's documents (the objects with Kubernetes' scalars, the
 * nodes of the position table, repeated keys) at about the cost of a parser without positions.
 *
 * Anything else (anchors, aliases, tags, merge keys, explicit keys, multi-line plain or quoted scalars,
 * flow collections over several lines, directives, tabs and carriage returns outside block scalars, a
 * byte order mark, deep nesting) and anything the yaml package would call an error makes it give up on
 * the whole file, which parseSource then reads with the yaml package as before: the subset is where the
 * two agree by construction, and test/fast-yaml.test.ts compares them over the corpus, the fixtures and
 * fuzzed documents.
 *
 * Positions: a node's start and value end are the yaml package's `range[0]` and `range[1]`, except the
 * end of a block mapping or sequence, which here is its last value's end less any comment lines after it;
 * `locate` reads no more of a block collection than its first line, which both ends include.
 */
export interface FastDocument {
    /** The document's value; undefined for a document without content. */
    value: unknown;
    /** Whether a value of the document is null, as the converter of src/load/parse.ts notes it. */
    sawNull: boolean;
    /** The document's nodes as PositionRecorder writes them, with a key slot at each of `keySlots`. */
    nodes: number[];
    keySlots: number[];
    /** The key of each slot, in order. */
    keys: string[];
    /** What `contents.commentBefore ?? commentBefore` would hold, when it may hold a `Source:` line. */
    commentBefore: string | undefined;
    /** Repeated keys, as the converter reports them. */
    duplicates: ParseProblem[];
}
/** The documents of a text, or undefined when the text leaves the subset. */
export declare function parseFast(text: string): FastDocument[] | undefined;
