import { existsSync, realpathSync } from "node:fs";
import { dirname, isAbsolute, join, relative, resolve, sep } from "node:path";

// dist/src/load/confine.js
/**
* The files of a run are hostile: a chart, a kustomization or a config may ask to read anything. They may
* read only inside the repository they belong to, and never its .git folder (the checkout's saved
* credentials live there), nor the kernel's and devices' pseudo-files.
*/
function isInside(file, root) {
	return file === root || file.startsWith(root.endsWith(sep) ? root : root + sep);
}
/**
* The repository a trusted path (one named on the command line, or the working directory) belongs to:
* the nearest folder at or above it holding `.git`; else the working directory when the path lies
* inside it; else the path itself (its folder, for a file).
*/
function repositoryRoot(path, cwd) {
	const absolute = resolve(cwd, path);
	const repository = gitRepositoryOf(absolute);
	if (repository !== void 0) return repository;
	if (isInside(absolute, resolve(cwd))) return resolve(cwd);
	return existsSync(absolute) && !/\.(ya?ml|json)$/i.test(absolute) ? absolute : dirname(absolute);
}
/** The nearest folder at or above `path` (absolute) that holds a `.git`, or undefined outside any repository. */
function gitRepositoryOf(path) {
	for (let dir = path;; dir = dirname(dir)) {
		if (existsSync(join(dir, ".git"))) return dir;
		if (dirname(dir) === dir) return void 0;
	}
}
const systemFolders = [
	"/proc",
	"/dev",
	"/sys"
];
/**
* Why `target` may not be read by a unit of `root`, or undefined when it may: it must lie inside the root
* as written and once symlinks are followed, outside any `.git` folder and the system's pseudo-files.
* A target that does not exist is judged as written (the tool that asks for it fails on its own).
*/
function escapeFrom(target, root) {
	const absolute = resolve(root, target);
	const lexical = reasonOutside(absolute, root);
	if (lexical) return lexical;
	let real;
	try {
		real = realpathSync(absolute);
	} catch {
		return;
	}
	let realRoot;
	try {
		realRoot = realpathSync(root);
	} catch {
		realRoot = root;
	}
	const followed = reasonOutside(real, realRoot);
	return followed && `${followed} (through a symlink to ${real})`;
}
function reasonOutside(absolute, root) {
	if (systemFolders.some((folder) => isInside(absolute, folder))) return "a system path";
	if (!isInside(absolute, root)) return "outside the repository";
	if (relative(root, absolute).split(sep).includes(".git")) return "inside .git";
}
/** True for a string kustomize or helm would fetch over the network rather than read from disk. */
function isRemoteReference(entry) {
	return /^[a-z][a-z0-9+.-]*:\/\//i.test(entry) || /^git@/.test(entry) || entry.includes("?ref=") || entry.startsWith("github.com/") || entry.startsWith("gitlab.com/");
}
/** `target` as the run shows paths: relative to the working directory. */
function shownPath(target, cwd) {
	return isAbsolute(target) ? relative(cwd, target) || "." : target;
}

export { repositoryRoot as a, isRemoteReference as i, gitRepositoryOf as n, shownPath as o, isInside as r, escapeFrom as t };