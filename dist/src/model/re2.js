import { createRequire } from 'node:module';
let loaded;
function re2js() {
    loaded ??= createRequire(import.meta.url)('re2js');
    return loaded;
}
// A definition's patterns are compiled when it is read (to drop the invalid ones) and again when objects
// are checked against it; options' patterns once per object. Compiling costs a hundred times a match.
const compiledPatterns = new Map();
/** Compiles a pattern with RE2 syntax; the error is Go's description ("missing closing ]: `[a-z`"). */
export function compileRe2(pattern) {
    let compiled = compiledPatterns.get(pattern);
    if (compiled === undefined) {
        try {
            compiled = { ok: true, pattern: re2js().RE2JS.compile(pattern) };
        }
        catch (error) {
            const message = error instanceof Error ? error.message : String(error);
            compiled = { ok: false, error: message.replace(/^error parsing regexp: /, '') };
        }
        if (compiledPatterns.size >= 4096)
            compiledPatterns.clear(); // a long-lived process linting many inputs
        compiledPatterns.set(pattern, compiled);
    }
    return compiled;
}
