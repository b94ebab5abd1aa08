import { Shape } from '../engine/locate.js';
import { exactSize, interned, ownCopy } from '../engine/own-copy.js';
import { setOwnField } from '../model/kinds.js';
import type { ParseProblem } from './parse.js';
import { jsonKey, resolvePlainScalar } from './scalars.js';

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
export function parseFast(text: string): FastDocument[] | undefined {
  try {
    return new FastReader(text).documents();
  } catch (error) {
    if (error === outsideTheSubset) return undefined;
    throw error;
  }
}

/** Thrown to give up: one object, so that giving up costs no stack trace. */
const outsideTheSubset = new Error('outside the fast reader subset');

function giveUp(): never {
  throw outsideTheSubset;
}

const NL = 10;
const CR = 13;
const TAB = 9;
const SPACE = 32;
const HASH = 35;
const COLON = 58;
const DASH = 45;
const DQUOTE = 34;
const SQUOTE = 39;
const COMMA = 44;
const AMP = 38;
const STAR = 42;
const DOT = 46;

/** Nesting beyond this is left to the general path and its limits. */
const maxDepth = 100;
/** Nodes a file's aliases may add, expanded, on this path: far below the converter's limits, which the yaml package's path applies. */
const aliasNodesLimit = 10_000;
/** The yaml package refuses implicit keys longer than 1024 characters. */
const maxKeyLength = 1000;

/** An anchor's value, and its size and height once expanded (counted when an alias first needs them). */
interface Anchored {
  value: unknown;
  size: number;
  height: number;
}

/** Nodes and levels of a value with its aliases expanded, as the converter of src/load/parse.ts counts them. */
function expandedSizeOf(value: unknown): { size: number; height: number } {
  if (typeof value !== 'object' || value === null) return { size: 1, height: 0 };
  let size = 1;
  let height = 1;
  const isArray = Array.isArray(value);
  for (const item of isArray ? value : Object.values(value)) {
    const inner = expandedSizeOf(item);
    size += inner.size + (isArray ? 0 : 1);
    height = Math.max(height, inner.height + 1);
  }
  return { size, height };
}

class FastReader {
  private readonly length: number;
  private pos = 0;
  private depth = 0;
  // The document being read.
  private nodes: number[] = [];
  private keySlots: number[] = [];
  private keys: string[] = [];
  private sawNull = false;
  private duplicates: ParseProblem[] = [];
  /** End (range[1]) of the node just read. */
  private end = 0;
  // The flow collections open around the reader, the indentation of the block collection holding the
  // outermost, and the line breaks crossed inside flow collections so far.
  private flowLevel = 0;
  private flowParent = -1;
  private flowLineBreaks = 0;
  // The document's anchors: values of those read, names of those being read (an alias to one is a cycle).
  private anchors = new Map<string, Anchored>();
  private readonly anchoring = new Set<string>();
  /** Nodes the file's aliases have added, expanded; past aliasNodesLimit the yaml package's path counts them. */
  private aliasNodes = 0;
  // The last answer of nextIndent: from where, to where, which indentation.
  private askedFrom = -1;
  private foundAt = -1;
  private foundIndent = -1;

  constructor(private readonly text: string) {
    this.length = text.length;
  }

  documents(): FastDocument[] {
    const text = this.text;
    // A byte order mark, or carriage returns (only CRLF is left after normalizeLineBreaks): the general path.
    if (text.charCodeAt(0) === 0xfeff || text.includes('\r')) giveUp();
    const documents: FastDocument[] = [];
    let first = true;
    while (this.pos < this.length || first) {
      const document = this.document(first);
      first = false;
      if (!document) break;
      documents.push(document);
    }
    return documents;
  }

  /** One document from the current line on, or undefined at the end of the text without one. */
  private document(first: boolean): FastDocument | undefined {
    const text = this.text;
    let marker = false;
    // Comment lines after the marker, blank lines among and after them as '', as the yaml package joins them.
    const after: string[] = [];
    let sourceBeforeMarker = false;
    for (;;) {
      if (this.pos >= this.length) {
        if (!marker) return undefined;
        return this.finish(undefined, after);
      }
      const lineStart = this.pos;
      const indent = this.spaces(lineStart);
      const code = text.charCodeAt(lineStart + indent);
      if (code === NL) {
        if (after.length > 0) after.push('');
        this.pos = lineStart + indent + 1;
        continue;
      }
      if (Number.isNaN(code)) {
        this.pos = this.length;
        continue;
      }
      if (code === HASH) {
        const body = this.commentBody(lineStart + indent);
        if (marker) after.push(body);
        else if (body.includes('Source:')) sourceBeforeMarker = true;
        continue;
      }
      if (indent === 0 && this.isMarker(lineStart, DASH)) {
        if (marker) return this.finish(undefined, after); // an empty document; this marker starts the next
        marker = true;
        this.pos = lineStart + 3;
        const rest = this.restOfLine(true);
        if (rest !== undefined) after.push(rest);
        continue;
      }
      if (indent === 0 && (code === 0x25 /* % */ || this.isMarker(lineStart, DOT))) giveUp();
      // Content: where a `Source:` comment before it would land depends on rules not followed here.
      if (sourceBeforeMarker && (!marker || after.length === 0)) giveUp();
      if (!first && !marker) giveUp();
      this.nodes = [];
      this.keySlots = [];
      this.keys = [];
      this.sawNull = false;
      this.duplicates = [];
      this.anchors = new Map();
      const value = this.block(indent, lineStart + indent, -1);
      // Whatever follows the root before the next document must be blank or comments.
      this.skipBlankAndComments();
      if (this.pos < this.length && !this.isMarker(this.pos, DASH)) giveUp();
      return this.finish(value, after);
    }
  }

