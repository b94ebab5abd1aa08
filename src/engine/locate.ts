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

export const Shape = {
  scalar: 0,
  map: 1,
  seq: 2,
  /** An alias: located by its key, or by its own first line. */
  other: 3,
  /** `{...}` or `[...]` on one line reads as a value: a finding points at it rather than at its key. */
  oneLineFlowMap: 4,
  oneLineFlowSeq: 5,
  none: 6,
} as const;

/** Start offset of each line: 0, then the offset after each line break, as the parser counted them. */
export type LineStarts = ArrayLike<number>;

/**
 * Turns a JSON path into the range of its YAML node. A scalar is located at its value; a mapping or
 * sequence at its key (or its first line when it has none). A missing field falls back to the nearest
 * existing ancestor, with `exact: false`.
 */
export function locate(positions: DocumentPositions, lineStarts: LineStarts, path: Path): Location {
  const { nodes, keys } = positions.table;
  let node = positions.root;
  // The key of the last mapping entry stepped into, as offsets; -1 after a sequence item.
  let keyStart = -1;
  let keyEnd = -1;
  let depth = 0;
  for (; depth < path.length; depth++) {
    const segment = path[depth] as string | number;
    if (node < 0) break;
    const shape = nodes[node];
    if (shape === Shape.map || shape === Shape.oneLineFlowMap) {
      const entry = entryOf(nodes, keys, node, typeof segment === 'string' ? segment : String(segment));
      if (entry === -1) break;
      keyStart = nodes[entry + 1] ?? 0;
      keyEnd = nodes[entry + 2] ?? 0;
      node = nodes[entry + 3] === Shape.none ? -1 : entry + 3;
    } else if ((shape === Shape.seq || shape === Shape.oneLineFlowSeq) && typeof segment === 'number') {
      const item = itemOf(nodes, node, segment);
      if (item === -1) break;
      keyStart = keyEnd = -1;
      node = item;
    } else {
      break;
    }
  }
  const range = rangeAt(nodes, lineStarts, node, keyStart, keyEnd, depth === path.length);
  return { line: range.line, column: range.column, endLine: range.endLine, endColumn: range.endColumn, exact: range.exact, depth };
}

function rangeAt(nodes: PositionTable['nodes'], lineStarts: LineStarts, node: number, keyStart: number, keyEnd: number, exact: boolean): Omit<Location, 'depth'> {
  const shape = node < 0 ? Shape.none : nodes[node];
  const start = nodes[node + 1] ?? 0;
  const end = nodes[node + 2] ?? 0;
  if (shape === Shape.scalar) return rangeOf(lineStarts, start, end, exact);
  if (exact && (shape === Shape.oneLineFlowMap || shape === Shape.oneLineFlowSeq)) return rangeOf(lineStarts, start, end, exact);
  if (keyStart !== -1) return rangeOf(lineStarts, keyStart, keyEnd, exact);
  if (shape !== Shape.none) return firstLineOf(lineStarts, start, end, exact);
  return { line: 1, column: 1, endLine: 1, endColumn: 1, exact: false };
}

/** Range of text offsets, for problems reported by the parser. */
export function rangeOfOffsets(lineStarts: LineStarts, start: number, end: number): Range {
  const { line, column, endLine, endColumn } = rangeOf(lineStarts, start, Math.max(start, end), true);
  return { line, column, endLine, endColumn };
}

/** How many numbers the node at `at` takes. */
function sizeOf(nodes: PositionTable['nodes'], at: number): number {
  const shape = nodes[at];
  if (shape === Shape.none) return 1;
  if (shape === Shape.scalar || shape === Shape.other) return 3;
  return nodes[at + 3] ?? 1;
}

/** The offset of a mapping's entry for a key (key, keyStart, keyEnd, then the value node), or -1. */
function entryOf(nodes: PositionTable['nodes'], keys: readonly string[], node: number, key: string): number {
  const count = nodes[node + 4] ?? 0;
  let at = node + 5;
  // The first of repeated keys, as the parser's own lookup finds it.
  for (let i = 0; i < count; i++) {
    if (keys[nodes[at] ?? -1] === key) return at;
    at = at + 3 + sizeOf(nodes, at + 3);
  }
  return -1;
}

/** The offset of a sequence's item, or -1. */
function itemOf(nodes: PositionTable['nodes'], node: number, index: number): number {
  const count = nodes[node + 4] ?? 0;
  if (!Number.isInteger(index) || index < 0 || index >= count) return -1;
  if (index < steppedItems) {
    let at = node + 5;
    for (let i = 0; i < index; i++) at += sizeOf(nodes, at);
    return at;
  }
  // Further in, the items' offsets are found once per sequence: stepping over every earlier item for each
  // finding made a Pod of 20,000 containers take minutes (quadratic).
  let sequences = itemOffsets.get(nodes);
  if (!sequences) itemOffsets.set(nodes, (sequences = new Map()));
  let offsets = sequences.get(node);
  if (!offsets) {
    offsets = new Int32Array(count);
    for (let i = 0, at = node + 5; i < count; i++, at += sizeOf(nodes, at)) offsets[i] = at;
    sequences.set(node, offsets);
  }
  return offsets[index] ?? -1;
}

/** Items reached by stepping over the earlier ones; beyond, by the offsets of all of them. */
const steppedItems = 32;
/** The offsets of the items of a sequence, by table and by the sequence's node. */
const itemOffsets = new WeakMap<PositionTable['nodes'], Map<number, Int32Array>>();

/** 1-based line and column of an offset, as the yaml package's LineCounter gives them. */
export function linePosition(lineStarts: LineStarts, offset: number): { line: number; column: number } {
  let low = 0;
  let high = lineStarts.length;
  while (low < high) {
    const mid = (low + high) >> 1;
    if ((lineStarts[mid] ?? 0) < offset) low = mid + 1;
    else high = mid;
  }
  if (lineStarts[low] === offset) return { line: low + 1, column: 1 };
  if (low === 0) return { line: 0, column: offset };
  return { line: low, column: offset - (lineStarts[low - 1] ?? 0) + 1 };
}

function rangeOf(lineStarts: LineStarts, start: number, end: number, exact: boolean): Omit<Location, 'depth'> {
  const from = linePosition(lineStarts, start);
  const to = linePosition(lineStarts, end);
  return { line: from.line, column: from.column, endLine: to.line, endColumn: to.column, exact };
}

function firstLineOf(lineStarts: LineStarts, start: number, end: number, exact: boolean): Omit<Location, 'depth'> {
  const from = linePosition(lineStarts, start);
  const nextLineStart = lineStarts[from.line];
  const lineEnd = nextLineStart === undefined ? end : Math.min(end, nextLineStart - 1);
  return rangeOf(lineStarts, start, Math.max(start, lineEnd), exact);
}
