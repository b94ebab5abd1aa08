import { describe, expect, it } from 'vitest';
import { lintText } from '../src/api.js';
import { codeFrame } from '../src/report/code-frame.js';
import { formatStylish } from '../src/report/stylish.js';
import { cleanPod } from './support/cli.js';
const manifest = `apiVersion: apps/v1
kind: Deployment
metadata:
  name: api
spec:
  replicas: 2
  template:
    spec:
      containers:
        - name: api
          image: registry.example.com/api:latest
`;
describe('codeFrame', () => {
    it('frames a finding on a line of a megabyte in the time of a short line: every finding of a one-line JSON file is there', () => {
        const line = `{"items": [${Array.from({ length: 40_000 }, (_, i) => `{"name": "c${i}", "image": "nginx"}`).join(', ')}]}`;
        expect(line.length).toBeGreaterThan(1_000_000);
        const started = performance.now();
        let frame = '';
        for (let i = 0; i < 300; i++)
            frame = codeFrame(line, { line: 1, column: 1 + i * 3000, endLine: 1, endColumn: 10 + i * 3000 });
        // About 30 ms here; splitting and measuring the whole line for each finding took over 20 s.
        expect(performance.now() - started).toBeLessThan(3000);
        expect(frame).toMatch(/^> 1 \| …/);
        expect(frame.split('\n')[1]).toMatch(/^ {4}\| +\^{9}$/);
    });
    it('numbers the lines around a one-line range, marks the line and underlines the columns', () => {
        expect(codeFrame(manifest, { line: 6, column: 13, endLine: 6, endColumn: 14 })).toBe([
            '  4 |   name: api',
            '  5 | spec:',
            '> 6 |   replicas: 2',
            '    |             ^',
            '  7 |   template:',
            '  8 |     spec:',
        ].join('\n'));
    });
    it('underlines every column of the range, the end column excluded', () => {
        const frame = codeFrame(manifest, { line: 11, column: 18, endLine: 11, endColumn: 49 }, { linesAbove: 0, linesBelow: 0 });
        expect(frame).toBe(['> 11 |           image: registry.example.com/api:latest', '     |                  ' + '^'.repeat(31)].join('\n'));
    });
    it('pads the line numbers to the widest shown', () => {
        const frame = codeFrame(manifest, { line: 9, column: 7, endLine: 9, endColumn: 17 }, { linesBelow: 1 });
        expect(frame.split('\n').map((line) => line.slice(0, 6))).toEqual(['   7 |', '   8 |', '>  9 |', '     |', '  10 |']);
    });
    it('honours the lines of context asked for, clipped at the start and end of the text', () => {
        expect(codeFrame(manifest, { line: 1, column: 1, endLine: 1, endColumn: 11 }, { linesAbove: 3, linesBelow: 1 })).toBe(['> 1 | apiVersion: apps/v1', '    | ^^^^^^^^^^', '  2 | kind: Deployment'].join('\n'));
        expect(codeFrame(manifest, { line: 11, column: 11 }, { linesAbove: 1, linesBelow: 5 }).split('\n').at(-1)).toBe('     |           ^');
    });
    it('marks a line without an underline when the column is missing or 0', () => {
        const expected = ['  5 | spec:', '> 6 |   replicas: 2', '  7 |   template:'].join('\n');
        expect(codeFrame(manifest, { line: 6 }, { linesAbove: 1, linesBelow: 1 })).toBe(expected);
        expect(codeFrame(manifest, { line: 6, column: 0, endLine: 6, endColumn: 0 }, { linesAbove: 1, linesBelow: 1 })).toBe(expected);
    });
    it('puts one caret at the column when the end is missing or not after the start', () => {
        expect(codeFrame(manifest, { line: 4, column: 3 }, { linesAbove: 0, linesBelow: 0 })).toBe('> 4 |   name: api\n    |   ^');
        expect(codeFrame(manifest, { line: 4, column: 3, endLine: 4, endColumn: 2 }, { linesAbove: 0, linesBelow: 0 })).toBe('> 4 |   name: api\n    |   ^');
    });
    it('marks every line of a range over several lines, without an underline', () => {
        expect(codeFrame(manifest, { line: 3, column: 1, endLine: 4, endColumn: 12 }, { linesAbove: 1, linesBelow: 1 })).toBe(['  2 | kind: Deployment', '> 3 | metadata:', '> 4 |   name: api', '  5 | spec:'].join('\n'));
    });
    it('ends a range that stops at column 1 with the line before, as YAML block nodes do', () => {
        const frame = codeFrame(manifest, { line: 3, column: 1, endLine: 5, endColumn: 1 }, { linesAbove: 0, linesBelow: 0 });
        expect(frame).toBe(['> 3 | metadata:', '> 4 |   name: api'].join('\n'));
    });
    it('shows the first and last lines of a long range around a gap', () => {
        const text = Array.from({ length: 30 }, (_, i) => `line${i + 1}: x`).join('\n');
        const frame = codeFrame(text, { line: 5, column: 1, endLine: 25, endColumn: 8 }, { linesAbove: 1, linesBelow: 1, maxMarkedLines: 4 });
        expect(frame).toBe(['   4 | line4: x', '>  5 | line5: x', '>  6 | line6: x', '   ⋮', '> 25 | line25: x', '  26 | line26: x'].join('\n'));
    });
    it('expands tabs to tab stops and keeps the underline under the same characters', () => {
        const frame = codeFrame('a\tb\tkey: v\n', { line: 1, column: 5, endLine: 1, endColumn: 8 }, { linesAbove: 0, linesBelow: 0 });
        expect(frame).toBe(['> 1 | a   b   key: v', '    |         ^^^'].join('\n'));
        const wide = codeFrame('\tx: 1\n', { line: 1, column: 2, endLine: 1, endColumn: 3 }, { tabWidth: 8 });
        expect(wide).toBe(['> 1 |         x: 1', '    |         ^'].join('\n'));
    });
    it('reads CRLF text as the parser does: no \\r in the output, same line numbers', () => {
        const crlf = manifest.replaceAll('\n', '\r\n');
        const frame = codeFrame(crlf, { line: 6, column: 13, endLine: 6, endColumn: 14 });
        expect(frame).toBe(codeFrame(manifest, { line: 6, column: 13, endLine: 6, endColumn: 14 }));
        expect(frame).not.toContain('\r');
    });
    it('points just after the last character when the range lies past the end of the text', () => {
        expect(codeFrame('a: 1\nb: 22\n', { line: 9, column: 3, endLine: 12, endColumn: 1 }, { linesAbove: 1 })).toBe(['  1 | a: 1', '> 2 | b: 22', '    |      ^'].join('\n'));
        expect(codeFrame('key: value', { line: 1, column: 40, endLine: 1, endColumn: 45 })).toBe(['> 1 | key: value', '    |           ^'].join('\n'));
    });
    it('copes with odd numbers: line 0, NaN, an empty text', () => {
        expect(codeFrame('a: 1\n', { line: 0, column: Number.NaN })).toBe('> 1 | a: 1');
        expect(codeFrame('', { line: 3, column: 2 })).toBe('> 1 |\n    | ^');
    });
    it('cuts a long line around the range, with … where text was left out, the underline still aligned', () => {
        const line = `${'x'.repeat(300)}TARGET${'y'.repeat(300)}`;
        const frame = codeFrame(line, { line: 1, column: 301, endLine: 1, endColumn: 307 }, { maxWidth: 40 });
        const [text, underline] = frame.split('\n');
        expect(text).toBe(`> 1 | …${'x'.repeat(10)}TARGET${'y'.repeat(24)}…`);
        expect(underline).toBe(`    |  ${' '.repeat(10)}^^^^^^`);
        expect(underline.indexOf('^')).toBe(text.indexOf('T'));
    });
    it('applies the same cut to the lines of context, so their columns stay aligned', () => {
        const text = `${'a'.repeat(200)}\n${'b'.repeat(195)}MARK${'b'.repeat(50)}\nshort\n`;
        const frame = codeFrame(text, { line: 2, column: 196, endLine: 2, endColumn: 200 }, { maxWidth: 40 });
        expect(frame.split('\n')).toEqual([
            `  1 | …${'a'.repeat(15)}`,
            `> 2 | …${'b'.repeat(10)}MARK${'b'.repeat(26)}…`,
            `    |  ${' '.repeat(10)}^^^^`,
            '  3 | …',
        ]);
    });
    it('shows control characters as escapes, so a manifest cannot drive the terminal', () => {
        const frame = codeFrame('name: "\u001b[31mred\u0007"', { line: 1, column: 8, endLine: 1, endColumn: 9 });
        expect(frame).toBe(['> 1 | name: "\\x1b[31mred\\x07"', '    |        ^^^^'].join('\n'));
        expect([...frame].filter((char) => char !== '\n' && char.charCodeAt(0) < 0x20)).toEqual([]);
    });
    it('counts a wide character as two cells and an astral one as one column of the parser', () => {
        // Columns are UTF-16 offsets: 名 is one unit and two cells wide, 😀 two units and two cells wide.
        const frame = codeFrame('名: 😀 x', { line: 1, column: 7, endLine: 1, endColumn: 8 });
        expect(frame).toBe(['> 1 | 名: 😀 x', '    |        ^'].join('\n'));
        const bom = codeFrame('\ufeffkind: Pod', { line: 1, column: 8, endLine: 1, endColumn: 11 });
        expect(bom).toBe(['> 1 | kind: Pod', '    |       ^^^'].join('\n'));
    });
    it('colours the gutter grey and the marker and underline in the accent colour', () => {
        const frame = codeFrame('a: 1\nb: 2\n', { line: 2, column: 4, endLine: 2, endColumn: 5 }, { color: true, accent: 'yellow' });
        expect(frame.split('\n')).toEqual([
            '  \u001b[90m1 |\u001b[0m a: 1',
            '\u001b[33m\u001b[1m>\u001b[0m\u001b[0m \u001b[90m2 |\u001b[0m b: 2',
            '  \u001b[90m  |\u001b[0m    \u001b[33m\u001b[1m^\u001b[0m\u001b[0m',
        ]);
        expect(codeFrame('a: 1', { line: 1, column: 1 }, { color: false })).not.toContain('\u001b');
    });
});
describe('stylish with code frames and --quiet', () => {
    /** One error (placeholder), two warnings and an info on the same container, one info on the pod spec. */
    const pod = `apiVersion: v1
kind: Pod
metadata: { name: web }
spec:
  containers:
    - name: app
      image: registry.example.com/app:__VERSION__
`;
    const file = 'k8s/pod.yaml';
    const result = lintText(pod, file);
    const readSource = (name) => (name === file ? pod : undefined);
    it('lists the findings this test relies on', () => {
        expect(result.findings.map((f) => `${f.line}:${f.column} ${f.severity} ${f.checkId}`)).toEqual([
            '4:1 info service-account-token-automount',
            '6:7 info liveness-probe-missing',
            '6:7 warning memory-limit-missing',
            '6:7 info readonly-root-fs-missing',
            '6:7 warning requests-missing',
            '6:7 warning run-as-root',
            '7:14 error template-placeholder',
        ]);
    });
    it('prints nothing new when codeFrame is off or there is no reader', () => {
        const plain = formatStylish(result, { color: false });
        expect(formatStylish(result, { color: false, codeFrame: false, readSource })).toBe(plain);
        expect(formatStylish(result, { color: false, codeFrame: true })).toBe(plain);
        expect(formatStylish(result, { color: false, codeFrame: true, readSource: () => undefined })).toBe(plain);
        expect(plain.split('\n')[1]).toMatch(/^ {2}4:1 {3}info {5}The pod spec/);
    });
    it('follows each finding with its frame, indented, and findings at one place share the last frame', () => {
        const lines = formatStylish(result, { color: false, codeFrame: true, readSource }).split('\n');
        const frameStarts = lines.flatMap((line, i) => (line.startsWith('    ') && !lines[i - 1]?.startsWith('    ') ? [i] : []));
        expect(frameStarts.map((i) => lines[i - 1]?.trim().split(/\s+/)[0])).toEqual(['4:1', '6:7', '7:14']);
        const sharedFrame = lines.indexOf('    > 6 |     - name: app');
        expect(lines.slice(sharedFrame - 4, sharedFrame + 4)).toEqual([
            expect.stringMatching(/^ {2}6:7 +warning .*requests-missing$/),
            expect.stringMatching(/^ {2}6:7 +warning .*run-as-root$/),
            '      4 | spec:',
            '      5 |   containers:',
            '    > 6 |     - name: app',
            '        |       ^^^^^^^^^',
            '      7 |       image: registry.example.com/app:__VERSION__',
            '',
        ]);
        expect(lines.slice(-9)).toEqual([
            expect.stringMatching(/^ {2}7:14 +error +The value holds the unreplaced placeholder __VERSION__\. +template-placeholder$/),
            '      5 |   containers:',
            '      6 |     - name: app',
            '    > 7 |       image: registry.example.com/app:__VERSION__',
            `        |              ${'^'.repeat(36)}`,
            '',
            expect.stringMatching(/^✖ 7 problems/),
            expect.stringMatching(/^3 problems fixable with --fix/),
            '',
        ]);
    });
    it('reads each file once and treats a reader that throws as one that found nothing', () => {
        let reads = 0;
        formatStylish(result, { color: false, codeFrame: true, readSource: () => (reads++, pod) });
        expect(reads).toBe(1);
        const output = formatStylish(result, { color: false, codeFrame: true, readSource: () => { throw new Error('EACCES'); } });
        expect(output).toBe(formatStylish(result, { color: false }));
    });
    it('colours the frame in the colour of the finding’s severity', () => {
        const output = formatStylish(result, { color: true, codeFrame: true, readSource });
        expect(output).toContain('\u001b[31m\u001b[1m>\u001b[0m\u001b[0m \u001b[90m7 |\u001b[0m');
        expect(output).toContain('\u001b[34m\u001b[1m>\u001b[0m\u001b[0m \u001b[90m4 |\u001b[0m');
        // The frame shared by three info and three warning findings on line 6 takes the warning's colour.
        expect(output).toContain('\u001b[33m\u001b[1m>\u001b[0m\u001b[0m \u001b[90m6 |\u001b[0m');
    });
    it('under quiet lists only errors, counts them, and names what it left out', () => {
        const output = formatStylish(result, { color: false, quiet: true });
        expect(output).toBe([
            'k8s/pod.yaml',
            '  7:14  error  The value holds the unreplaced placeholder __VERSION__.  template-placeholder',
            '',
            '✖ 1 error in 1 object from 1 file (not shown: 3 warnings, 3 info)',
            '',
        ].join('\n'));
    });
    it('under quiet without errors prints one line that still says warnings were found', () => {
        const warningsOnly = { ...result, findings: result.findings.filter((f) => f.severity !== 'error'), summary: { ...result.summary, error: 0 } };
        expect(formatStylish(warningsOnly, { color: false, quiet: true })).toBe('✔ No errors in 1 object from 1 file (not shown: 3 warnings, 3 info)\n');
        const clean = lintText(cleanPod, 'ok.yaml');
        expect(formatStylish(clean, { color: false, quiet: true })).toBe('✔ No errors in 1 object from 1 file\n');
        expect(formatStylish(clean, { color: false })).toBe('✔ No problems in 1 object from 1 file\n');
    });
    it('combines quiet and code frames', () => {
        const output = formatStylish(result, { color: false, quiet: true, codeFrame: true, readSource });
        expect(output.split('\n').filter((line) => line.startsWith('    >'))).toEqual(['    > 7 |       image: registry.example.com/app:__VERSION__']);
    });
});
