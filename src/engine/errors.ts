/** A mistake in how kubeready was called: a bad option, a path that does not exist. Exit code 2, one line. */
export class UsageError extends Error {}

/** A mistake in the configuration: the config file, a check setting. Exit code 2, one line. */
export class ConfigError extends Error {}