  private finish(value: unknown, after: string[]): FastDocument {
    const document: FastDocument = {
      value,
      sawNull: this.sawNull,
      nodes: this.nodes,
      keySlots: this.keySlots,
      keys: this.keys,
      commentBefore: after.length > 0 ? after.join('\n') : undefined,
      duplicates: this.duplicates,
    };
    this.nodes = [];
    this.keySlots = [];
    this.keys = [];
    this.duplicates = [];
    return document;
  }

  /** `---` or `...` at `at`, followed by a space, a line break or the end. */
  private isMarker(at: number, code: number): boolean {
    const text = this.text;
    if (text.charCodeAt(at) !== code || text.charCodeAt(at + 1) !== code || text.charCodeAt(at + 2) !== code) return false;
    const next = text.charCodeAt(at + 3);
    return Number.isNaN(next) || next === SPACE || next === NL || next === TAB || next === CR;
  }

  private spaces(at: number): number {
    const text = this.text;
    let i = at;
    while (text.charCodeAt(i) === SPACE) i++;
    return i - at;
  }

  /** The body of the comment at `at` (after `#`); moves to the next line. */
  private commentBody(at: number): string {
    const end = this.lineEnd(at);
    const body = this.text.slice(at + 1, end);
    this.pos = end + 1;
    return body;
  }

  /** The offset of the line break ending the line of `at`, or the text's length; gives up on CR and tabs. */
  private lineEnd(at: number): number {
    const text = this.text;
    let i = at;
    for (;;) {
      const code = text.charCodeAt(i);
      if (code === NL || Number.isNaN(code)) return i;
      if (code === CR || code === TAB) giveUp();
      i++;
    }
  }

  /**
   * After a node on its line: spaces, then a comment (after a space) or nothing, then the line break.
   * Moves to the next line. Returns the comment's body when `comment` is asked for.
   */
  private restOfLine(comment = false): string | undefined {
    const text = this.text;
    let i = this.pos;
    let spaced = false;
    while (text.charCodeAt(i) === SPACE) {
      i++;
      spaced = true;
    }
    const code = text.charCodeAt(i);
    if (code === NL) {
      this.pos = i + 1;
      return undefined;
    }
    if (Number.isNaN(code)) {
      this.pos = i;
      return undefined;
    }
    if (code === HASH && (spaced || i === 0)) {
      const end = this.lineEnd(i);
      this.pos = end + 1;
      return comment ? text.slice(i + 1, end) : undefined;
    }
    return giveUp();
  }

  /** Moves past blank and comment lines, to the start of the next line with content (or the end). */
  private skipBlankAndComments(): void {
    const text = this.text;
    while (this.pos < this.length) {
      const indent = this.spaces(this.pos);
      const code = text.charCodeAt(this.pos + indent);
      if (code === NL) this.pos += indent + 1;
      else if (code === HASH) this.pos = this.lineEnd(this.pos + indent) + 1;
      else if (Number.isNaN(code)) this.pos = this.length;
      else {
        if (code === TAB || code === CR) giveUp();
        return;
      }
    }
  }

  /**
   * The indentation of the next line with content, with `this.pos` at its start; -1 at the end of the text
   * or at a document marker.
   */
  private nextIndent(): number {
    // Asked twice from the same line: after a value, whether a line below continues it, then by its collection.
    if (this.pos === this.askedFrom) {
      this.pos = this.foundAt;
      return this.foundIndent;
    }
    const from = this.pos;
    this.skipBlankAndComments();
    let indent = -1;
    if (this.pos < this.length && !this.isMarker(this.pos, DASH) && !this.isMarker(this.pos, DOT)) indent = this.spaces(this.pos);
    this.askedFrom = from;
    this.foundAt = this.pos;
    this.foundIndent = indent;
    return indent;
  }

  private enter(): void {
    if (++this.depth > maxDepth) giveUp();
  }

  /**
   * A block node whose first line's content starts at `at`, in column `column`; `parent` is the
   * indentation of the collection holding it (-1 for the root). Leaves `this.pos` at the start of the
   * line after the node.
   */
  private block(column: number, at: number, parent: number): unknown {
    const text = this.text;
    const code = text.charCodeAt(at);
    if (code === DASH && this.isSpaceOrEnd(at + 1)) return this.sequence(column, at);
    if (this.keyEnd(at) !== -1) return this.mapping(column, at);
    if (parent === -1) giveUp(); // a scalar or a flow collection as a document: no object either way
    this.pos = at;
    return this.inlineValue(parent);
  }

  private isSpaceOrEnd(at: number): boolean {
    const code = this.text.charCodeAt(at);
    return code === SPACE || code === NL || Number.isNaN(code);
  }

