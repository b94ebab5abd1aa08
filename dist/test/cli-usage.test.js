import { spawnSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { closest } from '../src/engine/suggest.js';
import { cleanPod } from './support/cli.js';
const root = join(import.meta.dirname, '..');
const bin = join(root, 'dist', 'src', 'cli.js');
const scratch = mkdtempSync(join(tmpdir(), 'kubeready-cli-usage-'));
afterAll(() => rmSync(scratch, { recursive: true, force: true }));
/** Runs the built binary the way a user does, from the repository root. */
function run(args, env = {}) {
    const result = spawnSync(process.execPath, [bin, ...args], { cwd: root, input: '', encoding: 'utf8', env: { ...process.env, NO_COLOR: '1', FORCE_COLOR: '', ...env } });
    return { code: result.status, stdout: result.stdout, stderr: result.stderr };
}
const untaggedPod = cleanPod.replace('registry.example.com/app:1.0.0', 'registry.example.com/app');
const twoProblems = untaggedPod.replace('securityContext: { readOnlyRootFilesystem: true }', 'securityContext: {}');
const findingsOf = (stdout) => JSON.parse(stdout).findings.map((f) => f.checkId).sort();
describe('--write-baseline', () => {
    it('writes the baseline, prints the findings as usual, confirms on stderr and exits 0', () => {
        const manifest = join(scratch, 'two.yaml');
        const baseline = join(scratch, 'baseline.json');
        writeFileSync(manifest, twoProblems);
        const written = run(['--write-baseline', baseline, '--format', 'json', manifest]);
        expect(written.stderr).toBe(`kubeready: wrote 2 findings to ${baseline}; pass --baseline ${baseline} to report only new ones\n`);
        expect(written.code).toBe(0);
        expect(findingsOf(written.stdout)).toEqual(['image-untagged', 'readonly-root-fs-missing']);
        const recorded = JSON.parse(readFileSync(baseline, 'utf8'));
        expect(recorded.findings.map((f) => f.checkId).sort()).toEqual(['image-untagged', 'readonly-root-fs-missing']);
        expect(run(['--baseline', baseline, manifest]).code).toBe(0);
    });
    it('counts one finding as one, and shows a file name holding control characters escaped', () => {
        const manifest = join(scratch, 'one.yaml');
        writeFileSync(manifest, untaggedPod);
        const baseline = join(scratch, 'odd\u001b[31m\nname.json');
        const { code, stderr } = run(['--write-baseline', baseline, manifest]);
        expect(code).toBe(0);
        expect(stderr).toBe(`kubeready: wrote 1 finding to ${scratch}/odd\\x1b[31m\\nname.json; pass --baseline ${scratch}/odd\\x1b[31m\\nname.json to report only new ones\n`);
        expect(readFileSync(baseline, 'utf8')).toContain('image-untagged');
    });
    it('that cannot be written stops the run with one line, before any report', () => {
        const manifest = join(scratch, 'unwritable.yaml');
        writeFileSync(manifest, untaggedPod);
        const target = join(scratch, 'no-such-folder', 'baseline.json');
        expect(run(['--write-baseline', target, manifest])).toEqual({ code: 2, stdout: '', stderr: `kubeready: --write-baseline ${target}: cannot write: ENOENT\n` });
    });
});
describe('a mistyped option', () => {
    it.each([
        [['--formt', 'json', 'examples/'], 'unknown option --formt (did you mean --format? kubeready --help lists the options)'],
        [['--fial-on', 'error', 'examples/'], 'unknown option --fial-on (did you mean --fail-on? kubeready --help lists the options)'],
        [['--Quiet', 'examples/'], 'unknown option --Quiet (did you mean --quiet? kubeready --help lists the options)'],
        [['--strict', 'examples/'], 'unknown option --strict (did you mean --strict-kinds? kubeready --help lists the options)'],
        [['-quiet', 'examples/'], 'unknown option -quiet (did you mean --quiet? kubeready --help lists the options)'],
        [['--bogus', 'examples/'], 'unknown option --bogus (kubeready --help lists the options; a path starting with - goes after --)'],
        [['-x', 'examples/'], 'unknown option -x (kubeready --help lists the options; a path starting with - goes after --)'],
        [['examples/', '--format'], '--format needs a value (kubeready --help lists the options)'],
        [['examples/', '-o'], '-o needs a value (kubeready --help lists the options)'],
        [['--format', '--quiet', 'examples/'], '--format needs a value, not --quiet (for a value that starts with -, write --format=--quiet)'],
        [['--quiet=yes', 'examples/'], '--quiet takes no value (got --quiet=yes)'],
    ])('%j: one line with what was meant, exit 2', (args, message) => {
        expect(run(args)).toEqual({ code: 2, stdout: '', stderr: `kubeready: ${message}\n` });
    });
    it.each([
        [['--format', 'jsno'], /^kubeready: --format must be one of stylish, json, [^\n]* \(got "jsno"; did you mean json\?\)\n$/],
        [['--fail-on', 'warn'], /^kubeready: --fail-on must be one of error, warning, info \(got "warn"; did you mean warning\?\)\n$/],
        [['--pod-security', 'restriced'], /^kubeready: --pod-security must be one of privileged, baseline, restricted \(got "restriced"; did you mean restricted\?\)\n$/],
        [['--format', 'xml'], /^kubeready: --format must be one of [^\n]* \(got "xml"\)\n$/],
    ])('a mistyped value %j: one line, with a suggestion when one is close, exit 2', (args, message) => {
        const { code, stdout, stderr } = run([...args, 'examples/']);
        expect(code).toBe(2);
        expect(stdout).toBe('');
        expect(stderr).toMatch(message);
    });
});
describe('closest', () => {
    const names = ['format', 'fail-on', 'strict-kinds', 'render-timeout', 'render-max-output'];
    it('suggests a name one edit away, a swap of neighbouring letters being one edit, ignoring case', () => {
        expect(closest('formt', names)).toBe('format');
        expect(closest('fromat', names)).toBe('format');
        expect(closest('FAIL-ON', names)).toBe('fail-on');
    });
    it('suggests the only name a word of 3 letters or more begins, and nothing when none is close', () => {
        expect(closest('strict', names)).toBe('strict-kinds');
        expect(closest('render', names)).toBeUndefined();
        expect(closest('st', names)).toBeUndefined();
        expect(closest('output', names)).toBeUndefined();
        expect(closest('xml', ['json', 'html'])).toBeUndefined();
    });
});
describe('a run that fails', () => {
    it('prints no passing report before an --output it cannot write', () => {
        const target = join(scratch, 'no-such-folder', 'report.json');
        const { code, stdout, stderr } = run(['--format', 'stylish', '-o', '-', '--format', 'json', '-o', target, 'examples/shop-ready']);
        expect(code).toBe(2);
        expect(stdout).toBe('');
        expect(stderr).toBe(`kubeready: --output ${target}: cannot write: ENOENT\n`);
    });
    it('prints no ✔ summary when helm is not found for a chart', () => {
        const emptyPath = join(scratch, 'empty-bin');
        mkdirSync(emptyPath, { recursive: true });
        const { code, stdout, stderr } = run(['test/projects/helm/shop'], { PATH: emptyPath });
        expect(code).toBe(2);
        expect(stderr).toContain('helm was not found');
        expect(stdout).not.toContain('✔');
        expect(stdout).toMatch(/^✖ /);
    });
});
