/** One `ignore:` entry: findings of `checks` on objects matching every glob it sets are suppressed. */
export interface IgnoreEntry {
    checks: string[];
    /** Glob (* and ?) of the object's kind, case-insensitive. */
    kind?: string;
    /** Glob of the namespace as written in the object: '' for an object that sets none ("*" matches it, "default" does not). */
    namespace?: string;
    name?: string;
    container?: string;
    /** Glob of the finding's file relative to the config file's folder (see matchesIgnoreEntry). */
    file?: string;
    reason: string;
    /** The line of the config file where the entry starts. */
    line: number;
}
export interface IgnoreSubject {
    checkId: string;
    kind?: string;
    /** As written; undefined or '' when the object sets none. */
    namespace?: string;
    name?: string;
    container?: string;
    /** Absolute path of the finding's file. */
    file?: string;
}
/** Whether an ignore entry covers a finding. `subject.file` is absolute; globs of `file` are relative to `configDir`. */
export declare function matchesIgnoreEntry(entry: IgnoreEntry, subject: IgnoreSubject, configDir: string): boolean;
