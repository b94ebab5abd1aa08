import type { LintResult } from '../api.js';
/**
 * GitHub Actions workflow commands: one annotation per finding, `::error`, `::warning` or `::notice`,
 * then one `::error` per run error, and a `::notice` naming the checks the config turned off. Escaped as
 * @actions/core escapes them: a property cannot end the command early, a message cannot start a line.
 */
export declare function formatGithub(result: LintResult): string;
export declare function escapeData(text: string): string;
export declare function escapeProperty(text: string): string;
