import type { ConfiguredCheck } from './config.js';
import type { Finding, Suppression } from './finding.js';
import type { IgnoreEntry } from '../config/ignore-match.js';
/** The annotation that suppresses checks on an object (or its pod template): "check-a,check-b -- reason". */
export declare const ignoreAnnotation = "kubeready.io/ignore";
export declare const unusedSuppressionId = "unused-suppression";
/** What a suppression names: the checks, and why. A directive without a reason suppresses nothing. */
export interface Directive {
    checks: string[];
    reason: string | undefined;
}
/** "check-a, check-b -- the reason" → the checks and the reason. */
export declare function parseDirective(text: string): Directive;
/** A directive found in the input or the config, and what it matched. */
export interface SuppressionSource {
    kind: Suppression['kind'];
    directive: Directive;
    /** Where the directive is written: findings about it point there. */
    file: string;
    line: number;
    column: number;
    matches(finding: Finding): boolean;
    used: boolean;
}
/** An entry of the config's ignore list. */
export type IgnoreRule = IgnoreEntry;
/**
 * The comment directives of one file: `# kubeready-ignore-next-line check -- reason` covers the next line
 * that is not a comment or blank, `# kubeready-ignore check -- reason` the whole YAML document it is in
 * (the whole file, in a Dockerfile).
 */
export declare function commentDirectives(file: string, text: string): SuppressionSource[];
/** The config's ignore entries, each matched against a finding by `matches` (globs on kind, name, file...). */
export declare function configDirectives(rules: readonly IgnoreRule[], configFile: string, matches: (rule: IgnoreRule, finding: Finding) => boolean): SuppressionSource[];
/**
 * Marks the findings each directive covers as suppressed (the first directive wins), and reports, as
 * unused-suppression, each directive that names no check, has no reason, or covers no finding.
 */
export declare function applySuppressions(findings: readonly Finding[], sources: readonly SuppressionSource[], knownChecks: ReadonlySet<string>, unused: ConfiguredCheck | undefined): {
    findings: Finding[];
    suppressed: Finding[];
};
export declare function unusedProblem(source: Pick<SuppressionSource, 'directive' | 'used'>, knownChecks: ReadonlySet<string>): string | undefined;
