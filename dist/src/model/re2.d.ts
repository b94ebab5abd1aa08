/**
 * Regular expressions that come from the input (a CRD's `pattern`, a pattern in .kubeready.yaml) run on
 * re2js, a port of Go's regexp: RE2 syntax, as the API server reads it, and time linear in the text
 * whatever the pattern (a backtracking RegExp never finishes `^(a+)+$` on a few dozen characters).
 * The package is loaded on first use: most runs compile none.
 */
export interface TextPattern {
    /** Whether the pattern matches somewhere in the text, as Go's MatchString and JSON Schema's `pattern`. */
    test(text: string): boolean;
    /** Whether the pattern matches the whole text. */
    testExact(text: string): boolean;
}
export type Re2Compiled = {
    ok: true;
    pattern: TextPattern;
} | {
    ok: false;
    error: string;
};
/** Compiles a pattern with RE2 syntax; the error is Go's description ("missing closing ]: `[a-z`"). */
export declare function compileRe2(pattern: string): Re2Compiled;
