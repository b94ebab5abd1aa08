import { realpathSync, statSync } from 'node:fs';
import { relative, resolve, sep } from 'node:path';
import fg from 'fast-glob';
import { globToRegExp, matchesAnyGlob } from './glob.js';

export const STDIN = '-';

export interface WalkOptions {
  cwd: string;
  exclude: readonly string[];
}

export class UsageError extends Error {}

const manifestGlob = '**/*.{yaml,yml,json}';
const alwaysIgnored = ['**/node_modules/**', '**/.git/**'];

/**
 * Expands the command-line paths into the files to lint, in a stable order.
 * Explicit files are taken whatever their extension; directories contribute their YAML and JSON.
 * A symlink that leads out of the directory being walked is not followed.
 */
export async function walk(paths: readonly string[], options: WalkOptions): Promise<string[]> {
  const excludes = options.exclude.map(globToRegExp);
  const files: string[] = [];
  const seen = new Set<string>();
  const add = (file: string) => {
    if (!seen.has(file)) {
      seen.add(file);
      files.push(file);
    }
  };
  for (const path of paths) {
    if (path === STDIN) {
      add(STDIN);
      continue;
    }
    const absolute = resolve(options.cwd, path);
    let stats;
    try {
      stats = statSync(absolute);
    } catch {
      throw new UsageError(`${path}: no such file or directory`);
    }
    if (!stats.isDirectory()) {
      if (!isExcluded(absolute, absolute, options.cwd, excludes)) add(absolute);
      continue;
    }
    const root = realpathSync(absolute);
    const entries = await fg(manifestGlob, {
      cwd: absolute,
      absolute: true,
      dot: false,
      onlyFiles: true,
      followSymbolicLinks: false,
      ignore: alwaysIgnored,
    });
    for (const file of entries.sort()) {
      if (isExcluded(file, absolute, options.cwd, excludes)) continue;
      if (!isInside(realpathSafe(file), root)) continue;
      add(file);
    }
  }
  return files;
}

function isExcluded(file: string, root: string, cwd: string, excludes: readonly RegExp[]): boolean {
  if (excludes.length === 0) return false;
  return matchesAnyGlob(relative(cwd, file), excludes) || matchesAnyGlob(relative(root, file), excludes);
}

function realpathSafe(file: string): string {
  try {
    return realpathSync(file);
  } catch {
    return file; // a dangling link: reading it reports the problem
  }
}

function isInside(file: string, root: string): boolean {
  return file === root || file.startsWith(root.endsWith(sep) ? root : root + sep);
}
