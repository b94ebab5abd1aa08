import { compileRe2 } from '../model/re2.js';
import { withoutTrailing } from '../model/text-scan.js';
const matchesNothing = { test: () => false };
/**
 * Glob matching for --exclude and config globs: `**` spans folders, `*` and `?` stay within one,
 * `{a,b}` alternates. A pattern without a slash (other than a trailing one) matches at any depth, and
 * a trailing slash matches everything under that folder, as in .gitignore.
 *
 * Globs come from .kubeready.yaml as well as the command line, and the expression made of one is
 * matched by re2js, in time linear in the path: as a RegExp, each `*` or `**` was one more `.*` to
 * backtrack into (text to the power of the stars) and thirty `{a,a}` 2^30 ways to fail.
 */
export function globToRegExp(pattern) {
    const trimmed = withoutTrailing(pattern, '/');
    const anyDepth = !trimmed.includes('/');
    const relative = pattern.startsWith('./') ? pattern.slice(2) : pattern;
    const body = relative.endsWith('/') ? `${withoutTrailing(relative, '/')}/**` : relative;
    const balanced = bracesBalance(body);
    let source = '';
    let braces = 0;
    for (let i = 0; i < body.length; i++) {
        const char = body[i] ?? '';
        if (char === '*') {
            if (body[i + 1] === '*') {
                const slashAfter = body[i + 2] === '/';
                source += slashAfter ? '(?:.*/)?' : '.*';
                i += slashAfter ? 2 : 1;
            }
            else {
                source += '[^/]*';
            }
        }
        else if (char === '?')
            source += '[^/]';
        else if (char === '{' && balanced) {
            braces++;
            source += '(?:';
        }
        else if (char === '}' && braces > 0) {
            braces--;
            source += ')';
        }
        else if (char === ',' && braces > 0)
            source += '|';
        else
            source += char.replace(/[.+^$(){}|[\]\\]/g, '\\$&');
    }
    // `(?s)`: a folder or file name may hold a newline, which `.` must match like any other character.
    // The escapes above are RE2's too; should the expression still not compile, the glob matches nothing.
    const compiled = compileRe2(`(?s)^${anyDepth ? '(?:.*/)?' : ''}${source}(?:/.*)?$`);
    return compiled.ok ? compiled.pattern : matchesNothing;
}
/** Unbalanced braces are taken literally rather than making an invalid expression. */
function bracesBalance(text) {
    let depth = 0;
    for (const char of text) {
        if (char === '{')
            depth++;
        else if (char === '}' && --depth < 0)
            return false;
    }
    return depth === 0;
}
export function matchesAnyGlob(path, patterns) {
    const normalized = path.split('\\').join('/');
    return patterns.some((pattern) => pattern.test(normalized));
}
