// dist/src/report/json.js
/** What formatJson writes, as data (the command line writes it in pieces: see jsonPieces). */
function jsonReport(result, failOn) {
	const { findings, suppressed, errors, summary } = result;
	const disabledChecks = result.disabledChecks ?? [];
	return {
		version: 1,
		findings,
		suppressed,
		errors,
		summary: {
			...summary,
			failOn,
			disabledChecks
		}
	};
}

export { jsonReport };