  /**
   * Where the `:` of a key starting at `at` is, when the line from `at` is `key:` followed by a space, a
   * line break or the end; -1 when it is no such line. Gives up on keys outside the subset.
   */
  private keyEnd(at: number): number {
    const text = this.text;
    const code = text.charCodeAt(at);
    if (code === DQUOTE || code === SQUOTE) {
      const close = this.quoteEnd(at);
      if (close === -1) return -1;
      return text.charCodeAt(close) === COLON && this.isSpaceOrEnd(close + 1) ? close : -1;
    }
    // A flow collection or a block scalar; as a key, what follows it gives up.
    if (code === 0x5b || code === 0x7b || code === 0x7c || code === 0x3e) return -1;
    if (!this.mayStartPlain(at, code)) return -1;
    let flowIndicator = false;
    for (let i = at + 1; ; i++) {
      const c = text.charCodeAt(i);
      if (c === COLON) {
        if (this.isSpaceOrEnd(i + 1)) {
          // Keys with flow indicators or of more than 1024 characters: the yaml package's own rules.
          if (flowIndicator || i - at > maxKeyLength) giveUp();
          return i;
        }
      } else if (c === NL || Number.isNaN(c)) return -1;
      else if (c === HASH && text.charCodeAt(i - 1) === SPACE) return -1;
      else if (c === TAB || c === CR) giveUp();
      else if (c === COMMA || c === 0x5b || c === 0x5d || c === 0x7b || c === 0x7d) flowIndicator = true;
    }
  }

  /** Whether a plain scalar may start at `at`; gives up on indicators the subset leaves out. */
  private mayStartPlain(at: number, code: number): boolean {
    switch (code) {
      case 0x26: // &
      case 0x2a: // *
      case 0x21: // !
      case 0x25: // %
      case 0x40: // @
      case 0x60: // `
      case 0x7c: // |
      case 0x3e: // >
      case COMMA:
      case 0x5b: // [
      case 0x5d: // ]
      case 0x7b: // {
      case 0x7d: // }
      case HASH:
      case TAB:
      case CR:
        return giveUp();
      case DASH:
      case 0x3f: // ?
      case COLON:
        if (this.isSpaceOrEnd(at + 1)) giveUp();
        return true;
      default:
        return true;
    }
  }

  /** The offset after the closing quote of a quoted scalar on one line starting at `at`, or -1 without one. */
  private quoteEnd(at: number): number {
    const text = this.text;
    const quote = text.charCodeAt(at);
    for (let i = at + 1; ; i++) {
      const c = text.charCodeAt(i);
      if (c === NL || Number.isNaN(c)) return -1;
      if (c === TAB || c === CR) giveUp();
      if (quote === DQUOTE && c === 0x5c /* \ */) i++;
      else if (c === quote) {
        if (quote === SQUOTE && text.charCodeAt(i + 1) === SQUOTE) i++;
        else return i + 1;
      }
    }
  }

  private mapping(column: number, first: number): unknown {
    this.enter();
    const text = this.text;
    const nodes = this.nodes;
    const at = nodes.length;
    nodes.push(Shape.map, first, 0, 0, 0);
    const object: Record<string, unknown> = {};
    let count = 0;
    let keyAt = first;
    for (;;) {
      const colon = this.keyEnd(keyAt);
      if (colon === -1) giveUp();
      // The key.
      let keyEnd = colon;
      let keyValue: unknown;
      let plainSource: string | undefined;
      const code = text.charCodeAt(keyAt);
      if (code === DQUOTE || code === SQUOTE) keyValue = this.quoted(keyAt, colon);
      else {
        while (text.charCodeAt(keyEnd - 1) === SPACE) keyEnd--;
        plainSource = text.slice(keyAt, keyEnd);
        if (plainSource === '<<') giveUp(); // merge keys: the general path applies them
        keyValue = resolvePlainScalar(plainSource);
      }
      const key = jsonKey(keyValue, plainSource);
      if (Object.hasOwn(object, key)) {
        const shown = code === DQUOTE || code === SQUOTE ? text.slice(keyAt, keyEnd) : JSON.stringify(text.slice(keyAt, keyEnd));
        this.duplicates.push({ code: 'DUPLICATE_KEY', message: ownCopy(`Duplicate key ${shown}`), start: keyAt, end: keyEnd });
      }
      this.keySlots.push(nodes.length);
      this.keys.push(String(keyValue));
      nodes.push(0, keyAt, keyEnd);
      // The value.
      this.pos = colon + 1;
      const value = this.valueAfterIndicator(column, true);
      setOwnField(object, key, value);
      count++;
      const next = this.nextIndent();
      if (next !== column) {
        if (next > column) giveUp();
        break;
      }
      keyAt = this.pos + column;
    }
    nodes[at + 2] = this.blockEnd(first);
    nodes[at + 3] = nodes.length - at;
    nodes[at + 4] = count;
    this.depth--;
    return object;
  }

  private sequence(column: number, first: number): unknown {
    this.enter();
    const text = this.text;
    const nodes = this.nodes;
    const at = nodes.length;
    nodes.push(Shape.seq, first, 0, 0, 0);
    const array: unknown[] = [];
    let dash = first;
    for (;;) {
      if (text.charCodeAt(dash) !== DASH || !this.isSpaceOrEnd(dash + 1)) giveUp();
      this.pos = dash + 1;
      array.push(this.valueAfterIndicator(column, false));
      const next = this.nextIndent();
      if (next !== column) {
        if (next > column) giveUp();
        break;
      }
      dash = this.pos + column;
      // A mapping's sequence at the mapping's own indentation ends at its next key.
      if (text.charCodeAt(dash) !== DASH || !this.isSpaceOrEnd(dash + 1)) break;
    }
    nodes[at + 2] = this.blockEnd(first);
    nodes[at + 3] = nodes.length - at;
    nodes[at + 4] = array.length;
    this.depth--;
    return exactSize(array);
  }

