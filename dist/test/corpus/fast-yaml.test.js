import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import fg from 'fast-glob';
import { describe, expect, it } from 'vitest';
import { decodeSource } from '../../src/load/read.js';
import { loadSeeds, mutate } from '../support/fuzz.js';
import { compareWithDocuments } from '../support/parse-equivalence.js';
/**
 * test/fast-yaml.test.ts on the real corpus: every file, then fuzzed variants of 400 of them, read by the
 * fast reader and by the yaml package's documents (the parse of every file before it) with the same
 * objects, positions, problems, line starts and Helm source comments.
 */
const real = join(import.meta.dirname, '..', '..', '..', 'shared', 'corpus', 'real');
describe.skipIf(!existsSync(real))('the fast reader on the real corpus', () => {
    it('reads every file as the yaml package does, nearly all of them itself', () => {
        const files = fg.sync(['**/*.{yaml,yml,json}'], { cwd: real }).sort();
        let fast = 0;
        let fastBytes = 0;
        let bytes = 0;
        const found = [];
        for (const file of files) {
            const text = readFileSync(join(real, file), 'utf8');
            const comparison = compareWithDocuments(file, text);
            bytes += text.length;
            if (comparison.fast) {
                fast++;
                fastBytes += text.length;
            }
            found.push(...comparison.differences.map((difference) => `${file}: ${difference}`));
        }
        expect(found.slice(0, 20)).toEqual([]);
        expect(files.length).toBeGreaterThan(1500);
        expect(fast).toBeGreaterThan(files.length * 0.9);
        expect(fastBytes).toBeGreaterThan(bytes * 0.9);
    });
    for (const [first, cases] of [
        [0, 2500],
        [2500, 2500],
    ]) {
        it(`reads fuzzed corpus files as the yaml package does, cases ${first} to ${first + cases - 1}`, () => {
            const seeds = loadSeeds(real, ['**/*.{yaml,yml}', '!_unparseable/**'], 400, 29);
            const found = [];
            let fast = 0;
            for (let n = first; n < first + cases; n++) {
                const seed = seeds[n % seeds.length];
                if (!seed)
                    continue;
                const { bytes, applied } = mutate(seed, n);
                const comparison = compareWithDocuments(seed.name, decodeSource(bytes).text);
                if (comparison.fast)
                    fast++;
                found.push(...comparison.differences.map((difference) => `case ${n} (${seed.name}; ${applied.join(', ')}): ${difference}`));
            }
            expect(found.slice(0, 20)).toEqual([]);
            expect(fast).toBeGreaterThan(cases / 4);
        });
    }
});
