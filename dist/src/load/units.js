import { dirname, relative, resolve, sep } from 'node:path';
import { STDIN_NAME } from '../engine/finding.js';
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
    return [...byUnit].map(([name, own]) => {
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
        const borrowed = [...context].map(([parsed, entries]) => ({ ...parsed, objects: parsed.objects.filter((entry) => entries.has(entry)), problems: [], borrowed: true }));
        return { name, sources: [...own, ...borrowed], reported: reportedOf(own, options.contextOnly) };
    });
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
