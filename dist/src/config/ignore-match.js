import { relative, sep } from 'node:path';
import { globToRegExp } from '../load/glob.js';
import { wildcardMatches } from '../model/text-scan.js';
/** Whether an ignore entry covers a finding. `subject.file` is absolute; globs of `file` are relative to `configDir`. */
export function matchesIgnoreEntry(entry, subject, configDir) {
    if (!entry.checks.includes(subject.checkId))
        return false;
    const fields = [
        [entry.kind, subject.kind, true],
        [entry.namespace, subject.namespace ?? '', false],
        [entry.name, subject.name, false],
        [entry.container, subject.container, false],
    ];
    for (const [pattern, value, ignoreCase] of fields) {
        if (pattern === undefined)
            continue;
        if (value === undefined || !wildcardMatches(pattern, value, { anyOne: true, ignoreCase }))
            return false;
    }
    if (entry.file !== undefined) {
        if (subject.file === undefined)
            return false;
        const within = relative(configDir, subject.file).split(sep).join('/');
        if (!globToRegExp(entry.file).test(within))
            return false;
    }
    return true;
}
