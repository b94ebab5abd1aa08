import { t as fingerprint } from "./fingerprint-Dw5YiKp7.js";
import { f as textDigest } from "./parse-kBfv7GaD.js";
import { a as parseForFixes, i as fixReplacements, t as fixesIn } from "./files-I79MF9b5.js";
import { isAbsolute } from "node:path";
import { pathToFileURL } from "node:url";

// dist/src/fix/single.js
/**
* Each fixable finding's fix applied alone to the file it edits, read through `readSource` (the text as a
* report reads it); a file that is no longer the text linted gives none. Each file is read and parsed once.
*/
function singleFixes(findings, readSource) {
	const files = /* @__PURE__ */ new Map();
	const fixes = /* @__PURE__ */ new Map();
	for (const finding of findings) {
		const fix = finding.fix;
		if (!fix?.at) continue;
		if (!files.has(fix.file)) {
			const text = readSource(fix.file)?.replace(/^\uFEFF/, "");
			files.set(fix.file, text === void 0 ? void 0 : {
				text,
				digest: textDigest(text)
			});
		}
		const file = files.get(fix.file);
		if (!file || file.digest !== fix.at.digest) continue;
		file.parsed ??= parseForFixes(file.text);
		const result = fixReplacements(file.text, fixesIn([finding], fix.file), file.parsed);
		if (result.applied[0] && result.replacements.length > 0) fixes.set(finding, {
			text: file.text,
			replacements: result.replacements
		});
	}
	return fixes;
}
/** The line starts of the last text regionOf read: a file's fixes come one after another. */
let lineStartsOf;
/** 1-based line and column (UTF-16 code units, SARIF's default) of each end of a replacement. */
function regionOf(text, replacement) {
	if (lineStartsOf?.text !== text) {
		const starts = [0];
		for (let i = text.indexOf("\n"); i !== -1; i = text.indexOf("\n", i + 1)) starts.push(i + 1);
		lineStartsOf = {
			text,
			starts
		};
	}
	const { starts } = lineStartsOf;
	const at = (offset) => {
		let low = 0;
		let high = starts.length - 1;
		while (low < high) {
			const middle = low + high + 1 >> 1;
			if ((starts[middle] ?? 0) <= offset) low = middle;
			else high = middle - 1;
		}
		return {
			line: low + 1,
			column: offset - (starts[low] ?? 0) + 1
		};
	};
	const start = at(replacement.start);
	const end = at(replacement.end);
	return {
		startLine: start.line,
		startColumn: start.column,
		endLine: end.line,
		endColumn: end.column
	};
}

