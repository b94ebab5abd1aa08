import { spawnSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { parse } from 'yaml';
import { afterAll, describe, expect, it } from 'vitest';
import { checks } from '../checks/index.js';
import { lintText } from '../src/api.js';
import { codeFrame } from '../src/report/code-frame.js';
import { formatGithub } from '../src/report/github.js';
import { escapeChar } from '../src/report/escape.js';
import { formatHtml } from '../src/report/html.js';
import { formatJson } from '../src/report/json.js';
import { formatJunit } from '../src/report/junit.js';
import { formatMarkdown } from '../src/report/markdown.js';
import { formatSarif } from '../src/report/sarif.js';
import { formatStylish } from '../src/report/stylish.js';
import { helmBin } from './support/binaries.js';
import { runMain } from './support/cli.js';
import { runnerCommand } from './support/workflow-commands.js';
/**
 * Issue 17, item 8: everything under the linted paths is the attacker's. Each test takes hostile text through
 * the real path (lintText, the command line, the built binary) and looks at what comes out; the Action's own
 * output is test/github-action.test.ts's.
 */
const root = join(import.meta.dirname, '..');
const bin = join(root, 'dist', 'src', 'cli.js');
const scratch = mkdtempSync(join(tmpdir(), 'kubeready-escaping-'));
afterAll(() => rmSync(scratch, { recursive: true, force: true }));
/**
 * A container name that tries everything: forged annotations and stop-commands on new lines and after a bare
 * CR, the runner's old `##[` syntax, OSC window title and clipboard writes, line erasing, a C1 CSI, DEL, a bidi
 * override, links, a mention, an issue reference, HTML and a table cell break. In YAML escapes.
 */
const hostileYaml = 'app\\n::error file=README.md,line=1::Forged\\r::stop-commands::pwned ##[error]v1 \\e]0;title\\a \\e]52;c;ZXZpbA==\\a \\e[2K \\x9b31m \\x7f ' +
    '\\u202eevil\\u202c \\u2066x\\u2069 http://evil.example/a www.evil.example @octocat #1 <img src=x onerror=alert(1)> | cell | %0A';
const hostile = parse(`"${hostileYaml}"`);
const manifest = `apiVersion: v1
kind: Pod
metadata: { name: "web\\e]0;pwned\\a" }
spec:
  containers:
    - name: "${hostileYaml}"
      image: registry.example.com/app
`;
/** The characters the escaping covers: C0 (tab and line breaks too), DEL, C1, line separators, bidi controls. */
const controlChars = /[\p{Cc}\u061c\u200e\u200f\u2028-\u202e\u2066-\u2069]/u;
/** kubeready's own colour codes (SGR: ESC [ n m). */
const sgr = new RegExp(`${String.fromCharCode(0x1b)}\\[\\d+(?:;\\d+)*m`, 'g');
/** Output with its line breaks (and, where asked, kubeready's own colour codes) taken out. */
function withoutOwn(text, colours = false) {
    const plain = colours ? text.replace(sgr, '') : text;
    return plain.replaceAll('\n', '');
}
function hostileResult(file = 'k8s/pod.yaml', config) {
    const result = lintText(manifest, file, checks, config);
    expect(result.findings.filter((finding) => finding.message.includes(hostile)).length).toBeGreaterThan(2);
    return result;
}
describe('stylish output on a terminal', () => {
    // A file name may hold anything but a slash: this one starts a forged command and erases the line.
    const dir = join(scratch, 'stylish');
    const name = '::error file=README.md,line=1::Forged \u001b[2K\u001b]0;t\u0007 ##[warning]x.yaml';
    mkdirSync(dir);
    writeFileSync(join(dir, name), manifest);
    /** The built binary run in that folder, so that the file name starts its line. */
    const run = (env) => spawnSync(process.execPath, [bin, '--code-frame', '.'], { cwd: dir, encoding: 'utf8', env: { ...process.env, NO_COLOR: '', FORCE_COLOR: '', ...env } }).stdout;
    it('shows control characters of messages, file names and code frames as escapes, and keeps its own colours', () => {
        const stdout = run({ FORCE_COLOR: '1' });
        expect(stdout).toContain('\u001b[33m'); // kubeready's own colours still work
        expect(stdout).toContain('\u001b[4m'); // the underlined file name
        expect(withoutOwn(stdout, true)).not.toMatch(controlChars);
        expect(stdout).toContain('Container "app\\n::error file=README.md,line=1::Forged\\r::stop-commands::pwned');
        expect(stdout).toContain('\\x1b]0;title\\x07 \\x1b]52;c;ZXZpbA==\\x07 \\x1b[2K \\x9b31m \\x7f \\u202eevil\\u202c \\u2066x\\u2069');
        // The code frame's source line: the YAML escapes as written, and its ##[ broken.
        expect(stdout.replace(sgr, '')).toMatch(/^ {4}> 6 \| .*name: "app\\n::error file=README\.md,line=1::Forged\\r::stop-commands::pwned ##\\x5berror\]v1 \\e\]0;title\\a /m);
    });
    it('prints no line that GitHub’s runner would take for a workflow command', () => {
        const stdout = run({});
        expect(stdout.split('\n').filter((line) => runnerCommand(line))).toEqual([]);
        expect(stdout).toContain('\\x3a:error file=README.md,line=1::Forged \\x1b[2K\\x1b]0;t\\x07 ##\\x5bwarning]x.yaml');
    });
});
describe('code frames', () => {
    it('show C1 and bidi controls as escapes, and the underline still lines up', () => {
        const frame = codeFrame('name: "\u009b31m\u202eab"', { line: 1, column: 13, endLine: 1, endColumn: 15 });
        expect(frame).toBe(['> 1 | name: "\\x9b31m\\u202eab"', `    | ${' '.repeat(20)}^^`].join('\n'));
    });
    it('break `##[` so that a source line cannot be a workflow command', () => {
        const frame = codeFrame('a: "##[error]x"', { line: 1, column: 5, endLine: 1, endColumn: 6 });
        expect(frame.split('\n').filter((line) => runnerCommand(line))).toEqual([]);
        expect(frame).toContain('a: "##\\x5berror]x"');
    });
});
describe('stderr', () => {
    it('shows a bare \\r and other control characters of a helm error and its chart folder as escapes', async () => {
        const chart = join(scratch, 'chart\u001b[2K\rX');
        mkdirSync(join(chart, 'templates'), { recursive: true });
        writeFileSync(join(chart, 'Chart.yaml'), 'apiVersion: v2\nname: evil\nversion: 1.0.0\n');
        writeFileSync(join(chart, 'templates', 'cm.yaml'), '{{ fail "boom\\r::error file=README.md::Forged \\x1b]0;pwned\\x07 \\u202e ##[error]v1" }}\n');
        const { code, stderr } = await runMain(['--helm-bin', helmBin, chart]);
        expect(code).toBe(2);
        expect(withoutOwn(stderr)).not.toMatch(controlChars);
        expect(stderr).toContain('chart\\x1b[2K\\rX');
        expect(stderr).toContain('boom\\r::error file=README.md::Forged \\x1b]0;pwned\\x07 \\u202e ##\\x5berror]v1');
        expect(stderr.split('\n').filter((line) => runnerCommand(line))).toEqual([]);
    }, 30_000);
    it('shows control characters of a fatal error, quoting the config file, as escapes (the built binary)', () => {
        const config = join(scratch, 'hostile-config.yaml');
        writeFileSync(config, 'checks:\n  "x\\e]0;pwned\\a\\r::error::forged": off\n');
        const result = spawnSync(process.execPath, [bin, '--config', config, join(scratch, 'stylish')], { cwd: root, encoding: 'utf8' });
        expect(result.status).toBe(2);
        expect(result.stderr).toMatch(/^kubeready: /);
        expect(withoutOwn(result.stderr)).not.toMatch(controlChars);
        expect(result.stderr).toContain('x\\x1b]0;pwned\\x07\\r::error::forged');
    });
});
/** What a github annotation shows of a text: line breaks and tabs as they are, other controls as escapes. */
const shownInAnnotation = (text) => text.replace(/[^\P{Cc}\t\n\r]|[\u061c\u200e\u200f\u2028-\u202e\u2066-\u2069]/gu, escapeChar);
describe('the github format', () => {
    it('escapes file, title and message so that each finding is one command the runner reads back intact', () => {
        const file = 'a,b:c::d%0A\n::error::x.yaml';
        const result = hostileResult(file);
        const odd = { ...result.findings[0], checkId: 'odd::title,x=y' };
        const lines = formatGithub({ ...result, findings: [...result.findings, odd], errors: [{ file, line: 3, message: `helm: ${hostile}` }] }).trimEnd().split('\n');
        expect(lines).toHaveLength(result.findings.length + 2);
        const parsed = lines.map(runnerCommand);
        for (const [i, finding] of [...result.findings, odd].entries()) {
            expect(parsed[i]).toEqual({
                name: finding.severity === 'info' ? 'notice' : finding.severity,
                properties: { file, line: String(finding.line), col: String(finding.column), endLine: String(finding.endLine), endColumn: String(finding.endColumn), title: finding.checkId },
                data: shownInAnnotation(finding.message),
            });
        }
        expect(parsed.at(-1)).toEqual({ name: 'error', properties: { file, line: '3' }, data: `helm: ${shownInAnnotation(hostile)}` });
        // Line breaks survive as the runner reads them back; ESC, BEL, C1, DEL and bidi controls arrive as escapes.
        expect(parsed.at(-1)?.data).toContain('\n::error file=README.md');
        expect(parsed.map((command) => command?.data ?? '').join('')).not.toMatch(/[^\P{Cc}\t\n\r]|[\u202e\u2066]/u);
    });
});
describe('the markdown format (a pull-request comment)', () => {
    const result = hostileResult('k8s/pod\n\n# Forged heading\n\n[click](https://evil.example).yaml');
    const text = formatMarkdown(result, { checks, version: '1.0.0', linkBase: 'https://github.com/o/r/blob/sha/' });
    const row = text.split('\n').find((line) => line.includes('memory-limit-missing')) ?? '';
    const message = row.slice(row.indexOf('[kubeready-memory-limit-missing] | '));
    it('keeps a hostile message in its table cell: no raw control character, HTML, or unescaped pipe', () => {
        expect(withoutOwn(text)).not.toMatch(controlChars);
        expect(text).not.toContain('<img');
        expect(row.replaceAll('\\|', '').split('|')).toHaveLength(6);
        expect(message).toContain('\\\\x1b\\]0;title\\\\x07'); // the escape's backslash escaped for markdown
    });
    it('makes no link, mention or issue reference of what the attacker wrote', () => {
        expect(message).not.toMatch(/https?:\/\/|www\.|@octocat|#1/);
        expect(message).toContain('http\\[:\\]//evil.example/a www\\[.\\]evil.example @\u200boctocat #\u200b1');
    });
    it('keeps a file name with blank lines inside its summary element', () => {
        expect(text).not.toMatch(/^# Forged heading$/m);
        expect(text).toContain('<summary><a href="https://github.com/o/r/blob/sha/k8s/pod%0A%0A#%20Forged%20heading%0A%0A%5Bclick%5D%28https://evil.example%29.yaml"><code>k8s/pod\\n\\n# Forged heading\\n\\n[click](https://evil.example).yaml</code></a>');
    });
});
describe('the html, junit, sarif and json formats', () => {
    const result = hostileResult('k8s/a"b\'<c>.yaml');
    it('html escapes text and attribute values', () => {
        const odd = { ...result.findings[0], checkId: 'x" onmouseover="alert(1)' };
        const html = formatHtml({ ...result, findings: [...result.findings, odd] }, { checks, version: '1', readSource: () => manifest });
        expect(html).not.toContain('<img');
        expect(html).not.toContain('onmouseover="alert');
        expect(html).toContain('data-check="x&quot; onmouseover=&quot;alert(1)"');
        expect(html).toContain('<code class="location">k8s/a&quot;b&#39;&lt;c&gt;.yaml:');
        expect(html.match(/<script>/g)).toHaveLength(1);
    });
    it('junit shows the characters XML 1.0 cannot hold as escapes, never raw', () => {
        const xml = formatJunit(result);
        expect(xml).not.toMatch(/[^\t\n\r\u0020-\uD7FF\uE000-\uFFFD\u{10000}-\u{10FFFF}]/u);
        expect(xml).toContain('\\x1b]0;title\\x07');
        expect(xml).toContain('name="k8s/a&quot;b&apos;&lt;c&gt;.yaml"');
    });
    it('sarif and json hold the text exactly, every C0 control character JSON-escaped', () => {
        for (const text of [formatSarif(result, checks, '1'), formatJson(result, 'warning')]) {
            // What JSON requires; DEL, C1 and bidi controls stay as data.
            expect([...withoutOwn(text)].filter((char) => char.charCodeAt(0) < 0x20)).toEqual([]);
            expect(text).toContain('app\\n::error file=README.md,line=1::Forged\\r::stop-commands::pwned');
        }
        const sarif = JSON.parse(formatSarif(result, checks, '1'));
        expect(sarif.runs[0]?.results.map((r) => r.message.text)).toEqual([...result.findings].map((f) => f.message));
        const json = JSON.parse(formatJson(result, 'warning'));
        expect(json.findings.map((f) => f.message)).toEqual(result.findings.map((f) => f.message));
    });
});
describe('checks the config turned off (issue 17, item 9)', () => {
    const pod = manifest.replace(hostileYaml, 'app').replace('web\\e]0;pwned\\a', 'web');
    const config = { 'image-untagged': 'off', 'run-as-root': 'off', 'liveness-probe-missing': 'info' };
    const result = lintText(pod, 'pod.yaml', checks, config);
    const off = ['image-untagged', 'run-as-root'];
    it('are listed in the result, in the checks’ order; checks off by default are not', () => {
        expect(result.disabledChecks).toEqual(checks.map((check) => check.meta.id).filter((id) => off.includes(id)));
        expect(result.findings.some((finding) => off.includes(finding.checkId))).toBe(false);
        expect(lintText(pod, 'pod.yaml').disabledChecks).toBeUndefined();
    });
    it('are named by every format', () => {
        const ids = result.disabledChecks ?? [];
        const sentence = `2 checks turned off by the config did not run: ${ids.join(', ')}`;
        expect(formatStylish(result, { color: false }).trimEnd().split('\n').at(-1)).toBe(sentence);
        expect(formatStylish(result, { color: false, quiet: true }).trimEnd().split('\n').at(-1)).toBe(sentence);
        expect(JSON.parse(formatJson(result, 'warning')).summary.disabledChecks).toEqual(ids);
        const sarif = JSON.parse(formatSarif(result, checks, '1'));
        const invocation = sarif.runs[0]?.invocations[0];
        expect(invocation?.ruleConfigurationOverrides.map((o) => [o.descriptor.id, o.descriptor.index, o.configuration.enabled])).toEqual(ids.map((id) => [id, checks.findIndex((check) => check.meta.id === id), false]));
        expect(invocation?.toolConfigurationNotifications[0]?.message.text).toBe(`${sentence}.`);
        expect(formatGithub(result).trimEnd().split('\n').at(-1)).toBe(`::notice title=kubeready::${sentence}`);
        const xml = formatJunit(result);
        expect(xml).toContain(`skipped="2"`);
        for (const id of ids)
            expect(xml).toContain(`<testcase classname="${id}" name="${id}" time="0"><skipped message="turned off by the config: did not run"/></testcase>`);
        expect(formatMarkdown(result, { checks, version: '1' })).toContain(`2 checks turned off by the config did not run: ${ids.map((id) => `\`${id}\``).join(', ')}.`);
        expect(formatHtml(result, { checks, version: '1' })).toContain(`<p class="not-run">2 checks turned off by the config did not run: ${ids.map((id) => `<code>${id}</code>`).join(', ')}.</p>`);
    });
    it('are not counted as passing in the html score', () => {
        const scoreOf = (r) => /data-score="overall">[^<]*<\/span>\s*<span class="label">overall score · (\d+) of (\d+) checks pass/.exec(formatHtml(r, { checks, version: '1' }))?.slice(1);
        const [passing, counted] = scoreOf(lintText(pod, 'pod.yaml')) ?? [];
        // Both checks fail on the pod when they run: turned off, they are neither passing nor counted.
        expect(scoreOf(result)).toEqual([passing, String(Number(counted) - 2)]);
    });
    it('reach the command line’s output from a config file', async () => {
        const file = join(scratch, 'off.yaml');
        const configFile = join(scratch, 'off.kubeready.yaml');
        writeFileSync(file, pod);
        writeFileSync(configFile, 'checks:\n  image-untagged: off\n');
        const { stdout } = await runMain(['--config', configFile, file]);
        expect(stdout.trimEnd().split('\n').at(-1)).toBe('1 check turned off by the config did not run: image-untagged');
    });
});
describe('the shared helper', () => {
    it('shows control characters as escapes and breaks what would start a workflow command', async () => {
        const { escapeControls, forLog } = await import('../src/report/escape.js');
        expect(escapeControls('a\tb\nc\rd\u0000\u001b\u007f\u0085\u009f\u061c\u200f\u2028\u202e\u2069é名😀\\x')).toBe('a\\tb\\nc\\rd\\x00\\x1b\\x7f\\x85\\x9f\\u061c\\u200f\\u2028\\u202e\\u2069é名😀\\x');
        expect(forLog('::error::x ##[warning]y')).toBe('::error::x ##\\x5bwarning]y');
        expect(forLog(' \u00a0::error::x', { lineStart: true })).toBe(' \u00a0\\x3a:error::x');
        expect(forLog('a::b', { lineStart: true })).toBe('a::b');
    });
});
