import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { checks } from '../checks/index.js';
import { fuzzCli, fuzzLintText, loadSeeds } from './support/fuzz.js';
/**
 * Mutation fuzzing of the repository's own manifests (fixtures and examples), so that it runs without
 * ../shared/corpus; test/corpus/fuzz.test.ts does the same on the real corpus, with more cases.
 */
const root = join(import.meta.dirname, '..');
const seeds = loadSeeds(root, ['test/fixtures/**/*.{yaml,yml,json}', 'examples/**/*.{yaml,yml,json}'], 120, 8);
// The schema checks cost about 180 ms per lintText call whatever the input (they rebuild their schema
// set per run); the command-line cases below run them, the many lintText cases run everything else.
const withoutSchemaChecks = checks.filter((check) => !check.meta.id.startsWith('schema-'));
describe('fuzzing with mutated fixtures and examples', () => {
    it('lintText never throws and reports every problem at a line, on 2,000 cases', () => {
        const report = fuzzLintText(seeds, 2000, 0, withoutSchemaChecks);
        expect(report.failures).toEqual([]);
        expect(report.cases).toBe(2000);
        // the mutations do break files: many cases give a yaml-syntax finding, not all
        expect(report.withSyntaxFindings).toBeGreaterThan(500);
        expect(report.withSyntaxFindings).toBeLessThan(2000);
    }, 120_000);
    it('the command line exits 0, 1 or 2, says what went wrong in one line, and still lints the good file, on 80 cases', async () => {
        const report = await fuzzCli(seeds, 80, 100_000);
        expect(report.failures).toEqual([]);
        expect(report.cases).toBe(80);
        // the good file's warning makes every run fail (1), unless an input could not be read (2)
        expect(report.exitCodes.every((code) => code === 1 || code === 2)).toBe(true);
    }, 60_000);
});
