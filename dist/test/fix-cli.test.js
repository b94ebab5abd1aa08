import { spawnSync } from 'node:child_process';
import { cpSync, mkdirSync, mkdtempSync, readFileSync, readdirSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { Ajv } from 'ajv';
import { afterAll, afterEach, beforeEach, describe, expect, it } from 'vitest';
import { lint } from '../src/api.js';
import { planFixes, writeFixes } from '../src/fix/files.js';
import { runMain } from './support/cli.js';
const root = join(import.meta.dirname, '..');
const scratch = mkdtempSync(join(tmpdir(), 'kubeready-fix-'));
const home = process.cwd();
let project;
let count = 0;
/** A fresh repository holding a copy of examples/shop, as the working directory. */
beforeEach(() => {
    project = join(scratch, `repo-${count++}`);
    mkdirSync(join(project, '.git'), { recursive: true });
    cpSync(join(root, 'examples', 'shop'), join(project, 'shop'), { recursive: true });
    process.chdir(project);
});
afterEach(() => process.chdir(home));
afterAll(() => rmSync(scratch, { recursive: true, force: true }));
function files(dir) {
    return new Map(readdirSync(dir).map((name) => [name, readFileSync(join(dir, name), 'utf8')]));
}
/** A finding as a later run reports it again: its line may have moved. */
function identity(finding) {
    return JSON.stringify([finding.checkId, finding.file, finding.object, finding.path, finding.message]);
}
describe('--fix and --fix-dry-run on a copy of examples/shop', () => {
    it('--fix-dry-run writes nothing and prints a diff that patch applies to what --fix writes', async () => {
        const before = files(join(project, 'shop'));
        const dry = await runMain(['--fix-dry-run', 'shop']);
        expect(files(join(project, 'shop'))).toEqual(before);
        expect(dry.stdout).toMatch(/^--- a\/shop\/\S+\.yaml\n\+\+\+ b\/shop\/\S+\.yaml\n@@ /);
        expect(dry.stderr).toMatch(/kubeready: --fix would fix \d+ problems in \d+ files; nothing was written/);
        writeFileSync(join(scratch, 'dry.diff'), dry.stdout);
        const patched = join(scratch, `patched-${count}`);
        cpSync(join(project, 'shop'), join(patched, 'shop'), { recursive: true });
        const patch = spawnSync('patch', ['-p1', '-s', '-i', join(scratch, 'dry.diff')], { cwd: patched, encoding: 'utf8' });
        expect(patch.status, patch.stderr + patch.stdout).toBe(0);
        const fixed = await runMain(['--fix', 'shop']);
        expect(fixed.stderr).toMatch(/kubeready: fixed \d+ problems in \d+ files/);
        expect(files(join(project, 'shop'))).toEqual(files(join(patched, 'shop')));
    });
    it('--fix changes only the lines its fixes are about; a lint after reports none of the fixed findings and nothing new; a second --fix changes nothing', async () => {
        const before = await lint(['shop'], { cwd: project });
        const fixable = before.findings.filter((finding) => finding.fix?.at);
        expect(fixable.length).toBeGreaterThan(0);
        const originals = files(join(project, 'shop'));
        const run = await runMain(['--fix', '--format', 'json', 'shop']);
        // The exit code and the report are those of what remains.
        const reported = JSON.parse(run.stdout);
        expect(run.code).toBe(reported.findings.some((finding) => finding.severity !== 'info') ? 1 : 0);
        const after = await lint(['shop'], { cwd: project });
        expect(after.findings.map(identity)).toEqual(reported.findings.map(identity));
        const fixedIds = new Set(fixable.map(identity));
        expect(after.findings.filter((finding) => fixedIds.has(identity(finding))).map(identity)).toEqual([]);
        const known = new Set(before.findings.map(identity));
        expect(after.findings.filter((finding) => !known.has(identity(finding))).map(identity)).toEqual([]);
        // diff(1) as the oracle: a line taken out comes back with the same key and another value; the rest is added.
        for (const [name, text] of files(join(project, 'shop'))) {
            const original = originals.get(name) ?? '';
            if (text === original)
                continue;
            writeFileSync(join(scratch, 'a'), original);
            writeFileSync(join(scratch, 'b'), text);
            const diff = spawnSync('diff', [join(scratch, 'a'), join(scratch, 'b')], { encoding: 'utf8' }).stdout;
            const removed = diff.split('\n').filter((line) => line.startsWith('< '));
            const added = diff.split('\n').filter((line) => line.startsWith('> '));
            const keyOf = (line) => /^[<>] (\s*(?:- )?[\w.-]+:)/.exec(line)?.[1];
            for (const line of removed)
                expect(added.map(keyOf), `${name}: ${line}`).toContain(keyOf(line));
        }
        const fixedOnce = files(join(project, 'shop'));
        const again = await runMain(['--fix', 'shop']);
        expect(again.stderr).toContain('kubeready: nothing to fix');
        expect(files(join(project, 'shop'))).toEqual(fixedOnce);
    });
    it('exits 0 after --fix when what remains is below --fail-on', async () => {
        writeFileSync(join(project, 'class.yaml'), 'apiVersion: storage.k8s.io/v1\nkind: StorageClass\nmetadata:\n  name: ssd # keep\nprovisioner: ebs.csi.aws.com\n');
        expect((await runMain(['--fail-on', 'info', 'class.yaml'])).code).toBe(1);
        const fixed = await runMain(['--fix', '--fail-on', 'info', 'class.yaml']);
        expect(fixed.code, fixed.stdout).toBe(0);
        expect(readFileSync(join(project, 'class.yaml'), 'utf8')).toBe('apiVersion: storage.k8s.io/v1\nkind: StorageClass\nmetadata:\n  name: ssd # keep\nprovisioner: ebs.csi.aws.com\nvolumeBindingMode: WaitForFirstConsumer\nreclaimPolicy: Retain\n');
    });
    it('SARIF carries each fix as artifactChanges: regions of the file as linted and the text that replaces them', async () => {
        const text = '# storage\r\napiVersion: storage.k8s.io/v1\r\nkind: StorageClass\r\nmetadata: { name: ssd }\r\nprovisioner: ebs.csi.aws.com\r\nreclaimPolicy: Delete # for now\r\n';
        writeFileSync(join(project, 'class.yaml'), text);
        const run = await runMain(['--format', 'sarif', 'class.yaml']);
        const results = JSON.parse(run.stdout).runs[0]?.results ?? [];
        const lineStarts = [0, ...[...text.matchAll(/\n/g)].map((match) => (match.index ?? 0) + 1)];
        const offset = (line, column) => (lineStarts[line - 1] ?? 0) + column - 1;
        const applied = (result) => {
            let out = text;
            const changes = result?.fixes?.[0]?.artifactChanges[0]?.replacements ?? [];
            for (const { deletedRegion: r, insertedContent } of [...changes].reverse()) {
                out = out.slice(0, offset(r.startLine, r.startColumn)) + insertedContent.text + out.slice(offset(r.endLine, r.endColumn));
            }
            return out;
        };
        const byRule = new Map(results.map((result) => [result.ruleId, result]));
        expect(byRule.get('storageclass-reclaim-delete')?.fixes?.[0]?.description.text).toBe('set reclaimPolicy: Retain');
        expect(byRule.get('storageclass-reclaim-delete')?.fixes?.[0]?.artifactChanges[0]?.artifactLocation.uri).toBe('class.yaml');
        expect(applied(byRule.get('storageclass-reclaim-delete'))).toBe(text.replace('Delete #', 'Retain #'));
        expect(applied(byRule.get('storageclass-immediate-binding'))).toBe(`${text}volumeBindingMode: WaitForFirstConsumer\r\n`);
        // A result without a fix has no fixes property.
        expect(results.filter((result) => !result.ruleId.startsWith('storageclass-')).every((result) => result.fixes === undefined)).toBe(true);
    });
    it('fixes only what is reported: not a suppressed finding, nor one the baseline hides', async () => {
        const text = 'apiVersion: storage.k8s.io/v1\nkind: StorageClass\nmetadata: { name: ssd }\nprovisioner: x\nvolumeBindingMode: WaitForFirstConsumer\n';
        writeFileSync(join(project, 'known.yaml'), text);
        await runMain(['--write-baseline', 'baseline.json', 'known.yaml']);
        expect((await runMain(['--fix', '--baseline', 'baseline.json', 'known.yaml'])).stderr).toContain('kubeready: nothing to fix');
        expect(readFileSync(join(project, 'known.yaml'), 'utf8')).toBe(text);
        writeFileSync(join(project, 'suppressed.yaml'), `# kubeready-ignore-next-line storageclass-reclaim-delete -- scratch data\n${text}`);
        const before = readFileSync(join(project, 'suppressed.yaml'), 'utf8');
        const run = await runMain(['--fix', 'suppressed.yaml']);
        expect(run.stderr).toContain('kubeready: nothing to fix');
        expect(readFileSync(join(project, 'suppressed.yaml'), 'utf8')).toBe(before);
    });
    it('JSON carries each fix as schemas/findings.schema.json describes it, placed or left to a person', async () => {
        writeFileSync(join(project, 'class.yaml'), 'apiVersion: storage.k8s.io/v1\nkind: StorageClass\nmetadata: { name: ssd }\nprovisioner: x\n');
        const schema = JSON.parse(readFileSync(join(root, 'schemas', 'findings.schema.json'), 'utf8'));
        const validate = new Ajv({ strict: true, allErrors: true }).compile(schema);
        for (const args of [['class.yaml'], ['-']]) {
            const run = await runMain(['--format', 'json', ...args], { stdin: readFileSync(join(project, 'class.yaml'), 'utf8') });
            const output = JSON.parse(run.stdout);
            expect(validate(output), JSON.stringify(validate.errors)).toBe(true);
            expect(output.findings.filter((finding) => finding.fix).length).toBe(2);
        }
    });
    it('takes one of --fix and --fix-dry-run', async () => {
        await expect(runMain(['--fix', '--fix-dry-run', 'shop'])).rejects.toThrow('give one of the two');
    });
});
describe('files --fix never writes', () => {
    const storageClass = 'apiVersion: storage.k8s.io/v1\nkind: StorageClass\nmetadata:\n  name: ssd\nprovisioner: ebs.csi.aws.com\nvolumeBindingMode: WaitForFirstConsumer\n';
    async function planFor(file) {
        const result = await lint([file], { cwd: project });
        return { result, plan: planFixes(result.findings, { cwd: project, roots: [project] }) };
    }
    it('a symbolic link, or a file reached through one', async () => {
        writeFileSync(join(project, 'real.yaml'), storageClass);
        symlinkSync(join(project, 'real.yaml'), join(project, 'link.yaml'));
        const { plan } = await planFor('link.yaml');
        expect(plan.changes).toEqual([]);
        expect(plan.skipped.map(({ file, reason }) => [file, reason])).toEqual([['link.yaml', 'a symbolic link']]);
    });
    it('a file outside the repositories linted', async () => {
        const outside = join(scratch, `outside-${count}.yaml`);
        writeFileSync(outside, storageClass);
        const result = await lint([outside], { cwd: project });
        const plan = planFixes(result.findings, { cwd: project, roots: [project] });
        expect(plan.skipped.map(({ reason }) => reason)).toEqual(['outside the repository']);
    });
    it('saved helm output and files whose header says they are generated', async () => {
        writeFileSync(join(project, 'rendered.yaml'), `---\n# Source: chart/templates/class.yaml\n${storageClass}`);
        writeFileSync(join(project, 'generated.yaml'), `# Code generated by tool; DO NOT EDIT.\n${storageClass}`);
        for (const file of ['rendered.yaml', 'generated.yaml']) {
            const { plan } = await planFor(file);
            expect(plan.changes).toEqual([]);
            expect(plan.skipped[0]?.reason).toMatch(/^a generated file/);
        }
    });
    it('a file with a syntax error, even in another document', async () => {
        writeFileSync(join(project, 'broken.yaml'), `${storageClass}---\nkind: [unclosed\n`);
        const { result, plan } = await planFor('broken.yaml');
        expect(result.findings.some((finding) => finding.fix?.at)).toBe(true);
        expect(plan.skipped.map(({ reason }) => reason)).toEqual(['it has YAML syntax errors']);
    });
    it('a JSON file', async () => {
        writeFileSync(join(project, 'class.json'), JSON.stringify({ apiVersion: 'storage.k8s.io/v1', kind: 'StorageClass', metadata: { name: 'ssd' }, provisioner: 'x' }));
        const { plan } = await planFor('class.json');
        expect(plan.skipped.map(({ reason }) => reason)).toEqual(['a JSON file (--fix edits YAML only)']);
    });
    it('a file that changed since it was linted, or while it was being fixed', async () => {
        writeFileSync(join(project, 'class.yaml'), storageClass);
        const result = await lint(['class.yaml'], { cwd: project });
        writeFileSync(join(project, 'class.yaml'), `${storageClass}# edited\n`);
        expect(planFixes(result.findings, { cwd: project, roots: [project] }).skipped.map(({ reason }) => reason)).toEqual(['it changed since it was linted']);
        writeFileSync(join(project, 'class.yaml'), storageClass);
        const plan = planFixes(result.findings, { cwd: project, roots: [project] });
        expect(plan.changes.length).toBe(1);
        writeFileSync(join(project, 'class.yaml'), `${storageClass}# edited\n`);
        const done = writeFixes(plan, project);
        expect(done.written).toEqual([]);
        expect(done.skipped.map(({ reason }) => reason)).toEqual(['it changed on disk during the run']);
        expect(readFileSync(join(project, 'class.yaml'), 'utf8')).toBe(`${storageClass}# edited\n`);
    });
    it('keeps a byte order mark and CRLF line breaks', async () => {
        writeFileSync(join(project, 'class.yaml'), `\uFEFF${storageClass.replaceAll('\n', '\r\n')}`);
        await runMain(['--fix', 'class.yaml']);
        expect(readFileSync(join(project, 'class.yaml'), 'utf8')).toBe(`\uFEFF${storageClass.replaceAll('\n', '\r\n')}reclaimPolicy: Retain\r\n`);
    });
});
