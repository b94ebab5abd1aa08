import { type Document, LineCounter, parseAllDocuments } from 'yaml';
import { type KubeObject, type Path, isRecord } from '../model/kinds.js';
import type { Origin } from './origin.js';

/** A YAML or JSON text as it was read, with what is needed to point back into it. */
export interface Source {
  /** Path as shown to the user: relative to the working directory, or `<stdin>`. */
  file: string;
  text: string;
  lineCounter: LineCounter;
}

/** One Kubernetes object and where it sits: its document and its path inside that document. */
export interface SourceObject {
  object: KubeObject;
  source: Source;
  document: Document;
  /** Index of the document in the file (0-based). */
  documentIndex: number;
  /** Path of the object inside the document: [] or ['items', i] for a List. */
  basePath: Path;
  /** For rendered input: the template or base file the object came from. */
  origin?: Origin;
}

/** A problem the parser found, at offsets into the source text. */
export interface ParseProblem {
  code: string;
  message: string;
  start: number;
  end: number;
}

export interface ParsedSource {
  source: Source;
  objects: SourceObject[];
  problems: ParseProblem[];
}

const parseOptions = {
  uniqueKeys: true,
  prettyErrors: false,
  logLevel: 'error' as const,
  strict: true,
};

/**
 * Parses every document of a YAML (or JSON) text into Kubernetes objects. Documents that are not
 * Kubernetes objects are skipped silently; a document with a syntax error contributes a problem
 * instead of objects, and the other documents still count. A duplicate key alone does not stop
 * the document from being linted: the parser keeps the last value, as kubectl does.
 */
export function parseSource(file: string, text: string): ParsedSource {
  const lineCounter = new LineCounter();
  const source: Source = { file, text, lineCounter };
  const objects: SourceObject[] = [];
  const problems: ParseProblem[] = [];
  if (isJsonFile(file)) {
    const problem = jsonProblem(text);
    if (problem) {
      countLines(text, lineCounter); // the YAML parser, which would have counted them, does not run
      return { source, objects, problems: [problem] };
    }
  }
  const documents = parseAllDocuments(text, { ...parseOptions, lineCounter });
  const list = Array.isArray(documents) ? documents : [];
  list.forEach((document, documentIndex) => {
    // After the first real syntax error the parser's further complaints are mostly its consequences.
    const firstSyntaxError = document.errors.find((error) => error.code !== 'DUPLICATE_KEY');
    const reported = firstSyntaxError ? [firstSyntaxError] : document.errors;
    for (const error of reported) {
      const [start, end] = error.pos;
      if (error.code === 'DUPLICATE_KEY') {
        const key = keyAt(text, start);
        const shown = /^["']/.test(key) ? key : JSON.stringify(key);
        problems.push({ code: error.code, message: `Duplicate key ${shown}`, start, end: start + key.length });
      } else {
        problems.push({ code: error.code, message: firstLine(error.message), start, end });
      }
    }
    if (firstSyntaxError) return;
    let value: unknown;
    try {
      value = document.toJS({ maxAliasCount: 1000 });
    } catch {
      const [start] = document.range;
      problems.push({ code: 'ALIAS_LIMIT', message: 'Too many alias expansions', start, end: start });
      return;
    }
    for (const [object, basePath] of kubernetesObjectsIn(value)) {
      objects.push({ object, source, document, documentIndex, basePath });
    }
  });
  return { source, objects, problems };
}

function* kubernetesObjectsIn(value: unknown): Generator<[KubeObject, Path]> {
  if (!isKubeObject(value)) return;
  const items: unknown = value['items'];
  if (value.kind.endsWith('List') && Array.isArray(items)) {
    for (const [i, item] of items.entries()) if (isKubeObject(item)) yield [item, ['items', i]];
    return;
  }
  yield [value, []];
}

function isKubeObject(value: unknown): value is KubeObject {
  return isRecord(value) && typeof value['apiVersion'] === 'string' && typeof value['kind'] === 'string';
}

function countLines(text: string, lineCounter: LineCounter): void {
  lineCounter.addNewLine(0);
  for (let i = text.indexOf('\n'); i !== -1; i = text.indexOf('\n', i + 1)) lineCounter.addNewLine(i + 1);
}

function isJsonFile(file: string): boolean {
  return file.toLowerCase().endsWith('.json');
}

/**
 * YAML accepts more than JSON does, so a .json file is held to JSON's own grammar first: an empty file
 * or a trailing comma is an error kubectl would report too.
 */
function jsonProblem(text: string): ParseProblem | undefined {
  if (text.trim() === '') return { code: 'JSON_EMPTY', message: 'Empty JSON file: a .json manifest must hold a JSON value', start: 0, end: 0 };
  try {
    JSON.parse(text);
    return undefined;
  } catch (error) {
    const message = error instanceof Error ? error.message : String(error);
    const position = /position (\d+)/.exec(message);
    const start = position ? Number(position[1]) : 0;
    const reason = message
      .replace(/ in JSON at position \d+.*$/s, '')
      .replace(/, ".*" is not valid JSON$/s, '')
      .replace(/\n/g, '\\n');
    return { code: 'JSON_SYNTAX', message: `Invalid JSON: ${reason}`, start, end: start + 1 };
  }
}

/** The key text at an offset, as written (quoted or plain). */
function keyAt(text: string, offset: number): string {
  const match = /^(?:"(?:[^"\\]|\\.)*"|'(?:[^']|'')*'|[^:\n,{}]+?)(?=\s*:)/.exec(text.slice(offset, offset + 300));
  return match ? match[0] : '?';
}

function firstLine(message: string): string {
  return message.split('\n')[0]?.replace(/ at line \d+, column \d+:?$/, '') ?? message;
}