  /**
   * The end recorded for a block collection: its last value's end, or the end of its first line if that is
   * further (after a value's comment, where the yaml package's end is): locate reads the first line only.
   */
  private blockEnd(first: number): number {
    this.end = Math.max(this.end, this.rawLineEnd(first));
    return this.end;
  }

  /**
   * The value after a mapping's `:` or a sequence's `-` at `this.pos`, in a collection indented by
   * `column`: on the same line, or on the lines below, or empty.
   */
  private valueAfterIndicator(column: number, inMapping: boolean): unknown {
    const text = this.text;
    let i = this.pos;
    while (text.charCodeAt(i) === SPACE) i++;
    if (text.charCodeAt(i) === STAR) return this.alias(i, column);
    if (text.charCodeAt(i) !== AMP) return this.unanchoredValue(i, column, inMapping);
    const nameEnd = this.anchorNameEnd(i + 1);
    const name = text.slice(i + 1, nameEnd);
    const after = text.charCodeAt(nameEnd);
    if (after !== SPACE && after !== NL && !Number.isNaN(after)) giveUp();
    this.pos = nameEnd;
    i = nameEnd;
    while (text.charCodeAt(i) === SPACE) i++;
    const code = text.charCodeAt(i);
    // Another property, or a key or dash on the anchor's line (whether the anchor is the key's or the
    // collection's): the yaml package's rules.
    if (code === AMP || code === STAR || code === 0x21 /* ! */) giveUp();
    if (!inMapping && ((code === DASH && this.isSpaceOrEnd(i + 1)) || this.keyEnd(i) !== -1)) giveUp();
    this.anchoring.add(name);
    const value = this.unanchoredValue(i, column, inMapping);
    this.anchoring.delete(name);
    this.anchors.set(name, { value, size: -1, height: -1 });
    return value;
  }

  /** The anchor name from `at`: up to a space, a line break or a flow indicator. */
  private anchorNameEnd(at: number): number {
    const text = this.text;
    let i = at;
    for (;;) {
      const c = text.charCodeAt(i);
      if (c === SPACE || c === NL || Number.isNaN(c) || c === COMMA || c === 0x5b || c === 0x5d || c === 0x7b || c === 0x7d) break;
      if (c === TAB || c === CR) giveUp();
      i++;
    }
    if (i === at) giveUp();
    return i;
  }

  /**
   * An alias at `at` as a value in a collection indented by `parent`: the anchored value itself, as the
   * converter of src/load/parse.ts shares it, counted as if copied. An unknown anchor, a cycle, or more
   * expanded nodes or nesting than the subset takes are the yaml package's to report.
   */
  private alias(at: number, parent: number): unknown {
    const end = this.anchorNameEnd(at + 1);
    const name = this.text.slice(at + 1, end);
    const anchored = this.anchors.get(name);
    if (!anchored || this.anchoring.has(name)) giveUp();
    if (anchored.size === -1) {
      const { size, height } = expandedSizeOf(anchored.value);
      anchored.size = size;
      anchored.height = height;
    }
    this.aliasNodes += anchored.size;
    if (this.aliasNodes > aliasNodesLimit || this.depth + anchored.height > maxDepth) giveUp();
    this.nodes.push(Shape.other, at, end);
    this.end = end;
    this.pos = end;
    this.restOfLine();
    const lineStart = this.pos;
    if (this.nextIndent() > parent) giveUp();
    this.pos = lineStart;
    return anchored.value;
  }

  /** A value after an indicator and its spaces (and any anchor), at `i`. */
  private unanchoredValue(i: number, column: number, inMapping: boolean): unknown {
    const text = this.text;
    const code = text.charCodeAt(i);
    if (code === NL || Number.isNaN(code) || code === HASH) {
      const empty = i;
      this.restOfLine(); // from the indicator: a comment needs the space before it
      const lineStart = this.pos;
      const next = this.nextIndent();
      // A mapping's value may be a sequence at the mapping's own indentation.
      if (next > column || (inMapping && next === column && text.charCodeAt(this.pos + next) === DASH && this.isSpaceOrEnd(this.pos + next + 1))) {
        return this.block(next, this.pos + next, column);
      }
      // Empty: a null, at the end of the indicator's spaces.
      this.pos = lineStart;
      this.sawNull = true;
      if (inMapping) this.nodes.push(Shape.none);
      else this.nodes.push(Shape.scalar, empty, empty);
      this.end = empty;
      return null;
    }
    if (code === TAB || code === CR) giveUp();
    if (inMapping) {
      if (code === DASH && this.isSpaceOrEnd(i + 1)) giveUp(); // `a: - b` is an error
      this.pos = i;
      return this.inlineValue(column);
    }
    // A sequence item: a mapping or sequence may start on the dash's line.
    const itemColumn = i - this.lineStartOf(i);
    if ((code === DASH && this.isSpaceOrEnd(i + 1)) || this.keyEnd(i) !== -1) return this.block(itemColumn, i, column);
    this.pos = i;
    return this.inlineValue(column);
  }

