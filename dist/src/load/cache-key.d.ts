/**
 * The key that signs `--cache` files. A cache file lies in the project (node_modules/.cache/kubeready by
 * default), where a pull request can put one; it is trusted only when it carries a MAC made with this
 * key, which lives in the user's own cache folder, outside any repository, and never leaves it.
 */
export declare const cacheKeyBytes = 32;
/** `$XDG_CACHE_HOME/kubeready/cache-key` (when XDG_CACHE_HOME is an absolute path), else `~/.cache/kubeready/cache-key`. */
export declare function defaultCacheKeyFile(env: Readonly<Record<string, string | undefined>>): string;
/**
 * Reads the key at `file`, creating it (and its folder, mode 0700) on first use. Creation is atomic:
 * the key is written whole to a file of its own, mode 0600, and linked to its name only if no other
 * run got there first, so runs started together all end up with the same key. `{ error }` (one line)
 * when there is no key to be had, or when the key or its folder is not this user's alone: the cache is
 * then not used.
 */
export declare function loadCacheKey(file: string): {
    key: Buffer;
} | {
    error: string;
};
