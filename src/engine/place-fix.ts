import type { Fix, FixEdit } from './fix.js';
import { findingText } from './own-copy.js';
import { type FindingFix, STDIN_NAME } from './finding.js';
import { type SourceObject, sourceDigest } from '../load/parse.js';
import { type Path, isRecord } from '../model/kinds.js';
import { textDigest } from './text-digest.js';

/**
 * Where a report's fix applies: the object's own file, or for a Kustomize build the base or overlay that
 * defines it. A Helm template is text, not YAML, and a field a Kustomize patch or transformer wrote is not
 * in the file that defines the object: those fixes are left to a person (`manual`).
 */
export function placeFix(entry: SourceObject, fix: Fix): FindingFix {
  const { origin } = entry;
  if (!origin) {
    const file = entry.source.file;
    if (file === STDIN_NAME) return placed(fix, file, { manual: 'read from standard input' });
    return placed(fix, file, { at: { document: entry.documentIndex, basePath: entry.basePath, digest: sourceDigest(entry.source) } });
  }
  if (origin.via === 'helm') return placed(fix, origin.file, { manual: 'a Helm template: change the template or the values it reads' });
  const definition = origin.source?.definition;
  if (!origin.source || !definition) return placed(fix, origin.file, { manual: 'made by a Kustomize generator or a remote base' });
  if (!sameInDefinition(entry.object, definition.object, fix)) {
    return placed(fix, origin.file, { manual: 'a Kustomize patch or transformer sets this part of the object: change it there' });
  }
  // The base was read whole, its byte order mark kept; --fix compares the text without it, as a file linted is read.
  const text = definition.text.startsWith('\uFEFF') ? definition.text.slice(1) : definition.text;
  return placed(fix, origin.file, { at: { document: definition.documentIndex, basePath: origin.source.basePath, digest: textDigest(text) } });
}

/**
 * The fix and its place, field by field in the order a fix lists them, in what a run keeps to its end.
 * Spread from the check's fix, which each check writes as a literal of its own, V8 gave each placed fix a
 * hidden class of its own (8,718 for the 1x monorepo's 8,748 fixes, 190 bytes each).
 */
function placed(fix: Fix, file: string, place: Required<Pick<FindingFix, 'at'>> | Required<Pick<FindingFix, 'manual'>>): FindingFix {
  const description = findingText(fix.description);
  const { add } = fix;
  // A check writes a path by spreading another into a literal, which leaves room for 16 more segments.
  const edits = fix.edits?.map(({ op, path, value }): FixEdit => ({ op, path: path.slice(), value }));
  const result: FindingFix = edits ? (add ? { description, edits, add, file } : { description, edits, file }) : add ? { description, add, file } : { description, file };
  if ('at' in place) result.at = place.at;
  else result.manual = place.manual;
  return result;
}

/**
 * True when the built object and the object as its file defines it agree wherever the fix edits: the same
 * value at each path, and the same parts of the path present (no patch added the mapping an edit goes
 * into). Objects added beside it take the workload's name, which a name prefix or suffix changes.
 */
function sameInDefinition(built: unknown, defined: unknown, fix: Fix): boolean {
  for (const edit of fix.edits ?? []) {
    const inBuilt = walk(built, edit.path);
    const inDefined = walk(defined, edit.path);
    if (inBuilt.depth !== inDefined.depth || JSON.stringify(inBuilt.value) !== JSON.stringify(inDefined.value)) return false;
  }
  if ((fix.add?.length ?? 0) > 0) return nameOf(built) === nameOf(defined);
  return true;
}

function walk(value: unknown, path: Path): { depth: number; value: unknown } {
  let node = value;
  let depth = 0;
  for (const segment of path) {
    const next: unknown = Array.isArray(node) && typeof segment === 'number' ? node[segment] : isRecord(node) && typeof segment === 'string' ? node[segment] : undefined;
    if (next === undefined) return { depth, value: undefined };
    node = next;
    depth++;
  }
  return { depth, value: node };
}

function nameOf(object: unknown): unknown {
  return isRecord(object) && isRecord(object['metadata']) ? object['metadata']['name'] : undefined;
}
