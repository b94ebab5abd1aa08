/** A mistake in how kubeready was called: a bad option, a path that does not exist. Exit code 2, one line. */
export class UsageError extends Error {
}
/** A mistake in the configuration: the config file, a check setting. Exit code 2, one line. */
export class ConfigError extends Error {
}
/**
 * When `error` says an input was too large for this process (a string, array or buffer over V8's limits,
 * a stack too deep), a one-line reason; otherwise undefined. The heap running out altogether ends the
 * process before any code can catch it: only such errors as these can be turned into a report.
 */
export function exhaustionOf(error) {
    const code = error?.code;
    if (code === 'ERR_STRING_TOO_LONG' || code === 'ERR_BUFFER_TOO_LARGE')
        return `too large to hold in memory (${error.message})`;
    if (!(error instanceof RangeError))
        return undefined;
    if (/call stack/i.test(error.message))
        return `too large or too deeply nested to process (${error.message})`;
    if (/invalid (?:string|array|typed array) length|allocation failed|out of memory|too large|array buffer/i.test(error.message))
        return `too large to hold in memory (${error.message})`;
    return undefined;
}
