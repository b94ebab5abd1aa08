import { dirname, relative, resolve, sep } from 'node:path';
import { STDIN_NAME } from '../engine/finding.js';
import { exactSize } from '../engine/own-copy.js';
import { noProblems } from './parse.js';
export function unitsOf(plain, options) {
    const declared = [...(options.declared ?? [])].sort((a, b) => b.length - a.length); // innermost first
    const folderOf = (file) => {
        if (file === STDIN_NAME)
            return STDIN_NAME;
        const absolute = resolve(options.cwd, file);
        const unit = declared.find((folder) => absolute === folder || absolute.startsWith(folder.endsWith(sep) ? folder : folder + sep)) ?? dirname(absolute);
        return relative(options.cwd, unit) || '.';
    };
    const byUnit = new Map();
    for (const parsed of plain) {
        const name = folderOf(parsed.source.file);
        const list = byUnit.get(name);
        if (list)
            list.push(parsed);
        else
            byUnit.set(name, [parsed]);
    }
    if (byUnit.size <= 1) {
        return [...byUnit].map(([name, sources]) => ({ name, sources, reported: reportedOf(sources, options.contextOnly) }));
    }
    // Each namespace named in the run: the objects in it, and the Namespace objects of that name, by unit.
    const inNamespace = new Map();
    const named = new Map();
    for (const [unit, sources] of byUnit) {
        const namespaces = new Set();
        for (const parsed of sources) {
            for (const entry of parsed.objects) {
                const namespace = namespaceOf(entry);
                if (namespace === undefined)
                    continue;
                namespaces.add(namespace);
                const list = inNamespace.get(namespace);
                if (list)
                    list.push({ unit, parsed, entry });
                else
                    inNamespace.set(namespace, [{ unit, parsed, entry }]);
            }
        }
        named.set(unit, namespaces);
    }
    // A file whose every object a unit borrows is borrowed whole, by many units at once (every unit of a
    // namespace): one copy serves them all, where a copy per unit took memory in the units times the files.
    // It shares the file's list of objects, which nothing changes.
    const borrowedWhole = new Map();
    const borrowedOf = (parsed, entries) => {
        if (entries.size !== parsed.objects.length)
            return borrowedPart(parsed, exactSize(parsed.objects.filter((entry) => entries.has(entry))));
        let whole = borrowedWhole.get(parsed);
        if (!whole)
            borrowedWhole.set(parsed, (whole = borrowedPart(parsed, parsed.objects)));
        return whole;
    };
    // The files of a namespace as a unit naming only it borrows them (their objects of the namespace), in run
    // order with each unit's files together, and where each unit's are: built once and shared by its units
    // (see BorrowedLayout).
    const namespaceFiles = new Map();
    const filesOf = (namespace) => {
        let found = namespaceFiles.get(namespace);
        if (found)
            return found;
        const entries = new Map();
        for (const { unit, parsed, entry } of inNamespace.get(namespace) ?? []) {
            const file = entries.get(parsed);
            if (file)
                file.entries.add(entry);
            else
                entries.set(parsed, { unit, entries: new Set([entry]) });
        }
        const holes = new Map();
        [...entries.values()].forEach(({ unit }, at) => {
            const hole = holes.get(unit);
            if (hole)
                hole[1] = at + 1;
            else
                holes.set(unit, [at, at + 1]);
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
        const context = new Map();
        for (const namespace of named.get(name) ?? []) {
            for (const { unit, parsed, entry } of inNamespace.get(namespace) ?? []) {
                if (unit === name)
                    continue;
                const set = context.get(parsed);
                if (set)
                    set.add(entry);
                else
                    context.set(parsed, new Set([entry]));
            }
        }
        // A context file carries only the objects this unit relates to, in their file order, and none of its problems.
        const borrowed = [...context].map(([parsed, entries]) => borrowedOf(parsed, entries));
        return { name, sources: own.concat(borrowed), reported: reportedOf(own, options.contextOnly) };
    });
}
const layouts = new WeakMap();
/**
 * The sources a scope checks as its own: a unit's files come first in its sources, before what it borrows
 * (unitsOf), so this stops at the first borrowed one rather than going through the namespace it borrows.
 */
export function ownSourcesOf(sources) {
    const borrowedAt = sources.findIndex((parsed) => parsed.borrowed);
    return borrowedAt === -1 ? sources : sources.slice(0, borrowedAt);
}
/** The layout of a unit's sources (Unit.sources, as unitsOf made it), when its context is shared. */
export function borrowedLayoutOf(sources) {
    return layouts.get(sources);
}
/**
 * Forgets the layout of a unit's sources once the unit is checked: when every unit of a namespace is, nothing
 * holds the namespace's files or the context indexed from them any longer.
 */
export function releaseLayout(sources) {
    layouts.delete(sources);
}
/**
 * For each scope (Unit.sources, as unitsOf made them, or a render's), the files that no later scope reads,
 * as their own or borrowed: the own sources whose objects can then be let go.
 */
export function lastReadIn(scopes) {
    const ownOf = new Map();
    const lastRead = new Map();
    const read = (parsed, i) => lastRead.set(parsed.source, Math.max(lastRead.get(parsed.source) ?? i, i));
    // A namespace's files are read by every unit of it: counted once per layout, not once per unit.
    const lastOfLayout = new Map();
    scopes.forEach((scope, i) => {
        for (const parsed of scope) {
            if (!parsed.borrowed)
                ownOf.set(parsed.source, parsed);
            read(parsed, i);
        }
        const layout = layouts.get(scope);
        if (layout)
            lastOfLayout.set(layout.files, i);
    });
    for (const [files, i] of lastOfLayout)
        for (const parsed of files)
            read(parsed, i);
    const released = scopes.map(() => []);
    for (const [source, i] of lastRead) {
        const own = ownOf.get(source);
        if (own)
            released[i]?.push(own);
    }
    return released;
}
/**
 * Every source of a scope, its own first and then what it borrows: Unit.sources with the files of its
 * layout, if it has one, less its own (a new list, for the caller to drop when done with it).
 */
export function scopeSources(sources) {
    const layout = layouts.get(sources);
    return layout ? [...sources, ...layout.files.slice(0, layout.hole[0]), ...layout.files.slice(layout.hole[1])] : sources;
}
/**
 * A file as another unit borrows it: `objects` of it, none of its problems. Written out, not spread from the
 * file: V8 gave each copy made by spreading a hidden class of its own (190 bytes, 84,000 of them at 8x).
 */
function borrowedPart(parsed, objects) {
    return { source: parsed.source, objects, problems: noProblems, borrowed: true };
}
/** The namespace an object is in or, for a Namespace, is: undefined when it names none. */
function namespaceOf(entry) {
    const metadata = entry.object.metadata;
    if (entry.object.kind === 'Namespace' && typeof metadata?.name === 'string' && metadata.name !== '')
        return metadata.name;
    const namespace = metadata?.namespace;
    return typeof namespace === 'string' && namespace !== '' ? namespace : undefined;
}
function reportedOf(sources, contextOnly) {
    return new Set(sources.map((parsed) => parsed.source.file).filter((file) => !contextOnly?.has(file)));
}
