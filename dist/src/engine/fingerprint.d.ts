import type { Finding } from './finding.js';
/**
 * A hash of what a finding is about, not where it sits, so lines added above it leave it unchanged:
 * the check, the file, the object (kind, namespace, name), the field path and the container. A finding
 * outside any object (a syntax error, a suppression comment) adds its message without its numbers.
 * Identical keys in one run are told apart by occurrence; `seen` counts them. `file` is the name the
 * hash takes for the finding's file: the file as the run shows it unless the caller names it otherwise
 * (a baseline names it relative to its repository).
 */
export declare function fingerprint(finding: Finding, seen: Map<string, number>, file?: string): string;
