/**
 * Glob matching for --exclude and config globs: `**` spans folders, `*` and `?` stay within one,
 * `{a,b}` alternates. A pattern without a slash (other than a trailing one) matches at any depth, and
 * a trailing slash matches everything under that folder, as in .gitignore.
 */
export function globToRegExp(pattern: string): RegExp {
  const anyDepth = !pattern.replace(/\/+$/, '').includes('/');
  const body = pattern.replace(/^\.\//, '').replace(/\/+$/, '/**');
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
      } else {
        source += '[^/]*';
      }
    } else if (char === '?') source += '[^/]';
    else if (char === '{' && balanced) {
      braces++;
      source += '(?:';
    } else if (char === '}' && braces > 0) {
      braces--;
      source += ')';
    } else if (char === ',' && braces > 0) source += '|';
    else source += char.replace(/[.+^$(){}|[\]\\]/g, '\\$&');
  }
  // `s`: a folder or file name may hold a newline, which `.` must match like any other character.
  return new RegExp(`^${anyDepth ? '(?:.*/)?' : ''}${source}(?:/.*)?$`, 's');
}

/** Unbalanced braces are taken literally rather than making an invalid expression. */
function bracesBalance(text: string): boolean {
  let depth = 0;
  for (const char of text) {
    if (char === '{') depth++;
    else if (char === '}' && --depth < 0) return false;
  }
  return depth === 0;
}

export function matchesAnyGlob(path: string, patterns: readonly RegExp[]): boolean {
  const normalized = path.split('\\').join('/');
  return patterns.some((pattern) => pattern.test(normalized));
}
