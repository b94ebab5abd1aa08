import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { applyFixes } from '../src/fix/apply.js';
import { unifiedDiff } from '../src/fix/diff.js';
const set = (path, value) => ({ op: 'set', path, value });
const append = (path, value) => ({ op: 'append', path, value });
const at = (edits, document = 0, basePath = []) => ({ document, basePath, edits });
describe('applyFixes', () => {
    it('composes the edits of several fixes of one object: one new mapping for keys that share it, the first of two values', () => {
        const text = 'kind: Pod\nspec:\n  containers:\n    - name: a\n';
        const result = applyFixes(text, [
            at([set(['spec', 'securityContext', 'runAsNonRoot'], true)]),
            at([set(['spec', 'securityContext', 'seccompProfile', 'type'], 'RuntimeDefault')]),
            at([set(['spec', 'securityContext', 'runAsNonRoot'], false)]),
        ]);
        expect(result.text).toBe('kind: Pod\nspec:\n  containers:\n    - name: a\n  securityContext:\n    runAsNonRoot: true\n    seccompProfile:\n      type: RuntimeDefault\n');
        expect(result.applied).toEqual([true, true, true]);
        // Fixed again, nothing changes.
        expect(applyFixes(result.text, [at([set(['spec', 'securityContext', 'runAsNonRoot'], true)])]).text).toBe(result.text);
    });
    it('follows the file: four-space indentation, sequences not indented under their key, flow lists with a trailing comma', () => {
        const text = 'spec:\n    list:\n    - a\n    flow: [a, b,]\n';
        const result = applyFixes(text, [at([append(['spec', 'list'], 'b'), append(['spec', 'flow'], 'c'), set(['spec', 'new', 'items'], ['x'])])]);
        expect(result.text).toBe('spec:\n    list:\n    - a\n    - b\n    flow: [a, b, c,]\n    new:\n        items:\n        - x\n');
    });
    it('sets a value left empty, null or ~, keeping the comment after it', () => {
        const text = 'a: ~ # none yet\nb:\nc: null\n';
        expect(applyFixes(text, [at([set(['a'], 1), set(['b', 'x'], 2), set(['c'], 'yes')])]).text).toBe('a: 1 # none yet\nb:\n  x: 2\nc: "yes"\n');
    });
    it('leaves out a fix that cannot be made as written, whole, and applies the others', () => {
        const text = 'base: &base { x: 1 }\nuse: *base\nmerged:\n  <<: *base\n  y: 2\nscalar: text\nlist: [1]\n';
        const result = applyFixes(text, [
            at([set(['base', 'z'], 1)]),
            at([set(['use', 'z'], 1)]),
            at([set(['merged', 'z'], 1)]),
            at([set(['scalar', 'z'], 1)]),
            at([set(['list', 3, 'z'], 1)]),
            at([set(['fine'], true), set(['scalar', 'deeper', 'z'], 1)]),
            at([set(['fine'], true)]),
        ]);
        expect(result.applied).toEqual([false, false, false, false, false, false, true]);
        expect(result.text).toBe(`${text}fine: true\n`);
    });
    it('edits only the object the finding names: its kind, and its name as the file writes it', () => {
        const text = 'kind: A\nmetadata: { name: a }\n---\nkind: B\nmetadata: { name: b }\n---\nkind: Job\nmetadata: { generateName: run- }\n';
        const result = applyFixes(text, [
            { document: 1, basePath: [], edits: [set(['x'], 1)], expect: { kind: 'A' } },
            { document: 1, basePath: [], edits: [set(['y'], 1)], expect: { kind: 'B', name: 'a' } },
            { document: 1, basePath: [], edits: [set(['z'], 1)], expect: { kind: 'B', name: 'b' } },
            { document: 2, basePath: [], edits: [set(['w'], 1)], expect: { kind: 'Job', name: 'run-' } },
        ]);
        expect(result.applied).toEqual([false, false, true, true]);
        expect(result.text).toBe('kind: A\nmetadata: { name: a }\n---\nkind: B\nmetadata: { name: b }\nz: 1\n---\nkind: Job\nmetadata: { generateName: run- }\nw: 1\n');
    });
    it('adds objects after their document, before the next one, once', () => {
        const text = 'kind: A\n---\nkind: B\n';
        const pdb = { apiVersion: 'policy/v1', kind: 'PodDisruptionBudget', metadata: { name: 'a' } };
        const result = applyFixes(text, [{ document: 0, basePath: [], add: [pdb] }, { document: 0, basePath: [], add: [pdb] }]);
        expect(result.text).toBe('kind: A\n---\napiVersion: policy/v1\nkind: PodDisruptionBudget\nmetadata:\n  name: a\n---\nkind: B\n');
    });
    it('edits the item of a List and the document named, and refuses a file with a syntax error', () => {
        const text = 'kind: List\nitems:\n- kind: A\n- kind: B\n---\nkind: C\n';
        expect(applyFixes(text, [at([set(['x'], 1)], 0, ['items', 1]), at([set(['z'], 2), set(['y'], 3)], 1)]).text).toBe('kind: List\nitems:\n- kind: A\n- kind: B\n  x: 1\n---\nkind: C\nz: 2\n"y": 3\n');
        expect(applyFixes('a: [1\n', [at([set(['a'], 1)])])).toMatchObject({ text: 'a: [1\n', applied: [false], problem: 'it has YAML syntax errors' });
    });
});
describe('unifiedDiff', () => {
    const scratch = mkdtempSync(join(tmpdir(), 'kubeready-diff-'));
    afterAll(() => rmSync(scratch, { recursive: true, force: true }));
    it('is what patch applies to give the fixed text, with no newline at the end of a file too', () => {
        const cases = [
            [Array.from({ length: 20 }, (_, i) => `k${i}: ${i}`).join('\n') + '\n', [at([set(['k1'], 'x'), set(['k12'], 'y'), set(['k19'], 'z'), set(['new'], 1)])]],
            ['a: 1\nb:', [at([set(['b', 'c'], 2)])]],
            ['a: 1\r\nb: 2\r\n', [at([set(['a'], 3), set(['c'], 4)])]],
        ];
        for (const [i, [text, fixes]] of cases.entries()) {
            const result = applyFixes(text, fixes);
            const file = join(scratch, `f${i}.yaml`);
            writeFileSync(file, text);
            writeFileSync(join(scratch, 'p.diff'), unifiedDiff(`f${i}.yaml`, text, result.replacements));
            const patch = spawnSync('patch', ['-p1', '-s', '-i', 'p.diff'], { cwd: scratch, encoding: 'utf8' });
            expect(patch.status, patch.stdout + patch.stderr).toBe(0);
            expect(readFileSync(file, 'utf8')).toBe(result.text);
        }
    });
});
describe('reports mark what --fix can fix', () => {
    it('markdown after the message and under the table, html beside the path; not a fix left to a person', async () => {
        const { lintText } = await import('../src/api.js');
        const { checks } = await import('../checks/index.js');
        const { formatMarkdown } = await import('../src/report/markdown.js');
        const { formatHtml } = await import('../src/report/html.js');
        const text = 'apiVersion: storage.k8s.io/v1\nkind: StorageClass\nmetadata: { name: ssd }\nprovisioner: x\nvolumeBindingMode: WaitForFirstConsumer\n';
        const result = lintText(text, 'class.yaml', checks);
        const context = { checks, version: '0.0.0', readSource: () => text, cwd: process.cwd() };
        const markdown = formatMarkdown(result, context);
        expect(markdown).toContain('deleting a claim deletes its volume and data. *(fixable with `--fix`)* |');
        expect(markdown).toContain('It can be fixed with `kubeready --fix` (`--fix-dry-run` shows the changes).');
        expect(formatHtml(result, { ...context, generatedAt: new Date(0) })).toContain('<span class="chip">fixable with --fix</span>');
        const onStdin = lintText(text, '<stdin>', checks);
        expect(formatMarkdown(onStdin, context)).not.toContain('fixable');
        expect(formatHtml(onStdin, { ...context, generatedAt: new Date(0) })).not.toContain('fixable with --fix');
    });
});