  private lineStartOf(at: number): number {
    return this.text.lastIndexOf('\n', at - 1) + 1;
  }

  /**
   * A scalar or flow collection starting at `this.pos`, in a collection indented by `parent`; then the
   * rest of its line. No line of a value in the subset is more indented than `parent` after it.
   */
  private inlineValue(parent: number): unknown {
    const text = this.text;
    const start = this.pos;
    const code = text.charCodeAt(start);
    let value: unknown;
    if (code === 0x7c /* | */ || code === 0x3e /* > */) return this.blockScalar(parent);
    if (code === 0x5b /* [ */ || code === 0x7b /* { */) {
      this.flowParent = parent;
      value = this.flow();
    } else if (code === DQUOTE || code === SQUOTE) {
      let close = this.quoteEnd(start);
      if (close === -1) {
        close = this.multiLineQuoteEnd(start, parent);
        value = code === DQUOTE ? doubleQuotedValue(text.slice(start, close)) : unfoldLines(text.slice(start + 1, close - 1)).replace(/''/g, "'");
      } else value = this.quoted(start, close);
      this.nodes.push(Shape.scalar, start, close);
      this.end = close;
      this.pos = close;
    } else {
      if (!this.mayStartPlain(start, code)) giveUp();
      let end = this.plainLineEnd(start);
      let multiLine = false;
      if (text.charCodeAt(end) !== SPACE || text.charCodeAt(this.pos) !== HASH) {
        // Lines below indented more than `parent` continue the scalar, blank lines within it too.
        for (let line = this.rawLineEnd(end) + 1; line < this.length; ) {
          const indent = this.spaces(line);
          const first = line + indent;
          const c = text.charCodeAt(first);
          if (c === NL) {
            line = first + 1;
            continue;
          }
          if (indent <= parent || Number.isNaN(c)) break;
          if (c === HASH) giveUp(); // the scalar would end before the comment
          end = this.plainLineEnd(first);
          if (text.charCodeAt(this.pos) === HASH) giveUp();
          multiLine = true;
          line = this.rawLineEnd(end) + 1;
        }
      }
      const source = text.slice(start, end);
      value = multiLine ? unfoldLines(source) : resolvePlainScalar(source);
      if (value === null) this.sawNull = true;
      this.nodes.push(Shape.scalar, start, end);
      this.end = end;
      this.pos = end;
    }
    this.restOfLine();
    // A more indented line below would continue a plain or quoted scalar, or be an error.
    const lineStart = this.pos;
    if (this.nextIndent() > parent) giveUp();
    this.pos = lineStart;
    return typeof value === 'string' ? interned(value) : value;
  }

  /**
   * The end of the line's part of a plain scalar in a block collection, from `at`: before a comment, or
   * the line break, less trailing spaces. Leaves `this.pos` where the scan stopped (a `#`, the line break).
   */
  private plainLineEnd(at: number): number {
    const text = this.text;
    let end = at;
    let i = at;
    for (;;) {
      const c = text.charCodeAt(i);
      if (c === NL || Number.isNaN(c)) break;
      if (c === TAB || c === CR) giveUp();
      if (c === SPACE) {
        if (text.charCodeAt(i + 1) === HASH) {
          i++;
          break;
        }
      } else if (c === COLON && this.isSpaceOrEnd(i + 1)) giveUp(); // a mapping on a value's line
      else end = i + 1;
      i++;
    }
    this.pos = i;
    return end;
  }

  /**
   * The offset after the closing quote of a quoted scalar over several lines, each more indented than
   * `parent` or blank, as the yaml package's lexer takes them.
   */
  private multiLineQuoteEnd(start: number, parent: number): number {
    const text = this.text;
    const quote = text.charCodeAt(start);
    for (let i = start + 1; ; i++) {
      const c = text.charCodeAt(i);
      if (Number.isNaN(c) || c === TAB || c === CR) giveUp();
      if (c === NL) {
        const indent = this.spaces(i + 1);
        const next = text.charCodeAt(i + 1 + indent);
        if (next !== NL && indent <= parent) giveUp();
        i += indent;
      } else if (quote === DQUOTE && c === 0x5c /* \ */) {
        if (text.charCodeAt(i + 1) === NL) continue;
        i++;
      } else if (c === quote) {
        if (quote === SQUOTE && text.charCodeAt(i + 1) === SQUOTE) i++;
        else return i + 1;
      }
    }
  }

  /** The value of a quoted scalar on one line, from `start` to `end` (after the closing quote). */
  private quoted(start: number, end: number): string {
    const text = this.text;
    if (text.charCodeAt(start) === SQUOTE) {
      const inner = text.slice(start + 1, end - 1);
      return inner.includes("''") ? inner.replace(/''/g, "'") : inner;
    }
    let result = '';
    let from = start + 1;
    for (let i = from; i < end - 1; i++) {
      if (text.charCodeAt(i) !== 0x5c) continue;
      result += text.slice(from, i);
      const escape = text[i + 1] ?? '';
      const simple = escapes[escape];
      if (simple !== undefined) {
        result += simple;
        i += 1;
      } else if (escape === 'x' || escape === 'u' || escape === 'U') {
        const digits = escape === 'x' ? 2 : escape === 'u' ? 4 : 8;
        const hex = text.slice(i + 2, i + 2 + digits);
        if (hex.length !== digits || !/^[0-9a-fA-F]+$/.test(hex) || i + 2 + digits > end - 1) giveUp();
        const codePoint = parseInt(hex, 16);
        if (codePoint > 0x10ffff) giveUp();
        result += String.fromCodePoint(codePoint);
        i += 1 + digits;
      } else giveUp();
      from = i + 1;
    }
    return result + text.slice(from, end - 1);
  }

