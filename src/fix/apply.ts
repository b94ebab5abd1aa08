import { type Document, type Node, type Pair, type ParsedNode, type Scalar, isAlias, isMap, isScalar, isSeq, parseAllDocuments, stringify } from 'yaml';
import type { FixEdit } from '../engine/fix.js';
import type { KubeObject, Path } from '../model/kinds.js';

/**
 * The fixer: a pure function from a file's text and the fixes of its findings to the new text. The text
 * is parsed with the yaml package's Document API only to learn where each node is; the new text is the
 * old one with a few spans replaced (a value, a mapping's new keys after its last one, an object after its
 * document), each rendered by yaml at the indentation of its place, so that everything the fixes do not
 * touch (comments, key order, quoting, indentation, flow style, document markers) stays byte for byte.
 */

/** The fixes of one object: where it is in the file (see FindingFix.at) and what they change. */
export interface ObjectFix {
  document: number;
  basePath: Path;
  /** What the object there must be (its kind, and its name where the file gives it as linted): else the fix is left out. */
  expect?: { kind?: string | undefined; name?: string | undefined } | undefined;
  edits?: readonly FixEdit[] | undefined;
  add?: readonly KubeObject[] | undefined;
}

/** `text.slice(start, end)` becomes `text`: one change of a fixed file, at offsets into the original. */
export interface Replacement {
  start: number;
  end: number;
  text: string;
}

export interface FixedText {
  text: string;
  /** The spans changed, sorted and apart. */
  replacements: Replacement[];
  /** Per fix given: whether it holds in the new text (made so now, or already so). */
  applied: boolean[];
  /** Why nothing could be done to the file (a syntax error). */
  problem?: string;
}

/** A fix that cannot be applied to the text as it is written: it is left out, the others are applied. */
class Conflict extends Error {}

type Overlay = { kind: 'set'; value: unknown } | { kind: 'append'; items: unknown[] } | { kind: 'tree'; children: Map<string | number, Overlay> };

interface Layout {
  eol: string;
  /** Columns a nested mapping is indented by. */
  step: number;
  /** Whether a block sequence under a key is indented (`key:\n  - a`) or not (`key:\n- a`). */
  indentSeq: boolean;
  /** Whether flow collections have spaces inside their brackets, as the file's first one does. */
  flowPadding: boolean;
}

/**
 * Applies the fixes to the text, all edits of one object in one pass: two fixes that set the same path
 * compose (the first wins), two that add keys to one mapping add them together. A fix any of whose edits
 * cannot be made as written (through an alias or a merge key, into a scalar, at a list index that is not
 * there) is left out whole.
 */
export function applyFixes(text: string, fixes: readonly ObjectFix[], parsed: ParsedText = parseForFixes(text)): FixedText {
  const changes = fixReplacements(text, fixes, parsed);
  return { ...changes, text: changes.problem === undefined ? spliced(text, changes.replacements) : text };
}

/** What applyFixes changes, without making the new text: one finding's fix of a large file, for SARIF. */
export function fixReplacements(text: string, fixes: readonly ObjectFix[], parsed: ParsedText = parseForFixes(text)): Omit<FixedText, 'text'> {
  if ('problem' in parsed) return { replacements: [], applied: fixes.map(() => false), problem: parsed.problem };
  const { documents: list, layout } = parsed;
  const applied = fixes.map(() => false);
  const overlays = new Map<Node, { overlay: Overlay & { kind: 'tree' }; adds: KubeObject[]; document: Document.Parsed; fixes: number[] }>();
  fixes.forEach((fix, i) => {
    const document = list[fix.document];
    const root = document && nodeAt(document.contents, fix.basePath);
    if (!document || !root || !isMap(root) || !isExpected(root, fix.expect)) return;
    const own: Overlay & { kind: 'tree' } = { kind: 'tree', children: new Map() };
    for (const edit of fix.edits ?? []) addEdit(own, edit);
    try {
      render(text, root, own, layout, false);
    } catch (error) {
      if (error instanceof Conflict) return;
      throw error;
    }
    let entry = overlays.get(root);
    if (!entry) overlays.set(root, (entry = { overlay: { kind: 'tree', children: new Map() }, adds: [], document, fixes: [] }));
    entry.fixes.push(i);
    for (const edit of fix.edits ?? []) addEdit(entry.overlay, edit);
    for (const object of fix.add ?? []) if (!entry.adds.some((added) => sameValue(added, object))) entry.adds.push(object);
    applied[i] = true;
  });
  const replacements: Replacement[] = [];
  for (const [root, { overlay, adds, document, fixes: indexes }] of overlays) {
    try {
      replacements.push(...render(text, root, overlay, layout, false));
    } catch (error) {
      if (!(error instanceof Conflict)) throw error;
      // Fixes that each apply but not together (one sets a mapping whole that another edits inside): none of them.
      for (const i of indexes) applied[i] = false;
      continue;
    }
    if (adds.length > 0) replacements.push(addedAfter(text, document, adds, layout));
  }
  return { replacements: mergeReplacements(replacements), applied };
}

