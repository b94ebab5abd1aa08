import { createHash } from "node:crypto";

// dist/src/engine/fingerprint.js
/**
* A hash of what a finding is about, not where it sits, so lines added above it leave it unchanged:
* the check, the file, the object (kind, namespace, name), the field path and the container. A finding
* outside any object (a syntax error, a suppression comment) adds its message without its numbers.
* Identical keys in one run are told apart by occurrence; `seen` counts them. `file` is the name the
* hash takes for the finding's file: the file as the run shows it unless the caller names it otherwise
* (a baseline names it relative to its repository).
*/
function fingerprint(finding, seen, file = finding.file) {
	const object = finding.object;
	const key = [
		finding.checkId,
		file,
		object?.kind ?? "",
		object?.namespace ?? "",
		object?.name ?? "",
		finding.path,
		finding.container ?? "",
		object ? "" : finding.message.replace(/\d+/g, "#")
	].join("\0");
	const occurrence = (seen.get(key) ?? 0) + 1;
	seen.set(key, occurrence);
	const input = occurrence === 1 ? key : `${key}\u0000${occurrence}`;
	return createHash("sha256").update(input).digest("hex").slice(0, 32);
}

export { fingerprint as t };