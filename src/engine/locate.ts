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
 * Where the nodes of one YAML document are, as text offsets, in a form that survives JSON (the cache)
 * and worker messages, unlike the parser's document tree: `[shape, start, end]`, and for a mapping or a
 * sequence its children. A mapping's children are `[key, keyStart, keyEnd, value]` in written order;
 * `0` stands for a value that is no node (`resources:` with nothing after it).
 */
export type PositionNode = ScalarPosition | MapPosition | SeqPosition | OtherPosition;
export type ScalarPosition = [shape: typeof Shape.scalar, start: number, end: number];
export type OtherPosition = [shape: typeof Shape.other, start: number, end: number];
export type MapPosition = [shape: typeof Shape.map | typeof Shape.oneLineFlowMap, start: number, end: number, entries: MapEntryPosition[]];
export type SeqPosition = [shape: typeof Shape.seq | typeof Shape.oneLineFlowSeq, start: number, end: number, items: (PositionNode | 0)[]];
export type MapEntryPosition = [key: string, keyStart: number, keyEnd: number, value: PositionNode | 0];

export const Shape = {
  scalar: 0,
  map: 1,
  seq: 2,
  /** An alias: located by its key, or by its own first line. */
  other: 3,
  /** `{...}` on one line reads as a value: a finding points at it rather than at its key. */
  oneLineFlowMap: 4,
  oneLineFlowSeq: 5,
} as const;

/** Start offset of each line: 0, then the offset after each line break, as the parser counted them. */
export type LineStarts = readonly number[];

/**
 * Turns a JSON path into the range of its YAML node. A scalar is located at its value; a mapping or
 * sequence at its key (or its first line when it has none). A missing field falls back to the nearest
 * existing ancestor, with `exact: false`.
 */
export function locate(root: PositionNode | 0, lineStarts: LineStarts, path: Path): Location {
  let node: PositionNode | 0 | undefined = root;
  let key: readonly [number, number] | undefined;
  let depth = 0;
  for (const segment of path) {
    const next = childOf(node, segment);
    if (next === undefined) break;
    node = next.value;
    key = next.key;
    depth++;
  }
  const exact = depth === path.length;
  return { ...rangeAt(lineStarts, node, key, exact), depth };
}

function rangeAt(lineStarts: LineStarts, node: PositionNode | 0 | undefined, key: readonly [number, number] | undefined, exact: boolean): Omit<Location, 'depth'> {
  if (node && node[0] === Shape.scalar) return rangeOf(lineStarts, node[1], node[2], exact);
  if (node && exact && (node[0] === Shape.oneLineFlowMap || node[0] === Shape.oneLineFlowSeq)) return rangeOf(lineStarts, node[1], node[2], exact);
  if (key) return rangeOf(lineStarts, key[0], key[1], exact);
  if (node) return firstLineOf(lineStarts, node[1], node[2], exact);
  return { line: 1, column: 1, endLine: 1, endColumn: 1, exact: false };
}

/** Range of text offsets, for problems reported by the parser. */
export function rangeOfOffsets(lineStarts: LineStarts, start: number, end: number): Range {
  const { line, column, endLine, endColumn } = rangeOf(lineStarts, start, Math.max(start, end), true);
  return { line, column, endLine, endColumn };
}

function childOf(node: PositionNode | 0 | undefined, segment: string | number): { value: PositionNode | 0 | undefined; key: readonly [number, number] | undefined } | undefined {
  if (!node) return undefined;
  if (node[0] === Shape.map || node[0] === Shape.oneLineFlowMap) {
    const wanted = String(segment);
    // The first of repeated keys, as the parser's own lookup finds it.
    const entry = node[3].find((candidate) => candidate[0] === wanted);
    return entry && { value: entry[3] === 0 ? undefined : entry[3], key: [entry[1], entry[2]] };
  }
  if ((node[0] === Shape.seq || node[0] === Shape.oneLineFlowSeq) && typeof segment === 'number') {
    const item = node[3][segment];
    return item === undefined ? undefined : { value: item, key: undefined };
  }
  return undefined;
}

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
