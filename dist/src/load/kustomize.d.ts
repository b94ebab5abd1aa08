import type { RenderBounds, Rendered } from './helm.js';
import { type RenderReuse } from './render-cache.js';
export interface KustomizeOptions {
    /** kustomize, or kubectl (used as `kubectl kustomize`): a name on PATH or a path. */
    bin?: string;
    /** Let kustomize fetch remote resources (URLs, git repositories). Only the command line sets it. */
    allowRemote?: boolean;
}
/**
 * Builds a Kustomize target and parses the output, each object remembering the base or overlay file
 * that defined it. The build goes through a temporary wrapper kustomization that asks for origin
 * annotations, so the user's files are never edited; the annotations are removed before checks run.
 */
export declare function buildKustomization(dir: string, cwd: string, options?: KustomizeOptions, bounds?: RenderBounds, reuse?: RenderReuse): Promise<Rendered>;
