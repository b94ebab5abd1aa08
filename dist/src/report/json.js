/** The JSON contract, described by schemas/findings.schema.json. */
export function formatJson(result, failOn) {
    return `${JSON.stringify(jsonReport(result, failOn), null, 2)}\n`;
}
/** What formatJson writes, as data (the command line writes it in pieces: see jsonPieces). */
export function jsonReport(result, failOn) {
    const { findings, suppressed, errors, summary } = result;
    const disabledChecks = result.disabledChecks ?? [];
    return { version: 1, findings, suppressed, errors, summary: { ...summary, failOn, disabledChecks } };
}
