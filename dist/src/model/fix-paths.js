import { isRecord } from './kinds.js';
/**
 * Whether a fix's `set` at `path` can be applied to the object as written: every node on the way that
 * exists is a mapping (or a list, for a numeric segment within it), and a missing part holds no list
 * index, since a set creates mappings only. A null (`resources:` left empty) counts as missing, as it does
 * to the API server; a string or a template value on the way means the manifest says something the fix
 * cannot reason about, so no fix is offered.
 */
export function canSetAt(object, path) {
    let node = object;
    for (let i = 0; i < path.length - 1; i++) {
        const segment = path[i];
        if (node === undefined || node === null)
            return path.slice(i, -1).every((rest) => typeof rest === 'string');
        if (typeof segment === 'number') {
            if (!Array.isArray(node) || segment >= node.length)
                return false;
            node = node[segment];
        }
        else {
            if (!isRecord(node))
                return false;
            node = Object.hasOwn(node, segment) ? node[segment] : undefined;
        }
    }
    const last = path[path.length - 1];
    if (last === undefined)
        return false;
    return node === undefined || node === null ? typeof last === 'string' : typeof last === 'string' ? isRecord(node) : Array.isArray(node) && last < node.length;
}
/** Whether an `append` to the list at `path` can be applied: the way there is settable and the value there is a list or missing. */
export function canAppendAt(object, path) {
    if (!canSetAt(object, path))
        return false;
    const value = valueAt(object, path);
    return value === undefined || value === null || Array.isArray(value);
}
/** The value at a path, undefined when any part of it is missing. */
export function valueAt(object, path) {
    let node = object;
    for (const segment of path) {
        if (typeof segment === 'number')
            node = Array.isArray(node) ? node[segment] : undefined;
        else
            node = isRecord(node) && Object.hasOwn(node, segment) ? node[segment] : undefined;
    }
    return node;
}
/** A copy of plain parsed data (mappings, lists, scalars), for values a fix writes out of the object's own. */
export function copyData(value) {
    return structuredClone(value);
}
/** The labels of a mapping when every value is a string (as the API requires); undefined otherwise or when empty. */
export function stringLabels(labels) {
    if (!isRecord(labels))
        return undefined;
    const keys = Object.keys(labels);
    if (keys.length === 0 || keys.some((key) => typeof labels[key] !== 'string'))
        return undefined;
    return { ...labels };
}
