import { a as repositoryRoot, r as isInside } from "./confine-FI76fKUF.js";
import { a as STDIN_NAME } from "./cli.js";
import { t as fingerprint } from "./fingerprint-Dw5YiKp7.js";
import { existsSync } from "node:fs";
import { dirname, join, relative, resolve, sep } from "node:path";

// dist/src/engine/baseline.js
/**
* Names a file relative to the repository it lies in, with `/` separators: the nearest folder at or above
* the working directory holding `.git` when the file is inside it; else the nearest such folder above the
* file (a run from outside the repository); else the folder of the config file in use; else the working
* directory. Standard input keeps its name.
*/
function baselineFileKey(cwd, configFile) {
	const isRepository = (dir) => existsSync(join(dir, ".git"));
	const here = repositoryRoot(cwd, cwd);
	const cwdRoot = isRepository(here) ? here : void 0;
	const fallback = configFile === void 0 ? resolve(cwd) : dirname(resolve(cwd, configFile));
	const names = /* @__PURE__ */ new Map();
	return (file) => {
		if (file === "<stdin>") return file;
		let name = names.get(file);
		if (name === void 0) {
			const absolute = resolve(cwd, file);
			const own = cwdRoot !== void 0 && isInside(absolute, cwdRoot) ? cwdRoot : repositoryRoot(absolute, cwd);
			name = relative(isRepository(own) ? own : fallback, absolute).split(sep).join("/");
			names.set(file, name);
		}
		return name;
	};
}
/** `fileKey` names each finding's file in the baseline; without it, as the run shows it. */
function createBaseline(findings, fileKey = (file) => file) {
	const seen = /* @__PURE__ */ new Map();
	const entries = findings.map((finding) => ({
		fingerprint: fingerprint(finding, seen, fileKey(finding.file)),
		checkId: finding.checkId,
		file: fileKey(finding.file),
		object: finding.object ? `${finding.object.kind}/${finding.object.namespace || "-"}/${finding.object.name}` : null,
		path: finding.path
	}));
	entries.sort((a, b) => a.file < b.file ? -1 : a.file > b.file ? 1 : a.fingerprint < b.fingerprint ? -1 : 1);
	return {
		version: 1,
		findings: entries
	};
}
/** The findings whose fingerprint the baseline does not hold, and how many it held; files named as createBaseline named them. */
function withoutBaseline(findings, baseline, fileKey = (file) => file) {
	const accepted = new Set(baseline.findings.map((entry) => entry.fingerprint));
	const seen = /* @__PURE__ */ new Map();
	const fresh = findings.filter((finding) => !accepted.has(fingerprint(finding, seen, fileKey(finding.file))));
	return {
		findings: fresh,
		known: findings.length - fresh.length
	};
}
/** Reads a baseline file's JSON; a message for what is wrong with it otherwise. */
function parseBaseline(text) {
	let data;
	try {
		data = JSON.parse(text);
	} catch (error) {
		return `not JSON (${error instanceof Error ? error.message : String(error)})`;
	}
	const findings = data.findings;
	if (data.version !== 1 || !Array.isArray(findings)) return "not a kubeready baseline (version 1 with a findings list)";
	if (!findings.every((entry) => typeof entry.fingerprint === "string")) return "a baseline entry has no fingerprint";
	return data;
}

export { baselineFileKey, createBaseline, parseBaseline, withoutBaseline };