// dist/src/report/sarif.js
const schemaUri = "https://json.schemastore.org/sarif-2.1.0.json";
const informationUri = "https://github.com/kubeready/kubeready";
const checksDocs = "https://github.com/kubeready/kubeready/blob/main/docs/checks.md";
const srcRoot = "%SRCROOT%";
/** The key of kubeready's own entry in partialFingerprints; bump the suffix if the recipe ever changes. */
const fingerprintKey = "kubeready/v2";
const levels = {
	error: "error",
	warning: "warning",
	info: "note"
};
/**
* properties.security-severity of the security checks' rules, from their default severity: code scanning
* reads 7.0–8.9 as high, 4.0–6.9 as medium and 0.1–3.9 as low; each score sits inside its band. None is
* critical (over 9.0): a manifest shows a weakness, not that it is exploited.
*/
const securitySeverity = {
	error: "8.0",
	warning: "5.5",
	info: "2.0"
};
/** What formatSarif writes, as data (the command line writes it in pieces: see jsonPieces). */
function sarifLog(result, checks, version, readSource) {
	const fixes = readSource ? singleFixes(result.findings, readSource) : /* @__PURE__ */ new Map();
	const ruleIndex = new Map(checks.map((check, index) => [check.meta.id, index]));
	const rules = checks.map(({ meta }) => ({
		id: meta.id,
		name: meta.id,
		shortDescription: { text: meta.title },
		fullDescription: { text: meta.description },
		help: {
			text: `Risk: ${meta.risk}\n\nMitigation: ${meta.mitigation}`,
			markdown: `**Risk:** ${meta.risk}\n\n**Mitigation:** ${meta.mitigation}`
		},
		helpUri: `${checksDocs}#${meta.id}`,
		defaultConfiguration: { level: levels[meta.severity] },
		properties: {
			tags: [meta.category],
			...meta.category === "security" && { "security-severity": securitySeverity[meta.severity] }
		}
	}));
	const seen = /* @__PURE__ */ new Map();
	const results = [...result.findings, ...result.suppressed].map((finding) => {
		const index = ruleIndex.get(finding.checkId);
		return {
			ruleId: finding.checkId,
			...index === void 0 ? {} : { ruleIndex: index },
			level: levels[finding.severity],
			message: { text: finding.message },
			locations: [{ physicalLocation: {
				...artifactLocation(finding.file),
				region: {
					startLine: finding.line,
					startColumn: finding.column,
					endLine: finding.endLine,
					endColumn: finding.endColumn
				}
			} }],
			partialFingerprints: { [fingerprintKey]: fingerprint(finding, seen) },
			...sarifFix(finding.fix?.description, finding.fix?.file, fixes.get(finding)),
			...finding.suppression && { suppressions: [{
				kind: finding.suppression.kind === "config" ? "external" : "inSource",
				justification: finding.suppression.reason
			}] }
		};
	});
	const disabled = result.disabledChecks ?? [];
	const invocation = {
		executionSuccessful: result.errors.length === 0,
		...result.errors.length > 0 ? { toolExecutionNotifications: result.errors.map(notification) } : {},
		...disabled.length > 0 && {
			ruleConfigurationOverrides: disabled.map((id) => {
				const index = ruleIndex.get(id);
				return {
					descriptor: {
						id,
						...index === void 0 ? {} : { index }
					},
					configuration: { enabled: false }
				};
			}),
			toolConfigurationNotifications: [{
				level: "note",
				message: { text: `${disabled.length} check${disabled.length === 1 ? "" : "s"} turned off by the config did not run: ${disabled.join(", ")}.` }
			}]
		}
	};
	return {
		$schema: schemaUri,
		version: "2.1.0",
		runs: [{
			tool: { driver: {
				name: "kubeready",
				version,
				informationUri,
				rules
			} },
			originalUriBaseIds: { [srcRoot]: { description: { text: "The directory kubeready ran in; artifact URIs are relative to it." } } },
			invocations: [invocation],
			results
		}]
	};
}
/** A relative URI under %SRCROOT% (forward slashes, percent-encoded), or a file: URI for an absolute path. */
function artifactLocation(file) {
	if (file === "<stdin>") return { artifactLocation: {
		uri: "stdin",
		uriBaseId: srcRoot
	} };
	if (isAbsolute(file)) return { artifactLocation: { uri: pathToFileURL(file).href } };
	return { artifactLocation: {
		uri: file.replaceAll("\\", "/").split("/").map(encodeURIComponent).join("/"),
		uriBaseId: srcRoot
	} };
}
function sarifFix(description, file, fix) {
	if (description === void 0 || file === void 0 || !fix) return {};
	const replacements = fix.replacements.map((replacement) => ({
		deletedRegion: regionOf(fix.text, replacement),
		insertedContent: { text: replacement.text }
	}));
	return { fixes: [{
		description: { text: description },
		artifactChanges: [{
			...artifactLocation(file),
			replacements
		}]
	}] };
}
function notification(error) {
	return {
		level: "error",
		message: { text: error.message },
		locations: [{ physicalLocation: {
			...artifactLocation(error.file),
			...error.line ? { region: { startLine: error.line } } : {}
		} }]
	};
}

export { sarifLog };