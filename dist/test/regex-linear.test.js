import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { lintText } from '../src/api.js';
import { loadConfigFile } from '../src/config/config-file.js';
import { matchesIgnoreEntry } from '../src/config/ignore-match.js';
import { findInTemplate } from '../src/engine/template-lines.js';
import { globToRegExp } from '../src/load/glob.js';
import { parseImage } from '../src/model/image.js';
import { isAllowedBy } from '../src/model/images.js';
import { parseQuantity } from '../src/model/quantity.js';
import { widgetCrd } from './support/crd.js';
/**
 * Every file under the linted paths, and the .kubeready.yaml beside them, may be written by an attacker:
 * no regular expression may take more than linear time on them. Each input here took from seconds to
 * forever with the backtracking expressions these scanners, rewritten expressions and re2js replaced;
 * each must now take well under a second, through the code that reads it in a run.
 */
const limit = 1000; // milliseconds
function timed(run) {
    const start = performance.now();
    const result = run();
    return { result, ms: performance.now() - start };
}
function lint(text, config) {
    return lintText(text, 'hostile.yaml', undefined, config).findings;
}
function ids(findings) {
    return [...new Set(findings.map((finding) => finding.checkId))].sort();
}
/** A Deployment whose one container has these fields (YAML flow text, each `key: value`). */
function deployment(container, name = 'api') {
    return `apiVersion: apps/v1
kind: Deployment
metadata: { name: ${name}, namespace: shop }
spec:
  selector: { matchLabels: { app: ${name} } }
  template:
    metadata: { labels: { app: ${name} } }
    spec:
      containers:
        - { name: app, image: "registry.example.com/app:1.0.0", ${container} }
`;
}
describe('template lines of a Helm chart', () => {
    it('a line of 26 {{""}} actions before its YAML (helm renders it as the YAML alone)', () => {
        const template = `${'{{""}}'.repeat(26)}apiVersion: v1\nkind: ConfigMap\nmetadata:\n  name: settings\ndata:\n  a: b\n`;
        const { result, ms } = timed(() => findInTemplate(template, 'ConfigMap', 0, ['metadata', 'name']));
        expect(ms).toBeLessThan(limit);
        expect(result).toEqual({ range: { line: 4, column: 9, endLine: 4, endColumn: 17 }, approximate: false });
    });
    it('a value followed by 100,000 spaces and no comment', () => {
        const template = `apiVersion: v1\nkind: ConfigMap\nmetadata:\n  name: settings${' '.repeat(100_000)}x\n`;
        const { result, ms } = timed(() => findInTemplate(template, 'ConfigMap', 0, ['metadata', 'name']));
        expect(ms).toBeLessThan(limit);
        expect(result.range.line).toBe(4);
    });
});
describe('placeholders in values', () => {
    it('an env value of "{{" and 4,000 spaces', () => {
        const { result, ms } = timed(() => lint(deployment(`env: [{ name: MODE, value: "{{${' '.repeat(4000)}" }]`)));
        expect(ms).toBeLessThan(limit);
        expect(ids(result)).not.toContain('template-placeholder');
    });
    it('an env value of "${a" and 100,000 ":-"', () => {
        const { result, ms } = timed(() => lint(deployment(`env: [{ name: MODE, value: "\${a${':-'.repeat(100_000)}" }]`)));
        expect(ms).toBeLessThan(limit);
        expect(ids(result)).not.toContain('template-placeholder');
    });
    it('an env value of 25,000 "${a+{" and no "}"', () => {
        const { result, ms } = timed(() => lint(deployment(`env: [{ name: MODE, value: "${'${a+{'.repeat(25_000)}" }]`)));
        expect(ms).toBeLessThan(limit);
        expect(ids(result)).not.toContain('template-placeholder');
        // Placeholders are still found, after many a `${` that is none.
        expect(ids(lint(deployment(`env: [{ name: MODE, value: "${'${!'.repeat(25_000)}\${MODE:-fast}" }]`)))).toContain('template-placeholder');
        expect(ids(lint(deployment('env: [{ name: MODE, value: "{{- .Values.mode -}}" }]')))).toContain('template-placeholder');
    });
});
describe('CRD patterns, matched as the API server does (RE2)', () => {
    const crd = (pattern) => widgetCrd(`{ type: object, properties: { spec: { type: object, properties: { code: { type: string, pattern: ${JSON.stringify(pattern)} } } } } }`);
    const widget = (code) => `---
apiVersion: example.com/v1
kind: Widget
metadata: { name: w, namespace: shop }
spec: { code: ${JSON.stringify(code)} }
`;
    it('pattern "^(a+)+$" against a value of 41 characters', () => {
        const { result, ms } = timed(() => lint(crd('^(a+)+$') + widget(`${'a'.repeat(40)}!`)));
        expect(ms).toBeLessThan(limit);
        expect(result.filter((finding) => finding.checkId === 'schema-invalid').map((finding) => finding.message)).toEqual([
            expect.stringContaining('must match pattern "^(a+)+$"'),
        ]);
    });
    it('RE2 syntax: (?i) is a flag there, and a lookahead makes the definition invalid, so it is not checked', () => {
        expect(ids(lint(crd('(?i)^abc$') + widget('ABC')))).not.toContain('schema-invalid');
        expect(ids(lint(crd('(?i)^abc$') + widget('abd')))).toContain('schema-invalid');
        expect(ids(lint(crd('^(?=a)b$') + widget('anything')))).not.toContain('schema-invalid');
    });
});
describe('patterns of .kubeready.yaml, which comes with the manifests', () => {
    it('a namePattern "(a+)+" against a name of 41 characters', () => {
        const config = { 'name-convention': { options: { namePattern: { '*': '(a+)+' } } } };
        const { result, ms } = timed(() => lint(deployment('resources: {}', `${'a'.repeat(40)}x`), config));
        expect(ms).toBeLessThan(limit);
        expect(ids(result)).toContain('name-convention');
    });
    it('a requiredLabels pattern "(a|aa)+" against a label value of 60 characters', () => {
        const config = { 'labels-required': { options: { requiredLabels: [{ key: 'app', pattern: '(a|aa)+' }] } } };
        const { result, ms } = timed(() => lint(deployment('resources: {}', `${'a'.repeat(59)}x`), config));
        expect(ms).toBeLessThan(limit);
        expect(ids(result)).toContain('labels-required');
    });
    it('an allowed registry of 30 stars against a host of 5,000 letters', () => {
        const image = parseImage(`${'a'.repeat(5000)}.io/app:1.0.0`);
        const { result, ms } = timed(() => isAllowedBy(`${'*a'.repeat(30)}b.io`, image));
        expect(ms).toBeLessThan(limit);
        expect(result).toBe(false);
        expect(isAllowedBy('*.example.com', parseImage('eu.example.com/app:1'))).toBe(true);
    });
    it('an ignore entry whose name glob has 30 stars, against a name of 5,000 letters', () => {
        const entry = { checks: ['replicas-single'], name: `${'*a'.repeat(30)}b`, reason: 'test', line: 1 };
        const subject = { checkId: 'replicas-single', name: 'a'.repeat(5000) };
        const { result, ms } = timed(() => matchesIgnoreEntry(entry, subject, '/'));
        expect(ms).toBeLessThan(limit);
        expect(result).toBe(false);
    });
    it('an exclude glob of 30 "**/a" against a path of 3,000 folders a', () => {
        const path = `${'a/'.repeat(3000)}b.yaml`;
        const { result, ms } = timed(() => globToRegExp(`${'**/a'.repeat(30)}/c`).test(path));
        expect(ms).toBeLessThan(limit);
        expect(result).toBe(false);
    });
    it('an exclude glob of 30 {a,a} against 40 a', () => {
        const { result, ms } = timed(() => globToRegExp(`${'{a,a}'.repeat(30)}b`).test('a'.repeat(40)));
        expect(ms).toBeLessThan(limit);
        expect(result).toBe(false);
    });
    describe('an exclude of 100,000 slashes and a name', () => {
        const dir = mkdtempSync(join(tmpdir(), 'kubeready-linear-'));
        afterAll(() => rmSync(dir, { recursive: true, force: true }));
        it('is read in linear time', () => {
            writeFileSync(join(dir, '.kubeready.yaml'), `exclude: ["${'/'.repeat(100_000)}x"]\n`);
            const { ms } = timed(() => {
                try {
                    loadConfigFile(join(dir, '.kubeready.yaml'), dir);
                }
                catch {
                    // an error of the config is as good an answer, if it comes in time
                }
            });
            expect(ms).toBeLessThan(limit);
        });
    });
});
describe('other values and text of the input', () => {
    it('a comment "# kubeready-ignore" and 100,000 spaces before a line separator', () => {
        const text = `# kubeready-ignore${' '.repeat(100_000)}x\u2028y\n${deployment('resources: {}')}`;
        const { ms } = timed(() => lint(text));
        expect(ms).toBeLessThan(limit);
    });
    it('a document after a comment of 50,000 line separators (U+2028, a line break to `^` and `$` of /m)', () => {
        // A blank line after it makes the comment the document's, where a `# Source:` line is looked for.
        const text = `#x${'\u2028'.repeat(50_000)}y\n\n${deployment('resources: {}')}`;
        const { result, ms } = timed(() => lint(text));
        expect(ms).toBeLessThan(limit);
        expect(ids(result)).toContain('liveness-probe-missing');
    });
    it('a quantity of 3,000 digits, 3,000 spaces and an "e"', () => {
        const { result, ms } = timed(() => parseQuantity(`${'0'.repeat(3000)}${' '.repeat(3000)}e`));
        expect(ms).toBeLessThan(limit);
        expect(result).toBeUndefined();
        expect([parseQuantity(' 1.5Gi '), parseQuantity('250m'), parseQuantity('1e3'), parseQuantity('2 Ki')]).toEqual([1.5 * 2 ** 30, 0.25, 1000, 2048]);
    });
    it('an env name of 100,000 capitals', () => {
        const { ms } = timed(() => lint(deployment(`env: [{ name: ${'A'.repeat(100_000)}_, value: "x" }]`)));
        expect(ms).toBeLessThan(limit);
    });
    it('an env value of 20,000 "---" before "---BEGIN RSA PRIVATE KEY---"', () => {
        const value = `${'---'.repeat(20_000)}T---BEGIN RSA PRIVATE KEY---`;
        const { result, ms } = timed(() => lint(deployment(`env: [{ name: BUNDLE, value: "${value}" }]`)));
        expect(ms).toBeLessThan(limit);
        expect(ids(result)).toContain('env-literal-credential');
    });
    it('an argument of 50,000 "-a+" to an nginx that an Ingress reaches', () => {
        const ingress = `apiVersion: networking.k8s.io/v1
kind: Ingress
metadata: { name: edge, namespace: shop }
spec:
  rules: [{ http: { paths: [{ path: /, pathType: Prefix, backend: { service: { name: edge, port: { number: 80 } } } }] } }]
---
apiVersion: v1
kind: Service
metadata: { name: edge, namespace: shop }
spec: { selector: { app: edge }, ports: [{ port: 80 }] }
---
`;
        const proxy = deployment(`args: ["${'-a+'.repeat(50_000)}", "http://edge:80"]`, 'edge').replace('registry.example.com/app:1.0.0', 'nginx:1.27');
        const { ms } = timed(() => lint(ingress + proxy));
        expect(ms).toBeLessThan(limit);
    });
    it('a preStop shell flag of 100,000 c', () => {
        const hook = `lifecycle: { preStop: { exec: { command: [sh, "-${'c'.repeat(100_000)}!", "sleep 5"] } } }`;
        const { ms } = timed(() => lint(deployment(hook)));
        expect(ms).toBeLessThan(limit);
    });
    it('a preStop sleep followed by 100,000 spaces', () => {
        const hook = `lifecycle: { preStop: { exec: { command: [sh, -c, "sleep 5;${' '.repeat(100_000)}x"] } } }`;
        const { ms } = timed(() => lint(deployment(hook)));
        expect(ms).toBeLessThan(limit);
    });
    it('a readiness probe shell flag of 100,000 c', () => {
        const probe = `readinessProbe: { exec: { command: [sh, "-${'c'.repeat(100_000)}!", "curl http://example.com"] } }`;
        const { ms } = timed(() => lint(deployment(probe)));
        expect(ms).toBeLessThan(limit);
    });
});
describe('ConfigMap values read for credentials (configmap-credential)', () => {
    const configMap = (key, value) => `apiVersion: v1
kind: ConfigMap
metadata: { name: settings, namespace: shop }
data:
  ${key}: ${JSON.stringify(value)}
`;
    const credentialIds = (text) => ids(lint(text)).filter((id) => id === 'configmap-credential');
    it('a run of 40,000 "eyJaaaaaaaaa." (a JSON Web Token that never ends)', () => {
        const { result, ms } = timed(() => credentialIds(configMap('blob', 'eyJaaaaaaaaa.'.repeat(40_000))));
        expect(ms).toBeLessThan(limit);
        expect(result).toEqual([]);
    });
    it('a settings file of 200,000 spaces between a credential name and its "="', () => {
        const { result, ms } = timed(() => credentialIds(configMap('app.conf', `token${' '.repeat(200_000)}= ${' #'.repeat(50_000)}`)));
        expect(ms).toBeLessThan(limit);
        expect(result).toEqual([]);
        // A credential is still found, after 100,000 AKIA that are none.
        expect(credentialIds(configMap('blob', `${'AKIA'.repeat(100_000)} AKIA2OGYBAH6STMMNXNN`))).toEqual(['configmap-credential']);
    });
});
