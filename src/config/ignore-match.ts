import { relative, sep } from 'node:path';
import { globToRegExp } from '../load/glob.js';
import { wildcardMatches } from '../model/text-scan.js';

/** One `ignore:` entry: findings of `checks` on objects matching every glob it sets are suppressed. */
export interface IgnoreEntry {
  checks: string[];
  /** Glob (* and ?) of the object's kind, case-insensitive. */
  kind?: string;
  /** Glob of the namespace as written in the object: '' for an object that sets none ("*" matches it, "default" does not). */
  namespace?: string;
  name?: string;
  container?: string;
  /** Glob of the finding's file relative to the config file's folder (see matchesIgnoreEntry). */
  file?: string;
  reason: string;
  /** The line of the config file where the entry starts. */
  line: number;
}

export interface IgnoreSubject {
  checkId: string;
  kind?: string;
  /** As written; undefined or '' when the object sets none. */
  namespace?: string;
  name?: string;
  container?: string;
  /** Absolute path of the finding's file. */
  file?: string;
}

/** Whether an ignore entry covers a finding. `subject.file` is absolute; globs of `file` are relative to `configDir`. */
export function matchesIgnoreEntry(entry: IgnoreEntry, subject: IgnoreSubject, configDir: string): boolean {
  if (!entry.checks.includes(subject.checkId)) return false;
  const fields: [string | undefined, string | undefined, boolean][] = [
    [entry.kind, subject.kind, true],
    [entry.namespace, subject.namespace ?? '', false],
    [entry.name, subject.name, false],
    [entry.container, subject.container, false],
  ];
  for (const [pattern, value, ignoreCase] of fields) {
    if (pattern === undefined) continue;
    if (value === undefined || !wildcardMatches(pattern, value, { anyOne: true, ignoreCase })) return false;
  }
  if (entry.file !== undefined) {
    if (subject.file === undefined) return false;
    const within = relative(configDir, subject.file).split(sep).join('/');
    if (!globToRegExp(entry.file).test(within)) return false;
  }
  return true;
}
