import { _ as isRecord, a as STDIN_NAME } from "./cli.js";
import { createHash } from "node:crypto";

// dist/src/engine/place-fix.js
/** The SHA-256 of each text placed, by text object: a file's fixes share one. */
const digests = /* @__PURE__ */ new Map();
/** The digest --fix compares a file with before writing it (src/fix/): SHA-256 of the text as linted, base64url. */
function textDigest(text) {
	let digest = digests.get(text);
	if (digest === void 0) {
		digest = createHash("sha256").update(text).digest("base64url");
		if (digests.size >= 16) digests.clear();
		digests.set(text, digest);
	}
	return digest;
}
/**
* Where a report's fix applies: the object's own file, or for a Kustomize build the base or overlay that
* defines it. A Helm template is text, not YAML, and a field a Kustomize patch or transformer wrote is not
* in the file that defines the object: those fixes are left to a person (`manual`).
*/
function placeFix(entry, fix) {
	const { origin } = entry;
	if (!origin) {
		const file = entry.source.file;
		if (file === "<stdin>") return {
			...fix,
			file,
			manual: "read from standard input"
		};
		return {
			...fix,
			file,
			at: {
				document: entry.documentIndex,
				basePath: entry.basePath,
				digest: textDigest(entry.source.text)
			}
		};
	}
	if (origin.via === "helm") return {
		...fix,
		file: origin.file,
		manual: "a Helm template: change the template or the values it reads"
	};
	const definition = origin.source?.definition;
	if (!origin.source || !definition) return {
		...fix,
		file: origin.file,
		manual: "made by a Kustomize generator or a remote base"
	};
	if (!sameInDefinition(entry.object, definition.object, fix)) return {
		...fix,
		file: origin.file,
		manual: "a Kustomize patch or transformer sets this part of the object: change it there"
	};
	const text = definition.text.startsWith("﻿") ? definition.text.slice(1) : definition.text;
	return {
		...fix,
		file: origin.file,
		at: {
			document: definition.documentIndex,
			basePath: origin.source.basePath,
			digest: textDigest(text)
		}
	};
}
/**
* True when the built object and the object as its file defines it agree wherever the fix edits: the same
* value at each path, and the same parts of the path present (no patch added the mapping an edit goes
* into). Objects added beside it take the workload's name, which a name prefix or suffix changes.
*/
function sameInDefinition(built, defined, fix) {
	for (const edit of fix.edits ?? []) {
		const inBuilt = walk(built, edit.path);
		const inDefined = walk(defined, edit.path);
		if (inBuilt.depth !== inDefined.depth || JSON.stringify(inBuilt.value) !== JSON.stringify(inDefined.value)) return false;
	}
	if ((fix.add?.length ?? 0) > 0) return nameOf(built) === nameOf(defined);
	return true;
}
function walk(value, path) {
	let node = value;
	let depth = 0;
	for (const segment of path) {
		const next = Array.isArray(node) && typeof segment === "number" ? node[segment] : isRecord(node) && typeof segment === "string" ? node[segment] : void 0;
		if (next === void 0) return {
			depth,
			value: void 0
		};
		node = next;
		depth++;
	}
	return {
		depth,
		value: node
	};
}
function nameOf(object) {
	return isRecord(object) && isRecord(object["metadata"]) ? object["metadata"]["name"] : void 0;
}

export { textDigest as n, placeFix as t };