import { isAbsolute } from 'node:path';
import { pathToFileURL } from 'node:url';
import { fingerprint } from '../engine/fingerprint.js';
import { regionOf, singleFixes } from '../fix/single.js';
const schemaUri = 'https://json.schemastore.org/sarif-2.1.0.json';
const informationUri = 'https://github.com/kubeready/kubeready';
const checksDocs = 'https://github.com/kubeready/kubeready/blob/main/docs/checks.md';
const srcRoot = '%SRCROOT%';
/** The key of kubeready's own entry in partialFingerprints; bump the suffix if the recipe ever changes. */
export const fingerprintKey = 'kubeready/v2';
const levels = { error: 'error', warning: 'warning', info: 'note' };
/**
 * properties.security-severity of the security checks' rules, from their default severity: code scanning
 * reads 7.0–8.9 as high, 4.0–6.9 as medium and 0.1–3.9 as low; each score sits inside its band. None is
 * critical (over 9.0): a manifest shows a weakness, not that it is exploited.
 */
export const securitySeverity = { error: '8.0', warning: '5.5', info: '2.0' };
/**
 * SARIF 2.1.0, as GitHub code scanning reads it: one run, one rule per check (in the order given),
 * one result per finding. Run errors become tool execution notifications. With `readSource` (the text
 * of a file), a finding --fix can fix carries its fix as `fixes`, each change a region of the file as it
 * was linted and the text that replaces it.
 */
export function formatSarif(result, checks, version, readSource) {
    return `${JSON.stringify(sarifLog(result, checks, version, readSource), null, 2)}\n`;
}
/** What formatSarif writes, as data (the command line writes it in pieces: see jsonPieces). */
export function sarifLog(result, checks, version, readSource) {
    const fixes = readSource ? singleFixes(result.findings, readSource) : new Map();
    const ruleIndex = new Map(checks.map((check, index) => [check.meta.id, index]));
    const rules = checks.map(({ meta }) => ({
        id: meta.id,
        name: meta.id,
        shortDescription: { text: meta.title },
        fullDescription: { text: meta.description },
        help: {
            text: `Risk: ${meta.risk}\n\nMitigation: ${meta.mitigation}`,
            markdown: `**Risk:** ${meta.risk}\n\n**Mitigation:** ${meta.mitigation}`,
        },
        helpUri: `${checksDocs}#${meta.id}`,
        defaultConfiguration: { level: levels[meta.severity] },
        // With a security-severity and the security tag (the category), code scanning lists the rule's alerts as security alerts.
        properties: { tags: [meta.category], ...(meta.category === 'security' && { 'security-severity': securitySeverity[meta.severity] }) },
    }));
    const seen = new Map();
    // Suppressed findings stay in the log, marked, as code scanning expects: inSource for annotations and
    // comments, external for the config file.
    const results = [...result.findings, ...result.suppressed].map((finding) => {
        const index = ruleIndex.get(finding.checkId);
        return {
            ruleId: finding.checkId,
            ...(index === undefined ? {} : { ruleIndex: index }),
            level: levels[finding.severity],
            message: { text: finding.message },
            locations: [
                {
                    physicalLocation: {
                        ...artifactLocation(finding.file),
                        region: { startLine: finding.line, startColumn: finding.column, endLine: finding.endLine, endColumn: finding.endColumn },
                    },
                },
            ],
            partialFingerprints: { [fingerprintKey]: fingerprint(finding, seen) },
            ...sarifFix(finding.fix?.description, finding.fix?.file, fixes.get(finding)),
            ...(finding.suppression && {
                suppressions: [{ kind: finding.suppression.kind === 'config' ? 'external' : 'inSource', justification: finding.suppression.reason }],
            }),
        };
    });
    // Checks the config turned off: each as a rule disabled for this run, and one note that names them all.
    const disabled = result.disabledChecks ?? [];
    const invocation = {
        executionSuccessful: result.errors.length === 0,
        ...(result.errors.length > 0 ? { toolExecutionNotifications: result.errors.map(notification) } : {}),
        ...(disabled.length > 0 && {
            ruleConfigurationOverrides: disabled.map((id) => {
                const index = ruleIndex.get(id);
                return { descriptor: { id, ...(index === undefined ? {} : { index }) }, configuration: { enabled: false } };
            }),
            toolConfigurationNotifications: [
                { level: 'note', message: { text: `${disabled.length} check${disabled.length === 1 ? '' : 's'} turned off by the config did not run: ${disabled.join(', ')}.` } },
            ],
        }),
    };
    const log = {
        $schema: schemaUri,
        version: '2.1.0',
        runs: [
            {
                tool: { driver: { name: 'kubeready', version, informationUri, rules } },
                originalUriBaseIds: {
                    [srcRoot]: { description: { text: 'The directory kubeready ran in; artifact URIs are relative to it.' } },
                },
                invocations: [invocation],
                results,
            },
        ],
    };
    return log;
}
/** A relative URI under %SRCROOT% (forward slashes, percent-encoded), or a file: URI for an absolute path. */
function artifactLocation(file) {
    if (file === '<stdin>')
        return { artifactLocation: { uri: 'stdin', uriBaseId: srcRoot } };
    if (isAbsolute(file))
        return { artifactLocation: { uri: pathToFileURL(file).href } };
    const uri = file.replaceAll('\\', '/').split('/').map(encodeURIComponent).join('/');
    return { artifactLocation: { uri, uriBaseId: srcRoot } };
}
function sarifFix(description, file, fix) {
    if (description === undefined || file === undefined || !fix)
        return {};
    const replacements = fix.replacements.map((replacement) => ({ deletedRegion: regionOf(fix.text, replacement), insertedContent: { text: replacement.text } }));
    return { fixes: [{ description: { text: description }, artifactChanges: [{ ...artifactLocation(file), replacements }] }] };
}
function notification(error) {
    return {
        level: 'error',
        message: { text: error.message },
        locations: [
            {
                physicalLocation: {
                    ...artifactLocation(error.file),
                    ...(error.line ? { region: { startLine: error.line } } : {}),
                },
            },
        ],
    };
}