  /**
   * A block scalar (`|` or `>`, with a chomping indicator) whose content is more indented than `parent`,
   * resolved as the yaml package's resolveBlockScalar does, over the lines its lexer gives it.
   */
  private blockScalar(parent: number): unknown {
    const text = this.text;
    const start = this.pos;
    const folded = text.charCodeAt(start) === 0x3e;
    let chomp = '';
    let i = start + 1;
    const indicator = text.charCodeAt(i);
    if (indicator === DASH || indicator === 0x2b /* + */) {
      chomp = indicator === DASH ? '-' : '+';
      i++;
    }
    this.pos = i;
    this.restOfLine();
    // The lines of the scalar: blank ones, and ones indented at least as the first line with content.
    const contentStart = this.pos;
    let blockIndent = -1;
    let lineStart = contentStart;
    let end = contentStart; // after the last line taken
    let lastContentEnd = contentStart; // after the last line with content
    while (lineStart < this.length) {
      const indent = this.spaces(lineStart);
      const code = text.charCodeAt(lineStart + indent);
      const lineEnd = this.rawLineEnd(lineStart + indent);
      if (code === NL || Number.isNaN(code)) {
        end = lineEnd + 1;
        lineStart = end;
        continue;
      }
      if (code === TAB || code === CR) giveUp();
      if (blockIndent === -1) {
        if (indent <= parent) break;
        blockIndent = indent;
      } else if (indent < blockIndent) break;
      end = lineEnd + 1;
      lastContentEnd = end;
      lineStart = end;
    }
    if (blockIndent === -1) {
      // Empty: the next line is not indented enough. Blank lines before it would be the scalar's: left to the general path.
      if (end !== contentStart) giveUp();
      return this.scalarAt(start, contentStart, '', parent);
    }
    end = Math.min(end, this.length);
    lastContentEnd = Math.min(lastContentEnd, this.length);
    // Blank lines at the end: kept with `+`; otherwise the lexer drops those no longer than the indentation,
    // from the last one back to one that is longer.
    let tokenEnd = chomp === '+' ? end : lastContentEnd;
    if (chomp !== '+') {
      for (let line = lastContentEnd; line < end; ) {
        const lineEnd = this.rawLineEnd(line);
        if (lineEnd - line > blockIndent) tokenEnd = Math.min(lineEnd + 1, this.length);
        line = lineEnd + 1;
      }
    }
    return this.scalarAt(start, tokenEnd, resolveBlockLines(text.slice(contentStart, tokenEnd), folded, chomp, blockIndent), parent);
  }

  /** A block scalar from `start` to `end`, after which no line may be more indented than `parent`. */
  private scalarAt(start: number, end: number, value: string, parent: number): string {
    this.nodes.push(Shape.scalar, start, end);
    this.end = end;
    this.pos = end;
    // The line after must not be more indented than `parent` (it would have been content).
    if (this.nextIndent() > parent) giveUp();
    this.pos = end;
    return value;
  }

  private rawLineEnd(at: number): number {
    const index = this.text.indexOf('\n', at);
    return index === -1 ? this.length : index;
  }

  /**
   * A flow collection starting at `this.pos`, on one line or over several (each line more indented than
   * `flowParent`, the closing bracket of the outermost also at it); leaves `this.pos` after it.
   */
  private flow(): unknown {
    this.enter();
    this.flowLevel++;
    const lineBreaksBefore = this.flowLineBreaks;
    const text = this.text;
    const nodes = this.nodes;
    const start = this.pos;
    const isMap = text.charCodeAt(start) === 0x7b;
    const close = isMap ? 0x7d : 0x5d;
    const at = nodes.length;
    nodes.push(isMap ? Shape.oneLineFlowMap : Shape.oneLineFlowSeq, start, 0, 0, 0);
    const object: Record<string, unknown> = {};
    const array: unknown[] = [];
    let count = 0;
    this.pos = start + 1;
    this.flowGap(close);
    if (text.charCodeAt(this.pos) === close) this.pos++;
    else {
      for (;;) {
        if (isMap) {
          const keyStart = this.pos;
          const code = text.charCodeAt(keyStart);
          let keyValue: unknown;
          let plainSource: string | undefined;
          let keyEnd: number;
          if (code === DQUOTE || code === SQUOTE) {
            keyEnd = this.quoteEnd(keyStart);
            if (keyEnd === -1) giveUp();
            keyValue = this.quoted(keyStart, keyEnd);
            this.pos = keyEnd;
          } else {
            keyEnd = this.flowPlainEnd(keyStart);
            plainSource = text.slice(keyStart, keyEnd);
            if (plainSource === '<<') giveUp();
            keyValue = resolvePlainScalar(plainSource);
          }
          if (text.charCodeAt(this.pos) !== COLON || text.charCodeAt(this.pos + 1) !== SPACE) giveUp();
          this.pos += 2;
          this.flowSpaces();
          const key = jsonKey(keyValue, plainSource);
          if (Object.hasOwn(object, key)) {
            const shown = plainSource === undefined ? text.slice(keyStart, keyEnd) : JSON.stringify(plainSource);
            this.duplicates.push({ code: 'DUPLICATE_KEY', message: ownCopy(`Duplicate key ${shown}`), start: keyStart, end: keyEnd });
          }
          this.keySlots.push(nodes.length);
          this.keys.push(String(keyValue));
          nodes.push(0, keyStart, keyEnd);
          setOwnField(object, key, this.flowItem(close));
        } else array.push(this.flowItem(close));
        count++;
        const code = text.charCodeAt(this.pos);
        if (code === close) {
          this.pos++;
          break;
        }
        if (code !== COMMA) giveUp();
        this.pos++;
        this.flowGap(close);
        if (text.charCodeAt(this.pos) === close) {
          this.pos++; // a trailing comma
          break;
        }
      }
    }
    // Over several lines, the yaml package records it as a block collection would be (positions.ts).
    if (this.flowLineBreaks !== lineBreaksBefore) nodes[at] = isMap ? Shape.map : Shape.seq;
    nodes[at + 2] = this.pos;
    nodes[at + 3] = nodes.length - at;
    nodes[at + 4] = count;
    this.end = this.pos;
    this.depth--;
    this.flowLevel--;
    return isMap ? object : exactSize(array);
  }