/** A text parsed once for several calls of applyFixes (each finding's fix alone, as SARIF shows them). */
export type ParsedText = { documents: Document.Parsed[]; layout: Layout } | { problem: string };

export function parseForFixes(text: string): ParsedText {
  const documents = parseAllDocuments(text, { prettyErrors: false });
  const list = Array.isArray(documents) ? documents : [];
  if (list.some((document) => document.errors.length > 0)) return { problem: 'it has YAML syntax errors' };
  return { documents: list, layout: layoutOf(text, list) };
}

/** The text with the replacements (sorted, apart) made. */
export function spliced(text: string, replacements: readonly Replacement[]): string {
  let out = '';
  let at = 0;
  for (const { start, end, text: inserted } of replacements) {
    out += text.slice(at, start) + inserted;
    at = end;
  }
  return out + text.slice(at);
}

/** Sorted; two insertions at one offset (objects of two mappings ending on one line) become one. */
function mergeReplacements(replacements: Replacement[]): Replacement[] {
  const sorted = [...replacements].sort((a, b) => a.start - b.start || a.end - b.end);
  const merged: Replacement[] = [];
  for (const next of sorted) {
    const last = merged.at(-1);
    if (last && last.start === last.end && next.start === next.end && last.start === next.start) last.text += next.text;
    else if (last && next.start < last.end) continue; // overlapping: cannot happen for edits of distinct nodes; keep the first
    else merged.push({ ...next });
  }
  return merged;
}

function addEdit(tree: Overlay & { kind: 'tree' }, edit: FixEdit): void {
  if (edit.path.length === 0) return;
  let node: Overlay = tree;
  for (const segment of edit.path.slice(0, -1)) {
    if (node.kind !== 'tree') return; // a value set whole earlier wins
    let child = node.children.get(segment);
    if (!child) node.children.set(segment, (child = { kind: 'tree', children: new Map() }));
    node = child;
  }
  if (node.kind !== 'tree') return;
  const last = edit.path[edit.path.length - 1] as string | number;
  const existing = node.children.get(last);
  if (edit.op === 'set') {
    if (!existing) node.children.set(last, { kind: 'set', value: edit.value });
    return;
  }
  if (!existing) node.children.set(last, { kind: 'append', items: [edit.value] });
  else if (existing.kind === 'append' && !existing.items.some((item) => sameValue(item, edit.value))) existing.items.push(edit.value);
}

/** The node at a path of plain keys and indexes, or undefined; never through an alias. */
function nodeAt(node: unknown, path: Path): ParsedNode | undefined {
  let current = node;
  for (const segment of path) {
    if (isMap(current) && typeof segment === 'string') current = pairOf(current.items, segment)?.value;
    else if (isSeq(current) && typeof segment === 'number') current = current.items[segment];
    else return undefined;
  }
  return current as ParsedNode | undefined;
}

function isExpected(root: Node & { items: Pair[] }, expect: ObjectFix['expect']): boolean {
  const scalarAt = (path: string[]) => {
    const node = nodeAt(root, path);
    return isScalar(node) ? String(node.value) : undefined;
  };
  // An object may go by generateName and have no name of its own.
  const name = scalarAt(['metadata', 'name']);
  return (expect?.kind === undefined || scalarAt(['kind']) === expect.kind) && (expect?.name === undefined || name === undefined || name === expect.name);
}

