import { type ParsedSource } from './parse.js';
/**
 * The plain files of a run, grouped into deployment units: the objects applied together. An object that
 * names no namespace gets one at apply time (`kubectl apply -n`), the same for its whole folder, so it is
 * related only to the objects of its unit: its folder, or the folder of a `units:` entry of the config
 * holding it (with its sub-folders). An object that names its namespace meets the objects of that
 * namespace in every unit, as in the cluster. So each unit is checked with, beside its own objects, the
 * objects of other units in the namespaces it names (and those Namespace objects): its context, which
 * answers its questions but is not reported on there.
 */
export interface Unit {
    /** The folder of the unit, relative to the working directory ('.' for it, or `<stdin>`). */
    name: string;
    /**
     * Its own files, then the objects of other units it relates to (their sources carry only those). For a
     * unit that names one namespace the borrowed part is not listed here but in its BorrowedLayout, shared by
     * every unit of the namespace: scopeSources gives the whole list where one is needed.
     */
    sources: ParsedSource[];
    /** The files whose findings this unit reports: its own, less those read only as context of a named file. */
    reported: ReadonlySet<string>;
}
export interface UnitOptions {
    cwd: string;
    /** Folders applied together with their sub-folders (absolute): the config's `units:`. */
    declared?: readonly string[];
    /** Files read only to give the files named on the command line their unit: not reported on. */
    contextOnly?: ReadonlySet<string>;
}
export declare function unitsOf(plain: readonly ParsedSource[], options: UnitOptions): Unit[];
/**
 * How the borrowed sources of a unit that names one namespace are laid out: the files of that namespace,
 * shared by every unit naming it, less the unit's own (from hole[0] to hole[1]). What lets a scope's index
 * share the indexing of its context with the other units of the namespace (see sharedContext).
 */
export interface BorrowedLayout {
    files: readonly ParsedSource[];
    hole: readonly [number, number];
}
/**
 * The sources a scope checks as its own: a unit's files come first in its sources, before what it borrows
 * (unitsOf), so this stops at the first borrowed one rather than going through the namespace it borrows.
 */
export declare function ownSourcesOf<S extends {
    borrowed?: true;
}>(sources: readonly S[]): readonly S[];
/** The layout of a unit's sources (Unit.sources, as unitsOf made it), when its context is shared. */
export declare function borrowedLayoutOf(sources: readonly ParsedSource[]): BorrowedLayout | undefined;
/**
 * Forgets the layout of a unit's sources once the unit is checked: when every unit of a namespace is, nothing
 * holds the namespace's files or the context indexed from them any longer.
 */
export declare function releaseLayout(sources: readonly ParsedSource[]): void;
/**
 * For each scope (Unit.sources, as unitsOf made them, or a render's), the files that no later scope reads,
 * as their own or borrowed: the own sources whose objects can then be let go.
 */
export declare function lastReadIn(scopes: readonly (readonly ParsedSource[])[]): ParsedSource[][];
/**
 * Every source of a scope, its own first and then what it borrows: Unit.sources with the files of its
 * layout, if it has one, less its own (a new list, for the caller to drop when done with it).
 */
export declare function scopeSources(sources: readonly ParsedSource[]): readonly ParsedSource[];
