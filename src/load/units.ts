import { dirname, relative, resolve, sep } from 'node:path';
import { STDIN_NAME } from '../engine/finding.js';
import { exactSize } from '../engine/own-copy.js';
import { type ParsedSource, type SourceObject, noProblems } from './parse.js';

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

export function unitsOf(plain: readonly ParsedSource[], options: UnitOptions): Unit[] {
  const declared = [...(options.declared ?? [])].sort((a, b) => b.length - a.length); // innermost first
  const folderOf = (file: string) => {
    if (file === STDIN_NAME) return STDIN_NAME;
    const absolute = resolve(options.cwd, file);
    const unit = declared.find((folder) => absolute === folder || absolute.startsWith(folder.endsWith(sep) ? folder : folder + sep)) ?? dirname(absolute);
    return relative(options.cwd, unit) || '.';
  };
  const byUnit = new Map<string, ParsedSource[]>();
  for (const parsed of plain) {
    const name = folderOf(parsed.source.file);
    const list = byUnit.get(name);
    if (list) list.push(parsed);
    else byUnit.set(name, [parsed]);
  }
  if (byUnit.size <= 1) {
    return [...byUnit].map(([name, sources]) => ({ name, sources, reported: reportedOf(sources, options.contextOnly) }));
  }
  // Each namespace named in the run: the objects in it, and the Namespace objects of that name, by unit.
  const inNamespace = new Map<string, { unit: string; parsed: ParsedSource; entry: SourceObject }[]>();
  const named = new Map<string, Set<string>>();
  for (const [unit, sources] of byUnit) {
    const namespaces = new Set<string>();
    for (const parsed of sources) {
      for (const entry of parsed.objects) {
        const namespace = namespaceOf(entry);
        if (namespace === undefined) continue;
        namespaces.add(namespace);
        const list = inNamespace.get(namespace);
        if (list) list.push({ unit, parsed, entry });
        else inNamespace.set(namespace, [{ unit, parsed, entry }]);
      }
    }
    named.set(unit, namespaces);
  }
  // A file whose every object a unit borrows is borrowed whole, by many units at once (every unit of a
  // namespace): one copy serves them all, where a copy per unit took memory in the units times the files.
  // It shares the file's list of objects, which nothing changes.
  const borrowedWhole = new Map<ParsedSource, ParsedSource>();
  const borrowedOf = (parsed: ParsedSource, entries: ReadonlySet<SourceObject>): ParsedSource => {
    if (entries.size !== parsed.objects.length) return borrowedPart(parsed, exactSize(parsed.objects.filter((entry) => entries.has(entry))));
    let whole = borrowedWhole.get(parsed);
    if (!whole) borrowedWhole.set(parsed, (whole = borrowedPart(parsed, parsed.objects)));
    return whole;
  };
  // The files of a namespace as a unit naming only it borrows them (their objects of the namespace), in run
  // order with each unit's files together, and where each unit's are: built once and shared by its units
  // (see BorrowedLayout).
  const namespaceFiles = new Map<string, { files: ParsedSource[]; holes: Map<string, [number, number]> }>();
  const filesOf = (namespace: string) => {
    let found = namespaceFiles.get(namespace);
    if (found) return found;
    const entries = new Map<ParsedSource, { unit: string; entries: Set<SourceObject> }>();
    for (const { unit, parsed, entry } of inNamespace.get(namespace) ?? []) {
      const file = entries.get(parsed);
      if (file) file.entries.add(entry);
      else entries.set(parsed, { unit, entries: new Set([entry]) });
    }
    const holes = new Map<string, [number, number]>();
    [...entries.values()].forEach(({ unit }, at) => {
      const hole = holes.get(unit);
      if (hole) hole[1] = at + 1;
      else holes.set(unit, [at, at + 1]);
    });
    found = { files: [...entries].map(([parsed, file]) => borrowedOf(parsed, file.entries)), holes };
    namespaceFiles.set(namespace, found);
    return found;
  };
  return [...byUnit].map(([name, filled]) => {
    // Kept until the unit is checked: a list filled by push keeps room to grow (230 bytes for 6 files, not 80).
    const own = exactSize(filled);
    const namespaces = named.get(name);
    if (namespaces?.size === 1) {
      const [namespace = ''] = namespaces;
      const { files, holes } = filesOf(namespace);
      const hole = holes.get(name) ?? [files.length, files.length];
      // Not a list of its own with the namespace's files: every unit of the namespace holding one took memory
      // in the units times the files (200 MB of lists at 160,000 objects).
      layouts.set(own, { files, hole });
      return { name, sources: own, reported: reportedOf(own, options.contextOnly) };
    }
    const context = new Map<ParsedSource, Set<SourceObject>>();
    for (const namespace of named.get(name) ?? []) {
      for (const { unit, parsed, entry } of inNamespace.get(namespace) ?? []) {
        if (unit === name) continue;
        const set = context.get(parsed);
        if (set) set.add(entry);
        else context.set(parsed, new Set([entry]));
      }
    }
    // A context file carries only the objects this unit relates to, in their file order, and none of its problems.
    const borrowed = [...context].map(([parsed, entries]) => borrowedOf(parsed, entries));
    return { name, sources: own.concat(borrowed), reported: reportedOf(own, options.contextOnly) };
  });
}