function pairOf(items: readonly Pair[], key: string): Pair | undefined {
  return items.find((pair) => isScalar(pair.key) && String(pair.key.value) === key);
}

/** The replacements that make `node` hold what `overlay` says. */
function render(text: string, node: unknown, overlay: Overlay, layout: Layout, inFlow: boolean): Replacement[] {
  // What an alias or an anchor shares, an edit would change in every place that uses it.
  if (isAlias(node) || ((isMap(node) || isSeq(node) || isScalar(node)) && node.anchor)) throw new Conflict('an alias or an anchor');
  if (overlay.kind === 'tree') {
    if (isMap(node)) return renderInMap(text, node, overlay, layout, inFlow);
    if (isSeq(node)) {
      const out: Replacement[] = [];
      for (const [index, child] of overlay.children) {
        const item: unknown = typeof index === 'number' ? node.items[index] : undefined;
        if (item === undefined) throw new Conflict('no such item');
        out.push(...render(text, item, child, layout, inFlow || node.flow === true));
      }
      return out;
    }
    if (isNullScalar(node)) return replaceNull(text, node, materialize(overlay), layout, inFlow);
    throw new Conflict('a value where a mapping is needed');
  }
  if (overlay.kind === 'set') {
    if (sameValue(valueOf(node), overlay.value)) return [];
    if (isNullScalar(node)) return replaceNull(text, node, overlay.value, layout, inFlow);
    const [start, end] = (node as Node).range ?? [0, 0];
    if (isScalar(node) && !isCollectionValue(overlay.value)) return [{ start, end: contentEnd(text, node), text: renderScalarLike(node, overlay.value, layout) }];
    if ((isMap(node) || isSeq(node)) && isCollectionValue(overlay.value)) {
      if (node.flow || inFlow) return [{ start, end, text: renderFlow(overlay.value, paddingOf(text, node, layout)) }];
      const indent = ' '.repeat(columnOf(text, start));
      const lines = renderBlock(overlay.value, layout);
      return [{ start, end: contentEnd(text, node), text: lines.map((line, i) => (i === 0 ? line : indent + line)).join(layout.eol) }];
    }
    throw new Conflict('a value of another shape');
  }
  // append
  const items = overlay.items.filter((item) => !(isSeq(node) && node.items.some((existing) => sameValue(valueOf(existing), item))));
  if (items.length === 0) return [];
  if (isSeq(node)) {
    if (node.flow || inFlow) return [flowInsert(text, node, items.map((item) => renderFlow(item, paddingOf(text, node, layout))))];
    const first = node.items[0] as Node | undefined;
    const dash = first?.range ? lastDashBefore(text, first.range[0]) : node.range?.[0];
    if (dash === undefined) throw new Conflict('no place in the list');
    const indent = ' '.repeat(columnOf(text, dash));
    const lines = renderBlock(items, layout).map((line) => indent + line);
    return [{ start: lineEnd(text, contentEnd(text, node)), end: lineEnd(text, contentEnd(text, node)), text: layout.eol + lines.join(layout.eol) }];
  }
  if (isNullScalar(node)) return replaceNull(text, node, items, layout, inFlow);
  throw new Conflict('a value where a list is needed');
}

function renderInMap(text: string, map: Node & { items: Pair[]; flow?: boolean }, overlay: Overlay & { kind: 'tree' }, layout: Layout, inFlow: boolean): Replacement[] {
  if (map.items.some((pair) => isScalar(pair.key) && pair.key.value === '<<')) throw new Conflict('a merge key');
  const flow = inFlow || map.flow === true;
  const out: Replacement[] = [];
  const missing: [string, unknown][] = [];
  for (const [key, child] of overlay.children) {
    if (typeof key !== 'string') throw new Conflict('an index into a mapping');
    const pair = pairOf(map.items, key);
    if (!pair) missing.push([key, materialize(child)]);
    else if (pair.value === null || pair.value === undefined) throw new Conflict('a key without a value node');
    else out.push(...render(text, pair.value, child, layout, flow));
  }
  if (missing.length === 0) return out;
  const added = Object.fromEntries(missing);
  if (flow) {
    const padding = paddingOf(text, map, layout);
    out.push(flowInsert(text, map, missing.map(([key, value]) => `${renderKey(key, map.items)}: ${renderFlow(value, padding)}`)));
    return out;
  }
  const firstKey = map.items[0]?.key as Node | undefined;
  if (!firstKey?.range) throw new Conflict('an empty block mapping');
  const indent = ' '.repeat(columnOf(text, firstKey.range[0]));
  const lines = renderBlock(added, layout, quotedKeys(map.items)).map((line) => indent + line);
  const at = lineEnd(text, contentEnd(text, map));
  out.push({ start: at, end: at, text: layout.eol + lines.join(layout.eol) });
  return out;
}

