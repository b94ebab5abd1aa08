// dist/src/report/check-docs.js
/** The kinds an object check declares it reports on, as a list to read. */
function kindsOf(check) {
	return check.target === "object" && check.kinds ? check.kinds.join(", ") : void 0;
}
function severityLabel(severity, enabledByDefault) {
	return enabledByDefault === false ? `${severity} (off by default)` : severity;
}
/** `kubeready --explain <id>`: the same text, for a terminal. */
function renderExplain(check) {
	const { meta, options } = check;
	const kinds = kindsOf(check);
	const lines = [
		`${meta.id}: ${meta.title}`,
		`severity ${severityLabel(meta.severity, meta.enabledByDefault)}, area ${meta.category}${kinds ? `, applies to ${kinds}` : ""}`,
		"",
		meta.description,
		"",
		`Risk: ${meta.risk}`,
		"",
		`Mitigation: ${meta.mitigation}`
	];
	if (meta.fix) lines.push("", `Fix (--fix): ${meta.fix}`);
	if (options) {
		lines.push("", "Options:");
		const properties = options.schema["properties"] ?? {};
		const defaults = options.defaults;
		for (const [name, schema] of Object.entries(properties)) lines.push(`  ${name} (default ${JSON.stringify(defaults[name] ?? null)}): ${schema.description ?? ""}`.trimEnd());
	}
	lines.push("", "Example that passes:", "", ...meta.example.trimEnd().split("\n").map((line) => `  ${line}`));
	return `${lines.join("\n")}\n`;
}

export { renderExplain };