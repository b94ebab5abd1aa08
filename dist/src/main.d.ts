/** Where the command line reads and writes: the process's streams, or a test's. */
export interface Io {
    stdout: {
        write(text: string): unknown;
        isTTY?: boolean;
        columns?: number;
    };
    stderr: {
        write(text: string): unknown;
        isTTY?: boolean;
    };
    /** Standard input, whole; rejects past maxBytes. */
    readStdin: (maxBytes?: number) => Promise<string>;
    env: Readonly<Record<string, string | undefined>>;
    /** Told how many characters a lint is about to parse: the bin sizes V8's heap growth by it (setHeapGrowthFor). */
    onInput?: (characters: number) => void;
}
export declare const processIo: Io;
/** Runs the command line and returns the exit code. Usage errors throw UsageError. */
export declare function main(argv: readonly string[], io?: Io): Promise<number>;
/** One line for any error that ends a run, never a stack trace; what it quotes of the input shown escaped. */
export declare function describeFatal(error: unknown): string;
