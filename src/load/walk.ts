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
    // Symlinked folders are not descended into; a symlinked file counts when its target stays in the tree.
    const entries = await fg(manifestGlob, {
      cwd: absolute,
      absolute: true,
      dot: false,
      onlyFiles: false,
      objectMode: true,
      followSymbolicLinks: false,
      ignore: alwaysIgnored,
    });
    const files = entries
      .filter((entry) => entry.dirent.isFile() || (entry.dirent.isSymbolicLink() && isFileInside(entry.path, root)))
      .map((entry) => entry.path)
      .sort();
    for (const file of files) {
      if (!isExcluded(file, absolute, options.cwd, excludes)) add(file);
    }
  }
  return files;
}

function isExcluded(file: string, root: string, cwd: string, excludes: readonly RegExp[]): boolean {
  if (excludes.length === 0) return false;
  return matchesAnyGlob(relative(cwd, file), excludes) || matchesAnyGlob(relative(root, file), excludes);
}

function isFileInside(link: string, root: string): boolean {
  try {
    return isInside(realpathSync(link), root) && statSync(link).isFile();
  } catch {
    return false; // a dangling link
  }
}

function isInside(file: string, root: string): boolean {
  return file === root || file.startsWith(root.endsWith(sep) ? root : root + sep);
}
