import type { Finding } from './finding.js';
import { fingerprint } from './fingerprint.js';

/** The findings a team accepted when adopting kubeready: only findings not in it are reported. */
export interface Baseline {
  version: 1;
  findings: { fingerprint: string; checkId: string; file: string; object: string | null; path: string }[];
}

export function createBaseline(findings: readonly Finding[]): Baseline {
  const seen = new Map<string, number>();
  const entries = findings.map((finding) => ({
    fingerprint: fingerprint(finding, seen),
    checkId: finding.checkId,
    file: finding.file,
    object: finding.object ? `${finding.object.kind}/${finding.object.namespace || '-'}/${finding.object.name}` : null,
    path: finding.path,
  }));
  entries.sort((a, b) => (a.file < b.file ? -1 : a.file > b.file ? 1 : a.fingerprint < b.fingerprint ? -1 : 1));
  return { version: 1, findings: entries };
}

/** The findings whose fingerprint the baseline does not hold, and how many it held. */
export function withoutBaseline(findings: readonly Finding[], baseline: Baseline): { findings: Finding[]; known: number } {
  const accepted = new Set(baseline.findings.map((entry) => entry.fingerprint));
  const seen = new Map<string, number>();
  const fresh = findings.filter((finding) => !accepted.has(fingerprint(finding, seen)));
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
