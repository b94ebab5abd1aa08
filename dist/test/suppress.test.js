import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { checks } from '../checks/index.js';
import { lintText } from '../src/api.js';
import { configDirectives, applySuppressions, parseDirective } from '../src/engine/suppress.js';
import { configureChecks } from '../src/engine/config.js';
import { matchesIgnoreEntry } from '../src/config/ignore-match.js';
import { cleanPod, runMain } from './support/cli.js';
const scratch = mkdtempSync(join(tmpdir(), 'kubeready-suppress-'));
afterAll(() => rmSync(scratch, { recursive: true, force: true }));
const lines = (result) => result.findings.map((f) => `${f.line} ${f.checkId}`);
const suppressedLines = (result) => result.suppressed.map((f) => `${f.line} ${f.checkId} ${f.suppression?.kind}: ${f.suppression?.reason}`);
// The clean Pod with an untagged image and no readOnlyRootFilesystem: two findings to suppress.
const twoProblems = cleanPod.replace('registry.example.com/app:1.0.0', 'registry.example.com/app').replace('securityContext: { readOnlyRootFilesystem: true }', 'securityContext: {}');
describe('parseDirective', () => {
    it('reads the checks before -- and the reason after it', () => {
        expect(parseDirective('image-untagged, run-as-root -- pinned by digest in CD')).toEqual({ checks: ['image-untagged', 'run-as-root'], reason: 'pinned by digest in CD' });
        expect(parseDirective('image-untagged')).toEqual({ checks: ['image-untagged'], reason: undefined });
        expect(parseDirective(' -- only a reason')).toEqual({ checks: [], reason: 'only a reason' });
    });
});
describe('the kubeready.io/ignore annotation', () => {
    it('suppresses the named checks on its object, keeping them apart with the reason', () => {
        const text = twoProblems.replace('metadata: { name: ok }', 'metadata:\n  name: ok\n  annotations:\n    kubeready.io/ignore: "image-untagged -- pinned by digest at deploy time"');
        const result = lintText(text, 'pod.yaml');
        expect(lines(result)).toEqual(['13 readonly-root-fs-missing']);
        expect(suppressedLines(result)).toEqual(['10 image-untagged annotation: pinned by digest at deploy time']);
        expect(result.suppressed[0]?.suppression).toMatchObject({ file: 'pod.yaml', line: 6 });
        expect(result.summary).toMatchObject({ warning: 0, info: 1, suppressed: 1 });
    });
    it('works on the pod template of a workload, and is ignored under inlineSuppressions: false', () => {
        const deployment = `apiVersion: apps/v1
kind: Deployment
metadata: { name: api }
spec:
  replicas: 1
  selector: { matchLabels: { app: api } }
  template:
    metadata:
      labels: { app: api }
      annotations: { kubeready.io/ignore: "liveness-probe-missing -- a batch-like worker" }
    spec:
      automountServiceAccountToken: false
      securityContext: { runAsNonRoot: true }
      containers:
        - name: api
          image: registry.example.com/api:1.0.0
          resources: { requests: { cpu: 10m, memory: 16Mi }, limits: { memory: 16Mi } }
          securityContext: { readOnlyRootFilesystem: true }
`;
        expect(lines(lintText(deployment, 'deploy.yaml'))).toEqual([]);
        expect(suppressedLines(lintText(deployment, 'deploy.yaml'))).toEqual(['15 liveness-probe-missing annotation: a batch-like worker']);
        const off = lintText(deployment, 'deploy.yaml', checks, undefined, { inlineSuppressions: false });
        expect(lines(off)).toEqual(['15 liveness-probe-missing']);
        expect(off.suppressed).toEqual([]);
    });
    it('reports a directive without a reason, with an unknown check, or covering nothing, and suppresses nothing without a reason', () => {
        const annotated = (value) => twoProblems.replace('metadata: { name: ok }', `metadata:\n  name: ok\n  annotations:\n    kubeready.io/ignore: "${value}"`);
        const noReason = lintText(annotated('image-untagged'), 'pod.yaml');
        expect(lines(noReason)).toEqual(['6 unused-suppression', '10 image-untagged', '13 readonly-root-fs-missing']);
        expect(noReason.findings[0]?.message).toBe('The suppression of image-untagged has no reason, so it suppresses nothing: add " -- why" after the check ids.');
        const unknown = lintText(annotated('image-untaged -- typo'), 'pod.yaml');
        expect(unknown.findings[0]?.message).toBe('The suppression names "image-untaged", which is not a check (see kubeready --list-checks).');
        const stale = lintText(annotated('run-as-root -- fixed since'), 'pod.yaml');
        expect(stale.findings[0]?.message).toBe('The suppression of run-as-root matches no finding: remove it, or fix what it points at.');
        expect(stale.findings[0]?.severity).toBe('warning');
    });
});
describe('comment directives', () => {
    it('kubeready-ignore-next-line covers the next line that is not a comment, in its file only', () => {
        const text = twoProblems.replace('      image: registry.example.com/app\n', '      # kubeready-ignore-next-line image-untagged -- tag set by the pipeline\n      # (the pipeline is in ci/deploy.sh)\n\n      image: registry.example.com/app\n');
        const result = lintText(text, 'pod.yaml');
        expect(lines(result)).toEqual(['13 readonly-root-fs-missing']);
        expect(suppressedLines(result)).toEqual(['10 image-untagged comment: tag set by the pipeline']);
    });
    it('kubeready-ignore covers its whole document and no other', () => {
        const text = `# kubeready-ignore image-untagged, readonly-root-fs-missing -- a demo pod\n${twoProblems}---\n${twoProblems}`;
        const result = lintText(text, 'pods.yaml');
        expect(suppressedLines(result).map((line) => line.split(' ').slice(0, 2).join(' '))).toEqual(['8 image-untagged', '11 readonly-root-fs-missing']);
        expect(lines(result)).toEqual(['21 image-untagged', '24 readonly-root-fs-missing']);
    });
    it('a comment directive that covers nothing is an unused-suppression at the comment', () => {
        const result = lintText(`${cleanPod}# kubeready-ignore-next-line run-as-root -- legacy\n`, 'pod.yaml');
        expect(lines(result)).toEqual(['13 unused-suppression']);
        expect(result.findings[0]?.column).toBe(1);
    });
});
describe('config entries', () => {
    const configured = configureChecks(checks);
    const unused = configured.find(({ check }) => check.meta.id === 'unused-suppression');
    const known = new Set(checks.map((check) => check.meta.id));
    const findingsOf = (text) => lintText(text, 'team-a/pod.yaml').findings;
    it('match kind, namespace, name, container and file by glob, and report entries that match nothing', () => {
        const findings = findingsOf(twoProblems);
        const directives = configDirectives([
            { checks: ['image-untagged'], kind: 'po*', name: 'o?', container: 'app', file: 'team-a/**', reason: 'vendored', line: 3 },
            { checks: ['readonly-root-fs-missing'], namespace: 'prod-*', reason: 'other namespace', line: 9 },
        ], '.kubeready.yaml', (rule, f) => matchesIgnoreEntry(rule, { checkId: f.checkId, kind: f.object?.kind, namespace: f.object?.namespace, name: f.object?.name, container: f.container, file: join('/repo', f.file) }, '/repo'));
        const result = applySuppressions(findings, directives, known, unused);
        expect(result.suppressed.map((f) => `${f.checkId} ${f.suppression?.kind} ${f.suppression?.file}:${f.suppression?.line}`)).toEqual(['image-untagged config .kubeready.yaml:3']);
        expect(result.findings.map((f) => `${f.file}:${f.line} ${f.checkId}`)).toEqual(['team-a/pod.yaml:10 readonly-root-fs-missing', '.kubeready.yaml:9 unused-suppression']);
    });
    it('leave unused entries alone when unused-suppression is off', () => {
        const directives = configDirectives([{ checks: ['run-as-root'], reason: 'none', line: 2 }], '.kubeready.yaml', () => false);
        expect(applySuppressions(findingsOf(cleanPod), directives, known, undefined).findings).toEqual([]);
    });
});
describe('on the command line', () => {
    const file = join(scratch, 'pod.yaml');
    const annotatedPod = twoProblems.replace('metadata: { name: ok }', 'metadata:\n  name: ok\n  annotations:\n    kubeready.io/ignore: "image-untagged -- pinned at deploy"');
    it('JSON lists suppressed findings apart; SARIF keeps them as results with a suppression; neither fails the run', async () => {
        writeFileSync(file, annotatedPod);
        const json = await runMain(['--format', 'json', '--fail-on', 'warning', file]);
        expect(json.code).toBe(0);
        const parsed = JSON.parse(json.stdout);
        expect(parsed.findings.map((f) => f.checkId)).toEqual(['readonly-root-fs-missing']);
        expect(parsed.suppressed.map((f) => f.checkId)).toEqual(['image-untagged']);
        expect(parsed.summary.suppressed).toBe(1);
        const sarif = await runMain(['--format', 'sarif', file]);
        const results = JSON.parse(sarif.stdout).runs[0]?.results ?? [];
        expect(results.map((r) => [r.ruleId, r.suppressions])).toEqual([
            ['readonly-root-fs-missing', undefined],
            ['image-untagged', [{ kind: 'inSource', justification: 'pinned at deploy' }]],
        ]);
        const stylish = await runMain([file]);
        expect(stylish.stdout).toContain('in 1 object from 1 file, 1 suppressed');
    });
    it('--no-inline-suppressions brings the finding back', async () => {
        writeFileSync(file, annotatedPod);
        const { code, stdout } = await runMain(['--format', 'json', '--no-inline-suppressions', file]);
        expect(code).toBe(1);
        expect(JSON.parse(stdout).findings.map((f) => f.checkId)).toEqual(['image-untagged', 'readonly-root-fs-missing']);
    });
});
describe('--baseline', () => {
    const file = join(scratch, 'adopt.yaml');
    const baseline = join(scratch, 'baseline.json');
    it('records today’s findings, and then reports only new ones, even after lines move', async () => {
        writeFileSync(file, twoProblems);
        const written = await runMain(['--write-baseline', baseline, '--format', 'json', file]);
        expect(written.code).toBe(0);
        const recorded = JSON.parse(readFileSync(baseline, 'utf8'));
        expect(recorded.version).toBe(1);
        expect(recorded.findings.map((f) => f.checkId).sort()).toEqual(['image-untagged', 'readonly-root-fs-missing']);
        // Lines added above move every finding; a new problem appears in a second container.
        const moved = `# a comment\n# another one\n${twoProblems.replace('  automountServiceAccountToken: false', '    - name: extra\n      image: registry.example.com/extra\n      resources: { requests: { cpu: 10m, memory: 16Mi }, limits: { memory: 16Mi } }\n      livenessProbe: { httpGet: { path: /live, port: 8080 } }\n      securityContext: { readOnlyRootFilesystem: true }\n  automountServiceAccountToken: false')}`;
        writeFileSync(file, moved);
        const { code, stdout } = await runMain(['--baseline', baseline, '--format', 'json', file]);
        expect(code).toBe(1);
        const findings = JSON.parse(stdout).findings;
        expect(findings.map((f) => `${f.checkId} ${f.container}`)).toEqual(['image-untagged extra']);
        writeFileSync(file, `# moved\n${twoProblems}`);
        expect((await runMain(['--baseline', baseline, file])).code).toBe(0);
    });
    it('rejects a file that is not a baseline in one line', async () => {
        writeFileSync(baseline, '{"findings": 3}');
        await expect(runMain(['--baseline', baseline, file])).rejects.toThrow(`--baseline ${baseline}: not a kubeready baseline (version 1 with a findings list)`);
    });
});
describe('--output', () => {
    it('writes each --format to the --output at its position, and one format without a file to stdout', async () => {
        const sarif = join(scratch, 'out.sarif');
        const html = join(scratch, 'out.html');
        const { code, stdout } = await runMain(['--format', 'sarif', '--output', sarif, '--format', 'html', '--output', html, '--format', 'json', 'examples/']);
        expect(code).toBe(1);
        expect(JSON.parse(readFileSync(sarif, 'utf8')).version).toBe('2.1.0');
        expect(readFileSync(html, 'utf8')).toMatch(/^<!DOCTYPE html>/i);
        expect(JSON.parse(stdout).findings.length).toBe(29);
    });
    it('refuses two formats on stdout, or more files than formats', async () => {
        await expect(runMain(['--format', 'json', '--format', 'sarif', 'examples/'])).rejects.toThrow('only one --format can go to stdout');
        await expect(runMain(['-o', 'a', '-o', 'b', 'examples/'])).rejects.toThrow('2 --output files for 1 --format');
    });
});
describe('comment directives in Helm templates', () => {
    it('suppress the finding on the next template line, where the finding points', async () => {
        const { cpSync } = await import('node:fs');
        const { lint } = await import('../src/api.js');
        const { helmBin } = await import('./support/binaries.js');
        const chart = join(scratch, 'chart');
        cpSync(join(import.meta.dirname, 'projects', 'helm', 'shop'), chart, { recursive: true });
        const template = join(chart, 'templates', 'deployment.yaml');
        writeFileSync(template, readFileSync(template, 'utf8').replace('spec:\n  replicas:', 'spec:\n  # kubeready-ignore-next-line replicas-single -- a preview environment\n  replicas:'));
        const result = await lint([chart], { cwd: scratch, helm: { bin: helmBin } });
        expect(result.errors).toEqual([]);
        expect(result.suppressed.map((f) => `${f.file}:${f.line} ${f.checkId} ${f.suppression?.kind}`)).toEqual(['chart/templates/deployment.yaml:10 replicas-single comment']);
        expect(result.findings.some((f) => f.checkId === 'replicas-single' || f.checkId === 'unused-suppression')).toBe(false);
    });
});
describe('a suppression naming a check that is off', () => {
    it('is unused because nothing matched, not because the check does not exist', () => {
        const text = cleanPod.replace('metadata: { name: ok }', 'metadata:\n  name: ok\n  annotations:\n    kubeready.io/ignore: "image-digest-missing -- tags are immutable in our registry"');
        const [finding] = lintText(text, 'pod.yaml').findings;
        expect(finding?.message).toBe('The suppression of image-digest-missing matches no finding: remove it, or fix what it points at.');
    });
});
