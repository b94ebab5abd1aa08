import { type DocumentPositions, type LineStarts, type PositionTable } from '../engine/locate.js';
/**
 * The node list and key table of a PositionTable as it is written: what the YAML recorder and the
 * Dockerfile reader (src/load/dockerfile.ts) share. Keys are stored once and referred to by index.
 */
export declare class PositionTableWriter {
    protected readonly nodes: number[];
    private readonly keys;
    private readonly keyIndex;
    protected key(key: string): number;
    protected written(): PositionTable;
}
/**
 * Collects the positions of the documents of one file into one table (see PositionTable). Aliases are
 * not followed: a finding inside an alias points at the alias. The parser's tree is dropped after
 * parsing; this is what is kept of it.
 */
export declare class PositionRecorder extends PositionTableWriter {
    private readonly lines;
    private built;
    /** `lines` gives the line starts where a flow collection's lines are to be told apart (the yaml package's trees). */
    constructor(lines: {
        readonly lineStarts: LineStarts;
    });
    /** Records a document's root node; returns where it starts in the table. */
    add(root: unknown): number;
    /**
     * Records a document's nodes as the fast reader (src/load/fast-yaml.ts) wrote them: `keys[i]` is the key
     * of the slot at `keySlots[i]`. Returns where the document starts in the table.
     */
    addNodes(nodes: readonly number[], keySlots: readonly number[], keys: readonly string[]): number;
    table(): PositionTable;
    private node;
    private oneLine;
}
/** The positions of one parsed document on its own. */
export declare function documentPositions(root: unknown, lineStarts: LineStarts): DocumentPositions;
