/** A mistake in how kubeready was called: a bad option, a path that does not exist. Exit code 2, one line. */
export declare class UsageError extends Error {
}
/** A mistake in the configuration: the config file, a check setting. Exit code 2, one line. */
export declare class ConfigError extends Error {
}
/**
 * When `error` says an input was too large for this process (a string, array or buffer over V8's limits,
 * a stack too deep), a one-line reason; otherwise undefined. The heap running out altogether ends the
 * process before any code can catch it: only such errors as these can be turned into a report.
 */
export declare function exhaustionOf(error: unknown): string | undefined;
