import { c as severityRank, t as escapeChar } from "./cli.js";

// dist/src/report/junit.js
/**
* JUnit XML for CI test reports: one <testsuite> per file with findings or run errors, one <testcase>
* per finding (classname = check id), an <error> per run error. A finding fails its testcase when it
* fails the run (at or above `failOn`, as the exit code judges it); one below passes, its location, risk
* and mitigation in <system-out>. Not <skipped>: that says a test did not run, which is what the checks
* the config turned off are (skipped testcases of a suite of their own). A run with neither findings
* nor errors gets one passing testcase, so the report still shows that kubeready ran.
*/
function formatJunit(result, failOn = "warning") {
	const fails = (finding) => severityRank[finding.severity] >= severityRank[failOn];
	const suites = /* @__PURE__ */ new Map();
	const suiteOf = (file) => {
		let suite = suites.get(file);
		if (!suite) suites.set(file, suite = {
			findings: [],
			errors: []
		});
		return suite;
	};
	for (const finding of result.findings) suiteOf(finding.file).findings.push(finding);
	for (const error of result.errors) suiteOf(error.file).errors.push(error);
	const body = [];
	for (const [file, suite] of suites) {
		const tests = suite.findings.length + suite.errors.length;
		body.push(`  <testsuite name="${attr(file)}" tests="${tests}" failures="${suite.findings.filter(fails).length}" errors="${suite.errors.length}" skipped="0" time="0" file="${attr(file)}">`);
		for (const finding of suite.findings) {
			const details = `${file}:${finding.line}:${finding.column}\nRisk: ${finding.risk}\nMitigation: ${finding.mitigation}`;
			body.push(`    <testcase classname="${attr(finding.checkId)}" name="${attr(`${finding.line}:${finding.column} ${finding.message}`)}" file="${attr(file)}" line="${finding.line}" time="0">`, fails(finding) ? `      <failure message="${attr(finding.message)}" type="${finding.severity}">${text(details)}</failure>` : `      <system-out>${text(`${finding.severity}, below --fail-on ${failOn}: ${finding.message}\n${details}`)}</system-out>`, "    </testcase>");
		}
		for (const error of suite.errors) {
			const where = error.line ? `${error.line}: ` : "";
			body.push(`    <testcase classname="kubeready" name="${attr(`${where}${error.message}`)}" file="${attr(file)}"${error.line ? ` line="${error.line}"` : ""} time="0">`, `      <error message="${attr(error.message)}" type="run-error">${text(`${file}${error.line ? `:${error.line}` : ""}: ${error.message}`)}</error>`, "    </testcase>");
		}
		body.push("  </testsuite>");
	}
	let tests = result.findings.length + result.errors.length;
	if (tests === 0) {
		const { files, objects } = result.summary;
		tests = 1;
		body.push("  <testsuite name=\"kubeready\" tests=\"1\" failures=\"0\" errors=\"0\" skipped=\"0\" time=\"0\">", `    <testcase classname="kubeready" name="${attr(`no problems in ${plural(objects, "object")} from ${plural(files, "file")}`)}" time="0"/>`, "  </testsuite>");
	}
	const disabled = result.disabledChecks ?? [];
	if (disabled.length > 0) {
		tests += disabled.length;
		body.push(`  <testsuite name="checks turned off by the config" tests="${disabled.length}" failures="0" errors="0" skipped="${disabled.length}" time="0">`, ...disabled.map((id) => `    <testcase classname="${attr(id)}" name="${attr(id)}" time="0"><skipped message="turned off by the config: did not run"/></testcase>`), "  </testsuite>");
	}
	return [
		"<?xml version=\"1.0\" encoding=\"UTF-8\"?>",
		`<testsuites name="kubeready" tests="${tests}" failures="${result.findings.filter(fails).length}" errors="${result.errors.length}" skipped="${disabled.length}" time="0">`,
		...body,
		"</testsuites>",
		""
	].join("\n");
}
/** Text content: the five XML escapes, and characters XML 1.0 cannot hold at all shown as escapes (`\x1b`). */
function text(value) {
	return value.replace(/[^\t\n\r\u0020-\uD7FF\uE000-\uFFFD\u{10000}-\u{10FFFF}]/gu, escapeChar).replaceAll("&", "&amp;").replaceAll("<", "&lt;").replaceAll(">", "&gt;").replaceAll("\"", "&quot;").replaceAll("'", "&apos;");
}
/** An attribute value: also keeps line breaks and tabs, which attribute normalisation would turn into spaces. */
function attr(value) {
	return text(value).replaceAll("\n", "&#10;").replaceAll("\r", "&#13;").replaceAll("	", "&#9;");
}
function plural(count, noun) {
	return `${count} ${noun}${count === 1 ? "" : "s"}`;
}

export { formatJunit };