/**
 * How the borrowed sources of a unit that names one namespace are laid out: the files of that namespace,
 * shared by every unit naming it, less the unit's own (from hole[0] to hole[1]). What lets a scope's index
 * share the indexing of its context with the other units of the namespace (see sharedContext).
 */
export interface BorrowedLayout {
  files: readonly ParsedSource[];
  hole: readonly [number, number];
}

const layouts = new WeakMap<readonly ParsedSource[], BorrowedLayout>();

/**
 * The sources a scope checks as its own: a unit's files come first in its sources, before what it borrows
 * (unitsOf), so this stops at the first borrowed one rather than going through the namespace it borrows.
 */
export function ownSourcesOf<S extends { borrowed?: true }>(sources: readonly S[]): readonly S[] {
  const borrowedAt = sources.findIndex((parsed) => parsed.borrowed);
  return borrowedAt === -1 ? sources : sources.slice(0, borrowedAt);
}

/** The layout of a unit's sources (Unit.sources, as unitsOf made it), when its context is shared. */
export function borrowedLayoutOf(sources: readonly ParsedSource[]): BorrowedLayout | undefined {
  return layouts.get(sources);
}

/**
 * Forgets the layout of a unit's sources once the unit is checked: when every unit of a namespace is, nothing
 * holds the namespace's files or the context indexed from them any longer.
 */
export function releaseLayout(sources: readonly ParsedSource[]): void {
  layouts.delete(sources);
}

/**
 * For each scope (Unit.sources, as unitsOf made them, or a render's), the files that no later scope reads,
 * as their own or borrowed: the own sources whose objects can then be let go.
 */
export function lastReadIn(scopes: readonly (readonly ParsedSource[])[]): ParsedSource[][] {
  const ownOf = new Map<ParsedSource['source'], ParsedSource>();
  const lastRead = new Map<ParsedSource['source'], number>();
  const read = (parsed: ParsedSource, i: number) => lastRead.set(parsed.source, Math.max(lastRead.get(parsed.source) ?? i, i));
  // A namespace's files are read by every unit of it: counted once per layout, not once per unit.
  const lastOfLayout = new Map<readonly ParsedSource[], number>();
  scopes.forEach((scope, i) => {
    for (const parsed of scope) {
      if (!parsed.borrowed) ownOf.set(parsed.source, parsed);
      read(parsed, i);
    }
    const layout = layouts.get(scope);
    if (layout) lastOfLayout.set(layout.files, i);
  });
  for (const [files, i] of lastOfLayout) for (const parsed of files) read(parsed, i);
  const released: ParsedSource[][] = scopes.map(() => []);
  for (const [source, i] of lastRead) {
    const own = ownOf.get(source);
    if (own) released[i]?.push(own);
  }
  return released;
}

/**
 * Every source of a scope, its own first and then what it borrows: Unit.sources with the files of its
 * layout, if it has one, less its own (a new list, for the caller to drop when done with it).
 */
export function scopeSources(sources: readonly ParsedSource[]): readonly ParsedSource[] {
  const layout = layouts.get(sources);
  return layout ? [...sources, ...layout.files.slice(0, layout.hole[0]), ...layout.files.slice(layout.hole[1])] : sources;
}

/**
 * A file as another unit borrows it: `objects` of it, none of its problems. Written out, not spread from the
 * file: V8 gave each copy made by spreading a hidden class of its own (190 bytes, 84,000 of them at 8x).
 */
function borrowedPart(parsed: ParsedSource, objects: SourceObject[]): ParsedSource {
  return { source: parsed.source, objects, problems: noProblems, borrowed: true };
}

/** The namespace an object is in or, for a Namespace, is: undefined when it names none. */
function namespaceOf(entry: SourceObject): string | undefined {
  const metadata = entry.object.metadata;
  if (entry.object.kind === 'Namespace' && typeof metadata?.name === 'string' && metadata.name !== '') return metadata.name;
  const namespace = metadata?.namespace;
  return typeof namespace === 'string' && namespace !== '' ? namespace : undefined;
}

function reportedOf(sources: readonly ParsedSource[], contextOnly: ReadonlySet<string> | undefined): Set<string> {
  return new Set(sources.map((parsed) => parsed.source.file).filter((file) => !contextOnly?.has(file)));
}
