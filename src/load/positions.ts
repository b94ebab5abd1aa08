import { type LineCounter, type Pair, isAlias, isMap, isNode, isScalar, isSeq } from 'yaml';
import { type LineStarts, type MapEntryPosition, type PositionNode, Shape, linePosition } from '../engine/locate.js';

/**
 * The positions of a parsed YAML node and everything written under it (aliases are not followed: a
 * finding inside an alias points at the alias). The parser's tree is dropped after parsing; this is
 * what is kept of it.
 */
export function positionsOf(node: unknown, lineCounter: LineCounter | LineStarts): PositionNode | 0 {
  const lineStarts = 'lineStarts' in lineCounter ? lineCounter.lineStarts : lineCounter;
  return build(node, lineStarts);
}

function build(node: unknown, lineStarts: LineStarts): PositionNode | 0 {
  if (!isNode(node) || !node.range) return 0;
  const [start, end] = node.range;
  if (isScalar(node)) return [Shape.scalar, start, end];
  if (isMap(node)) {
    const entries: MapEntryPosition[] = [];
    for (const pair of node.items as Pair[]) {
      if (!isScalar(pair.key) || !pair.key.range) continue;
      const value = pair.value;
      // An empty value (`resources:`) is a zero-width null scalar: its key stands for it.
      const empty = isScalar(value) && value.value === null && value.range?.[0] === value.range?.[1];
      entries.push([String(pair.key.value), pair.key.range[0], pair.key.range[1], empty ? 0 : build(value, lineStarts)]);
    }
    return [node.flow && oneLine(lineStarts, start, end) ? Shape.oneLineFlowMap : Shape.map, start, end, entries];
  }
  if (isSeq(node)) {
    const items = node.items.map((item) => build(item, lineStarts));
    return [node.flow && oneLine(lineStarts, start, end) ? Shape.oneLineFlowSeq : Shape.seq, start, end, items];
  }
  if (isAlias(node)) return [Shape.other, start, end];
  return 0;
}

function oneLine(lineStarts: LineStarts, start: number, end: number): boolean {
  return linePosition(lineStarts, start).line === linePosition(lineStarts, end).line;
}
