/**
 * What the Action writes where the runner reads it. The runner takes workflow commands from every line
 * of a step's stdout and stderr, so every line the Action passes on is either a command of its own or
 * kubeready's `github` format, escaped as the runner unescapes them, or made inert (src/report/escape.ts).
 */
/** A command of the Action's own, its title and message escaped. */
export declare function command(name: 'error' | 'group' | 'endgroup', message?: string, title?: string): string;
export declare function errorCommand(message: string): string;
export type AnnotationKind = 'error' | 'warning' | 'notice';
export declare function annotationKind(line: string): AnnotationKind | undefined;
export declare function isAnnotation(line: string): boolean;
/** A line made inert: control characters as escapes, `##[` and a leading `::` broken. */
export declare function inert(line: string): string;
/**
 * A line of kubeready's `github` format passes as the command it is, its control characters (which the
 * runner would show raw in the log and the annotation) as escapes; any other line inert.
 */
export declare function annotationOrInert(line: string): string;
/** Passes a child's output on line by line as it comes, each line as `show` makes it. */
export declare function lineFilter(write: (text: string) => void, show?: (line: string) => string): {
    push(chunk: string): void;
    end(): void;
};
/**
 * Step outputs in GITHUB_OUTPUT, each in the multi-line form `name<<DELIMITER` … `DELIMITER` with a
 * delimiter no one can know in advance, so that no value can end its own or set another output.
 */
export declare function writeOutputs(file: string, outputs: Readonly<Record<string, string>>): void;
