/**
 * A real tool a test drives, found on PATH (or at the path in `override`), or undefined. Without it the
 * test is skipped with a one-line notice, so that `npm test` passes on any machine; CI installs the tool
 * and sets `required`, so that there a missing tool fails instead of skipping.
 */
export declare function realTool(tool: {
    names: readonly string[];
    override?: string;
    required: string;
    install: string;
}): string | undefined;
