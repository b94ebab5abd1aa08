import { type Pair, isAlias, isMap, isNode, isScalar, isSeq } from 'yaml';
import { exactSize, interned } from '../engine/own-copy.js';
import { type DocumentPositions, type LineStarts, type PositionTable, Shape, linePosition } from '../engine/locate.js';

/**
 * The node list and key table of a PositionTable as it is written: what the YAML recorder and the
 * Dockerfile reader (src/load/dockerfile.ts) share. Keys are stored once and referred to by index.
 */
export class PositionTableWriter {
  protected readonly nodes: number[] = [];
  private readonly keys: string[] = [];
  private readonly keyIndex = new Map<string, number>();

  protected key(key: string): number {
    let index = this.keyIndex.get(key);
    if (index === undefined) {
      index = this.keys.length;
      // Not a view into the file's text, which is let go after the parse, and one string for all files.
      const own = interned(key);
      this.keys.push(own);
      this.keyIndex.set(own, index);
    }
    return index;
  }

  protected written(): PositionTable {
    return { nodes: compactNodes(this.nodes), keys: sharedKeyList(this.keys) };
  }
}

/**
 * One list for the files whose keys are the same, in the same order: manifests written from one template
 * (the 1x synthetic monorepo: 10,500 files, 33 keys each, 260 bytes a list). Emptied at 4,096 lists, and a
 * list of more than 4,096 characters is never shared, so that no input makes the table large.
 */
function sharedKeyList(keys: string[]): readonly string[] {
  const signature = keys.join('\n');
  if (signature.length > keyListLength) return exactSize(keys);
  const found = keyLists.get(signature);
  // Keys may hold the separator: the same signature is not always the same list.
  if (found && found.length === keys.length && found.every((key, i) => key === keys[i])) return found;
  if (keyLists.size >= keyListCount) keyLists.clear();
  const own = exactSize(keys);
  keyLists.set(signature, own);
  return own;
}

const keyLists = new Map<string, readonly string[]>();
const keyListLength = 4096;
const keyListCount = 4096;

/** Two bytes a number where all fit, as in a file under 64 KiB (most manifests): four otherwise. */
function compactNodes(nodes: readonly number[]): PositionTable['nodes'] {
  for (const number of nodes) if (number < 0 || number > 0xffff) return Int32Array.from(nodes);
  return Uint16Array.from(nodes);
}

/**
 * Collects the positions of the documents of one file into one table (see PositionTable). Aliases are
 * not followed: a finding inside an alias points at the alias. The parser's tree is dropped after
 * parsing; this is what is kept of it.
 */
export class PositionRecorder extends PositionTableWriter {
  private built: PositionTable | undefined;

  /** `lines` gives the line starts where a flow collection's lines are to be told apart (the yaml package's trees). */
  constructor(private readonly lines: { readonly lineStarts: LineStarts }) {
    super();
  }

  /** Records a document's root node; returns where it starts in the table. */
  add(root: unknown): number {
    const at = this.nodes.length;
    this.node(root);
    this.built = undefined;
    return at;
  }

  /**
   * Records a document's nodes as the fast reader (src/load/fast-yaml.ts) wrote them: `keys[i]` is the key
   * of the slot at `keySlots[i]`. Returns where the document starts in the table.
   */
  addNodes(nodes: readonly number[], keySlots: readonly number[], keys: readonly string[]): number {
    const at = this.nodes.length;
    for (const node of nodes) this.nodes.push(node);
    for (let i = 0; i < keySlots.length; i++) this.nodes[at + (keySlots[i] as number)] = this.key(keys[i] as string);
    this.built = undefined;
    return at;
  }

  table(): PositionTable {
    this.built ??= this.written();
    return this.built;
  }

  private node(node: unknown): void {
    const nodes = this.nodes;
    if (!isNode(node) || !node.range) {
      nodes.push(Shape.none);
      return;
    }
    const [start, end] = node.range;
    if (isScalar(node)) nodes.push(Shape.scalar, start, end);
    else if (isAlias(node)) nodes.push(Shape.other, start, end);
    else if (isMap(node)) {
      const at = nodes.length;
      nodes.push(node.flow && this.oneLine(start, end) ? Shape.oneLineFlowMap : Shape.map, start, end, 0, 0);
      let count = 0;
      for (const pair of node.items as Pair[]) {
        if (!isScalar(pair.key) || !pair.key.range) continue;
        const value = pair.value;
        nodes.push(this.key(String(pair.key.value)), pair.key.range[0], pair.key.range[1]);
        // An empty value (`resources:`) is a zero-width null scalar: its key stands for it.
        if (isScalar(value) && value.value === null && value.range?.[0] === value.range?.[1]) nodes.push(Shape.none);
        else this.node(value);
        count++;
      }
      nodes[at + 3] = nodes.length - at;
      nodes[at + 4] = count;
    } else if (isSeq(node)) {
      const at = nodes.length;
      nodes.push(node.flow && this.oneLine(start, end) ? Shape.oneLineFlowSeq : Shape.seq, start, end, 0, node.items.length);
      for (const item of node.items) this.node(item);
      nodes[at + 3] = nodes.length - at;
    } else nodes.push(Shape.none);
  }

  private oneLine(start: number, end: number): boolean {
    const { lineStarts } = this.lines;
    return linePosition(lineStarts, start).line === linePosition(lineStarts, end).line;
  }
}

/** The positions of one parsed document on its own. */
export function documentPositions(root: unknown, lineStarts: LineStarts): DocumentPositions {
  const recorder = new PositionRecorder({ lineStarts });
  const at = recorder.add(root);
  return { table: recorder.table(), root: at };
}