/** A value where there is none (`key:`, `key: null`, `key: ~`): the new value in its place, under its key. */
function replaceNull(text: string, node: Scalar, value: unknown, layout: Layout, inFlow: boolean): Replacement[] {
  const [start, end] = node.range ?? [0, 0];
  if (inFlow) return [{ start, end, text: renderFlow(value, layout.flowPadding) }];
  if (!isCollectionValue(value)) {
    if (start !== end) return [{ start, end, text: renderFlow(value, layout.flowPadding) }];
    // `key:  # why`: the value goes right after the colon, the comment stays where it is.
    let at = start;
    while (at > 0 && (text[at - 1] === ' ' || text[at - 1] === '\t')) at--;
    return [{ start: at, end: at, text: ` ${renderFlow(value, layout.flowPadding)}` }];
  }
  // `key: null  # why` becomes `key:  # why` and the new lines under it; the key sets the indentation.
  const keyColumn = keyColumnBefore(text, start);
  if (keyColumn === undefined) throw new Conflict('no key for the value');
  let from = start;
  while (from > 0 && (text[from - 1] === ' ' || text[from - 1] === '\t') && start !== end) from--;
  const nested = Array.isArray(value) && !layout.indentSeq ? keyColumn : keyColumn + layout.step;
  const lines = renderBlock(value, layout).map((line) => ' '.repeat(nested) + line);
  const at = lineEnd(text, end);
  const out: Replacement[] = [];
  if (start !== end) out.push({ start: from, end, text: '' });
  out.push({ start: at, end: at, text: layout.eol + lines.join(layout.eol) });
  return out;
}

/** New objects after the document, each its own document. */
function addedAfter(text: string, document: Document.Parsed, objects: readonly KubeObject[], layout: Layout): Replacement {
  const contents = document.contents as Node | null;
  const end = contents ? contentEnd(text, contents) : (document.range[1] ?? text.length);
  const at = lineEnd(text, end);
  const body = objects.map((object) => ['---', ...renderBlock(object, layout)].join(layout.eol)).join(layout.eol);
  return { start: at, end: at, text: layout.eol + body };
}

/** Items added before the closing bracket of a flow collection, after its last item. */
function flowInsert(text: string, node: Node & { items: unknown[] }, parts: readonly string[]): Replacement {
  const last = node.items.at(-1);
  const [start, end] = node.range ?? [0, 0];
  if (last === undefined) {
    const at = text.indexOf(text[start] === '{' ? '{' : '[', start) + 1;
    return { start: at, end: at, text: parts.join(', ') };
  }
  const lastEnd = isPairLike(last) ? contentEnd(text, (last.value ?? last.key) as Node) : contentEnd(text, last as Node);
  // A trailing comma already separates: `{a: 1,}` becomes `{a: 1, b: 2}`.
  let probe = lastEnd;
  while (probe < end && /\s/.test(text[probe] ?? '')) probe++;
  if (text[probe] === ',') return { start: probe + 1, end: probe + 1, text: ` ${parts.join(', ')},` };
  return { start: lastEnd, end: lastEnd, text: `, ${parts.join(', ')}` };
}

function isPairLike(item: unknown): item is Pair {
  return typeof item === 'object' && item !== null && 'key' in item && 'value' in item;
}

