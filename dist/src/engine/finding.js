export { formatPath } from '../model/kinds.js';
/** The file name findings on standard input carry. */
export const STDIN_NAME = '<stdin>';
export const severityRank = { error: 3, warning: 2, info: 1 };
export function compareFindings(a, b) {
    return ((a.file < b.file ? -1 : a.file > b.file ? 1 : 0) ||
        a.line - b.line ||
        a.column - b.column ||
        (a.checkId < b.checkId ? -1 : a.checkId > b.checkId ? 1 : 0) ||
        (a.message < b.message ? -1 : a.message > b.message ? 1 : 0));
}
/** True when --fix can apply the finding's fix (not only suggest it). */
export function isFixable(finding) {
    return finding.fix?.at !== undefined;
}
