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
export declare function ownCopy<T>(text: T): T;
export declare function interned(value: string, longest?: number): string;
/**
 * A finding's message, path or fix description, one string for all findings that say the same: a run keeps
 * every finding to its end (the 1x monorepo: 24,833 findings, 14,085 messages, 81 paths, 622 descriptions).
 */
export declare function findingText(text: string): string;
/** An object's reference with strings of its own (see ownCopy). */
export declare function ownRef(ref: ObjectRef): ObjectRef;
/**
 * The items of `list` in a list with no room to grow. V8 gives a list filled by push room for 16 more items
 * and half again its length (a sequence of one port takes 144 bytes), room that a list kept to the end of
 * the run holds for nothing.
 */
export declare function exactSize<T>(list: T[]): T[];
