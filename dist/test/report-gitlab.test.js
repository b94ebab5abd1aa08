import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { Ajv } from 'ajv';
import { afterAll, describe, expect, it } from 'vitest';
import { lintText } from '../src/api.js';
import { baselineFileKey, createBaseline } from '../src/engine/baseline.js';
import { formatGitlab } from '../src/report/gitlab.js';
const root = join(import.meta.dirname, '..');
const bin = join(root, 'dist', 'src', 'cli.js');
const scratch = mkdtempSync(join(tmpdir(), 'kubeready-gitlab-'));
afterAll(() => rmSync(scratch, { recursive: true, force: true }));
/**
 * What GitLab documents for a custom Code Quality tool ("Implement a custom tool"): an array of objects
 * with description, check_name, fingerprint, severity (info, minor, major, critical or blocker),
 * location.path (relative) and location.lines.begin or location.positions.begin.line. Nothing else is
 * allowed here, so that the report holds the documented fields only.
 */
const line = { type: 'integer', minimum: 1 };
const codeQualitySchema = {
    type: 'array',
    items: {
        type: 'object',
        required: ['description', 'check_name', 'fingerprint', 'severity', 'location'],
        additionalProperties: false,
        properties: {
            description: { type: 'string', minLength: 1 },
            check_name: { type: 'string', minLength: 1 },
            fingerprint: { type: 'string', minLength: 1 },
            severity: { enum: ['info', 'minor', 'major', 'critical', 'blocker'] },
            location: {
                type: 'object',
                required: ['path'],
                additionalProperties: false,
                anyOf: [{ required: ['lines'] }, { required: ['positions'] }],
                properties: {
                    // Relative to the repository root, with forward slashes.
                    path: { type: 'string', minLength: 1, not: { pattern: '^/|^[A-Za-z]:|\\\\|^\\.\\.?/' } },
                    lines: { type: 'object', required: ['begin'], properties: { begin: line } },
                    positions: {
                        type: 'object',
                        required: ['begin'],
                        properties: { begin: { type: 'object', required: ['line'], properties: { line } } },
                    },
                },
            },
        },
    },
};
const validate = new Ajv({ allErrors: true }).compile(codeQualitySchema);
function run(args, cwd = root) {
    const result = spawnSync(process.execPath, [bin, ...args], { cwd, encoding: 'utf8', env: { ...process.env, NO_COLOR: '1' } });
    return { code: result.status, stdout: result.stdout, stderr: result.stderr };
}
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
const issuesOf = (result, cwd = root) => JSON.parse(formatGitlab(result, { cwd }));
describe('--format gitlab over examples/', () => {
    const { code, stdout, stderr } = run(['--format', 'gitlab', 'examples/']);
    const issues = JSON.parse(stdout);
    it('is an array of entries with exactly the documented fields and severities', () => {
        expect([code, stderr]).toEqual([1, '']);
        expect(stdout.startsWith('[')).toBe(true); // GitLab's parser refuses a byte order mark
        expect(issues).toHaveLength(29);
        expect(validate(issues), JSON.stringify(validate.errors)).toBe(true);
        expect(validate([{ ...issues[0], severity: 'warning' }])).toBe(false);
        expect(validate([{ ...issues[0], location: { path: '/abs/x.yaml', lines: { begin: 1 } } }])).toBe(false);
    });
    it('gives every entry its own fingerprint, and names files from the repository root', () => {
        expect(new Set(issues.map((issue) => issue.fingerprint)).size).toBe(issues.length);
        expect(issues.every((issue) => issue.location.path.startsWith('examples/shop/'))).toBe(true);
        expect(issues.filter((issue) => issue.severity === 'critical')).toHaveLength(3);
        expect(issues.filter((issue) => issue.severity === 'major')).toHaveLength(16);
        expect(issues.filter((issue) => issue.severity === 'info')).toHaveLength(10);
    });
    it('gives the same paths and fingerprints when run from a sub-folder', () => {
        const inside = run(['--format', 'gitlab', 'shop/'], join(root, 'examples'));
        expect(JSON.parse(inside.stdout)).toEqual(issues);
    });
    it('writes to a file with -o, next to another format on stdout', () => {
        const report = join(scratch, 'gl-code-quality-report.json');
        const both = run(['--format', 'gitlab', '-o', report, '--format', 'json', 'examples/']);
        expect(JSON.parse(readFileSync(report, 'utf8'))).toEqual(issues);
        expect(JSON.parse(both.stdout).findings).toHaveLength(29);
    });
});
describe('formatGitlab', () => {
    const result = lintText(pod, file);
    const issues = issuesOf(result);
    it('maps error to critical, warning to major and info to info, and describes each finding', () => {
        expect(issues.map((issue) => [issue.check_name, issue.severity, issue.location])).toEqual([
            ['service-account-token-automount', 'info', { path: file, lines: { begin: 4 } }],
            ['image-untagged', 'major', { path: file, lines: { begin: 7 } }],
            ['template-placeholder', 'critical', { path: file, lines: { begin: 12 } }],
        ]);
        expect(issues.map((issue) => issue.description)).toEqual(result.findings.map((finding) => finding.message));
    });
    it('keeps every fingerprint when the findings move down two lines', () => {
        const moved = issuesOf(lintText(`# first comment\n# second comment\n${pod}`, file));
        expect(moved.map((issue) => issue.location.lines.begin)).toEqual([6, 9, 14]);
        expect(moved.map((issue) => issue.fingerprint)).toEqual(issues.map((issue) => issue.fingerprint));
        expect(new Set(issues.map((issue) => issue.fingerprint)).size).toBe(3);
    });
    it('tells apart identical findings at different places, and keeps them when lines move', () => {
        const twice = issuesOf(lintText(`${pod}---\n${pod}`, file));
        expect(twice.map((issue) => issue.check_name)).toEqual([...issues, ...issues].map((issue) => issue.check_name));
        expect(new Set(twice.map((issue) => issue.fingerprint)).size).toBe(6);
        const movedTwice = issuesOf(lintText(`# comment\n${pod}---\n# another\n${pod}`, file));
        expect(movedTwice.map((issue) => issue.fingerprint)).toEqual(twice.map((issue) => issue.fingerprint));
        // ...and the file is part of what a finding is about.
        expect(issuesOf(lintText(pod, 'k8s/other.yaml'))[0]?.fingerprint).not.toBe(issues[0]?.fingerprint);
    });
    it('uses the fingerprints --write-baseline records', () => {
        const baseline = createBaseline(result.findings, baselineFileKey(root));
        expect(new Set(issues.map((issue) => issue.fingerprint))).toEqual(new Set(baseline.findings.map((entry) => entry.fingerprint)));
    });
    it('reports inputs that could not be linted as blockers', () => {
        const errors = [
            { file: 'charts/app', message: 'helm template failed: boom' },
            { file: 'bad.yaml', line: 3, message: 'cannot read: EACCES' },
        ];
        const withErrors = issuesOf({ ...result, errors });
        expect(validate(withErrors), JSON.stringify(validate.errors)).toBe(true);
        expect(withErrors.slice(3).map(({ fingerprint: _, ...rest }) => rest)).toEqual([
            { description: 'Could not be linted: helm template failed: boom', check_name: 'run-error', severity: 'blocker', location: { path: 'charts/app', lines: { begin: 1 } } },
            { description: 'Could not be linted: cannot read: EACCES', check_name: 'run-error', severity: 'blocker', location: { path: 'bad.yaml', lines: { begin: 3 } } },
        ]);
        expect(new Set(withErrors.map((issue) => issue.fingerprint)).size).toBe(5);
    });
    it('writes an empty array for a clean run', () => {
        expect(formatGitlab({ ...result, findings: [] }, { cwd: root })).toBe('[]\n');
    });
});