/** Where a node's own text ends: its last value, without the comments and blank lines after it. */
function contentEnd(text: string, node: Node): number {
  if (isMap(node) || isSeq(node)) {
    if (node.flow) return node.range?.[1] ?? 0;
    const last: unknown = node.items.at(-1);
    if (last === undefined) return node.range?.[1] ?? 0;
    if (isPairLike(last)) {
      const value = last.value as Node | null;
      if (value && value.range) return contentEnd(text, value);
      return (last.key as Node).range?.[1] ?? 0;
    }
    return contentEnd(text, last as Node);
  }
  let end = node.range?.[1] ?? 0;
  const start = node.range?.[0] ?? 0;
  while (end > start && /\s/.test(text[end - 1] ?? '')) end--;
  return end;
}

/** Where the line holding `offset` ends, before its line break (a comment after the value stays on it). */
function lineEnd(text: string, offset: number): number {
  const newline = text.indexOf('\n', offset);
  if (newline === -1) return text.length;
  return text[newline - 1] === '\r' ? newline - 1 : newline;
}

function columnOf(text: string, offset: number): number {
  return offset - (text.lastIndexOf('\n', offset - 1) + 1);
}

function lastDashBefore(text: string, offset: number): number | undefined {
  const dash = text.lastIndexOf('-', offset - 1);
  return dash === -1 ? undefined : dash;
}

/** The column of the key a value at `offset` belongs to: the first non-space of its line, past any `- `. */
function keyColumnBefore(text: string, offset: number): number | undefined {
  const lineStart = text.lastIndexOf('\n', offset - 1) + 1;
  const line = text.slice(lineStart, offset);
  const match = /^([ ]*(?:- +)*)[^\s]/.exec(line);
  return match?.[1]?.length;
}

function isNullScalar(node: unknown): node is Scalar {
  return isScalar(node) && node.value === null;
}

function isCollectionValue(value: unknown): boolean {
  return typeof value === 'object' && value !== null;
}

/** The plain value of a node; undefined for one that has aliases inside (never equal to a fix's value). */
function valueOf(node: unknown): unknown {
  if (isScalar(node)) return node.value;
  if (isMap(node) || isSeq(node)) {
    try {
      return node.toJSON();
    } catch {
      return undefined;
    }
  }
  return undefined;
}

function sameValue(a: unknown, b: unknown): boolean {
  return a === b || (typeof a === 'object' && typeof b === 'object' && a !== null && b !== null && JSON.stringify(a) === JSON.stringify(b));
}

function materialize(overlay: Overlay): unknown {
  if (overlay.kind === 'set') return overlay.value;
  if (overlay.kind === 'append') return overlay.items;
  const object: Record<string, unknown> = {};
  for (const [key, child] of overlay.children) {
    if (typeof key !== 'string') throw new Conflict('an index into a list that is not there');
    object[key] = materialize(child);
  }
  return object;
}

/**
 * Scalars are written for YAML 1.1 readers (kubectl's): a string that 1.1 reads as a boolean or a number
 * (yes, on, 0755) is quoted.
 */
const scalarOptions = { version: '1.1', lineWidth: 0, minContentWidth: 0 } as const;

function renderFlow(value: unknown, padding: boolean): string {
  return stringify(value, { ...scalarOptions, collectionStyle: 'flow', flowCollectionPadding: padding }).trimEnd();
}

/** A string in the quotes of the scalar it replaces (`"Delete"` becomes `"Retain"`); other values as they render. */
function renderScalarLike(node: Scalar, value: unknown, layout: Layout): string {
  if (typeof value === 'string' && node.type === 'QUOTE_DOUBLE') return JSON.stringify(value);
  if (typeof value === 'string' && node.type === 'QUOTE_SINGLE') return `'${value.replaceAll("'", "''")}'`;
  return renderFlow(value, layout.flowPadding);
}

/** Whether a flow collection is written with spaces inside its brackets (`{ a: 1 }`); an empty one follows the file. */
function paddingOf(text: string, node: Node & { items: unknown[] }, layout: Layout): boolean {
  const start = node.range?.[0];
  return node.items.length > 0 && start !== undefined ? text[start + 1] === ' ' : layout.flowPadding;
}

/**
 * A value in block style, as lines relative to where it starts: mappings nested by the file's step,
 * sequences under a key indented or not as the file has them, scalars as yaml writes them for YAML 1.1
 * readers (a string with a line break double-quoted, on one line). yaml's own block output cannot put a
 * sequence at its key's column under four-space mappings, hence this.
 */
