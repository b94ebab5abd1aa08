export declare const STDIN = "-";
export interface WalkOptions {
    cwd: string;
    exclude: readonly string[];
    /**
     * Read the other manifests of the folder of each plain file named on the command line, as the context of
     * its unit (what a pre-commit hook needs: it names only the changed files). Default: true.
     */
    context?: boolean;
}
/** What a run lints: plain files (and `-`), Helm charts to render, Kustomize targets to build. */
export interface Inputs {
    files: string[];
    charts: string[];
    kustomizations: string[];
    /** Folders of the tree that could not be read, and why (an errno code): their files are not linted. */
    unreadable: {
        dir: string;
        code: string;
    }[];
    /** Files among `files` read only as the context of a named file's unit: checked with it, not reported on. */
    contextOnly: string[];
}
export { UsageError } from '../engine/errors.js';
/**
 * Expands the command-line paths into what to lint, in a stable order. Explicit files are taken
 * whatever their extension; directories contribute their YAML and JSON, except that a folder holding
 * Chart.yaml is a Helm chart and one holding a kustomization is a Kustomize target: their files are
 * rendered, not linted as they are. A Kustomize folder that another one in the input uses as a base
 * is linted only through it, unless it was named on the command line. A symlink that leads out of
 * the directory being walked is not followed.
 *
 * A file named explicitly (as pre-commit passes changed files) that lies inside a chart or a Kustomize
 * folder stands for that unit, as its directory would: see {@link Owners}.
 */
export declare function walk(paths: readonly string[], options: WalkOptions): Promise<Inputs>;
export declare function kustomizationFile(dir: string): string | undefined;
