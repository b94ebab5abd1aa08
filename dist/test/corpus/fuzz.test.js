import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { checks } from '../../checks/index.js';
import { fuzzCli, fuzzLintText, loadSeeds } from '../support/fuzz.js';
/** test/fuzz.test.ts at a larger scale, seeded from the real corpus (npm run test:corpus). */
const real = join(import.meta.dirname, '..', '..', '..', 'shared', 'corpus', 'real');
const withoutSchemaChecks = checks.filter((check) => !check.meta.id.startsWith('schema-'));
describe.skipIf(!existsSync(real))('fuzzing with mutated files of the real corpus', () => {
    const seeds = existsSync(real) ? loadSeeds(real, ['**/*.{yaml,yml,json}', '!_unparseable/**'], 400, 11) : [];
    for (const [first, cases] of [
        [0, 2500],
        [2500, 2500],
    ]) {
        it(`lintText never throws and reports every problem at a line, cases ${first} to ${first + cases - 1}`, () => {
            const report = fuzzLintText(seeds, cases, first, withoutSchemaChecks);
            expect(report.failures).toEqual([]);
            expect(report.cases).toBe(cases);
        });
    }
    it('the command line exits 0, 1 or 2 and still lints the good file, on 200 cases', async () => {
        const report = await fuzzCli(seeds, 200, 200_000);
        expect(report.failures).toEqual([]);
        expect(report.exitCodes.every((code) => code === 1 || code === 2)).toBe(true);
    });
});