  private flowSpaces(): void {
    while (this.text.charCodeAt(this.pos) === SPACE) this.pos++;
  }

  /**
   * Between the tokens of a flow collection closed by `close`: spaces, and line breaks with blank and
   * comment lines, each line with content indented as the yaml package's lexer requires (more than the
   * block collection holding the outermost flow; its closing bracket may stand at that indentation).
   * Returns whether a line break was crossed.
   */
  private flowGap(close: number): boolean {
    const text = this.text;
    let crossed = false;
    for (;;) {
      const spacesFrom = this.pos;
      this.flowSpaces();
      const code = text.charCodeAt(this.pos);
      if (code === HASH) {
        if (this.pos === spacesFrom && text.charCodeAt(this.pos - 1) !== NL) giveUp(); // a comment needs a space before it
        this.pos = this.lineEnd(this.pos);
        continue;
      }
      if (code !== NL) {
        if (code === TAB || code === CR || Number.isNaN(code)) giveUp();
        if (crossed) {
          const indent = this.pos - this.lineStartOf(this.pos);
          const closesOutermost = code === close && this.flowLevel === 1 && indent === this.flowParent;
          if (indent <= this.flowParent && !closesOutermost) giveUp();
          if (indent === 0 && (this.isMarker(this.pos, DASH) || this.isMarker(this.pos, DOT))) giveUp();
        }
        return crossed;
      }
      this.pos++;
      this.flowLineBreaks++;
      crossed = true;
    }
  }

  /**
   * A value inside a flow collection closed by `close`: a quoted or plain scalar or a nested flow
   * collection; then the gap to what follows it.
   */
  private flowItem(close: number): unknown {
    const text = this.text;
    const start = this.pos;
    const code = text.charCodeAt(start);
    if (code === 0x5b || code === 0x7b) {
      const value = this.flow();
      this.flowGap(close);
      return value;
    }
    if (code === DQUOTE || code === SQUOTE) {
      const quoteClose = this.quoteEnd(start);
      if (quoteClose === -1) giveUp();
      this.nodes.push(Shape.scalar, start, quoteClose);
      this.pos = quoteClose;
      this.flowGap(close);
      if (text.charCodeAt(this.pos) === COLON) giveUp(); // a pair in a sequence
      return interned(this.quoted(start, quoteClose));
    }
    const end = this.flowPlainEnd(start);
    const source = text.slice(start, end);
    if (text.charCodeAt(this.pos) === COLON) giveUp();
    // A plain scalar at the end of its line goes on in the next unless a separator comes first.
    if (this.flowGap(close) && text.charCodeAt(this.pos) !== COMMA && text.charCodeAt(this.pos) !== close) giveUp();
    const value = resolvePlainScalar(source);
    if (value === null) this.sawNull = true;
    this.nodes.push(Shape.scalar, start, end);
    return typeof value === 'string' ? interned(value) : value;
  }

  /** The end of a plain scalar in a flow collection (trailing spaces left out); moves past the spaces. */
  private flowPlainEnd(start: number): number {
    const text = this.text;
    const code = text.charCodeAt(start);
    if (code === SPACE || code === NL || Number.isNaN(code) || !this.mayStartPlain(start, code)) giveUp();
    let end = start;
    let i = start;
    for (;;) {
      const c = text.charCodeAt(i);
      if (Number.isNaN(c)) giveUp(); // never closed
      if (c === NL) break;
      if (c === TAB || c === CR) giveUp();
      if (c === COMMA || c === 0x5b || c === 0x5d || c === 0x7b || c === 0x7d) break;
      if (c === COLON) {
        const next = text.charCodeAt(i + 1);
        if (next === SPACE || next === COMMA || next === 0x5b || next === 0x5d || next === 0x7b || next === 0x7d || next === NL) break;
      }
      if (c === HASH && text.charCodeAt(i - 1) === SPACE) giveUp();
      if (c !== SPACE) end = i + 1;
      i++;
    }
    this.pos = i;
    return end;
  }
}

