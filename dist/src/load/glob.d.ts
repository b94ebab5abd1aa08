/** A compiled glob: whether a path (with `/` between folders) matches it. */
export interface Glob {
    test(path: string): boolean;
}
/**
 * Glob matching for --exclude and config globs: `**` spans folders, `*` and `?` stay within one,
 * `{a,b}` alternates. A pattern without a slash (other than a trailing one) matches at any depth, and
 * a trailing slash matches everything under that folder, as in .gitignore.
 *
 * Globs come from .kubeready.yaml as well as the command line, and the expression made of one is
 * matched by re2js, in time linear in the path: as a RegExp, each `*` or `**` was one more `.*` to
 * backtrack into (text to the power of the stars) and thirty `{a,a}` 2^30 ways to fail.
 */
export declare function globToRegExp(pattern: string): Glob;
export declare function matchesAnyGlob(path: string, patterns: readonly Glob[]): boolean;