function renderBlock(value: unknown, layout: Layout, quoteKeys = false): string[] {
  const scalar = (item: unknown): string => {
    if (typeof item === 'string' && (quoteKeys || item.includes('\n'))) return JSON.stringify(item);
    const shown = stringify(item, scalarOptions).trimEnd();
    return shown.includes('\n') ? JSON.stringify(item) : shown;
  };
  const key = (name: string) => (quoteKeys ? JSON.stringify(name) : stringify(name, scalarOptions).trimEnd());
  const pad = (lines: string[], spaces: number) => lines.map((line) => ' '.repeat(spaces) + line);
  const lines = (item: unknown): string[] => {
    if (Array.isArray(item)) {
      if (item.length === 0) return ['[]'];
      return item.flatMap((entry: unknown) => {
        if (Array.isArray(entry) || (isPlainObject(entry) && Object.keys(entry).length === 0)) return [`- ${renderFlow(entry, layout.flowPadding)}`];
        const [first = '', ...rest] = isPlainObject(entry) ? lines(entry) : [scalar(entry)];
        return [`- ${first}`, ...pad(rest, 2)];
      });
    }
    if (isPlainObject(item)) {
      if (Object.keys(item).length === 0) return ['{}'];
      return Object.entries(item).flatMap(([name, entry]) => {
        if (Array.isArray(entry) && entry.length > 0) return [`${key(name)}:`, ...pad(lines(entry), layout.indentSeq ? layout.step : 0)];
        if (isPlainObject(entry) && Object.keys(entry).length > 0) return [`${key(name)}:`, ...pad(lines(entry), layout.step)];
        return [`${key(name)}: ${lines(entry)[0] ?? ''}`];
      });
    }
    return [scalar(item)];
  };
  return lines(value);
}

function isPlainObject(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

function renderKey(key: string, siblings: readonly Pair[]): string {
  return quotedKeys(siblings) ? JSON.stringify(key) : stringify(key, scalarOptions).trimEnd();
}

/** True when every key of the mapping is double-quoted: new keys are written so too. */
function quotedKeys(items: readonly Pair[]): boolean {
  return items.length > 0 && items.every((pair) => isScalar(pair.key) && pair.key.type === 'QUOTE_DOUBLE');
}

/** How the file lays out what a fix adds: its line breaks, its indentation step, its sequences' indentation. */
function layoutOf(text: string, documents: readonly Document.Parsed[]): Layout {
  const newline = text.indexOf('\n');
  const eol = newline > 0 && text[newline - 1] === '\r' ? '\r\n' : '\n';
  let step: number | undefined;
  let indentSeq: boolean | undefined;
  let flowPadding: boolean | undefined;
  const visit = (node: unknown, keyColumn: number | undefined, depth: number) => {
    if ((step !== undefined && indentSeq !== undefined && flowPadding !== undefined) || depth > 64) return;
    if ((isMap(node) || isSeq(node)) && node.flow && node.items.length > 0 && flowPadding === undefined) flowPadding = text[(node.range?.[0] ?? 0) + 1] === ' ';
    if (isMap(node)) {
      const first = node.items[0]?.key as Node | undefined;
      const column = first?.range && !node.flow ? columnOf(text, first.range[0]) : undefined;
      if (column !== undefined && keyColumn !== undefined && step === undefined && column > keyColumn) step = column - keyColumn;
      for (const pair of node.items) visit(pair.value, node.flow || !(pair.key as Node | null)?.range ? undefined : columnOf(text, (pair.key as Node).range?.[0] ?? 0), depth + 1);
    } else if (isSeq(node)) {
      if (!node.flow && keyColumn !== undefined && indentSeq === undefined) {
        const first = node.items[0] as Node | undefined;
        const dash = first?.range ? lastDashBefore(text, first.range[0]) : undefined;
        if (dash !== undefined) indentSeq = columnOf(text, dash) > keyColumn;
      }
      for (const item of node.items) visit(item, undefined, depth + 1);
    }
  };
  for (const document of documents) visit(document.contents, undefined, 0);
  return { eol, step: step ?? 2, indentSeq: indentSeq ?? true, flowPadding: flowPadding ?? true };
}
