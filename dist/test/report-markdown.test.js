import { describe, expect, it } from 'vitest';
import { checks } from '../checks/index.js';
import { lintText } from '../src/api.js';
import { escapeText, formatMarkdown } from '../src/report/markdown.js';
import { cleanPod } from './support/cli.js';
import { finding, resultOf } from './support/results.js';
/** One error (placeholder), three warnings and three info, all in one file. */
const pod = `apiVersion: v1
kind: Pod
metadata: { name: web }
spec:
  containers:
    - name: app
      image: registry.example.com/app:__VERSION__
`;
const context = { checks, version: '1.2.3' };
describe('formatMarkdown', () => {
    it('says in a few lines that there is nothing to report', () => {
        expect(formatMarkdown(lintText(cleanPod, 'ok.yaml'), context)).toBe('<!-- kubeready-report -->\n\n### ✅ kubeready: no findings\n\nReviewed 1 object in 1 file with kubeready 1.2.3. Nothing to report.\n');
    });
    it('opens with the counts, then a table of counts per review area in the areas’ order', () => {
        const text = formatMarkdown(lintText(pod, 'k8s/pod.yaml'), context);
        const blocks = text.split('\n\n');
        expect(blocks.slice(0, 4)).toEqual([
            '<!-- kubeready-report -->',
            '### ❌ kubeready: 7 findings (1 error, 3 warnings, 3 info)',
            'Reviewed 1 object in 1 file with kubeready 1.2.3.',
            [
                '| Area | Errors | Warnings | Info |',
                '| --- | ---: | ---: | ---: |',
                '| probes | 0 | 0 | 1 |',
                '| resources | 0 | 2 | 0 |',
                '| security | 0 | 1 | 2 |',
                '| correctness | 1 | 0 | 0 |',
            ].join('\n'),
        ]);
    });
    it('gives each file an open table of its findings while there are few, with a docs link per check', () => {
        const text = formatMarkdown(lintText(pod, 'k8s/pod.yaml'), context);
        expect(text).toContain('<details open>\n<summary><code>k8s/pod.yaml</code>: 1 error, 3 warnings, 3 info</summary>\n\n| Line | Severity | Check | Message |\n| ---: | --- | --- | --- |\n');
        expect(text).toContain('| 7:14 | **error** | [`template-placeholder`][kubeready-template-placeholder] | The value holds the unreplaced placeholder \\_\\_VERSION\\_\\_. |\n');
        expect(text).toContain('| 6:7 | warning | [`run-as-root`][kubeready-run-as-root] |');
        expect(text).toContain('\n[kubeready-template-placeholder]: https://github.com/kubeready/kubeready/blob/main/docs/checks.md#template-placeholder\n');
        expect(text.match(/^\[kubeready-[\w-]+\]: /gm)).toHaveLength(7);
        expect(text.match(/^\| \d+:\d+ \|/gm)).toHaveLength(7);
    });
    it('names the warning as the worst severity when there is no error', () => {
        const text = formatMarkdown(resultOf([finding({}), finding({ severity: 'info', checkId: 'liveness-probe-missing' })]), context);
        expect(text.split('\n')[2]).toBe('### ⚠️ kubeready: 2 findings (0 errors, 1 warning, 1 info)');
    });
    it('escapes pipes, backticks, markdown and HTML in messages, keeps each on one line, and defuses @mentions', () => {
        expect(escapeText('a | b `c` <script>x</script> & __init__ *y* [l](u) ~s~ $x$ \\ @acme/team\nnext')).toBe('a \\| b \\`c\\` &lt;script&gt;x&lt;/script&gt; &amp; \\_\\_init\\_\\_ \\*y\\* \\[l\\](u) \\~s\\~ \\$x\\$ \\\\ @\u200bacme/team next');
        const text = formatMarkdown(resultOf([finding({ message: 'value `a|b` <b>bold</b>', file: 'odd|name`.yaml' })]), context);
        expect(text).toContain('| 1:1 | warning | [`run-as-root`][kubeready-run-as-root] | value \\`a\\|b\\` &lt;b&gt;bold&lt;/b&gt; |\n');
        expect(text).toContain('<summary><code>odd|name`.yaml</code>: 1 warning</summary>');
        expect(text).not.toContain('<b>');
    });
    it('escapes HTML in file names inside the summary element', () => {
        const text = formatMarkdown(resultOf([finding({ file: 'a/<img src=x onerror=alert(1)>.yaml' })]), context);
        expect(text).toContain('<summary><code>a/&lt;img src=x onerror=alert(1)&gt;.yaml</code>: 1 warning</summary>');
    });
    it('links files and lines when given a link base, but not stdin or paths outside the repository', () => {
        const findings = [
            finding({ file: 'k8s/my app.yaml', line: 9, column: 3, endLine: 12 }),
            finding({ file: '<stdin>', line: 2 }),
            finding({ file: '../elsewhere.yaml', line: 3 }),
            finding({ file: '/abs/path.yaml', line: 4 }),
        ];
        const text = formatMarkdown(resultOf(findings), { ...context, linkBase: 'https://github.com/acme/shop/blob/0123abc' });
        expect(text).toContain('<summary><a href="https://github.com/acme/shop/blob/0123abc/k8s/my%20app.yaml"><code>k8s/my app.yaml</code></a>: 1 warning</summary>');
        expect(text).toContain('| [9:3](https://github.com/acme/shop/blob/0123abc/k8s/my%20app.yaml#L9-L12) | warning |');
        expect(text).toContain('<summary><code>&lt;stdin&gt;</code>: 1 warning</summary>');
        expect(text).toContain('| 2:1 | warning |');
        expect(text).toContain('| 3:1 | warning |');
        expect(text).toContain('| 4:1 | warning |');
        expect(formatMarkdown(resultOf(findings), context)).not.toContain('https://github.com/acme');
    });
    it('collapses every file once there are more than 15 findings', () => {
        const many = Array.from({ length: 16 }, (_, i) => finding({ file: `f${i % 2}.yaml`, line: i + 1 }));
        const text = formatMarkdown(resultOf(many), context);
        expect(text.match(/<details>/g)).toHaveLength(2);
        expect(text).not.toContain('<details open>');
        const few = formatMarkdown(resultOf(many.slice(0, 15)), context);
        expect(few.match(/<details open>/g)).toHaveLength(2);
    });
    it('stays under GitHub’s 65,536-character limit and says how many findings it left out', () => {
        const message = 'A long message that repeats itself to take room in the comment. '.repeat(4);
        const many = Array.from({ length: 3000 }, (_, i) => finding({ file: `dir/file-${Math.floor(i / 40)}.yaml`, line: i + 1, message }));
        const text = formatMarkdown(resultOf(many, { summary: { files: 75, objects: 3000, error: 0, warning: 3000, info: 0, suppressed: 0 } }), context);
        expect(text.length).toBeLessThanOrEqual(65_536);
        expect(text.length).toBeGreaterThan(50_000);
        const listed = text.match(/^\| \d+:\d+ \|/gm)?.length ?? 0;
        expect(listed).toBeGreaterThan(100);
        expect(text).toContain(`… and ${3000 - listed} more findings not listed: a comment holds at most 65,536 characters.`);
        expect(text.trimEnd().endsWith('[kubeready-run-as-root]: https://github.com/kubeready/kubeready/blob/main/docs/checks.md#run-as-root')).toBe(true);
        // Every table that was started was also closed.
        expect(text.match(/<details>/g)?.length).toBe(text.match(/<\/details>/g)?.length);
    });
    it('lists the inputs that could not be read, and puts checks it does not know under "other"', () => {
        const result = resultOf([finding({ checkId: 'mystery-check', severity: 'error' })], {
            errors: [{ file: 'charts/web', message: 'helm template failed: <nil> pointer' }, { file: 'bad.yaml', line: 3, message: 'cannot read: EACCES' }],
        });
        const text = formatMarkdown(result, context);
        expect(text).toContain('**2 inputs could not be read or rendered:**\n\n- `charts/web`: helm template failed: &lt;nil&gt; pointer\n- `bad.yaml:3`: cannot read: EACCES');
        expect(text).toContain('| other | 1 | 0 | 0 |');
        const clean = formatMarkdown(resultOf([], { errors: [{ file: 'x.yaml', message: 'cannot read: ENOENT' }] }), context);
        expect(clean).toContain('### ⚠️ kubeready: no findings in the inputs that could be read\n');
        expect(clean).toContain('**1 input could not be read or rendered:**\n\n- `x.yaml`: cannot read: ENOENT\n');
    });
});