/** A plain or single-quoted scalar's lines folded as the yaml package's unfoldLines folds them (no tabs here). */
function unfoldLines(source: string): string {
  const lines = source.split('\n');
  if (lines.length === 1) return source;
  let result = (lines[0] as string).trimEnd();
  let sep = ' ';
  for (let i = 1; i < lines.length - 1; i++) {
    const line = (lines[i] as string).trim();
    if (line === '') {
      if (sep === '\n') result += sep;
      else sep = '\n';
    } else {
      result += sep + line;
      sep = ' ';
    }
  }
  return ownCopy(result + sep + (lines[lines.length - 1] as string).trimStart());
}

/** A double-quoted scalar over several lines (quotes included), as the yaml package's doubleQuotedValue reads it. */
function doubleQuotedValue(source: string): string {
  let result = '';
  for (let i = 1; i < source.length - 1; ++i) {
    const ch = source[i] as string;
    if (ch === '\n') {
      let fold = '';
      let next = source[i + 1];
      while (next === ' ' || next === '\n') {
        if (next === '\n') fold += '\n';
        i++;
        next = source[i + 1];
      }
      result += fold || ' ';
    } else if (ch === '\\') {
      const escape = source[++i] ?? '';
      const simple = escapes[escape];
      if (simple !== undefined) result += simple;
      else if (escape === '\n') {
        while (source[i + 1] === ' ') i++;
      } else if (escape === 'x' || escape === 'u' || escape === 'U') {
        const digits = escape === 'x' ? 2 : escape === 'u' ? 4 : 8;
        const hex = source.slice(i + 1, i + 1 + digits);
        if (hex.length !== digits || !/^[0-9a-fA-F]+$/.test(hex)) giveUp();
        const codePoint = parseInt(hex, 16);
        if (codePoint > 0x10ffff) giveUp();
        result += String.fromCodePoint(codePoint);
        i += digits;
      } else giveUp();
    } else if (ch === ' ') {
      // Spaces before a line break are dropped.
      const from = i;
      while (source[i + 1] === ' ') i++;
      if (source[i + 1] !== '\n') result += source.slice(from, i + 1);
    } else result += ch;
  }
  return ownCopy(result);
}

const escapes: Record<string, string> = {
  '0': '\0',
  a: '\x07',
  b: '\b',
  e: '\x1b',
  f: '\f',
  n: '\n',
  r: '\r',
  t: '\t',
  v: '\v',
  N: '\u0085',
  _: '\u00a0',
  L: '\u2028',
  P: '\u2029',
  ' ': ' ',
  '"': '"',
  '/': '/',
  '\\': '\\',
};

/**
 * The value of a block scalar from the lines after its header, as the yaml package's
 * resolveBlockScalar computes it (without an indentation indicator: the caller gave up on those).
 */
function resolveBlockLines(source: string, folded: boolean, chomp: string, blockIndent: number): string {
  const lines = source.split('\n');
  // A final line break leaves an empty last piece: the lexer's token ends with it.
  const split: [number, string][] = lines.map((line) => {
    let indent = 0;
    while (line.charCodeAt(indent) === SPACE) indent++;
    return [indent, line.slice(indent)];
  });
  let chompStart = split.length;
  for (let i = split.length - 1; i >= 0; --i) {
    if ((split[i] as [number, string])[1] === '') chompStart = i;
    else break;
  }
  let trimIndent = blockIndent;
  let contentStart = 0;
  for (let i = 0; i < chompStart; ++i) {
    const [indent, content] = split[i] as [number, string];
    if (content === '') {
      if (indent > blockIndent) giveUp(); // more-indented leading blank lines: the general path says what they mean
      continue;
    }
    trimIndent = indent;
    contentStart = i;
    break;
  }
  for (let i = split.length - 1; i >= chompStart; --i) {
    if ((split[i] as [number, string])[0] > trimIndent) chompStart = i + 1;
  }
  let value = '';
  let sep = '';
  let prevMoreIndented = false;
  const spacesAfter = (indent: number) => ' '.repeat(Math.max(0, indent - trimIndent));
  for (let i = 0; i < contentStart; ++i) value += spacesAfter((split[i] as [number, string])[0]) + '\n';
  for (let i = contentStart; i < chompStart; ++i) {
    const [indent, content] = split[i] as [number, string];
    if (!folded) {
      value += sep + spacesAfter(indent) + content;
      sep = '\n';
    } else if (indent > trimIndent || content[0] === '\t') {
      if (sep === ' ') sep = '\n';
      else if (!prevMoreIndented && sep === '\n') sep = '\n\n';
      value += sep + spacesAfter(indent) + content;
      sep = '\n';
      prevMoreIndented = true;
    } else if (content === '') {
      if (sep === '\n') value += '\n';
      else sep = '\n';
    } else {
      value += sep + content;
      sep = ' ';
      prevMoreIndented = false;
    }
  }
  if (chomp === '+') {
    for (let i = chompStart; i < split.length; ++i) value += '\n' + spacesAfter((split[i] as [number, string])[0]);
    if (value[value.length - 1] !== '\n') value += '\n';
  } else if (chomp !== '-') value += '\n';
  // Built line by line, V8 holds it as a tree of two pieces per line (a ConfigMap's file: 64 bytes a line): one flat copy.
  return ownCopy(value);
}
