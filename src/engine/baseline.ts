import { existsSync } from 'node:fs';
import { dirname, join, relative, resolve, sep } from 'node:path';
import { isInside, repositoryRoot } from '../load/confine.js';
import { type Finding, STDIN_NAME } from './finding.js';
import { fingerprint } from './fingerprint.js';

/**
 * The findings a team accepted when adopting kubeready: only findings not in it are reported. Files are
 * named relative to their repository with `/` separators (see baselineFileKey), in `file` and in the
 * fingerprint, so a baseline matches from any folder. Still version 1: a baseline of version 1 written
 * at the repository root hashed the very same names.
 */
export interface Baseline {
  version: 1;
  findings: { fingerprint: string; checkId: string; file: string; object: string | null; path: string }[];
}

/** A finding's file as the run shows it, to its name in a baseline. */
export type BaselineFileKey = (file: string) => string;

/**
 * Names a file relative to the repository it lies in, with `/` separators: the nearest folder at or above
 * the working directory holding `.git` when the file is inside it; else the nearest such folder above the
 * file (a run from outside the repository); else the folder of the config file in use; else the working
 * directory. Standard input keeps its name.
 */
export function baselineFileKey(cwd: string, configFile?: string): BaselineFileKey {
  const isRepository = (dir: string) => existsSync(join(dir, '.git'));
  const here = repositoryRoot(cwd, cwd);
  const cwdRoot = isRepository(here) ? here : undefined;
  const fallback = configFile === undefined ? resolve(cwd) : dirname(resolve(cwd, configFile));
  const names = new Map<string, string>();
  return (file) => {
    if (file === STDIN_NAME) return file;
    let name = names.get(file);
    if (name === undefined) {
      const absolute = resolve(cwd, file);
      const own = cwdRoot !== undefined && isInside(absolute, cwdRoot) ? cwdRoot : repositoryRoot(absolute, cwd);
      name = relative(isRepository(own) ? own : fallback, absolute).split(sep).join('/');
      names.set(file, name);
    }
    return name;
  };
}

/** `fileKey` names each finding's file in the baseline; without it, as the run shows it. */
export function createBaseline(findings: readonly Finding[], fileKey: BaselineFileKey = (file) => file): Baseline {
  const seen = new Map<string, number>();
  const entries = findings.map((finding) => ({
    fingerprint: fingerprint(finding, seen, fileKey(finding.file)),
    checkId: finding.checkId,
    file: fileKey(finding.file),
    object: finding.object ? `${finding.object.kind}/${finding.object.namespace || '-'}/${finding.object.name}` : null,
    path: finding.path,
  }));
  entries.sort((a, b) => (a.file < b.file ? -1 : a.file > b.file ? 1 : a.fingerprint < b.fingerprint ? -1 : 1));
  return { version: 1, findings: entries };
}

/** The findings whose fingerprint the baseline does not hold, and how many it held; files named as createBaseline named them. */
export function withoutBaseline(findings: readonly Finding[], baseline: Baseline, fileKey: BaselineFileKey = (file) => file): { findings: Finding[]; known: number } {
  const accepted = new Set(baseline.findings.map((entry) => entry.fingerprint));
  const seen = new Map<string, number>();
  const fresh = findings.filter((finding) => !accepted.has(fingerprint(finding, seen, fileKey(finding.file))));
  return { findings: fresh, known: findings.length - fresh.length };
}

/** Reads a baseline file's JSON; a message for what is wrong with it otherwise. */
export function parseBaseline(text: string): Baseline | string {
  let data: unknown;
  try {
    data = JSON.parse(text);
  } catch (error) {
    return `not JSON (${error instanceof Error ? error.message : String(error)})`;
  }
  const findings = (data as { findings?: unknown }).findings;
  if ((data as { version?: unknown }).version !== 1 || !Array.isArray(findings)) return 'not a kubeready baseline (version 1 with a findings list)';
  if (!findings.every((entry) => typeof (entry as { fingerprint?: unknown }).fingerprint === 'string')) return 'a baseline entry has no fingerprint';
  return data as Baseline;
}
