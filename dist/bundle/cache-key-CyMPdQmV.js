import { closeSync, fstatSync, linkSync, mkdirSync, openSync, readSync, rmSync, statSync, writeFileSync } from "node:fs";
import { dirname, isAbsolute, join } from "node:path";
import { randomBytes } from "node:crypto";
import { homedir } from "node:os";

// dist/src/load/cache-key.js
/**
* The key that signs `--cache` files. A cache file lies in the project (node_modules/.cache/kubeready by
* default), where a pull request can put one; it is trusted only when it carries a MAC made with this
* key, which lives in the user's own cache folder, outside any repository, and never leaves it.
*/
const cacheKeyBytes = 32;
/** `$XDG_CACHE_HOME/kubeready/cache-key` (when XDG_CACHE_HOME is an absolute path), else `~/.cache/kubeready/cache-key`. */
function defaultCacheKeyFile(env) {
	const xdg = env["XDG_CACHE_HOME"];
	const base = xdg && isAbsolute(xdg) ? xdg : join(env["HOME"] || homedir(), ".cache");
	return join(base, "kubeready", "cache-key");
}
/**
* Reads the key at `file`, creating it (and its folder, mode 0700) on first use. Creation is atomic:
* the key is written whole to a file of its own, mode 0600, and linked to its name only if no other
* run got there first, so runs started together all end up with the same key. `{ error }` (one line)
* when there is no key to be had, or when the key or its folder is not this user's alone: the cache is
* then not used.
*/
function loadCacheKey(file) {
	const dir = dirname(file);
	try {
		mkdirSync(dir, {
			recursive: true,
			mode: 448
		});
		const problem = notPrivate(statSync(dir), 18, "folder");
		if (problem) return { error: `${dir}: ${problem}` };
	} catch (error) {
		return { error: `cannot create ${dir}: ${codeOf(error)}` };
	}
	let read = readKey(file);
	if ("missing" in read) {
		const temporary = join(dir, `.cache-key.${process.pid}.${randomBytes(6).toString("hex")}.tmp`);
		try {
			writeFileSync(temporary, randomBytes(32), {
				mode: 384,
				flag: "wx"
			});
			linkSync(temporary, file);
		} catch (error) {
			if (error.code !== "EEXIST") return { error: `cannot create ${file}: ${codeOf(error)}` };
		} finally {
			rmSync(temporary, { force: true });
		}
		read = readKey(file);
	}
	if ("missing" in read) return { error: `cannot create ${file}: ENOENT` };
	return "error" in read ? { error: `${file}: ${read.error}` } : read;
}
function readKey(file) {
	let fd;
	try {
		fd = openSync(file, "r");
	} catch (error) {
		return error.code === "ENOENT" ? { missing: true } : { error: `cannot read: ${codeOf(error)}` };
	}
	try {
		const stats = fstatSync(fd);
		if (!stats.isFile()) return { error: "not a file" };
		const problem = notPrivate(stats, 63, "key");
		if (problem) return { error: problem };
		if (stats.size !== 32) return { error: `not a kubeready cache key (${stats.size} bytes, expected ${32}); remove it and a new one is made` };
		const key = Buffer.alloc(32);
		if (readSync(fd, key, 0, 32, 0) !== 32) return { error: "cannot read: short read" };
		return { key };
	} catch (error) {
		return { error: `cannot read: ${codeOf(error)}` };
	} finally {
		closeSync(fd);
	}
}
/** Why a key or its folder is not the user's alone: another owner, or permission bits in `forbidden`. */
function notPrivate(stats, forbidden, what) {
	const uid = process.getuid?.();
	if (uid === void 0) return void 0;
	if (stats.uid !== uid) return `the ${what} belongs to user ${stats.uid}, not to this user (${uid})`;
	const mode = stats.mode & 511;
	if ((mode & forbidden) !== 0) return `the ${what} is open to other users (mode ${mode.toString(8).padStart(4, "0")}; chmod ${what === "key" ? "600" : "700"} it)`;
}
function codeOf(error) {
	return error.code ?? (error instanceof Error ? error.message : String(error));
}

export { defaultCacheKeyFile, loadCacheKey };