import type { ObjectRef } from '../model/object-index.js';

/**
 * The characters of `text` in a string of their own, for what a run keeps after its parse (findings, the
 * objects it lists, parsed values once the text is let go). V8 holds a string built by concatenation as a
 * tree of its parts (a finding's message of 170 characters: some 14 nodes, 900 bytes, where one flat copy
 * takes 190) and a slice as a view into the string it was cut from (a name read from a manifest keeps the
 * manifest's whole text alive). Joining two parts makes V8 write one flat string of the characters, with no
 * view over another (a slice of a copy would add a view's 32 bytes). Under 13 characters V8 never makes a
 * tree or a view: such a string is its own already.
 */
export function ownCopy<T>(text: T): T {
  if (typeof text !== 'string' || text.length < 13) return text;
  return [text.charAt(0), text.slice(1)].join('') as T;
}

/**
 * The string the parse keeps for a scalar or a key: a copy, never a view into the file's text, which the
 * run lets go of after the parse (a view would hold all of it). Up to 40 characters, one string for each
 * value: manifests repeat their kinds, API versions, labels, ports' names and images (the 1x synthetic
 * monorepo: 320,000 such values, 10,000 of them distinct), and their keys in every file. Findings' texts,
 * longer, have a `longest` of their own (findingText). The table is emptied when it holds 65,536 strings,
 * so that no input makes it large.
 */
const internedStrings = new Map<string, string>();
const internedLength = 40;
const internedCount = 65_536;

export function interned(value: string, longest = internedLength): string {
  if (value.length > longest) return ownCopy(value);
  const found = internedStrings.get(value);
  if (found !== undefined) return found;
  if (internedStrings.size >= internedCount) internedStrings.clear();
  const own = ownCopy(value);
  internedStrings.set(own, own);
  return own;
}

/**
 * A finding's message, path or fix description, one string for all findings that say the same: a run keeps
 * every finding to its end (the 1x monorepo: 24,833 findings, 14,085 messages, 81 paths, 622 descriptions).
 */
export function findingText(text: string): string {
  return interned(text, 1024);
}

/** An object's reference with strings of its own (see ownCopy). */
export function ownRef(ref: ObjectRef): ObjectRef {
  return { apiVersion: ownCopy(ref.apiVersion), kind: ownCopy(ref.kind), namespace: ownCopy(ref.namespace), name: ownCopy(ref.name) };
}

/**
 * The items of `list` in a list with no room to grow. V8 gives a list filled by push room for 16 more items
 * and half again its length (a sequence of one port takes 144 bytes), room that a list kept to the end of
 * the run holds for nothing.
 */
export function exactSize<T>(list: T[]): T[] {
  return list.slice();
}
