import { baselineFileKey } from "./baseline-CGUHbZU8.js";
import { t as fingerprint } from "./fingerprint-Dw5YiKp7.js";
import { createHash } from "node:crypto";

// dist/src/report/gitlab.js
/**
* An error fails the run at every --fail-on and a warning at the default one, so both rank above what
* GitLab calls minor; an info finding is a note. Blocker is kept for inputs that could not be linted.
*/
const gitlabSeverity = {
	error: "critical",
	warning: "major",
	info: "info"
};
/** check_name of an input that could not be read or rendered. */
const runErrorCheckName = "run-error";
/** What formatGitlab writes, as data (the command line writes it in pieces: see jsonPieces). */
function gitlabIssues(result, options) {
	const fileKey = baselineFileKey(options.cwd);
	const seen = /* @__PURE__ */ new Map();
	const issues = result.findings.map((finding) => {
		const path = fileKey(finding.file);
		return {
			description: finding.message,
			check_name: finding.checkId,
			fingerprint: fingerprint(finding, seen, path),
			severity: gitlabSeverity[finding.severity],
			location: {
				path,
				lines: { begin: Math.max(1, finding.line) }
			}
		};
	});
	const seenErrors = /* @__PURE__ */ new Map();
	for (const error of result.errors) {
		const path = fileKey(error.file);
		const key = [
			runErrorCheckName,
			path,
			error.message.replace(/\d+/g, "#")
		].join("\0");
		const occurrence = (seenErrors.get(key) ?? 0) + 1;
		seenErrors.set(key, occurrence);
		issues.push({
			description: `Could not be linted: ${error.message}`,
			check_name: runErrorCheckName,
			fingerprint: createHash("sha256").update(`${key}\u0000${occurrence}`).digest("hex").slice(0, 32),
			severity: "blocker",
			location: {
				path,
				lines: { begin: Math.max(1, error.line ?? 1) }
			}
		});
	}
	return issues;
}

export { gitlabIssues };