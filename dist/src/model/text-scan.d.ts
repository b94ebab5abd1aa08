/**
 * Small scanners for text from the input, where a regular expression with overlapping quantifiers
 * (`\s*:\s*$`, `/+$`, one `.*` per `*` of a glob) backtracks in time quadratic or worse in the text.
 * Each runs in one pass, or in pattern × text steps for the wildcard matcher.
 */
/** Whether a UTF-16 code unit is one that `\s` matches in a JavaScript regular expression (and `trim` removes). */
export declare function isRegExpSpace(code: number): boolean;
/** Whether a UTF-16 code unit ends a line for `.` and `$` of a JavaScript regular expression: \n, \r, U+2028, U+2029. */
export declare function isLineTerminator(code: number): boolean;
/** The text without the run of `char` that ends it: `/+$` without the regular expression. */
export declare function withoutTrailing(text: string, char: string): string;
/**
 * Whether a pattern matches the whole text, where `*` is any run of characters (newlines too), `?` with
 * `anyOne` any one UTF-16 code unit, and every other character itself; `ignoreCase` compares as a
 * RegExp's `i` flag does without `u`. Greedy, going back only to the last `*`: pattern × text steps at
 * worst, where `^a.*b.*c$` takes text to the power of the stars.
 */
export declare function wildcardMatches(pattern: string, text: string, options?: {
    anyOne?: boolean;
    ignoreCase?: boolean;
}): boolean;
