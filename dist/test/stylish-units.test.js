import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { lint, lintText } from '../src/api.js';
import { formatJson } from '../src/report/json.js';
import { formatStylish } from '../src/report/stylish.js';
import { kubectlBin } from './support/binaries.js';
import { cleanPod } from './support/cli.js';
const projects = join(import.meta.dirname, 'projects');
const overlays = ['overlays/production', 'overlays/staging'].map((dir) => join(projects, 'kustomize', dir));
/** The finding lines of a stylish report: `line:col  severity  message  check-id`. */
const findingLines = (text) => text.split('\n').filter((line) => /^ {2}\d+:\d+ /.test(line));
/** Where each finding line's check id starts: one column for all lines of a file. */
const checkIdColumns = (lines) => new Set(lines.map((line) => line.length - (line.split(' ').at(-1) ?? '').length));
describe('stylish, for a base that two overlays build', () => {
    it('prints a finding both overlays share once, naming both; JSON keeps one finding per deployed object', async () => {
        const result = await lint(overlays, { cwd: projects, kustomize: { bin: kubectlBin } });
        expect(result.errors).toEqual([]);
        const stylish = formatStylish(result, { color: false });
        const lines = findingLines(stylish);
        expect(lines.length).toBeGreaterThan(0);
        expect(lines.length).toBe(new Set(lines).size);
        const shared = lines.filter((line) => line.includes('Container "web" does not set securityContext.readOnlyRootFilesystem'));
        expect(shared).toEqual([expect.stringMatching(/writable\. \(in overlays\/production, overlays\/staging\) \(fixable\) +readonly-root-fs-missing$/)]);
        expect(checkIdColumns(lines).size).toBe(1);
        // JSON, and the summary counts, stay per deployed object.
        const json = JSON.parse(formatJson(result, 'warning'));
        const both = json.findings.filter((f) => f.checkId === 'readonly-root-fs-missing' && f.container === 'web');
        expect(both.map((f) => `${f.file}:${f.line} ${f.rendered?.file} ${f.object?.name}`).sort()).toEqual([
            'kustomize/base/deployment.yaml:15 kustomize/overlays/production prod-web',
            'kustomize/base/deployment.yaml:15 kustomize/overlays/staging staging-web',
        ]);
        expect(lines.length).toBeLessThan(json.findings.length);
        expect(stylish).toContain(`✖ ${json.findings.length} problems`);
    });
});
describe('stylish lines of one finding in several units', () => {
    // One finding of a plain file, given out as if five renders and one of them twice had produced it.
    const base = lintText(cleanPod.replace('registry.example.com/app:1.0.0', 'registry.example.com/app'), 'deploy/app/base/pod.yaml');
    const untagged = base.findings.find((f) => f.checkId === 'image-untagged');
    if (!untagged)
        throw new Error('no image-untagged finding');
    const inUnit = (unit) => ({ ...untagged, rendered: { via: 'kustomize', file: unit, line: 9, column: 14, endLine: 9, endColumn: 38 } });
    const withFindings = (findings) => ({ ...base, findings: [...findings, ...base.findings.filter((f) => f !== untagged)] });
    it('name at most three units, without the folders they share with the file, and say how many more', () => {
        const units = ['e', 'd', 'c', 'b', 'a'].map((name) => `deploy/app/overlays/${name}`);
        const lines = findingLines(formatStylish(withFindings(units.map(inUnit)), { color: false }));
        expect(lines.filter((line) => line.includes('image-untagged'))).toEqual([
            expect.stringContaining('resolves to :latest. (in overlays/a, overlays/b, overlays/c and 2 more)  image-untagged'),
        ]);
        expect(checkIdColumns(lines).size).toBe(1);
    });
    it('keep a line each when they all come from one unit, and keep the columns under colour', () => {
        const twice = [inUnit('deploy/app/overlays/a'), inUnit('deploy/app/overlays/a')];
        expect(findingLines(formatStylish(withFindings(twice), { color: false })).filter((line) => line.includes('image-untagged'))).toHaveLength(2);
        const coloured = formatStylish(withFindings([inUnit('deploy/app/overlays/a'), inUnit('deploy/app/overlays/b')]), { color: true });
        // eslint-disable-next-line no-control-regex
        const plain = findingLines(coloured.replace(/\u001b\[\d+m/g, ''));
        expect(plain.filter((line) => line.includes('(in overlays/a, overlays/b)'))).toHaveLength(1);
        expect(checkIdColumns(plain).size).toBe(1);
    });
});
