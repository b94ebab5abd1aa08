import type { RunError } from '../engine/finding.js';
import { type ParsedSource } from './parse.js';
import { type RenderReuse } from './render-cache.js';
import { type ToolLimits } from './tools.js';
export interface HelmOptions {
    /** The helm binary: a name looked up on PATH, or a path. Default: helm. */
    bin?: string;
    /** Values files, in order (helm's -f). */
    values?: readonly string[];
    /** key=value pairs (helm's --set). */
    set?: readonly string[];
    /** Values files and --set pairs of one chart (by absolute folder), applied after those of every chart. */
    charts?: Readonly<Record<string, {
        values?: readonly string[];
        set?: readonly string[];
    }>>;
    releaseName?: string;
    namespace?: string;
    kubeVersion?: string;
}
/** Where a unit may read, and how long and how much its tool may run. */
export interface RenderBounds {
    /** The repository the unit belongs to: nothing outside it is read. */
    root: string;
    /** Repositories being linted: a tool found on PATH inside one of them is not run. */
    untrusted: readonly string[];
    limits: ToolLimits;
}
/**
 * A render's parsed output, or why there is none. `reuseKey` names the output and everything it was made
 * from (render-cache.ts): what the checks find in it is kept under that name.
 */
export type Rendered = {
    parsed: ParsedSource;
    reuseKey?: string;
    error?: undefined;
} | {
    error: RunError;
    parsed?: undefined;
    reuseKey?: undefined;
};
/**
 * Renders a chart with `helm template` and parses the output, each object remembering the template it
 * came from. Chart tests are left out (they are not deployed); CRDs are kept. A chart with a symlink out
 * of its repository is not rendered, and no value reaches helm's command line where it could be a flag.
 */
export declare function renderChart(dir: string, cwd: string, options?: HelmOptions, bounds?: RenderBounds, reuse?: RenderReuse): Promise<Rendered>;
/**
 * What is wrong with a value bound for helm's command line, if anything: a release name is a DNS-1123
 * subdomain of at most 53 characters (helm's own rule), a namespace a DNS-1123 label, a Kubernetes
 * version a version, a --set pair a key=value whose key is not a flag.
 */
export declare function helmArgumentProblem(options: Pick<HelmOptions, 'releaseName' | 'namespace' | 'kubeVersion' | 'set'>, valuesFiles?: readonly string[]): string | undefined;
/**
 * Gives every object of a rendered stream its template, from the `# Source:` comment Helm writes
 * before each document. `locateTemplate` turns that path into a file. When it finds none, a chart kubeready
 * rendered names the template without a line (a subchart packed as .tgz), while saved or piped output
 * (`unrendered`) keeps its findings at its own lines, where its suppressions are.
 */
export declare function attachHelmOrigins(parsed: ParsedSource, cwd: string, locateTemplate: (source: string) => string | undefined, unresolved?: 'name-the-template' | 'stay'): void;
/**
 * For rendered Helm output read from a file or stdin: the template next to it, or under the cwd, that
 * exists inside the repository (the file's, or the working directory's), in the templates folder of a
 * chart there. A `# Source:` comment is text anyone can
 * write: it may not lead findings (and the code frames that quote their lines) anywhere else.
 */
export declare function templateNear(renderedFile: string | undefined, cwd: string, roots: readonly string[]): (source: string) => string | undefined;
