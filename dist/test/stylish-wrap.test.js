import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { stripVTControlCharacters } from 'node:util';
import stringWidth from 'string-width';
import { describe, expect, it } from 'vitest';
import { lintText } from '../src/api.js';
import { main } from '../src/main.js';
import { formatStylish } from '../src/report/stylish.js';
import { cleanPod, runMain } from './support/cli.js';
const root = join(import.meta.dirname, '..');
const examples = join(root, 'examples');
const scratch = mkdtempSync(join(tmpdir(), 'kubeready-stylish-wrap-'));
/** Columns a line takes on a terminal. */
const cells = (line) => stringWidth(stripVTControlCharacters(line));
/** The command line in-process, its stdout a terminal of `columns` (undefined: a terminal that does not say). */
async function onTerminal(args, columns, isTTY = true) {
    let stdout = '';
    const io = {
        stdout: { write: (text) => (stdout += text), isTTY, columns },
        stderr: { write: () => true, isTTY: false },
        readStdin: () => Promise.resolve(''),
        env: {},
    };
    await main(args, io);
    return stdout;
}
const findingRow = /^ {2}(\d+:\d+) +(error|warning|info) +/;
/**
 * The findings of a stylish report, read back: the first row gives the position, severity and check id
 * (its last word); the indented rows under it, up to a code frame or a blank line, continue the message.
 * Rows are joined with one space.
 */
