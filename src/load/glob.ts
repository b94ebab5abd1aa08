/**
 * Glob matching for --exclude and config globs: `**` spans folders, `*` and `?` stay within one,
 * `{a,b}` alternates. A pattern without a slash matches a name at any depth, as in .gitignore.
 */
export function globToRegExp(pattern: string): RegExp {
  let source = '';
  let braces = 0;
  const anyDepth = !pattern.includes('/');
  const body = pattern.replace(/^\.\//, '').replace(/\/$/, '/**');
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
    else if (char === '{') {
      braces++;
      source += '(?:';
    } else if (char === '}' && braces > 0) {
      braces--;
      source += ')';
    } else if (char === ',' && braces > 0) source += '|';
    else source += char.replace(/[.+^$()|[\]\\]/g, '\\$&');
  }
  return new RegExp(`^${anyDepth ? '(?:.*/)?' : ''}${source}(?:/.*)?$`);
}

export function matchesAnyGlob(path: string, patterns: readonly RegExp[]): boolean {
  const normalized = path.split('\\').join('/');
  return patterns.some((pattern) => pattern.test(normalized));
}
