import { categories } from '../engine/check.js';
const areaTitles = {
    probes: 'Probes',
    disruptions: 'Disruptions and availability',
    resources: 'Resources',
    scaling: 'Autoscaling',
    images: 'Images',
    storage: 'Storage',
    networking: 'Networking',
    environments: 'Environments',
    security: 'Security',
    correctness: 'Correctness',
};
/** docs/checks.md, generated from the checks' metadata (npm run docs); a test fails when it is stale. */
export function renderChecksDoc(checks) {
    const lines = [
        '# Checks',
        '',
        '<!-- Generated from the metadata in checks/*.ts by `npm run docs`. Do not edit by hand. -->',
        '',
        `kubeready has ${checks.length} checks. \`kubeready --explain <id>\` prints any of them in the terminal.`,
        '',
        '| id | severity | area | title |',
        '| --- | --- | --- | --- |',
        ...sorted(checks).map(({ meta }) => `| [\`${meta.id}\`](#${meta.id}) | ${severityLabel(meta.severity, meta.enabledByDefault)} | ${meta.category} | ${meta.title} |`),
        '',
    ];
    for (const category of categories) {
        const inArea = sorted(checks).filter((check) => check.meta.category === category);
        if (inArea.length === 0)
            continue;
        lines.push(`## ${areaTitles[category]}`, '');
        for (const check of inArea)
            lines.push(...renderCheck(check), '');
    }
    return `${lines.join('\n').trimEnd()}\n`;
}
function renderCheck(check) {
    const { meta, options } = check;
    const kinds = kindsOf(check);
    const lines = [
        `### ${meta.id}`,
        '',
        `**${meta.title}.** Severity: ${severityLabel(meta.severity, meta.enabledByDefault)}.${kinds ? ` Applies to: ${kinds}.` : ''}`,
        '',
        meta.description,
        '',
        `**Risk.** ${meta.risk}`,
        '',
        `**Mitigation.** ${meta.mitigation}`,
    ];
    if (meta.fix)
        lines.push('', `**Fix.** ${meta.fix} \`--fix\` applies it; \`checks.${meta.id}.fix: false\` in the config turns it off.`);
    if (options) {
        lines.push('', '**Options** (under `checks.' + meta.id + '.options` in the config):', '');
        const properties = (options.schema['properties'] ?? {});
        const defaults = options.defaults;
        for (const [name, schema] of Object.entries(properties)) {
            lines.push(`- \`${name}\` (default \`${JSON.stringify(defaults[name] ?? null)}\`): ${schema.description ?? ''}`.trimEnd());
        }
    }
    lines.push('', 'Passes:', '', '```yaml', meta.example.trimEnd(), '```');
    return lines;
}
/** The kinds an object check declares it reports on, as a list to read. */
function kindsOf(check) {
    return check.target === 'object' && check.kinds ? check.kinds.join(', ') : undefined;
}
function severityLabel(severity, enabledByDefault) {
    return enabledByDefault === false ? `${severity} (off by default)` : severity;
}
function sorted(checks) {
    return [...checks].sort((a, b) => (a.meta.id < b.meta.id ? -1 : 1));
}
/** `kubeready --explain <id>`: the same text, for a terminal. */
export function renderExplain(check) {
    const { meta, options } = check;
    const kinds = kindsOf(check);
    const lines = [
        `${meta.id}: ${meta.title}`,
        `severity ${severityLabel(meta.severity, meta.enabledByDefault)}, area ${meta.category}${kinds ? `, applies to ${kinds}` : ''}`,
        '',
        meta.description,
        '',
        `Risk: ${meta.risk}`,
        '',
        `Mitigation: ${meta.mitigation}`,
    ];
    if (meta.fix)
        lines.push('', `Fix (--fix): ${meta.fix}`);
    if (options) {
        lines.push('', 'Options:');
        const properties = (options.schema['properties'] ?? {});
        const defaults = options.defaults;
        for (const [name, schema] of Object.entries(properties)) {
            lines.push(`  ${name} (default ${JSON.stringify(defaults[name] ?? null)}): ${schema.description ?? ''}`.trimEnd());
        }
    }
    lines.push('', 'Example that passes:', '', ...meta.example.trimEnd().split('\n').map((line) => `  ${line}`));
    return `${lines.join('\n')}\n`;
}
