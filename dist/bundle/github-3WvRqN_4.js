import { t as escapeChar } from "./cli.js";

// dist/src/report/github.js
const commands = {
	error: "error",
	warning: "warning",
	info: "notice"
};
/**
* GitHub Actions workflow commands: one annotation per finding, `::error`, `::warning` or `::notice`,
* then one `::error` per run error, and a `::notice` naming the checks the config turned off. Escaped as
* @actions/core escapes them: a property cannot end the command early, a message cannot start a line.
*/
function formatGithub(result) {
	const lines = result.findings.map((finding) => {
		const properties = [
			["file", finding.file],
			["line", finding.line],
			["col", finding.column],
			["endLine", finding.endLine],
			["endColumn", finding.endColumn],
			["title", finding.checkId]
		];
		return command(commands[finding.severity], properties, finding.message);
	});
	for (const error of result.errors) lines.push(command("error", [["file", error.file], ...error.line ? [["line", error.line]] : []], error.message));
	const disabled = result.disabledChecks ?? [];
	if (disabled.length > 0) {
		const count = `${disabled.length} check${disabled.length === 1 ? "" : "s"}`;
		lines.push(command("notice", [["title", "kubeready"]], `${count} turned off by the config did not run: ${disabled.join(", ")}`));
	}
	return lines.map((line) => `${line}\n`).join("");
}
/**
* Control characters that act rather than show, except the line breaks and tabs a message may hold (the
* runner reads %0A back as a line break): an ESC, BEL or bidi control would reach the log and the
* annotation raw, so it is shown as an escape.
*/
const acting = /[^\P{Cc}\t\n\r]|[\u061c\u200e\u200f\u2028-\u202e\u2066-\u2069]/gu;
function command(name, properties, message) {
	const shown = (text) => text.replace(acting, escapeChar);
	return `::${name} ${properties.map(([key, value]) => `${key}=${escapeProperty(shown(String(value)))}`).join(",")}::${escapeData(shown(message))}`;
}
function escapeData(text) {
	return text.replaceAll("%", "%25").replaceAll("\r", "%0D").replaceAll("\n", "%0A");
}
function escapeProperty(text) {
	return escapeData(text).replaceAll(":", "%3A").replaceAll(",", "%2C");
}

export { formatGithub };