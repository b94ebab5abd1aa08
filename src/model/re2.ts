import { createRequire } from 'node:module';
import type { RE2JS } from 're2js';

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

export type Re2Compiled = { ok: true; pattern: TextPattern } | { ok: false; error: string };

type Re2Module = { RE2JS: typeof RE2JS };

let loaded: Re2Module | undefined;

function re2js(): Re2Module {
  loaded ??= createRequire(import.meta.url)('re2js') as Re2Module;
  return loaded;
}

// A definition's patterns are compiled when it is read (to drop the invalid ones) and again when objects
// are checked against it; options' patterns once per object. Compiling costs a hundred times a match.
const compiledPatterns = new Map<string, Re2Compiled>();

/** Compiles a pattern with RE2 syntax; the error is Go's description ("missing closing ]: `[a-z`"). */
export function compileRe2(pattern: string): Re2Compiled {
  let compiled = compiledPatterns.get(pattern);
  if (compiled === undefined) {
    try {
      compiled = { ok: true, pattern: re2js().RE2JS.compile(pattern) };
    } catch (error) {
      const message = error instanceof Error ? error.message : String(error);
      compiled = { ok: false, error: message.replace(/^error parsing regexp: /, '') };
    }
    if (compiledPatterns.size >= 4096) compiledPatterns.clear(); // a long-lived process linting many inputs
    compiledPatterns.set(pattern, compiled);
  }
  return compiled;
}
