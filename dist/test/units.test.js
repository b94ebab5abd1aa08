import { execFileSync } from 'node:child_process';
import { cpSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, relative } from 'node:path';
import fg from 'fast-glob';
import { afterAll, describe, expect, it } from 'vitest';
import { checks } from '../checks/index.js';
import { lint } from '../src/api.js';
import { widgetCrd } from './support/crd.js';
import { byLineThenId, readExpectations } from './support/expectations.js';
// Deployment units: each test project carries its expected findings inline (`# expect: check-id`), for the
// checks that relate objects across files.
const projects = join(import.meta.dirname, 'projects', 'units');
const crossObject = new Set([
    'hpa-target-missing',
    'memory-limit-missing',
    'namespace-default-deny-missing',
    'namespace-limitrange-missing',
    'namespace-quota-missing',
    'networkpolicy-selects-nothing',
    'networkpolicy-uncovered',
    'observability-colocated',
    'pdb-missing',
    'pdb-selects-nothing',
    'service-selects-nothing',
]);
const selected = checks.filter((check) => crossObject.has(check.meta.id));
function markersIn(dir) {
    return fg
        .sync('**/*.yaml', { cwd: dir, absolute: true })
        .flatMap((file) => readExpectations(file).map((expectation) => `${relative(dir, file)}:${expectation}`))
        .sort(byLineThenId);
}
describe('deployment units of plain files', () => {
    for (const project of ['dev-prod', 'monorepo', 'platform-app']) {
        it(`${project}: each finding where its markers say, no other`, async () => {
            const dir = join(projects, project);
            const result = await lint(['.'], { cwd: dir, checks: selected });
            expect(result.errors).toEqual([]);
            expect(result.findings.map((f) => `${f.file}:${f.line}: ${f.checkId}`).sort(byLineThenId)).toEqual(markersIn(dir));
        });
    }
    it('a folder whose objects name no namespace, linted alone, reports what it reports in the whole run', async () => {
        // (platform-app's apps/shop, linted alone, does not see the platform's LimitRange: it lies outside the run.)
        for (const project of ['dev-prod', 'monorepo']) {
            const dir = join(projects, project);
            const whole = await lint(['.'], { cwd: dir, checks: selected });
            for (const folder of new Set(whole.findings.map((f) => f.file.split('/').slice(0, -1).join('/')))) {
                const alone = await lint([folder], { cwd: dir, checks: selected });
                const key = (f) => `${f.file}:${f.line}: ${f.checkId}`;
                expect(alone.findings.map(key), folder).toEqual(whole.findings.filter((f) => f.file.startsWith(`${folder}/`)).map(key));
            }
        }
    });
    it('a config `units:` entry makes a folder and its sub-folders one unit', async () => {
        const dir = mkdtempSync(join(tmpdir(), 'kubeready-units-'));
        try {
            cpSync(join(projects, 'dev-prod'), dir, { recursive: true });
            // Applied together (kubectl apply -R -f .), dev's budget does select prod's pods: no finding.
            const result = await lint(['.'], { cwd: dir, checks: selected, units: [dir] });
            expect(result.findings).toEqual([]);
        }
        finally {
            rmSync(dir, { recursive: true, force: true });
        }
    });
});
describe('CustomResourceDefinitions of the input', () => {
    const schemaChecks = checks.filter((check) => check.meta.id.startsWith('schema-'));
    // A project with its definitions in crds/ and a resource that breaks them in deploy/.
    function project() {
        const dir = mkdtempSync(join(tmpdir(), 'kubeready-crds-'));
        mkdirSync(join(dir, 'crds'));
        mkdirSync(join(dir, 'deploy'));
        writeFileSync(join(dir, 'crds', 'widget.yaml'), widgetCrd('{ type: object, properties: { spec: { type: object, properties: { size: { type: integer } } } } }'));
        writeFileSync(join(dir, 'deploy', 'widget.yaml'), 'apiVersion: example.com/v1\nkind: Widget\nmetadata: { name: w }\nspec:\n  size: large\n');
        return dir;
    }
    it('validate the custom resources of every unit of their git repository', async () => {
        const dir = project();
        try {
            mkdirSync(join(dir, '.git'));
            const result = await lint(['.'], { cwd: dir, checks: schemaChecks });
            expect(result.findings.map((f) => `${f.file}:${f.line} ${f.checkId}`)).toEqual(['deploy/widget.yaml:5 schema-invalid']);
        }
        finally {
            rmSync(dir, { recursive: true, force: true });
        }
    });
    it('outside any repository, validate only their own unit: unrelated checkouts side by side do not judge each other', async () => {
        const dir = project();
        try {
            const whole = await lint(['.'], { cwd: dir, checks: schemaChecks });
            const alone = await lint(['deploy'], { cwd: dir, checks: schemaChecks });
            expect(whole.findings).toEqual([]);
            expect(alone.findings).toEqual([]);
            // Named with --crd, they validate everything.
            const named = await lint(['deploy'], { cwd: dir, checks: schemaChecks, crds: ['crds'] });
            expect(named.findings.map((f) => `${f.file}:${f.line} ${f.checkId}`)).toEqual(['deploy/widget.yaml:5 schema-invalid']);
        }
        finally {
            rmSync(dir, { recursive: true, force: true });
        }
    });
});
describe('files named on the command line, as pre-commit passes them', () => {
    const cli = join(import.meta.dirname, '..', 'dist', 'src', 'cli.js');
    const scratch = mkdtempSync(join(tmpdir(), 'kubeready-precommit-'));
    afterAll(() => rmSync(scratch, { recursive: true, force: true }));
    let copies = 0;
    const shop = () => {
        const dir = join(scratch, `shop-${++copies}`);
        cpSync(join(import.meta.dirname, '..', 'examples', 'shop-ready'), dir, { recursive: true });
        return dir;
    };
    const run = (dir, args) => {
        try {
            return { code: 0, stdout: execFileSync(process.execPath, [cli, '--format', 'json', ...args], { cwd: dir, encoding: 'utf8' }) };
        }
        catch (error) {
            const failed = error;
            return { code: failed.status, stdout: failed.stdout };
        }
    };
    const ids = (stdout) => JSON.parse(stdout).findings.map((f) => `${f.file}:${f.line}: ${f.checkId}`);
    it('an image tag bumped in frontend.yaml: its budget, in an unchanged file, still counts', () => {
        const dir = shop();
        const file = join(dir, 'frontend.yaml');
        writeFileSync(file, readFileSync(file, 'utf8').replace('frontend:4.12.0', 'frontend:4.13.0'));
        expect(run(dir, ['frontend.yaml'])).toEqual({ code: 0, stdout: expect.any(String) });
        expect(ids(run(dir, ['frontend.yaml']).stdout)).toEqual([]);
        // --no-context checks the file alone, as before: the budget is not seen.
        expect(ids(run(dir, ['--no-context', 'frontend.yaml']).stdout)).toEqual(['frontend.yaml:9: pdb-missing']);
    });
    it('only the budgets edited: the Deployments they select, in unchanged files, still count', () => {
        const dir = shop();
        const file = join(dir, 'disruption-budgets.yaml');
        writeFileSync(file, readFileSync(file, 'utf8').replace('# Node drains', '# Cluster upgrades and node drains'));
        expect(ids(run(dir, ['disruption-budgets.yaml']).stdout)).toEqual([]);
    });
    it("a change that breaks the unit (the budget's selector no longer matches) is reported at the changed file only", () => {
        const dir = shop();
        const file = join(dir, 'disruption-budgets.yaml');
        writeFileSync(file, readFileSync(file, 'utf8').replace('matchLabels: { app.kubernetes.io/name: frontend }', 'matchLabels: { app.kubernetes.io/name: front-end }'));
        const { code, stdout } = run(dir, ['disruption-budgets.yaml']);
        expect(code).toBe(1);
        expect(ids(stdout)).toEqual(['disruption-budgets.yaml:11: pdb-selects-nothing']);
    });
});
