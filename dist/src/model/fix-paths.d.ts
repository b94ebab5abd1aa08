import { type Path } from './kinds.js';
/**
 * Whether a fix's `set` at `path` can be applied to the object as written: every node on the way that
 * exists is a mapping (or a list, for a numeric segment within it), and a missing part holds no list
 * index, since a set creates mappings only. A null (`resources:` left empty) counts as missing, as it does
 * to the API server; a string or a template value on the way means the manifest says something the fix
 * cannot reason about, so no fix is offered.
 */
export declare function canSetAt(object: unknown, path: Path): boolean;
/** Whether an `append` to the list at `path` can be applied: the way there is settable and the value there is a list or missing. */
export declare function canAppendAt(object: unknown, path: Path): boolean;
/** The value at a path, undefined when any part of it is missing. */
export declare function valueAt(object: unknown, path: Path): unknown;
/** A copy of plain parsed data (mappings, lists, scalars), for values a fix writes out of the object's own. */
export declare function copyData<T>(value: T): T;
/** The labels of a mapping when every value is a string (as the API requires); undefined otherwise or when empty. */
export declare function stringLabels(labels: unknown): Record<string, string> | undefined;
