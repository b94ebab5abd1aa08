import type { LintResult } from '../api.js';
import { type ReportContext } from './context.js';
/**
 * A pull-request comment: a headline with the counts, a table of counts per review area, then one table
 * of findings per file, collapsed with <details> when there are many. Starts with an HTML comment a
 * workflow can look for to update its previous comment.
 */
export declare function formatMarkdown(result: LintResult, context: ReportContext): string;
/**
 * Text for a table cell or list item: one line, other control characters shown as escapes (`\x1b`), &, < and >
 * as entities, markdown punctuation backslash-escaped, and what GitHub would make a link or a notification
 * defused: a URL's `://` written `[:]//` and `www.` written `www[.]` (no autolink), a zero-width space after @
 * (no @mention, no e-mail link) and after a # before a digit (no cross-reference to an issue).
 */
export declare function escapeText(text: string): string;
