import { readdirSync } from 'node:fs';
import { join } from 'node:path';
import fg from 'fast-glob';
import { describe, expect, it } from 'vitest';
import { checks } from '../checks/index.js';
import { lint } from '../src/api.js';
const checksDir = join(import.meta.dirname, '..', 'checks');
const fixturesDir = join(import.meta.dirname, 'fixtures');
const root = join(import.meta.dirname, '..');
describe('the check registry', () => {
    it('lists every file under checks/, sorted by id', () => {
        const files = readdirSync(checksDir)
            .filter((file) => file.endsWith('.ts') && file !== 'index.ts')
            .map((file) => file.replace(/\.ts$/, ''))
            .sort();
        expect(checks.map((check) => check.meta.id)).toEqual(files);
    });
});
describe('the kinds checks declare', () => {
    it('leave out only objects the checks have nothing to say about: fixtures and examples', async () => {
        // Listing Dockerfile is no saving but the isolation of Dockerfiles from Kubernetes checks: it stays.
        const unfiltered = checks.map((check) => (check.target === 'object' && !check.kinds?.includes('Dockerfile') ? { ...check, kinds: undefined } : check));
        expect(checks.filter((check) => check.target === 'object' && check.kinds).length).toBeGreaterThan(30);
        for (const paths of [['test/fixtures'], ['examples']]) {
            const declared = await lint(paths, { cwd: root, jobs: 1 });
            expect(declared.findings.length).toBeGreaterThan(0);
            expect(await lint(paths, { cwd: root, jobs: 1, checks: unfiltered })).toEqual(declared);
        }
    }, 60_000);
});
describe.each(checks.map((check) => [check.meta.id, check]))('%s', (id, check) => {
    it('has complete metadata', () => {
        expect(id).toMatch(/^[a-z][a-z0-9]*(-[a-z0-9]+)*$/);
        expect(['error', 'warning', 'info']).toContain(check.meta.severity);
        for (const text of [check.meta.title, check.meta.risk, check.meta.mitigation])
            expect(text.length).toBeGreaterThan(10);
        expect(check.meta.risk).toMatch(/\.$/);
        expect(check.meta.mitigation).toMatch(/\.$/);
    });
    it('has failing and passing fixtures', () => {
        const fixtures = fg.sync(`${id}/*`, { cwd: fixturesDir });
        expect(fixtures.some((file) => file.includes('/fail.'))).toBe(true);
        expect(fixtures.some((file) => file.includes('/pass.'))).toBe(true);
    });
});
