/**
 * A POSIX shell command line split into words and control operators, enough to see pipelines: quotes
 * ('...', "...", $'...' read as '...'), backslash escapes, comments and line continuations. One pass,
 * each character looked at once: no regular expression, so hostile RUN lines cost linear time. Command
 * substitutions and subshells are not parsed: their text stays inside the word that holds them.
 */
export type ShellToken = {
    kind: 'word';
    text: string;
} | {
    kind: 'operator';
    text: string;
};
export declare function shellTokens(script: string): ShellToken[];
/** The commands of each pipeline (`a | b | c`), each command its words, in order. */
export declare function pipelines(tokens: readonly ShellToken[]): string[][][];
/** The index of the word naming the program a command runs: past variable assignments, wrappers and their options; -1 when none. */
export declare function programIndex(command: readonly string[]): number;
/** The program a command runs, as a base name (see programIndex). */
export declare function programOf(command: readonly string[]): string | undefined;
