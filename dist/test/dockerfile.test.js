import { cpSync, mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { lint, lintText } from '../src/api.js';
import { checks } from '../checks/index.js';
import { locate } from '../src/engine/locate.js';
import { parseDockerfile, substitute } from '../src/load/dockerfile.js';
import { parseSource } from '../src/load/parse.js';
import { walk } from '../src/load/walk.js';
import { baseStageOf, finalStage, isDockerfileName, stageByName } from '../src/model/dockerfile.js';
const scratch = mkdtempSync(join(tmpdir(), 'kubeready-dockerfile-'));
afterAll(() => rmSync(scratch, { recursive: true, force: true }));
const dockerfile = [
    '# syntax=docker/dockerfile:1', // 1
    'ARG BASE=node', // 2
    'ARG TAG', // 3
    'FROM --platform=$BUILDPLATFORM ${BASE}:20 AS build', // 4
    'RUN apt-get update && \\', // 5
    '    apt-get install -y curl', // 6
    'USER 1000:1000', // 7
    '', // 8
    'FROM build', // 9
    'ENV A=1 B=two', // 10
    '  ADD --checksum=sha256:0123 https://example.com/x.tgz /x', // 11
    '',
].join('\n');
describe('a Dockerfile as an object', () => {
    const parsed = parseDockerfile('app/Dockerfile', dockerfile);
    const entry = parsed.objects[0];
    const object = entry?.object;
    it('has the documented shape', () => {
        expect(parsed.problems).toEqual([]);
        expect(object.apiVersion).toBe('kubeready.io/v1');
        expect(object.kind).toBe('Dockerfile');
        expect(object.metadata).toEqual({ name: 'Dockerfile' });
        expect(object.args).toEqual([{ name: 'BASE', default: 'node' }, { name: 'TAG' }]);
        expect(object.stages.map((stage) => stage.name)).toEqual(['build', undefined]);
        expect(object.stages[0]?.from).toEqual({ image: '${BASE}:20', resolved: 'node:20', known: true, platform: '$BUILDPLATFORM' });
        expect(object.stages[0]?.instructions.map((i) => i.keyword)).toEqual(['RUN', 'USER']);
        expect(object.stages[0]?.instructions[0]?.arguments).toBe('apt-get update &&     apt-get install -y curl');
        expect(object.stages[0]?.instructions[1]).toMatchObject({ keyword: 'USER', user: '1000', group: '1000' });
        expect(object.stages[1]?.instructions[0]?.variables).toEqual([{ name: 'A', default: '1' }, { name: 'B', default: 'two' }]);
        expect(object.stages[1]?.instructions[1]).toMatchObject({ keyword: 'ADD', flags: [{ name: 'checksum', value: 'sha256:0123' }], words: ['https://example.com/x.tgz', '/x'] });
        expect(finalStage(object)?.from.image).toBe('build');
        expect(stageByName(object, 'BUILD')).toBe(0);
        expect(baseStageOf(object, 1)).toBe(0);
    });
    it('locates every path at its place in the file', () => {
        const at = (path) => {
            if (!entry)
                throw new Error('no object');
            const { line, column, endLine, endColumn, exact } = locate(entry.positions, entry.source.lineStarts, path);
            return { line, column, endLine, endColumn, exact };
        };
        expect(at(['stages', 0, 'from', 'image'])).toEqual({ line: 4, column: 32, endLine: 4, endColumn: 42, exact: true });
        expect(at(['stages', 0, 'from', 'platform'])).toMatchObject({ line: 4, column: 17, exact: true });
        expect(at(['stages', 0, 'name'])).toMatchObject({ line: 4, column: 46, exact: true });
        expect(at(['stages', 0, 'instructions', 0])).toMatchObject({ line: 5, column: 1, exact: true });
        expect(at(['stages', 0, 'instructions', 0, 'arguments'])).toMatchObject({ line: 5, column: 5, endLine: 6, exact: true });
        expect(at(['stages', 0, 'instructions', 1, 'user'])).toMatchObject({ line: 7, column: 6, exact: true });
        expect(at(['stages', 1, 'instructions', 1])).toMatchObject({ line: 11, column: 3, exact: true });
        expect(at(['stages', 1, 'instructions', 1, 'words', 0])).toMatchObject({ line: 11, column: 30, exact: true });
        expect(at(['stages', 1, 'instructions', 1, 'flags', 0, 'value'])).toMatchObject({ line: 11, column: 18, exact: true });
        expect(at(['stages', 1, 'instructions', 0, 'variables', 1, 'default'])).toMatchObject({ line: 10, column: 11, exact: true });
        expect(at(['args', 1])).toMatchObject({ line: 3, column: 5 });
        expect(at(['stages', 1, 'instructions', 9])).toMatchObject({ exact: false });
    });
    it('is parsed by parseSource by its file name, so workers and the cache take it too', () => {
        expect(parseSource('app/Dockerfile', dockerfile).objects[0]?.object).toEqual(object);
        expect(parseSource('app/Dockerfile.yaml', 'a: 1').objects).toEqual([]);
    });
    it('resolves ARG defaults as docker build does, and knows when it cannot', () => {
        const args = [{ name: 'A', default: 'x' }, { name: 'E', default: '' }, { name: 'N' }];
        expect(substitute('$A:${A}-${E:-d}-${A:+set}-${E:+no}', args)).toEqual({ value: 'x:x-d-set-', known: true });
        expect(substitute('app:${N}', args)).toEqual({ value: 'app:', known: false });
        expect(substitute('app:$UNDECLARED', args)).toEqual({ value: 'app:', known: false });
        expect(substitute('${A', args)).toEqual({ value: '${A', known: true });
    });
    it('reports what docker build refuses as problems at their positions', () => {
        expect(parseDockerfile('Dockerfile', '# only a comment\n').problems).toMatchObject([{ code: 'DOCKERFILE_NO_FROM', start: 0 }]);
        expect(parseDockerfile('Dockerfile', 'RUN x\nFROM a\nFOO b\n').problems.map((p) => [p.code, p.start])).toEqual([
            ['DOCKERFILE_BEFORE_FROM', 0],
            ['DOCKERFILE_UNKNOWN_INSTRUCTION', 13],
        ]);
        // A fragment without FROM is one problem, not one per line.
        const { findings } = lintText('RUN x\nENV a=b\n', 'Dockerfile');
        expect(findings.map((f) => [f.checkId, f.line, f.message])).toEqual([['dockerfile-syntax', 1, 'No FROM instruction: docker build has no base image to start from.']]);
    });
    it('stays linear on hostile input', () => {
        const huge = `FROM a\n${'RUN x \\\n'.repeat(100_000)}\nENV ${'A=$'.repeat(100_000)}\nFROM ${'${'.repeat(50_000)}\n`;
        const started = performance.now();
        const parsed = parseDockerfile('Dockerfile', huge);
        expect(parsed.objects).toHaveLength(1);
        expect(performance.now() - started).toBeLessThan(10_000);
    }, 20_000); // the budget is the assertion's; vitest's default timeout would cut it on a loaded machine
    it('finds the stage a FROM names without scanning every earlier stage (200,000 stages, many of one name)', () => {
        const stages = Array.from({ length: 200_000 }, (_, i) => ({ name: i % 2 === 0 ? 'same' : `s${i}`, from: { image: i === 0 ? 'a:1' : 'same', resolved: i === 0 ? 'a:1' : 'same', known: true }, instructions: [] }));
        const object = { apiVersion: 'kubeready.io/v1', kind: 'Dockerfile', metadata: { name: 'Dockerfile' }, args: [], stages };
        const started = performance.now();
        for (let i = 0; i < stages.length; i++)
            baseStageOf(object, i);
        expect(performance.now() - started).toBeLessThan(2_000);
        expect(baseStageOf(object, 5)).toBe(4);
        expect(baseStageOf(object, 4)).toBe(2);
        expect(stageByName(object, 'S3', 4)).toBe(3);
        expect(stageByName(object, 'S3', 3)).toBe(-1);
    });
    it('does not hand dockerfile-ast an instruction with a flood of flags, which it parses in quadratic time', () => {
        const flood = `FROM a\nCOPY \\\n ${'--a=b '.repeat(300_000)}x y\n`;
        const started = performance.now();
        const parsed = parseDockerfile('Dockerfile', flood);
        expect(performance.now() - started).toBeLessThan(2_000);
        expect(parsed.objects).toEqual([]);
        expect(parsed.problems).toMatchObject([{ code: 'DOCKERFILE_FLAG_LIMIT', start: 7 }]);
        const many = parseDockerfile('Dockerfile', `FROM a\nRUN ${'--mount=type=cache,target=/x '.repeat(200)}make\nCOPY x y ${'--not-a-flag '.repeat(1000)}\n`);
        expect(many.problems).toEqual([]);
        expect(many.objects).toHaveLength(1);
    });
});
describe('file names', () => {
    it('takes Dockerfile, Dockerfile.*, *.Dockerfile, *.dockerfile, Containerfile and Containerfile.*', () => {
        for (const name of ['Dockerfile', 'Dockerfile.prod', 'api.Dockerfile', 'api.dockerfile', 'Containerfile', 'Containerfile.dev'])
            expect(isDockerfileName(name), name).toBe(true);
        for (const name of ['Dockerfile.', '.Dockerfile', 'dockerfile', 'Dockerfiles', 'Dockerfile-old', 'app.yaml', 'Containerfile.'])
            expect(isDockerfileName(name), name).toBe(false);
    });
    it('walks them, inside charts and Kustomize folders too, and takes one named explicitly', async () => {
        const root = join(scratch, 'walk');
        mkdirSync(join(root, 'chart', 'templates'), { recursive: true });
        writeFileSync(join(root, 'chart', 'Chart.yaml'), 'apiVersion: v2\nname: c\nversion: 1.0.0\n');
        writeFileSync(join(root, 'chart', 'Dockerfile'), 'FROM a:1\n');
        writeFileSync(join(root, 'api.Dockerfile'), 'FROM a:1\n');
        writeFileSync(join(root, 'Containerfile.dev'), 'FROM a:1\n');
        writeFileSync(join(root, 'notes.txt'), 'FROM a\n');
        const inputs = await walk([root], { cwd: root, exclude: [] });
        expect(inputs.files.map((file) => file.slice(root.length + 1)).sort()).toEqual(['Containerfile.dev', 'api.Dockerfile', 'chart/Dockerfile']);
        const named = await walk([join(root, 'chart', 'Dockerfile')], { cwd: root, exclude: [] });
        expect(named.files).toEqual([join(root, 'chart', 'Dockerfile')]);
        expect(named.charts).toEqual([]);
    });
});
describe('a folder with a Dockerfile and manifests', () => {
    const project = join(scratch, 'project');
    // The manifests only: a Dockerfile a skaffold.yaml ties to an image changes what run-as-root says (test/image-builds.test.ts).
    cpSync(join(import.meta.dirname, '..', 'examples', 'shop'), project, { recursive: true, filter: (from) => !/Dockerfile$|skaffold\.yaml$/.test(from) });
    const key = (f) => `${f.file}:${f.line}:${f.column} ${f.checkId} ${f.message}`;
    it('gives the manifests the findings they had, plus only Dockerfile checks on the Dockerfile', async () => {
        const before = await lint(['.'], { cwd: project });
        writeFileSync(join(project, 'Dockerfile'), 'FROM node\nRUN npm ci\n');
        writeFileSync(join(project, 'worker.Dockerfile'), '# nothing to build\n');
        try {
            const after = await lint(['.'], { cwd: project });
            const onManifests = after.findings.filter((f) => !f.file.endsWith('Dockerfile'));
            expect(onManifests.map(key)).toEqual(before.findings.map(key));
            expect(after.suppressed.map(key)).toEqual(before.suppressed.map(key));
            const onDockerfiles = after.findings.filter((f) => f.file.endsWith('Dockerfile'));
            expect(onDockerfiles.length).toBeGreaterThan(0);
            const dockerfileChecks = new Set(checks.filter((c) => c.meta.id.startsWith('dockerfile-')).map((c) => c.meta.id));
            for (const finding of onDockerfiles)
                expect(dockerfileChecks.has(finding.checkId), key(finding)).toBe(true);
            expect(onDockerfiles.map((f) => [f.file, f.line, f.checkId])).toContainEqual(['Dockerfile', 1, 'dockerfile-base-unpinned']);
            expect(onDockerfiles.map((f) => [f.file, f.line, f.checkId])).toContainEqual(['worker.Dockerfile', 1, 'dockerfile-syntax']);
        }
        finally {
            rmSync(join(project, 'Dockerfile'));
            rmSync(join(project, 'worker.Dockerfile'));
        }
    });
});
describe('suppressions in a Dockerfile', () => {
    it('honours kubeready-ignore-next-line and a whole-file kubeready-ignore; parser directives are not suppressions', () => {
        const text = [
            '# syntax=docker/dockerfile:1',
            '# kubeready-ignore-next-line dockerfile-base-unpinned -- the build stage is thrown away',
            'FROM node AS build',
            'RUN <<EOF',
            '---',
            'EOF',
            'FROM debian',
            '',
        ].join('\n');
        const only = checks.filter((check) => check.meta.id === 'dockerfile-base-unpinned' || check.meta.id === 'unused-suppression');
        const result = lintText(text, 'Dockerfile', only);
        expect(result.findings.map((f) => [f.checkId, f.line])).toEqual([['dockerfile-base-unpinned', 7]]);
        expect(result.suppressed.map((f) => [f.checkId, f.line, f.suppression?.reason])).toEqual([['dockerfile-base-unpinned', 3, 'the build stage is thrown away']]);
        // A `---` in a heredoc starts no YAML document: the directive covers the whole file.
        const whole = lintText(`FROM node\nRUN <<EOF\n---\nEOF\n# kubeready-ignore dockerfile-base-unpinned -- a scratch build\nFROM debian\n`, 'Dockerfile', only);
        expect(whole.findings).toEqual([]);
        expect(whole.suppressed.map((f) => f.line)).toEqual([1, 6]);
    });
});
describe('the shell words of a RUN', () => {
    it('splits words and pipelines as a shell does, quotes, escapes and comments included', async () => {
        const { pipelines, programOf, shellTokens } = await import('../src/model/shell.js');
        const split = (script) => pipelines(shellTokens(script)).map((pipeline) => pipeline.map((command) => command.join(' ')));
        expect(split(`curl -s "https://x | y" | sudo -E bash -s -- --yes; echo 'a|b' # c | sh`)).toEqual([['curl -s https://x | y', 'sudo -E bash -s -- --yes'], ['echo a|b']]);
        expect(split('a && b || c |& d\nX=1 e')).toEqual([['a'], ['b'], ['c', 'd'], ['X=1 e']]);
        expect(programOf(['X=1', 'sudo', '-E', '/bin/sh', '-c', 'x'])).toBe('sh');
    });
    it('takes linear time on hostile text', async () => {
        const { pipelines, shellTokens } = await import('../src/model/shell.js');
        for (const hostile of ['"\\'.repeat(200_000), "'".repeat(400_001), '|'.repeat(400_000), '#\n'.repeat(200_000), 'a=b '.repeat(100_000)]) {
            const started = performance.now();
            pipelines(shellTokens(hostile));
            expect(performance.now() - started).toBeLessThan(2_000);
        }
    });
});
