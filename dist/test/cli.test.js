import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { Ajv } from 'ajv';
import { afterAll, describe, expect, it } from 'vitest';
import { checks } from '../checks/index.js';
import { cleanPod, runMain } from './support/cli.js';
import { widgetCrd } from './support/crd.js';
const root = join(import.meta.dirname, '..');
const bin = join(root, 'dist', 'src', 'cli.js');
const scratch = mkdtempSync(join(tmpdir(), 'kubeready-cli-'));
afterAll(() => rmSync(scratch, { recursive: true, force: true }));
/** Runs the built binary the way a user does. */
function run(args, options = {}) {
    const result = spawnSync(process.execPath, [bin, ...args], {
        cwd: root,
        input: options.input ?? '',
        encoding: 'utf8',
        env: { ...process.env, NO_COLOR: '', FORCE_COLOR: '', ...options.env },
    });
    return { code: result.status, stdout: result.stdout, stderr: result.stderr };
}
const untaggedPod = cleanPod.replace('registry.example.com/app:1.0.0', 'registry.example.com/app');
describe('kubeready (the built binary)', () => {
    it('lints the examples: findings in shop/, none in shop-ready/, exit 1', () => {
        const { code, stdout, stderr } = run(['examples/']);
        expect(stderr).toBe('');
        expect(code).toBe(1);
        for (const id of ['probes-identical', 'requests-missing', 'image-untagged', 'template-placeholder', 'anti-affinity-missing']) {
            expect(stdout).toContain(id);
        }
        expect(stdout).toContain('examples/shop/frontend.yaml');
        expect(stdout).not.toContain('examples/shop-ready');
        expect(stdout).toMatch(/✖ 29 problems \(3 errors, 16 warnings, 10 info\) in 19 objects from 12 files/);
    });
    it('exits 0 on a clean tree', () => {
        const { code, stdout } = run(['examples/shop-ready']);
        expect(code).toBe(0);
        expect(stdout).toContain('✔ No problems in 10 objects from 6 files');
    });
    it('reads stdin for - alongside files, and names it <stdin>', () => {
        const { code, stdout } = run(['--format', 'json', 'examples/shop-ready/worker.yaml', '-'], { input: untaggedPod });
        expect(code).toBe(1);
        const output = JSON.parse(stdout);
        expect(output.summary.files).toBe(2);
        expect(output.findings).toEqual([expect.objectContaining({ file: '<stdin>', checkId: 'image-untagged', line: 7 })]);
    });
    it('writes JSON that validates against schemas/findings.schema.json, with paths relative to the cwd', () => {
        const { code, stdout } = run(['--format', 'json', 'examples/']);
        expect(code).toBe(1);
        const schema = JSON.parse(readFileSync(join(root, 'schemas', 'findings.schema.json'), 'utf8'));
        const validate = new Ajv({ strict: true, allErrors: true }).compile(schema);
        const output = JSON.parse(stdout);
        expect(validate(output), JSON.stringify(validate.errors)).toBe(true);
        const findings = output.findings;
        expect(findings.length).toBe(29);
        for (const finding of findings) {
            expect(finding.file).toMatch(/^examples\/shop\//);
            expect(finding.risk.length).toBeGreaterThan(20);
        }
    });
    it('exits 2 with one line, and no stack trace, for a path that does not exist', () => {
        const { code, stdout, stderr } = run(['examples/', 'no/such/dir']);
        expect(code).toBe(2);
        expect(stdout).toBe('');
        expect(stderr).toBe('kubeready: no/such/dir: no such file or directory\n');
    });
    it.each([
        [['--format', 'xml', 'examples/'], '--format must be one of stylish, json, sarif, github, junit, markdown, html, gitlab (got "xml")'],
        [['--fail-on', 'fatal', 'examples/'], '--fail-on must be one of error, warning, info (got "fatal")'],
        [['--bogus'], 'unknown option --bogus'],
        [[], 'no paths given'],
    ])('exits 2 with one line for bad usage: %j', (args, message) => {
        const { code, stderr } = run(args);
        expect(code).toBe(2);
        expect(stderr.split('\n').filter(Boolean)).toHaveLength(1);
        expect(stderr).toContain(message);
        expect(stderr).not.toMatch(/\n\s+at /);
    });
    it('prints the version from package.json', () => {
        const { version } = JSON.parse(readFileSync(join(root, 'package.json'), 'utf8'));
        expect(run(['--version'])).toEqual({ code: 0, stdout: `${version}\n`, stderr: '' });
    });
    it('prints help', () => {
        const { code, stdout } = run(['--help']);
        expect(code).toBe(0);
        expect(stdout).toMatch(/^Usage: kubeready/);
        expect(stdout).toContain('--fail-on');
    });
    it('lists every check with its severity and category', () => {
        const { code, stdout } = run(['--list-checks']);
        expect(code).toBe(0);
        const lines = stdout.trim().split('\n');
        expect(lines.map((line) => line.split(' ')[0])).toEqual(checks.map((check) => check.meta.id));
        expect(lines.find((line) => line.startsWith('template-placeholder'))).toMatch(/error\s+correctness\s+Unreplaced template placeholder/);
        expect(lines.find((line) => line.startsWith('image-digest-missing'))).toMatch(/ off\s+images /);
    });
});
describe('exit codes and the fail threshold', () => {
    const infoOnly = join(scratch, 'untagged.yaml');
    writeFileSync(infoOnly, untaggedPod);
    it.each([
        ['warning', 1],
        ['error', 0],
        ['info', 1],
    ])('--fail-on %s with a warning finding exits %i', async (failOn, expected) => {
        const { code, stdout } = await runMain(['--fail-on', failOn, infoOnly]);
        expect(code).toBe(expected);
        expect(stdout).toContain('image-untagged'); // findings below the threshold are still shown
    });
    it('a syntax error is an error-level finding, so it fails even with --fail-on error', async () => {
        const broken = join(scratch, 'broken.yaml');
        writeFileSync(broken, 'apiVersion: v1\nkind: Pod\nmetadata: { name: [x\n');
        const { code, stdout } = await runMain(['--fail-on', 'error', broken]);
        expect(code).toBe(1);
        expect(stdout).toContain('yaml-syntax');
    });
});
describe('stylish output', () => {
    it('groups by file, aligns line:col severity message check-id, and ends with a summary', async () => {
        const file = join(scratch, 'grouped.yaml');
        writeFileSync(file, untaggedPod.replace('resources: { requests: { cpu: 10m, memory: 16Mi }, limits: { memory: 16Mi } }', 'resources: {}'));
        const { stdout } = await runMain([file]);
        const lines = stdout.split('\n');
        expect(lines[0]).toMatch(/grouped\.yaml$/);
        expect(lines[1]).toMatch(/^ {2}7:14 {2}warning {2}The image "registry.example.com\/app" of container "app" has no tag.* {2}image-untagged$/);
        expect(lines[2]).toMatch(/^ {2}8:7 {3}warning {2}Container "app" sets no memory limit.* {2}memory-limit-missing$/);
        expect(lines[3]).toMatch(/^ {2}8:7 {3}warning {2}Container "app" sets no cpu or memory request.* {2}requests-missing$/);
        expect(lines.at(-2)).toBe('✖ 3 problems (0 errors, 3 warnings, 0 info) in 1 object from 1 file');
    });
    it('uses colour only on a terminal, unless NO_COLOR or FORCE_COLOR say otherwise', async () => {
        const file = join(scratch, 'colour.yaml');
        writeFileSync(file, untaggedPod);
        const escape = '\u001b[';
        expect((await runMain([file], { isTTY: false })).stdout).not.toContain(escape);
        expect((await runMain([file], { isTTY: true })).stdout).toContain(escape);
        expect((await runMain([file], { isTTY: true, env: { NO_COLOR: '1' } })).stdout).not.toContain(escape);
        expect((await runMain([file], { isTTY: false, env: { FORCE_COLOR: '1' } })).stdout).toContain(escape);
    });
});
describe('odd input', () => {
    it('skips a dangling symlink in a walked directory and lints the rest', async () => {
        const dir = mkdtempSync(join(scratch, 'dangling-'));
        writeFileSync(join(dir, 'good.yaml'), untaggedPod);
        symlinkSync(join(dir, 'gone.yaml'), join(dir, 'link.yaml'));
        const { code, stdout, stderr } = await runMain([dir]);
        expect(stdout).toContain('in 1 object from 1 file');
        expect(stderr).toBe('');
        expect(code).toBe(1);
    });
    it('survives binary garbage and a BOM, reporting rather than crashing', async () => {
        const dir = mkdtempSync(join(scratch, 'garbage-'));
        // Not a UTF-16 byte order mark (0xff 0xfe would make it UTF-16 text): a NUL, brackets and bytes that are not UTF-8.
        writeFileSync(join(dir, 'binary.yaml'), Buffer.from([0x00, 0x7b, 0x5b, 0x3a, 0x0a, 0x80, 0x81, 0xff, 0xfe]));
        writeFileSync(join(dir, 'bom.yaml'), `\uFEFF${untaggedPod}`);
        const { code, stdout, stderr } = await runMain([dir]);
        expect(stderr).toBe('');
        expect(code).toBe(1);
        expect(stdout).toMatch(/binary\.yaml\n {2}\d+:\d+ +error +.*yaml-syntax/);
        expect(stdout).toMatch(/bom\.yaml\n {2}7:14 +warning +The image "registry\.example\.com\/app"/);
    });
});
describe('a check that throws', () => {
    it('becomes a one-line error naming the check and object; the other checks still report', async () => {
        const { lintText } = await import('../src/api.js');
        const { checks } = await import('../checks/index.js');
        const { defineObjectCheck } = await import('../src/engine/check.js');
        const meta = checks.find((check) => check.meta.id === 'image-untagged')?.meta;
        if (!meta)
            throw new Error('image-untagged is missing');
        const broken = defineObjectCheck({
            meta: { ...meta, id: 'broken-check' },
            check() {
                throw new Error('boom');
            },
        });
        const result = lintText(untaggedPod, 'pod.yaml', [broken, ...checks]);
        expect(result.errors).toEqual([{ file: 'pod.yaml', line: 1, message: 'internal error in check broken-check on Pod "ok": boom' }]);
        expect(result.findings.map((f) => f.checkId)).toEqual(['image-untagged']);
    });
    it('keeps what it reported before it threw, under its own id, and the next check reports apart', async () => {
        const { lintText } = await import('../src/api.js');
        const { defineObjectCheck } = await import('../src/engine/check.js');
        const meta = { title: 'T', severity: 'warning', category: 'correctness', description: 'D', risk: 'R', mitigation: 'M', example: '' };
        const halfway = defineObjectCheck({
            meta: { ...meta, id: 'halfway' },
            check(_object, { report }) {
                report({ path: ['metadata', 'name'], message: 'before' });
                throw new Error('boom');
            },
        });
        const after = defineObjectCheck({ meta: { ...meta, id: 'after' }, check: (_object, { report }) => report({ path: ['kind'], message: 'after' }) });
        const result = lintText(untaggedPod, 'pod.yaml', [halfway, after]);
        expect(result.findings.map((f) => [f.checkId, f.message, f.path])).toEqual([
            ['after', 'after', 'kind'],
            ['halfway', 'before', 'metadata.name'],
        ]);
        expect(result.errors.map((error) => error.message)).toEqual(['internal error in check halfway on Pod "ok": boom']);
    });
});
describe('a check written as a generator of reports (the earlier form)', () => {
    it('reports what it yields, as the same check calling report does', async () => {
        const { lintText } = await import('../src/api.js');
        const { defineObjectCheck } = await import('../src/engine/check.js');
        const meta = { id: 'names', title: 'T', severity: 'warning', category: 'correctness', description: 'D', risk: 'R', mitigation: 'M', example: '' };
        const yielding = defineObjectCheck({
            meta,
            *check(object) {
                yield { path: ['metadata', 'name'], message: `named ${String(object.metadata?.name)}` };
                yield { path: ['kind'], message: 'a kind', severity: 'error' };
            },
        });
        const reporting = defineObjectCheck({
            meta,
            check(object, { report }) {
                report({ path: ['metadata', 'name'], message: `named ${String(object.metadata?.name)}` });
                report({ path: ['kind'], message: 'a kind', severity: 'error' });
            },
        });
        const found = lintText(untaggedPod, 'pod.yaml', [yielding]).findings;
        expect(found.map((f) => [f.severity, f.message, f.line])).toEqual([
            ['error', 'a kind', 2],
            ['warning', 'named ok', 3],
        ]);
        expect(found).toEqual(lintText(untaggedPod, 'pod.yaml', [reporting]).findings);
    });
});
describe('--explain', () => {
    it('prints what a check finds, its risk, its mitigation and an example that passes', () => {
        const { code, stdout } = run(['--explain', 'image-untagged']);
        expect(code).toBe(0);
        expect(stdout).toMatch(/^image-untagged: Image without a tag, or tagged latest\nseverity warning, area images, applies to Pod, Deployment, .*, CronJob\n/);
        expect(stdout).toContain('Risk: An image without a tag resolves to :latest');
        expect(stdout).toContain('Mitigation: Pin every image');
        expect(stdout).toContain('Example that passes:\n\n  containers:\n    - name: api\n');
    });
    it('exits 2 for an unknown check', () => {
        const { code, stderr } = run(['--explain', 'no-such-check']);
        expect(code).toBe(2);
        expect(stderr).toBe('kubeready: --explain: unknown check "no-such-check" (see kubeready --list-checks)\n');
    });
});
describe('--kube-version', () => {
    it('accepts 1.29 or v1.29.3 and rejects anything else in one line', async () => {
        const { minorVersionOf } = await import('../src/api.js');
        expect([minorVersionOf('1.29'), minorVersionOf('v1.29.3'), minorVersionOf(' 1.30 '), minorVersionOf('latest')]).toEqual(['1.29', '1.29', '1.30', undefined]);
        const { code, stderr } = run(['--kube-version', 'latest', 'examples/']);
        expect(code).toBe(2);
        expect(stderr).toBe('kubeready: --kube-version must look like 1.29 or v1.29.3 (got "latest")\n');
    });
});
describe('--crd and --strict-kinds', () => {
    const dir = join(scratch, 'crds');
    const definition = widgetCrd('{ type: object, properties: { spec: { type: object, properties: { size: { type: integer } } } } }');
    const widget = `apiVersion: example.com/v1
kind: Widget
metadata: { name: demo }
spec:
  size: three
  colour: blue
`;
    const setUp = () => {
        rmSync(dir, { recursive: true, force: true });
        writeFileSync(join(scratch, 'widget.yaml'), widget);
        spawnSync('mkdir', ['-p', join(dir, 'nested')]);
        writeFileSync(join(dir, 'nested', 'widget-crd.yaml'), definition);
    };
    it('validates custom resources against definitions given with --crd, which are not linted themselves', async () => {
        setUp();
        const { code, stdout } = await runMain(['--format', 'json', '--crd', dir, join(scratch, 'widget.yaml')]);
        const findings = JSON.parse(stdout).findings;
        expect(code).toBe(1);
        expect(findings.map((f) => `${f.line} ${f.checkId}`)).toEqual(['5 schema-invalid', '6 schema-unknown-field']);
        expect(findings[0]?.message).toBe('spec.size must be an integer, got string "three".');
        expect(findings.every((f) => f.file.endsWith('widget.yaml'))).toBe(true);
    });
    it('skips a custom resource without a definition quietly, and reports it under --strict-kinds', async () => {
        setUp();
        const quiet = await runMain(['--format', 'json', join(scratch, 'widget.yaml')]);
        expect(JSON.parse(quiet.stdout).findings).toEqual([]);
        const strict = await runMain(['--format', 'json', '--strict-kinds', join(scratch, 'widget.yaml')]);
        const findings = JSON.parse(strict.stdout).findings;
        expect(findings.map((f) => `${f.line} ${f.checkId} ${f.severity}`)).toEqual(['2 schema-missing warning']);
    });
    it('reports a --crd path that does not exist as a usage error', async () => {
        setUp();
        const { code, stderr } = run(['--crd', join(scratch, 'no-such-dir'), join(scratch, 'widget.yaml')]);
        expect(code).toBe(2);
        expect(stderr.trim().split('\n')).toHaveLength(1);
        expect(stderr).toContain('no-such-dir');
    });
});
describe('--max-file-size', () => {
    it('reports a file over the limit in one line, exits 2, and still lints the others', async () => {
        const dir = mkdtempSync(join(scratch, 'large-'));
        writeFileSync(join(dir, 'large.yaml'), `${untaggedPod}# ${'x'.repeat(3000)}\n`);
        writeFileSync(join(dir, 'small.yaml'), untaggedPod);
        const { code, stdout, stderr } = await runMain(['--max-file-size', '2KB', dir]);
        expect(code).toBe(2);
        expect(stderr).toMatch(/^kubeready: \S*large\.yaml: file is 3\.\d KB, over the 2 KB limit \(--max-file-size\)\n$/);
        expect(stdout).toMatch(/small\.yaml\n {2}7:14 +warning/);
        await expect(runMain(['--max-file-size', 'lots', dir])).rejects.toThrow('--max-file-size must be a size such as 10 (MB), 512KB or 20MB (got "lots")');
    });
});
