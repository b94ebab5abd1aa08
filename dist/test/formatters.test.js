import { Ajv } from 'ajv';
import { describe, expect, it } from 'vitest';
import { checks } from '../checks/index.js';
import { lintText } from '../src/api.js';
import { cleanPod, runMain } from './support/cli.js';
import { formatGithub } from '../src/report/github.js';
import { formatJunit } from '../src/report/junit.js';
import { fingerprintKey, formatSarif } from '../src/report/sarif.js';
/** One error (placeholder), one warning (moving tag), one info (token automount). */
const pod = `apiVersion: v1
kind: Pod
metadata: { name: web, namespace: shop }
spec:
  containers:
    - name: app
      image: registry.example.com/app:latest
      resources: { requests: { cpu: 10m, memory: 16Mi }, limits: { memory: 16Mi } }
      livenessProbe: { httpGet: { path: /live, port: 8080 } }
      securityContext: { readOnlyRootFilesystem: true }
      env:
        - { name: VERSION, value: "__APP_VERSION__" }
  securityContext: { runAsNonRoot: true }
`;
const file = 'k8s/web/pod.yaml';
function at(items, index) {
    const item = items[index];
    if (item === undefined)
        throw new Error(`no item ${index} among ${items.length}`);
    return item;
}
function checkById(id) {
    const check = checks.find((candidate) => candidate.meta.id === id);
    if (!check)
        throw new Error(`no check ${id}`);
    return check;
}
const sarifOf = (result) => JSON.parse(formatSarif(result, checks, '9.9.9'));
const sarifRun = (result) => at(sarifOf(result).runs, 0);
/** The fields GitHub code scanning requires (docs "SARIF support for code scanning"), hand-written. */
const text = { type: 'object', required: ['text'], properties: { text: { type: 'string', minLength: 1 } } };
const minimalSarifSchema = {
    type: 'object',
    required: ['$schema', 'version', 'runs'],
    properties: {
        version: { const: '2.1.0' },
        runs: {
            type: 'array',
            minItems: 1,
            maxItems: 1,
            items: {
                type: 'object',
                required: ['tool', 'results'],
                properties: {
                    tool: {
                        type: 'object',
                        required: ['driver'],
                        properties: {
                            driver: {
                                type: 'object',
                                required: ['name', 'rules'],
                                properties: {
                                    name: { type: 'string', minLength: 1 },
                                    rules: {
                                        type: 'array',
                                        items: {
                                            type: 'object',
                                            required: ['id', 'shortDescription', 'fullDescription', 'help'],
                                            properties: {
                                                id: { type: 'string', minLength: 1 },
                                                shortDescription: text,
                                                fullDescription: text,
                                                help: text,
                                                defaultConfiguration: { type: 'object', properties: { level: { enum: ['none', 'note', 'warning', 'error'] } } },
                                                // A score above 0.0 up to 10.0, written as a string.
                                                properties: { type: 'object', properties: { 'security-severity': { type: 'string', pattern: '^(10(\\.0)?|\\d(\\.\\d)?)$', not: { enum: ['0', '0.0'] } } } },
                                            },
                                        },
                                    },
                                },
                            },
                        },
                    },
                    invocations: {
                        type: 'array',
                        items: { type: 'object', required: ['executionSuccessful'], properties: { executionSuccessful: { type: 'boolean' } } },
                    },
                    results: {
                        type: 'array',
                        items: {
                            type: 'object',
                            required: ['ruleId', 'message', 'locations', 'partialFingerprints'],
                            properties: {
                                ruleId: { type: 'string', minLength: 1 },
                                ruleIndex: { type: 'integer', minimum: 0 },
                                level: { enum: ['none', 'note', 'warning', 'error'] },
                                message: text,
                                partialFingerprints: { type: 'object', minProperties: 1, additionalProperties: { type: 'string' } },
                                // SARIF 2.1.0 §3.35: kind is required, inSource or external; justification a string.
                                suppressions: {
                                    type: 'array',
                                    items: {
                                        type: 'object',
                                        required: ['kind'],
                                        additionalProperties: false,
                                        properties: { kind: { enum: ['inSource', 'external'] }, justification: { type: 'string' } },
                                    },
                                },
                                locations: {
                                    type: 'array',
                                    minItems: 1,
                                    items: {
                                        type: 'object',
                                        required: ['physicalLocation'],
                                        properties: {
                                            physicalLocation: {
                                                type: 'object',
                                                required: ['artifactLocation', 'region'],
                                                properties: {
                                                    artifactLocation: {
                                                        type: 'object',
                                                        required: ['uri'],
                                                        properties: { uri: { type: 'string', minLength: 1, not: { pattern: '\\\\' } } },
                                                    },
                                                    region: {
                                                        type: 'object',
                                                        required: ['startLine', 'startColumn', 'endLine', 'endColumn'],
                                                        additionalProperties: { type: 'integer', minimum: 1 },
                                                    },
                                                },
                                            },
                                        },
                                    },
                                },
                            },
                        },
                    },
                },
            },
        },
    },
};
const validateSarif = new Ajv({ allErrors: true }).compile(minimalSarifSchema);
describe('the test manifest', () => {
    it('has one finding of each severity', () => {
        const result = lintText(pod, file);
        expect(result.findings.map((f) => [f.checkId, f.severity, f.line, f.column, f.endLine, f.endColumn])).toEqual([
            ['service-account-token-automount', 'info', 4, 1, 4, 5],
            ['image-untagged', 'warning', 7, 14, 7, 45],
            ['template-placeholder', 'error', 12, 35, 12, 52],
        ]);
    });
});
describe('formatSarif', () => {
    const result = lintText(pod, file);
    const log = sarifOf(result);
    const run = at(log.runs, 0);
    it('passes the minimal schema of what GitHub requires, with and without results', () => {
        expect(validateSarif(log), JSON.stringify(validateSarif.errors)).toBe(true);
        expect(validateSarif(sarifOf(lintText(cleanPod, 'ok.yaml'))), JSON.stringify(validateSarif.errors)).toBe(true);
        const annotated = pod.replace('metadata: { name: web, namespace: shop }', 'metadata: { name: web, namespace: shop, annotations: { kubeready.io/ignore: "template-placeholder -- filled in by the pipeline" } }');
        const suppressed = sarifOf(lintText(annotated, file));
        expect(at(suppressed.runs, 0).results.some((r) => r.suppressions !== undefined)).toBe(true);
        expect(validateSarif(suppressed), JSON.stringify(validateSarif.errors)).toBe(true);
    });
    it('describes the tool and one rule per check', () => {
        expect(log.$schema).toBe('https://json.schemastore.org/sarif-2.1.0.json');
        expect(log.version).toBe('2.1.0');
        expect(log.runs).toHaveLength(1);
        const driver = run.tool.driver;
        expect(driver).toMatchObject({ name: 'kubeready', version: '9.9.9', informationUri: 'https://github.com/kubeready/kubeready' });
        expect(driver.rules.map((rule) => rule.id)).toEqual(checks.map((check) => check.meta.id));
        const check = checkById('image-untagged');
        expect(driver.rules.find((rule) => rule.id === 'image-untagged')).toEqual({
            id: 'image-untagged',
            name: 'image-untagged',
            shortDescription: { text: check.meta.title },
            fullDescription: { text: check.meta.description },
            help: {
                text: `Risk: ${check.meta.risk}\n\nMitigation: ${check.meta.mitigation}`,
                markdown: `**Risk:** ${check.meta.risk}\n\n**Mitigation:** ${check.meta.mitigation}`,
            },
            helpUri: 'https://github.com/kubeready/kubeready/blob/main/docs/checks.md#image-untagged',
            defaultConfiguration: { level: 'warning' },
            properties: { tags: ['images'] },
        });
        const levelOf = (id) => driver.rules.find((rule) => rule.id === id)?.defaultConfiguration.level;
        expect([levelOf('template-placeholder'), levelOf('image-untagged'), levelOf('liveness-probe-missing')]).toEqual(['error', 'warning', 'note']);
        expect(run.originalUriBaseIds).toHaveProperty(['%SRCROOT%']);
        expect(run.invocations).toEqual([{ executionSuccessful: true }]);
    });
    it('gives the security checks a security-severity by their severity, and the others none', () => {
        const ruleOf = (id) => run.tool.driver.rules.find((rule) => rule.id === id)?.properties;
        expect(ruleOf('pss-privileged')).toEqual({ tags: ['security'], 'security-severity': '8.0' });
        expect(ruleOf('rbac-wildcard')).toEqual({ tags: ['security'], 'security-severity': '5.5' });
        expect(ruleOf('service-account-token-automount')).toEqual({ tags: ['security'], 'security-severity': '2.0' });
        expect(ruleOf('template-placeholder')).toEqual({ tags: ['correctness'] });
        const band = (score) => (score > 9 ? 'critical' : score >= 7 ? 'high' : score >= 4 ? 'medium' : score >= 0.1 ? 'low' : 'none');
        const expected = { error: 'high', warning: 'medium', info: 'low' };
        for (const { meta } of checks) {
            const properties = ruleOf(meta.id);
            if (meta.category !== 'security')
                expect(properties, meta.id).not.toHaveProperty('security-severity');
            else
                expect([properties?.tags, band(Number(properties?.['security-severity']))], meta.id).toEqual([['security'], expected[meta.severity]]);
        }
    });
    it('gives each finding a result with its rule, level and region', () => {
        expect(run.results.map((r) => [r.ruleId, r.level])).toEqual([
            ['service-account-token-automount', 'note'],
            ['image-untagged', 'warning'],
            ['template-placeholder', 'error'],
        ]);
        for (const r of run.results)
            expect(run.tool.driver.rules[r.ruleIndex]?.id).toBe(r.ruleId);
        const placeholder = at(run.results, 2);
        expect(placeholder.message.text).toBe(at(result.findings, 2).message);
        expect(placeholder.locations).toEqual([
            {
                physicalLocation: {
                    artifactLocation: { uri: 'k8s/web/pod.yaml', uriBaseId: '%SRCROOT%' },
                    region: { startLine: 12, startColumn: 35, endLine: 12, endColumn: 52 },
                },
            },
        ]);
    });
    it('keeps fingerprints when the finding moves down two lines, and tells findings apart', () => {
        const moved = sarifRun(lintText(`# first comment\n# second comment\n${pod}`, file));
        expect(moved.results.map((r) => at(r.locations, 0).physicalLocation.region.startLine)).toEqual([6, 9, 14]);
        const prints = run.results.map((r) => r.partialFingerprints[fingerprintKey]);
        expect(prints.every((print) => /^[0-9a-f]{32}$/.test(print ?? ''))).toBe(true);
        expect(new Set(prints).size).toBe(3);
        expect(moved.results.map((r) => r.partialFingerprints[fingerprintKey])).toEqual(prints);
        // ...but the file is part of what the finding is about.
        const elsewhere = sarifRun(lintText(pod, 'k8s/other.yaml'));
        expect(at(elsewhere.results, 0).partialFingerprints[fingerprintKey]).not.toBe(prints[0]);
    });
    it('writes results as an empty array when there are no findings', () => {
        const clean = formatSarif(lintText(cleanPod, 'ok.yaml'), checks, '1.0.0');
        expect(at(JSON.parse(clean).runs, 0).results).toEqual([]);
        expect(clean).toContain('"results": []');
    });
    it('names stdin "stdin" and uses forward slashes', () => {
        expect(at(at(sarifRun(lintText(pod)).results, 0).locations, 0).physicalLocation.artifactLocation).toEqual({ uri: 'stdin', uriBaseId: '%SRCROOT%' });
        const windows = sarifRun(lintText(pod, 'k8s\\web\\my pod.yaml'));
        expect(at(at(windows.results, 0).locations, 0).physicalLocation.artifactLocation.uri).toBe('k8s/web/my%20pod.yaml');
    });
    it('reports run errors as tool execution notifications', () => {
        const withErrors = { ...result, errors: [{ file: 'charts/app', message: 'helm template failed: boom' }, { file: 'bad.yaml', line: 3, message: 'cannot read: EACCES' }] };
        const invocation = at(sarifRun(withErrors).invocations, 0);
        expect(invocation.executionSuccessful).toBe(false);
        expect(invocation.toolExecutionNotifications).toEqual([
            { level: 'error', message: { text: 'helm template failed: boom' }, locations: [{ physicalLocation: { artifactLocation: { uri: 'charts/app', uriBaseId: '%SRCROOT%' } } }] },
            {
                level: 'error',
                message: { text: 'cannot read: EACCES' },
                locations: [{ physicalLocation: { artifactLocation: { uri: 'bad.yaml', uriBaseId: '%SRCROOT%' }, region: { startLine: 3 } } }],
            },
        ]);
    });
});
describe('formatGithub', () => {
    const result = lintText(pod, file);
    it('prints one workflow command per finding, by severity', () => {
        const lines = formatGithub(result).split('\n');
        expect(lines).toHaveLength(4);
        expect(lines[3]).toBe('');
        expect(lines[0]).toMatch(/^::notice file=k8s\/web\/pod\.yaml,line=4,col=1,endLine=4,endColumn=5,title=service-account-token-automount::The pod spec /);
        expect(lines[1]).toBe('::warning file=k8s/web/pod.yaml,line=7,col=14,endLine=7,endColumn=45,title=image-untagged::' +
            'The image "registry.example.com/app:latest" of container "app" uses the moving tag :latest.');
        expect(lines[2]).toMatch(/^::error file=k8s\/web\/pod\.yaml,line=12,col=35,endLine=12,endColumn=52,title=template-placeholder::/);
    });
    it('escapes data and properties as @actions/core does', () => {
        const finding = { ...at(result.findings, 1), file: 'a,b:c%.yaml', message: 'CPU at 100%, really:\r\nlook' };
        expect(formatGithub({ ...result, findings: [finding] })).toBe('::warning file=a%2Cb%3Ac%25.yaml,line=7,col=14,endLine=7,endColumn=45,title=image-untagged::CPU at 100%25, really:%0D%0Alook\n');
    });
    it('prints run errors as ::error with the file, and nothing for a clean run', () => {
        const errors = [{ file: 'charts/app', message: 'helm template failed:\nboom' }, { file: 'bad.yaml', line: 3, message: 'cannot read' }];
        expect(formatGithub({ ...result, findings: [], errors })).toBe('::error file=charts/app::helm template failed:%0Aboom\n::error file=bad.yaml,line=3::cannot read\n');
        expect(formatGithub(lintText(cleanPod, 'ok.yaml'))).toBe('');
    });
});
/** Every suite's and the root's tests, failures, errors and skipped attributes count what they hold. */
function expectCountsAgree(xml) {
    const count = (text, pattern) => text.match(pattern)?.length ?? 0;
    const countsOf = (text) => ({
        tests: count(text, /<testcase /g),
        failures: count(text, /<failure /g),
        errors: count(text, /<error /g),
        skipped: count(text, /<skipped /g),
    });
    const attributes = (tag) => {
        const read = (name) => Number(new RegExp(` ${name}="(\\d+)"`).exec(tag)?.[1]);
        return { tests: read('tests'), failures: read('failures'), errors: read('errors'), skipped: read('skipped') };
    };
    const suites = [...xml.matchAll(/(<testsuite [^>]*>)([\s\S]*?)<\/testsuite>/g)];
    expect(suites.length).toBeGreaterThan(0);
    for (const [, tag = '', body = ''] of suites)
        expect(attributes(tag), tag).toEqual(countsOf(body));
    const rootTag = /<testsuites [^>]*>/.exec(xml)?.[0] ?? '';
    expect(attributes(rootTag)).toEqual(countsOf(xml));
}
describe('formatJunit', () => {
    const result = lintText(pod, file);
    it('lists one suite per file with findings and one testcase per finding, failing for errors and warnings', () => {
        const other = lintText(pod, 'other.yaml');
        const xml = formatJunit({ ...result, findings: [...result.findings, at(other.findings, 1)] });
        expect(xml.startsWith('<?xml version="1.0" encoding="UTF-8"?>\n<testsuites name="kubeready" tests="4" failures="3" errors="0"')).toBe(true);
        expect(xml.match(/<testsuite /g)).toHaveLength(2);
        expect(xml).toContain('<testsuite name="k8s/web/pod.yaml" tests="3" failures="2" errors="0"');
        expect(xml).toContain('<testsuite name="other.yaml" tests="1" failures="1" errors="0"');
        expect(xml.match(/<testcase /g)).toHaveLength(4);
        expect(xml.match(/<failure /g)).toHaveLength(3);
        expect(xml).toContain('<testcase classname="image-untagged" name="7:14 The image &quot;registry.example.com/app:latest&quot; of container &quot;app&quot; uses the moving tag :latest." file="k8s/web/pod.yaml" line="7" time="0">');
        const check = checkById('image-untagged');
        expect(xml).toContain(`type="warning">k8s/web/pod.yaml:7:14\nRisk: ${check.meta.risk.replaceAll("'", '&apos;').replaceAll('"', '&quot;')}`);
        expect(xml.endsWith('</testsuites>\n')).toBe(true);
    });
    it('escapes &, <, >, " and \'', () => {
        const finding = { ...at(result.findings, 0), file: 'a&b.yaml', message: `<x> & "y" 'z'`, risk: '1 < 2 & 3 > 2', mitigation: `"quoted" 'single'` };
        const xml = formatJunit({ ...result, findings: [{ ...finding, severity: 'error' }, finding] });
        expect(xml).toContain('<testsuite name="a&amp;b.yaml"');
        expect(xml).toContain('name="4:1 &lt;x&gt; &amp; &quot;y&quot; &apos;z&apos;"');
        expect(xml).toContain('<failure message="&lt;x&gt; &amp; &quot;y&quot; &apos;z&apos;" type="error">a&amp;b.yaml:4:1\nRisk: 1 &lt; 2 &amp; 3 &gt; 2\nMitigation: &quot;quoted&quot; &apos;single&apos;</failure>');
        expect(xml).toContain('<system-out>info, below --fail-on warning: &lt;x&gt; &amp; &quot;y&quot; &apos;z&apos;\na&amp;b.yaml:4:1\nRisk: 1 &lt; 2 &amp; 3 &gt; 2\n');
        expect(xml).not.toMatch(/&(?!amp;|lt;|gt;|quot;|apos;|#\d+;)/);
    });
    it('shows one passing testcase when there is nothing to report', () => {
        expect(formatJunit(lintText(cleanPod, 'ok.yaml'))).toBe([
            '<?xml version="1.0" encoding="UTF-8"?>',
            '<testsuites name="kubeready" tests="1" failures="0" errors="0" skipped="0" time="0">',
            '  <testsuite name="kubeready" tests="1" failures="0" errors="0" skipped="0" time="0">',
            '    <testcase classname="kubeready" name="no problems in 1 object from 1 file" time="0"/>',
            '  </testsuite>',
            '</testsuites>',
            '',
        ].join('\n'));
    });
    it('passes an info finding, with the finding in <system-out>, and counts only what fails', () => {
        const xml = formatJunit(result);
        const info = /<testcase classname="service-account-token-automount" [^>]*>\n([\s\S]*?)\n {4}<\/testcase>/.exec(xml)?.[1] ?? '';
        expect(info).toMatch(/^ {6}<system-out>info, below --fail-on warning: The pod spec [^<]*\nk8s\/web\/pod\.yaml:4:1\nRisk: [^<]+\nMitigation: [^<]+<\/system-out>$/);
        expect(xml).toContain('<testsuites name="kubeready" tests="3" failures="2" errors="0" skipped="0"');
        expectCountsAgree(xml);
    });
    it('fails the findings at or above --fail-on: info too with info, only errors with error', () => {
        expect(formatJunit(result, 'info')).toContain('<testsuites name="kubeready" tests="3" failures="3"');
        expect(formatJunit(result, 'info').match(/<failure /g)).toHaveLength(3);
        expect(formatJunit(result, 'error')).toContain('<testsuites name="kubeready" tests="3" failures="1"');
        expect(formatJunit(result, 'error').match(/<system-out>warning, below --fail-on error: /g)).toHaveLength(1);
        for (const failOn of ['error', 'warning', 'info'])
            expectCountsAgree(formatJunit(result, failOn));
    });
    it('reports run errors as <error>', () => {
        const xml = formatJunit({ ...result, errors: [{ file: 'charts/app', message: 'helm template failed: <boom>' }] });
        expect(xml).toContain('<testsuites name="kubeready" tests="4" failures="2" errors="1"');
        expect(xml).toContain('<testsuite name="charts/app" tests="1" failures="0" errors="1"');
        expect(xml).toContain('<error message="helm template failed: &lt;boom&gt;" type="run-error">charts/app: helm template failed: &lt;boom&gt;</error>');
    });
});
describe('--format on the command line', () => {
    const run = (args) => runMain(args, { stdin: pod });
    it('renders sarif, github and junit', async () => {
        const sarif = await run(['--format', 'sarif', '-']);
        expect(sarif.code).toBe(1);
        const log = JSON.parse(sarif.stdout);
        expect(validateSarif(log)).toBe(true);
        expect(at(log.runs, 0).results.map((r) => r.ruleId)).toEqual(['service-account-token-automount', 'image-untagged', 'template-placeholder']);
        expect(at(log.runs, 0).tool.driver.version).toMatch(/^\d+\.\d+\.\d+/);
        expect((await run(['--format', 'github', '-'])).stdout).toMatch(/^::notice file=<stdin>,line=4,/);
        expect((await run(['--format', 'junit', '-'])).stdout).toContain('<testsuite name="&lt;stdin&gt;" tests="3" failures="2"');
    });
    it('makes junit failures agree with the exit code over examples/, whatever --fail-on', async () => {
        for (const [failOn, failures] of [['error', 3], ['warning', 19], ['info', 29]]) {
            const junit = await runMain(['--format', 'junit', '--fail-on', failOn, 'examples/']);
            expect(junit.code).toBe(1);
            expect(junit.stdout).toContain(`<testsuites name="kubeready" tests="29" failures="${failures}" errors="0"`);
            expectCountsAgree(junit.stdout);
        }
        const clean = await runMain(['--format', 'junit', '--fail-on', 'error', 'examples/shop-ready/']);
        expect(clean.code).toBe(0);
        expect(clean.stdout).toContain('failures="0"');
    });
    it('names every format in the usage error', async () => {
        await expect(run(['--format', 'xml', '-'])).rejects.toThrow('--format must be one of stylish, json, sarif, github, junit, markdown, html, gitlab (got "xml")');
    });
});
describe('the stylish summary never reads as a pass for a run that fails', () => {
    const warningOnly = lintText(cleanPod.replace('registry.example.com/app:1.0.0', 'registry.example.com/app:latest'), 'pod.yaml');
    const last = (text) => text.trimEnd().split('\n').at(-1) ?? '';
    it('--quiet with only warnings: no ✔ when they fail the run at --fail-on, ✔ when they do not', async () => {
        const { formatStylish } = await import('../src/report/stylish.js');
        expect(warningOnly.summary).toMatchObject({ error: 0, warning: 1 });
        expect(last(formatStylish(warningOnly, { color: false, quiet: true, failOn: 'warning' }))).toBe('✖ No errors in 1 object from 1 file (not shown: 1 warning, which fail the run at --fail-on warning)');
        expect(last(formatStylish(warningOnly, { color: false, quiet: true, failOn: 'error' }))).toBe('✔ No errors in 1 object from 1 file (not shown: 1 warning)');
    });
    it('inputs that could not be linted: no ✔, the summary counts them', async () => {
        const { formatStylish } = await import('../src/report/stylish.js');
        const clean = lintText(cleanPod, 'pod.yaml');
        const broken = { ...clean, errors: [{ file: 'charts/shop', message: 'cannot render the chart: helm was not found' }] };
        expect(last(formatStylish(broken, { color: false }))).toBe('✖ No problems in 1 object from 1 file; 1 input could not be linted (on stderr)');
        expect(last(formatStylish(broken, { color: false, quiet: true }))).toBe('✖ No errors in 1 object from 1 file; 1 input could not be linted (on stderr)');
        expect(last(formatStylish(clean, { color: false }))).toBe('✔ No problems in 1 object from 1 file');
    });
    it('on the command line, --quiet with a warning exits 1 and says why', async () => {
        const { mkdtempSync, writeFileSync, rmSync } = await import('node:fs');
        const { tmpdir } = await import('node:os');
        const { join } = await import('node:path');
        const dir = mkdtempSync(join(tmpdir(), 'kubeready-quiet-'));
        try {
            writeFileSync(join(dir, 'pod.yaml'), cleanPod.replace('registry.example.com/app:1.0.0', 'registry.example.com/app:latest'));
            const { code, stdout } = await runMain(['--quiet', join(dir, 'pod.yaml')]);
            expect(code).toBe(1);
            expect(last(stdout)).toMatch(/^✖ No errors .*which fail the run at --fail-on warning\)$/);
        }
        finally {
            rmSync(dir, { recursive: true, force: true });
        }
    });
});
