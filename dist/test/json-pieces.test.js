import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { checks } from '../checks/index.js';
import { lint } from '../src/api.js';
import { jsonPieces } from '../src/report/json-pieces.js';
import { formatJson, jsonReport } from '../src/report/json.js';
import { sarifLog } from '../src/report/sarif.js';
import { gitlabIssues } from '../src/report/gitlab.js';
import { runMain } from './support/cli.js';
const root = join(import.meta.dirname, '..');
/** What jsonPieces must give, joined: the text the formatters wrote before it. */
function stringified(value) {
    return `${JSON.stringify(value, null, 2)}\n`;
}
/** A small deterministic generator (mulberry32), so that a failure can be replayed. */
function random(seed) {
    let state = seed;
    return () => {
        state = (state + 0x6d2b79f5) | 0;
        let t = Math.imul(state ^ (state >>> 15), 1 | state);
        t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
        return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
    };
}
/** A value of the kinds JSON.stringify treats apart: long and short arrays, holes of undefined, toJSON, escapes. */
function anyValue(next, depth) {
    const pick = Math.floor(next() * (depth > 3 ? 8 : 12));
    const strings = ['', 'a', 'line\nbreak', 'quote"and\\slash', '\u2028\u2029', 'é✓𝄞', '\u0000\u001f', '__proto__'];
    switch (pick) {
        case 0:
            return null;
        case 1:
            return next() < 0.5;
        case 2:
            return [0, -0, 1.5, -1e21, Number.NaN, Number.POSITIVE_INFINITY, 2 ** 53][Math.floor(next() * 7)];
        case 3:
        case 4:
            return strings[Math.floor(next() * strings.length)];
        case 5:
            return undefined;
        case 6:
            return () => 1;
        case 7:
            return new Date(Math.floor(next() * 2e12));
        case 8:
        case 9: {
            // Short and long arrays, and arrays of arrays.
            const length = next() < 0.3 ? Math.floor(next() * 80) : Math.floor(next() * 4);
            return Array.from({ length }, () => anyValue(next, depth + 1));
        }
        default: {
            const record = next() < 0.2 ? Object.create(null) : {};
            const keys = Math.floor(next() * 5);
            for (let i = 0; i < keys; i++) {
                const key = strings[Math.floor(next() * strings.length)] ?? '';
                Object.defineProperty(record, key, { value: anyValue(next, depth + 1), enumerable: true, writable: true, configurable: true });
            }
            if (next() < 0.05)
                Object.defineProperty(record, 'toJSON', { value: (key) => ({ key, nested: [1, undefined, 'x'] }), enumerable: false });
            return record;
        }
    }
}
describe('jsonPieces', () => {
    it('joins to the text of JSON.stringify(value, null, 2) for every kind of value', () => {
        const samples = [
            {},
            [],
            { a: [], b: {}, c: undefined, d: () => 1, e: Symbol('s') },
            [undefined, () => 1, Symbol('s')],
            Array.from({ length: 100 }, (_, i) => ({ i, nested: Array.from({ length: 40 }, (_, j) => [j, { j }]) })),
            [{ runs: [{ results: Array.from({ length: 50 }, (_, i) => ({ i, text: 'x'.repeat(5000) })) }] }],
            { date: new Date(0), wrapped: [new Number(1), new String('s'), new Boolean(false)] },
            'top',
            42,
            null,
        ];
        for (const sample of samples)
            expect(jsonPieces(sample).join('')).toBe(stringified(sample));
        const next = random(23);
        for (let i = 0; i < 3000; i++) {
            const value = anyValue(next, 0);
            expect(jsonPieces(value).join(''), `value ${i}`).toBe(stringified(value));
        }
    });
    it('writes the reports of a real run as the formatters do, and a long report in pieces of about 64 KB', async () => {
        const result = await lint([join(root, 'examples')], { cwd: root });
        expect(result.findings.length).toBeGreaterThan(20);
        for (const document of [jsonReport(result, 'warning'), sarifLog(result, checks, '0.0.0'), gitlabIssues(result, { cwd: root })]) {
            expect(jsonPieces(document).join('')).toBe(stringified(document));
        }
        // A long report: many pieces, none far over 64 KB (a piece ends after the element that crosses it).
        const many = { ...result, findings: Array.from({ length: 100 }, () => result.findings).flat() };
        const pieces = jsonPieces(jsonReport(many, 'warning'));
        expect(pieces.length).toBeGreaterThan(20);
        expect(Math.max(...pieces.map((piece) => piece.length))).toBeLessThan(2 ** 16 + 20_000);
        expect(pieces.join('')).toBe(stringified(jsonReport(many, 'warning')));
    });
    it('the command line writes --format json, sarif and gitlab and a baseline in pieces, to a file and to stdout, byte for byte as before', async () => {
        const dir = mkdtempSync(join(tmpdir(), 'kubeready-pieces-'));
        try {
            const result = await lint(['examples'], { cwd: root });
            const json = join(dir, 'k.json');
            const toStdout = await runMain(['examples', '--format', 'json']);
            expect(toStdout.code).toBe(1);
            expect(toStdout.stdout).toBe(formatJson(result, 'warning'));
            expect((await runMain(['examples', '--format', 'json', '--output', json])).code).toBe(1);
            expect(readFileSync(json, 'utf8')).toBe(formatJson(result, 'warning'));
            for (const format of ['sarif', 'gitlab']) {
                const file = join(dir, `k.${format}`);
                const printed = await runMain(['examples', '--format', format]);
                expect((await runMain(['examples', '--format', format, '--output', file])).code).toBe(1);
                expect(readFileSync(file, 'utf8')).toBe(printed.stdout);
                expect(() => JSON.parse(printed.stdout)).not.toThrow();
            }
            const baseline = join(dir, 'baseline.json');
            expect((await runMain(['examples', '--write-baseline', baseline])).code).toBe(0);
            const written = readFileSync(baseline, 'utf8');
            expect(written).toBe(stringified(JSON.parse(written)));
        }
        finally {
            rmSync(dir, { recursive: true, force: true });
        }
    });
});
