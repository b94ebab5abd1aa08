/**
 * Text from the linted files (values, object and container names, file names, the messages of helm and
 * kustomize) is written by whoever wrote those files. These helpers show it without letting it act.
 */
/**
 * Characters that act rather than show: C0 controls (tab and line breaks among them), DEL, C1 controls
 * (U+0080 to U+009F), the Unicode line and paragraph separators, and the bidirectional controls that
 * reorder the text shown around them (U+061C, U+200E, U+200F, U+202A to U+202E, U+2066 to U+2069).
 */
const controls = /[\p{Cc}\u061c\u200e\u200f\u2028-\u202e\u2066-\u2069]/gu;
const named = { '\t': '\\t', '\n': '\\n', '\r': '\\r' };
/** One character as a visible escape: `\n`, `\r`, `\t`, `\x1b` up to U+00FF, `\u202e` above. */
export function escapeChar(char) {
    const short = named[char];
    if (short !== undefined)
        return short;
    const code = char.codePointAt(0) ?? 0;
    return code <= 0xff ? `\\x${code.toString(16).padStart(2, '0')}` : `\\u${code.toString(16).padStart(4, '0')}`;
}
/**
 * The text with every control character (see `controls`) shown as a visible escape, the rest as it is.
 * A backslash is left as it is: `\x1b` in the output is either an escape or those four characters in
 * the input, never a character that acts.
 */
export function escapeControls(text) {
    return text.replace(controls, escapeChar);
}
/**
 * Text for a terminal or a CI log, inside a line kubeready writes: control characters escaped, and
 * `##[`, which GitHub's runner takes as a workflow command anywhere in a line (the old syntax), broken
 * as `##\x5b`. With `lineStart`, for text that begins a line, a leading `::` (after blanks), the start
 * of a workflow command, is broken as `\x3a:` too.
 */
export function forLog(text, options = {}) {
    const shown = escapeControls(text).replaceAll('##[', '##\\x5b');
    return options.lineStart ? shown.replace(/^(\s*):(?=:)/u, '$1\\x3a') : shown;
}
