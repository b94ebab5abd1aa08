import type { LintResult } from '../api.js';
import { type ReportContext } from './context.js';
/**
 * The readiness report: one self-contained HTML page (inline CSS, a few lines of optional script for the
 * severity filter, nothing fetched). From the top: what could not be reviewed and every error; the summary;
 * a score per review area beside the objects, worst first, each with its findings across areas; then the
 * findings by area and check, with the check's risk, its mitigation and a code excerpt.
 */
export declare function formatHtml(result: LintResult, context: ReportContext): string;
