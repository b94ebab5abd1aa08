import type { Check } from '../engine/check.js';
/** What the markdown and HTML reports need besides the result. */
export interface ReportContext {
    /** The checks that ran: their titles, areas, risks and mitigations. */
    checks: readonly Check[];
    /** kubeready's version, shown in the report. */
    version: string;
    /** The text of a finding's file (relative to the working directory); undefined when it cannot be read. */
    readSource?: (file: string) => string | undefined;
    /** The working directory; its last segment names the project in the HTML report's title. */
    cwd?: string;
    /** When the report was made; shown in the HTML report when given. */
    generatedAt?: Date;
    /**
     * Base URL that file paths are appended to, e.g. https://github.com/OWNER/REPO/blob/SHA/. When given,
     * markdown locations become links to the lines.
     */
    linkBase?: string;
}
/** docs/checks.md in the repository: every check described. */
export declare const checksDocsUrl = "https://github.com/kubeready/kubeready/blob/main/docs/checks.md";
/** The section of docs/checks.md that describes a check. */
export declare function checkDocsUrl(checkId: string): string;
/** Text safe inside HTML elements and quoted attributes. */
export declare function escapeHtml(text: string): string;
/** Wraps readSource: one read per file, and a reader that throws counts as one that found nothing. */
export declare function sourceReader(readSource: (file: string) => string | undefined): (file: string) => string | undefined;
