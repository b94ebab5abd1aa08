import { type DocumentPositions, type LineStarts, type PositionTable } from '../engine/locate.js';
/**
 * Collects the positions of the documents of one file into one table (see PositionTable). Aliases are
 * not followed: a finding inside an alias points at the alias. The parser's tree is dropped after
 * parsing; this is what is kept of it.
 */
export declare class PositionRecorder {
    private readonly lineStarts;
    private readonly nodes;
    private readonly keys;
    private readonly keyIndex;
    private built;
    constructor(lineStarts: LineStarts);
    /** Records a document's root node; returns where it starts in the table. */
    add(root: unknown): number;
    table(): PositionTable;
    private node;
    private key;
    private oneLine;
}
/** The positions of one parsed document on its own. */
export declare function documentPositions(root: unknown, lineStarts: LineStarts): DocumentPositions;