function readBack(text) {
    const shown = [];
    let open = false;
    for (const line of stripVTControlCharacters(text).split('\n')) {
        const row = findingRow.exec(line);
        if (row) {
            const [lead, position = '', severity = ''] = row;
            const words = line.slice(lead.length).split(/ {2,}/);
            const checkId = words.pop() ?? '';
            shown.push({ position, severity, checkId, message: words.join('  ').replace(/ \(fixable\)$/, ''), rows: 1 });
            open = true;
            continue;
        }
        const last = shown.at(-1);
        // A code frame's rows start with fewer spaces, or with `|` after them.
        const continued = /^ {10,}([^\s|].*)$/.exec(line);
        if (open && last && continued) {
            last.message = [last.message, continued[1]].filter(Boolean).join(' ').replace(/ \(fixable\)$/, '');
            last.rows++;
        }
        else
            open = false;
    }
    return shown;
}
/** The findings of the examples, as the JSON report gives them. */
async function exampleFindings() {
    return JSON.parse(await onTerminal(['--format', 'json', examples], undefined, false)).findings;
}
describe('stylish on a terminal fits its width', () => {
    for (const width of [80, 100]) {
        it(`at ${width} columns: no line wider, each check id on its finding's first row, messages wrapped whole at spaces`, async () => {
            const findings = await exampleFindings();
            const text = await onTerminal([examples], width);
            const lines = text.trimEnd().split('\n');
            expect(lines.filter((line) => cells(line) > width)).toEqual([]);
            // Code frames are on by default on a terminal; they fit too.
            expect(lines.some((line) => /^ {4}[ >] +\d+ \| /.test(stripVTControlCharacters(line)))).toBe(true);
            const shown = readBack(text);
            expect(shown.map((finding) => `${finding.position} ${finding.severity} ${finding.checkId}`)).toEqual(findings.map((finding) => `${finding.line}:${finding.column} ${finding.severity} ${finding.checkId}`));
            // Joined back at single spaces, each message is the one the finding has: no word was cut in two.
            expect(shown.map((finding) => finding.message)).toEqual(findings.map((finding) => finding.message));
            expect(shown.filter((finding) => finding.rows > 1).length).toBeGreaterThan(findings.length / 2);
        });
    }
    it('wraps to 80 columns on a terminal that does not give its width', async () => {
        const lines = (await onTerminal(['--no-code-frame', examples], undefined)).split('\n');
        expect(Math.max(...lines.map(cells))).toBe(80);
    });
    it('the built command line reads the width of its terminal', () => {
        const run = spawnSync('script', ['-q', '-e', '-c', `stty cols 90 rows 40; node dist/src/cli.js --no-code-frame examples/`, '/dev/null'], { cwd: root, encoding: 'utf8' });
        expect(run.status, run.stderr).toBe(1);
        const lines = run.stdout.replaceAll('\r\n', '\n').trimEnd().split('\n');
        expect(Math.max(...lines.map(cells))).toBe(90);
        expect(readBack(run.stdout).length).toBe(29);
    });
    it('piped or written to a file, keeps one line per finding however wide', async () => {
        const findings = await exampleFindings();
        const file = join(scratch, 'report.txt');
        expect(await onTerminal(['--no-code-frame', '-o', file, examples], 80)).toBe('');
        const terminal = await onTerminal(['--no-code-frame', examples], 80);
        const written = readFileSync(file, 'utf8');
        const piped = await onTerminal(['--no-code-frame', examples], 80, false);
        for (const text of [written, piped]) {
            const shown = readBack(text);
            expect(shown.map((finding) => finding.message)).toEqual(findings.map((finding) => finding.message));
            expect(shown.every((finding) => finding.rows === 1)).toBe(true);
            expect(text.split('\n').filter((line) => findingRow.test(line))).toHaveLength(findings.length);
            expect(Math.max(...text.split('\n').map(cells))).toBeGreaterThan(200);
        }
        // The same run's stdout on the terminal wraps.
        expect(readBack(terminal).some((finding) => finding.rows > 1)).toBe(true);
        expect(Math.max(...terminal.split('\n').map(cells))).toBeLessThanOrEqual(80);
    });
});
describe('stylish wrapping, one finding at a time', () => {
    const pod = lintText(cleanPod.replace('registry.example.com/app:1.0.0', 'registry.example.com/app'), 'deploy/pod.yaml');
    const untagged = pod.findings.find((finding) => finding.checkId === 'image-untagged');
    if (!untagged)
        throw new Error('no image-untagged finding');
    const withMessage = (message, extra = {}) => ({
        ...pod,
        findings: [{ ...untagged, message, ...extra }],
        summary: { ...pod.summary, error: 0, warning: 1, info: 0 },
    });
    it('measures wide characters by the columns they take, wrapped or piped', () => {
        const wide = 'コンテナ「ウェブ」は 名前空間「店舗」の 中で 読み取り専用の ルートファイルシステムを 設定していません。 🚀 デプロイの 前に 直してください。';
        const text = formatStylish(withMessage(wide), { color: false, width: 60 });
        const lines = text.trimEnd().split('\n');
        expect(lines.filter((line) => cells(line) > 60)).toEqual([]);
        expect(readBack(text)).toEqual([expect.objectContaining({ checkId: 'image-untagged', message: wide })]);
        expect(readBack(text)[0]?.rows).toBeGreaterThan(2);
        // Piped, a wide message and a narrow one put their check ids in one column of the terminal.
        const both = { ...pod, findings: [{ ...untagged, message: wide }, { ...untagged, line: untagged.line + 1, message: 'A plain message.' }] };
        const rows = formatStylish(both, { color: false })
            .split('\n')
            .filter((line) => findingRow.test(line));
        expect(rows).toHaveLength(2);
        expect(new Set(rows.map((line) => cells(line) - stringWidth('image-untagged')))).toHaveLength(1);
    });
    it('closes its colours at the end of each row and opens them again on the next', () => {
        // Units named at length (sorted, as stylish names them): the grey `(in …)` after the message wraps over several rows.
        const units = ['ap-south-1-production', 'eu-west-1-production', 'us-east-2-production'].map((unit) => `deploy/overlays/${unit}`);
        const result = {
            ...pod,
            findings: units.map((file) => ({ ...untagged, rendered: { via: 'kustomize', file, line: 1, column: 1, endLine: 1, endColumn: 2 } })),
            summary: { ...pod.summary, error: 0, warning: 3, info: 0 },
        };
        const text = formatStylish(result, { color: true, width: 70 });
        const lines = text.trimEnd().split('\n');
        expect(lines.filter((line) => cells(line) > 70)).toEqual([]);
        for (const line of lines)
            expect(openStyles(line), JSON.stringify(line)).toEqual([]);
        const continued = lines.filter((line) => /^ {10,}\S/.test(stripVTControlCharacters(line)));
        expect(continued.length).toBeGreaterThan(0);
        // The rows that carry on the grey unit names are grey from their first word.
        const grey = continued.filter((line) => stripVTControlCharacters(line).trim().startsWith('overlays/'));
        expect(grey.length).toBeGreaterThan(0);
        for (const line of grey)
            expect(line.trimStart().startsWith('\u001b[90moverlays/'), JSON.stringify(line)).toBe(true);
        expect(readBack(text)[0]?.message).toBe(`${untagged.message} (in ${units.map((unit) => unit.replace('deploy/', '')).join(', ')})`);
    });
    it('keeps a word too long for any row whole, on a row of its own, the check id on the first row', () => {
        const url = `https://registry.example.com/${'a'.repeat(60)}/${'b'.repeat(40)}/app@sha256:${'0'.repeat(16)}`;
        const message = `The image reference ${url} is too long to fit.`;
        const text = formatStylish(withMessage(message), { color: false, width: 80 });
        const lines = text.split('\n');
        const first = lines.find((line) => findingRow.test(line)) ?? '';
        expect(first).toMatch(/ {2}The image reference +image-untagged$/);
        expect(cells(first)).toBeLessThanOrEqual(80);
        // The reference overflows the terminal rather than break where a copy would not find it.
        expect(lines.filter((line) => cells(line) > 80).map((line) => line.trim())).toEqual([url]);
        expect(readBack(text)[0]?.message).toBe(message);
        // A message that starts with such a word begins on the next row: the first row still has the check id.
        const leading = formatStylish(withMessage(`${url} is too long.`), { color: false, width: 80 });
        expect(leading.split('\n').find((line) => findingRow.test(line))).toMatch(/^ {2}\d+:\d+ +warning +image-untagged$/);
        expect(readBack(leading)[0]?.message).toBe(`${url} is too long.`);
    });
    it('wraps the summary under its first word', () => {
        const text = formatStylish({ ...pod, errors: [{ file: 'deploy/chart', message: 'helm failed' }] }, { color: true, width: 50 });
        const summary = text.trimEnd().split('\n').slice(-3);
        expect(summary.map(stripVTControlCharacters)).toEqual(['✖ 1 problem (0 errors, 1 warning, 0 info) in 1', '  object from 1 file; 1 input could not be linted', '  (on stderr)']);
        // Yellow and bold on each row, and closed at the end of each.
        expect(summary.map(openStyles)).toEqual([[], [], []]);
        for (const line of summary.slice(1))
            expect(line.startsWith('  \u001b[33m\u001b[1m'), JSON.stringify(line)).toBe(true);
    });
});
describe('the stylish summary names findings a baseline hides', () => {
    it('counts them beside the suppressed ones, in the full and the --quiet summary', async () => {
        const baseline = join(scratch, 'api-baseline.json');
        await runMain(['--write-baseline', baseline, join(examples, 'shop', 'api.yaml'), join(examples, 'shop', 'api.Dockerfile')]);
        const all = await runMain([examples]);
        const hidden = await runMain(['--baseline', baseline, examples]);
        expect(summaryLine(all.stdout)).toBe('✖ 29 problems (3 errors, 16 warnings, 10 info) in 19 objects from 12 files');
        expect(summaryLine(hidden.stdout)).toBe('✖ 15 problems (0 errors, 9 warnings, 6 info) in 19 objects from 12 files, 14 hidden by the baseline');
        const quiet = await runMain(['--quiet', '--baseline', baseline, examples]);
        expect(summaryLine(quiet.stdout)).toBe('✖ No errors in 19 objects from 12 files, 14 hidden by the baseline (not shown: 9 warnings, 6 info, which fail the run at --fail-on warning)');
        // A baseline that hid nothing is not mentioned.
        expect(formatStylish({ ...lintText(cleanPod, 'pod.yaml'), baselined: 0 }, { color: false }).trimEnd().split('\n').at(-1)).toBe('✔ No problems in 1 object from 1 file');
    });
});
/** The summary line of a stylish report: a line about fixable findings may follow it. */
function summaryLine(text) {
    return text.split('\n').findLast((line) => line.startsWith('✖') || line.startsWith('✔'));
}
/** SGR styles still open at the end of a line (colour, bold, underline). */
function openStyles(line) {
    const open = new Map();
    // eslint-disable-next-line no-control-regex
    for (const [, codes = ''] of line.matchAll(/\u001b\[([\d;]*)m/g)) {
        for (const code of codes.split(';').map(Number)) {
            if (code === 0)
                open.clear();
            else if (code === 39)
                open.delete('colour');
            else if (code === 22)
                open.delete('bold');
            else if (code === 24)
                open.delete('underline');
            else if (code === 1)
                open.set('bold', '1');
            else if (code === 4)
                open.set('underline', '4');
            else
                open.set('colour', String(code));
        }
    }
    return [...open.values()];
}
