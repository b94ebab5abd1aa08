import { type Document, type LineCounter, type Node, type Pair, isCollection, isMap, isNode, isPair, isScalar, isSeq } from 'yaml';
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
 * Turns a JSON path into the range of its YAML node. A scalar is located at its value; a mapping or
 * sequence at its key (or its first line when it has none). A missing field falls back to the nearest
 * existing ancestor, with `exact: false`.
 */
export function locate(document: Document, lineCounter: LineCounter, path: Path): Location {
  let node: unknown = document.contents;
  let key: Node | undefined;
  let depth = 0;
  for (const segment of path) {
    const next = childOf(node, segment);
    if (next === undefined) break;
    node = next.value;
    key = next.key;
    depth++;
  }
  const exact = depth === path.length;
  return { ...rangeAt(lineCounter, node, key, exact), depth };
}

function rangeAt(lineCounter: LineCounter, node: unknown, key: Node | undefined, exact: boolean): Omit<Location, 'depth'> {
  if (isScalar(node) && node.range) return rangeOf(lineCounter, node.range[0], node.range[1], exact);
  // A one-line flow collection ({...}, [...]) reads as a value: point at it rather than at its key.
  if (isCollection(node) && node.flow && node.range && exact && isOneLine(lineCounter, node.range)) {
    return rangeOf(lineCounter, node.range[0], node.range[1], exact);
  }
  if (key?.range) return rangeOf(lineCounter, key.range[0], key.range[1], exact);
  if (isNode(node) && node.range) return firstLineOf(lineCounter, node.range[0], node.range[1], exact);
  return { line: 1, column: 1, endLine: 1, endColumn: 1, exact: false };
}

/** Range of text offsets, for problems reported by the parser. */
export function rangeOfOffsets(lineCounter: LineCounter, start: number, end: number): Range {
  const { line, column, endLine, endColumn } = rangeOf(lineCounter, start, Math.max(start, end), true);
  return { line, column, endLine, endColumn };
}

function childOf(node: unknown, segment: string | number): { value: unknown; key: Node | undefined } | undefined {
  if (isMap(node)) {
    const pair = node.items.find((item: Pair) => isScalar(item.key) && String(item.key.value) === String(segment));
    if (!isPair(pair)) return undefined;
    const keyNode = isNode(pair.key) ? pair.key : undefined;
    // An empty value (`resources:`) is a zero-width null scalar: point at its key instead.
    const empty = isScalar(pair.value) && pair.value.value === null && pair.value.range?.[0] === pair.value.range?.[1];
    return { value: empty ? undefined : (pair.value ?? undefined), key: keyNode };
  }
  if (isSeq(node) && typeof segment === 'number') {
    const item: unknown = node.items[segment];
    return item === undefined ? undefined : { value: item, key: undefined };
  }
  return undefined;
}

function rangeOf(lineCounter: LineCounter, start: number, end: number, exact: boolean): Omit<Location, 'depth'> {
  const from = lineCounter.linePos(start);
  const to = lineCounter.linePos(end);
  return { line: from.line, column: from.col, endLine: to.line, endColumn: to.col, exact };
}

function isOneLine(lineCounter: LineCounter, range: readonly [number, number, number]): boolean {
  return lineCounter.linePos(range[0]).line === lineCounter.linePos(range[1]).line;
}

function firstLineOf(lineCounter: LineCounter, start: number, end: number, exact: boolean): Omit<Location, 'depth'> {
  const from = lineCounter.linePos(start);
  const nextLineStart = lineCounter.lineStarts[from.line];
  const lineEnd = nextLineStart === undefined ? end : Math.min(end, nextLineStart - 1);
  return rangeOf(lineCounter, start, Math.max(start, lineEnd), exact);
}
