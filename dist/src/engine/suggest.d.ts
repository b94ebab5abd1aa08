/**
 * The known name that `wanted` was most likely meant to be: the closest by edit distance (a swap of two
 * neighbouring letters counts as one edit), ignoring case, when it is close enough to be a typo (one edit,
 * or one per four letters of longer names); else the only known name that `wanted` begins, when it
 * has at least 3 characters; else undefined.
 */
export declare function closest(wanted: string, known: readonly string[]): string | undefined;
