// dist/src/report/json.js
/** The JSON contract, described by schemas/findings.schema.json. */
function formatJson(result, failOn) {
	const { findings, suppressed, errors, summary } = result;
	const disabledChecks = result.disabledChecks ?? [];
	return `${JSON.stringify({
		version: 1,
		findings,
		suppressed,
		errors,
		summary: {
			...summary,
			failOn,
			disabledChecks
		}
	}, null, 2)}\n`;
}

export { formatJson };