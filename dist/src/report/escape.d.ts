/**
 * Text from the linted files (values, object and container names, file names, the messages of helm and
 * kustomize) is written by whoever wrote those files. These helpers show it without letting it act.
 */
/** One character as a visible escape: `\n`, `\r`, `\t`, `\x1b` up to U+00FF, `\u202e` above. */
export declare function escapeChar(char: string): string;
/**
 * The text with every control character (see `controls`) shown as a visible escape, the rest as it is.
 * A backslash is left as it is: `\x1b` in the output is either an escape or those four characters in
 * the input, never a character that acts.
 */
export declare function escapeControls(text: string): string;
/**
 * Text for a terminal or a CI log, inside a line kubeready writes: control characters escaped, and
 * `##[`, which GitHub's runner takes as a workflow command anywhere in a line (the old syntax), broken
 * as `##\x5b`. With `lineStart`, for text that begins a line, a leading `::` (after blanks), the start
 * of a workflow command, is broken as `\x3a:` too.
 */
export declare function forLog(text: string, options?: {
    lineStart?: boolean;
}): string;
