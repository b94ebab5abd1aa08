import { existsSync, readFileSync, realpathSync, statSync } from 'node:fs';
import { dirname, join, relative, resolve, sep } from 'node:path';
import fg from 'fast-glob';
import { parse } from 'yaml';
import { isRecord } from '../model/kinds.js';
import { globToRegExp, matchesAnyGlob } from './glob.js';

export const STDIN = '-';

export interface WalkOptions {
  cwd: string;
  exclude: readonly string[];
}

/** What a run lints: plain files (and `-`), Helm charts to render, Kustomize targets to build. */
export interface Inputs {
  files: string[];
  charts: string[];
  kustomizations: string[];
}

export class UsageError extends Error {}

const manifestGlob = '**/*.{yaml,yml,json}';
const markerGlob = '**/{Chart.yaml,kustomization.yaml,kustomization.yml,Kustomization}';
const kustomizationNames = ['kustomization.yaml', 'kustomization.yml', 'Kustomization'];
const alwaysIgnored = ['**/node_modules/**', '**/.git/**'];

/**
 * Expands the command-line paths into what to lint, in a stable order. Explicit files are taken
 * whatever their extension; directories contribute their YAML and JSON, except that a folder holding
 * Chart.yaml is a Helm chart and one holding a kustomization is a Kustomize target: their files are
 * rendered, not linted as they are. A Kustomize folder that another one in the input uses as a base
 * is linted only through it, unless it was named on the command line. A symlink that leads out of
 * the directory being walked is not followed.
 */
export async function walk(paths: readonly string[], options: WalkOptions): Promise<Inputs> {
  const excludes = options.exclude.map(globToRegExp);
  const files = new Set<string>();
  const charts = new Set<string>();
  const kustomizations = new Set<string>();
  const named = new Set<string>();
  for (const path of paths) {
    if (path === STDIN) {
      files.add(STDIN);
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
      if (!isExcluded(absolute, absolute, options.cwd, excludes)) files.add(absolute);
      continue;
    }
    named.add(absolute);
    const found = await walkDirectory(absolute);
    const keep = (file: string) => !isExcluded(file, absolute, options.cwd, excludes);
    // A chart or kustomization is left out with its folder, or with the file that makes it one.
    const keepUnit = (dir: string, marker: string | undefined) => keep(dir) && (marker === undefined || keep(marker));
    found.charts.filter((dir) => keepUnit(dir, join(dir, 'Chart.yaml'))).forEach((dir) => charts.add(dir));
    found.kustomizations.filter((dir) => keepUnit(dir, kustomizationFile(dir))).forEach((dir) => kustomizations.add(dir));
    found.files.filter(keep).forEach((file) => files.add(file));
  }
  const bases = basesIn([...kustomizations]);
  return {
    files: [...files],
    charts: [...charts].sort(),
    kustomizations: [...kustomizations].filter((dir) => named.has(dir) || !bases.has(dir)).sort(),
  };
}

async function walkDirectory(root: string): Promise<Inputs> {
  const realRoot = realpathSync(root);
  // Symlinked folders are not descended into; a symlinked file counts when its target stays in the tree.
  const entries = await fg([manifestGlob, markerGlob], {
    cwd: root,
    absolute: true,
    dot: false,
    onlyFiles: false,
    objectMode: true,
    followSymbolicLinks: false,
    ignore: alwaysIgnored,
  });
  const all = entries
    .filter((entry) => entry.dirent.isFile() || (entry.dirent.isSymbolicLink() && isFileInside(entry.path, realRoot)))
    .map((entry) => entry.path)
    .sort();
  const markerDirs = (names: readonly string[]) =>
    [...new Set(all.filter((file) => names.some((name) => file.endsWith(`${sep}${name}`))).map(dirname))].sort();
  // A chart's charts/ folder holds its subcharts: the outermost chart is the unit.
  const charts = outermost(markerDirs(['Chart.yaml']));
  const kustomizations = markerDirs(kustomizationNames).filter((dir) => !charts.some((chart) => isInside(dir, chart)));
  const renderedDirs = [...charts, ...kustomizations];
  const files = all.filter(
    (file) => /\.(ya?ml|json)$/i.test(file) && !renderedDirs.some((dir) => isInside(file, dir)) && !isMarker(file),
  );
  return { files, charts, kustomizations: kustomizations.filter((dir) => !isComponent(dir)) };
}

/** Kustomize folders that another folder of the input lists under resources (or the legacy bases). */
function basesIn(kustomizations: readonly string[]): Set<string> {
  const known = new Set(kustomizations);
  const bases = new Set<string>();
  for (const dir of kustomizations) {
    const kustomization = readKustomization(dir);
    for (const entry of [...listOf(kustomization?.['resources']), ...listOf(kustomization?.['bases'])]) {
      if (typeof entry !== 'string' || /^[a-z]+:\/\/|^git@|\?ref=/.test(entry)) continue;
      const target = resolve(dir, entry);
      if (known.has(target)) bases.add(target);
    }
  }
  return bases;
}

/** A Component is only ever used by other kustomizations; it cannot be built alone. */
function isComponent(dir: string): boolean {
  return readKustomization(dir)?.['kind'] === 'Component';
}

export function kustomizationFile(dir: string): string | undefined {
  return kustomizationNames.map((name) => join(dir, name)).find((file) => existsSync(file));
}

function readKustomization(dir: string): Record<string, unknown> | undefined {
  const file = kustomizationFile(dir);
  if (!file) return undefined;
  try {
    const value: unknown = parse(readFileSync(file, 'utf8'), { logLevel: 'silent' });
    return isRecord(value) ? value : undefined;
  } catch {
    return undefined; // kustomize itself reports a broken kustomization when it builds
  }
}

function listOf(value: unknown): unknown[] {
  return Array.isArray(value) ? value : [];
}

function outermost(dirs: readonly string[]): string[] {
  return dirs.filter((dir) => !dirs.some((other) => other !== dir && isInside(dir, other)));
}

function isMarker(file: string): boolean {
  return kustomizationNames.some((name) => file.endsWith(`${sep}${name}`));
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

export function isInside(file: string, root: string): boolean {
  return file === root || file.startsWith(root.endsWith(sep) ? root : root + sep);
}
