import type { DocumentPositions, LineStarts } from '../engine/locate.js';
import type { KubeObject, Path } from '../model/kinds.js';
/**
 * Where a rendered object was written by hand. Filled in by the load stage, which may read files;
 * the engine maps each finding through it without touching the file system.
 */
export type Origin = HelmOrigin | KustomizeOrigin;
export interface HelmOrigin {
    via: 'helm';
    /** The template, as shown to the user (relative to the working directory). */
    file: string;
    /** The template's text, when the file could be read. */
    text: string | undefined;
    /** The rendered object's kind, to find its section in a template that emits several. */
    kind: string;
    /** This object is the n-th of its kind that the template rendered. */
    occurrence: number;
}
export interface KustomizeOrigin {
    via: 'kustomize';
    /** The base or overlay file that defined the object, or the kustomization that generated it. */
    file: string;
    /** The object's own document in that file, when it could be found there. */
    source: {
        positions: DocumentPositions;
        lineStarts: LineStarts;
        basePath: Path;
        /** The object as that file writes it, its document's index, and the file's text: what --fix edits. */
        definition?: {
            object: KubeObject;
            documentIndex: number;
            text: string;
        };
    } | undefined;
}
