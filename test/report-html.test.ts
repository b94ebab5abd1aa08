import { describe, expect, it } from 'vitest';
import { checks } from '../checks/index.js';
import { type Check, lintText } from '../src/api.js';
import type { ReportContext } from '../src/report/context.js';
import { formatHtml, scoreAreas } from '../src/report/html.js';
import { cleanPod } from './support/cli.js';
import { finding, resultOf } from './support/results.js';

/** One error (placeholder), three warnings and three info, all in one file. */
const pod = `apiVersion: v1
kind: Pod
metadata: { name: web, namespace: shop }
spec:
  containers:
    - name: app
      image: registry.example.com/app:__VERSION__
`;
const file = 'k8s/pod.yaml';
const context: ReportContext = { checks, version: '1.2.3', readSource: (name) => (name === file ? pod : undefined), cwd: '/home/me/shop-manifests' };

function checkById(id: string): Check {
  const check = checks.find((candidate) => candidate.meta.id === id);
  if (!check) throw new Error(`no check ${id}`);
  return check;
}


/** The text of the first element carrying the attribute, tags stripped. */
function textOf(html: string, attribute: string): string | undefined {
  const match = new RegExp(`<[a-z]+[^>]*${attribute}[^>]*>([\\s\\S]*?)</`).exec(html);
  return match?.[1]?.replace(/<[^>]+>/g, '');
}

describe('scoreAreas', () => {
  const probes = ['liveness-probe-missing', 'probes-identical', 'probe-port-unknown'].map(checkById);

  it('scores an area as the share of its checks without an error or a warning, rounded down', () => {
    const [probesScore] = scoreAreas([finding({ checkId: 'probes-identical' })], probes);
    expect(probesScore).toMatchObject({ area: 'probes', counted: 3, passing: 2, counts: { error: 0, warning: 1, info: 0 } });
    const html = formatHtml(resultOf([finding({ checkId: 'probes-identical' })]), { checks: probes, version: '1' });
    expect(textOf(html, 'data-score="probes"')).toBe('66');
  });

  it('does not lower a score for info findings, and gives an area without checks no score', () => {
    const scores = scoreAreas([finding({ checkId: 'liveness-probe-missing', severity: 'info' })], probes);
    expect(scores.find((score) => score.area === 'probes')).toMatchObject({ counted: 3, passing: 3, counts: { info: 1 } });
    expect(scores.find((score) => score.area === 'storage')).toMatchObject({ counted: 0, passing: 0 });
    const html = formatHtml(resultOf([]), { checks: probes, version: '1' });
    expect(textOf(html, 'data-score="storage"')).toBe('–');
    expect(textOf(html, 'data-score="probes"')).toBe('100');
  });

  it('counts a check that is off by default only when it reported something', () => {
    const digest = checkById('image-digest-missing');
    expect(digest.meta.enabledByDefault).toBe(false);
    const images = checks.filter((check) => check.meta.category === 'images');
    const quiet = scoreAreas([], images).find((score) => score.area === 'images');
    const reported = scoreAreas([finding({ checkId: 'image-digest-missing' })], images).find((score) => score.area === 'images');
    expect(quiet).toMatchObject({ counted: images.length - 1, passing: images.length - 1 });
    expect(reported).toMatchObject({ counted: images.length, passing: images.length - 1 });
  });

  it('counts a check once however many findings it has, and orders the checks worst first', () => {
    const findings = [
      finding({ checkId: 'liveness-probe-missing', severity: 'info' }),
      finding({ checkId: 'probes-identical', line: 2 }),
      finding({ checkId: 'probes-identical', line: 3 }),
      finding({ checkId: 'probe-port-unknown', severity: 'error', line: 4 }),
    ];
    const [score] = scoreAreas(findings, probes);
    expect(score?.passing).toBe(1);
    expect(score?.groups.map((group) => `${group.id}:${group.findings.length}`)).toEqual(['probe-port-unknown:1', 'probes-identical:2', 'liveness-probe-missing:1']);
  });
});

describe('formatHtml', () => {
  const result = lintText(pod, file);
  const html = formatHtml(result, { ...context, generatedAt: new Date('2025-03-04T05:06:07Z') });

  it('is one self-contained document: inline style, no external resource, a policy that forbids fetching', () => {
    expect(html.startsWith('<!doctype html>\n<html lang="en">')).toBe(true);
    expect(html.trimEnd().endsWith('</html>')).toBe(true);
    expect(html).toContain(`<meta http-equiv="Content-Security-Policy" content="default-src 'none'; style-src 'unsafe-inline'; script-src 'unsafe-inline'; img-src data:">`);
    expect(html).not.toMatch(/<link\b|<img\b|<iframe\b|<script\s+src|@import|url\(/i);
    // The only absolute URLs are links a reader may follow, never resources the page loads.
    for (const match of html.matchAll(/(\w+)="(https?:[^"]+)"/g)) expect(match[1]).toBe('href');
  });

  it('names the project, the version, the scope and the time in the header', () => {
    expect(html).toContain('<title>kubeready readiness report · shop-manifests</title>');
    expect(html).toContain('<p class="meta">kubeready 1.2.3 · 1 object in 1 file · generated 2025-03-04 05:06 UTC</p>');
  });

  it('summarises the counts and the overall score', () => {
    expect(textOf(html, 'data-count="error"')).toBe('1');
    expect(textOf(html, 'data-count="warning"')).toBe('3');
    expect(textOf(html, 'data-count="info"')).toBe('3');
    const counted = checks.filter((check) => check.meta.enabledByDefault !== false).length;
    // Failing: template-placeholder (error), memory-limit-missing, requests-missing, run-as-root (warnings).
    expect(html).toContain(`overall score · ${counted - 4} of ${counted} checks pass`);
    expect(textOf(html, 'data-score="overall"')).toBe(String(Math.floor((100 * (counted - 4)) / counted)));
  });

  it('has a row per review area with its score, its passing checks and its counts, and explains the score', () => {
    const resources = checks.filter((check) => check.meta.category === 'resources' && check.meta.enabledByDefault !== false).length;
    const row = /<tr[^>]*data-area="resources">([\s\S]*?)<\/tr>/.exec(html)?.[1] ?? '';
    expect(row).toContain('<a href="#area-resources">resources</a>');
    expect(row).toContain(`<td class="num">${resources - 2} / ${resources}</td>`);
    expect(row).toContain('<td class="num sev-warning">2</td>');
    expect(html.match(/<tr[^>]*data-area="/g)).toHaveLength(10);
    expect(html).toContain('<strong>How the score is computed.</strong> An area’s score is the share of its checks that pass');
  });

  it('groups findings by area, then by check, with the check’s risk and mitigation', () => {
    const sections = [...html.matchAll(/<section class="area [a-z]+" id="area-([a-z]+)"/g)].map((match) => match[1]);
    expect(sections).toEqual(['probes', 'resources', 'security', 'correctness']);
    const placeholder = checkById('template-placeholder').meta;
    const article = /<article class="check" id="check-template-placeholder"[\s\S]*?<\/article>/.exec(html)?.[0] ?? '';
    expect(article).toContain(`<dl><dt>Risk</dt><dd>${placeholder.risk.replaceAll("'", '&#39;').replaceAll('"', '&quot;')}</dd><dt>Mitigation</dt>`);
    expect(article).toContain('<code class="location">k8s/pod.yaml:7:14</code> <span class="object">Pod shop/web</span>');
    expect(article).toContain('<p class="message">The value holds the unreplaced placeholder __VERSION__.</p>');
  });

  it('shows a code excerpt, escaped, with the marked line and the underline wrapped for styling', () => {
    const article = /<article class="check" id="check-template-placeholder"[\s\S]*?<\/article>/.exec(html)?.[0] ?? '';
    expect(article).toContain(
      '<pre class="frame">  5 |   containers:\n  6 |     - name: app\n<span class="hit">&gt; 7 |       image: registry.example.com/app:__VERSION__</span>\n' +
        `    |              <span class="caret">${'^'.repeat(36)}</span></pre>`,
    );
    const withoutSource = formatHtml(result, { ...context, readSource: undefined });
    expect(withoutSource).not.toContain('<pre class="frame">');
  });

  it('escapes HTML in messages, paths and source text', () => {
    const hostile = '<script>alert("x")</script>';
    const source = `kind: Pod\nmetadata: { name: "${hostile}" }\n`;
    const out = formatHtml(resultOf([finding({ message: hostile, file: 'a<b>.yaml', line: 2, column: 20, endColumn: 30 })]), {
      checks,
      version: '1',
      readSource: () => source,
    });
    expect(out).not.toContain(hostile);
    expect(out).toContain('<p class="message">&lt;script&gt;alert(&quot;x&quot;)&lt;/script&gt;</p>');
    expect(out).toContain('<code class="location">a&lt;b&gt;.yaml:2:20</code>');
    expect(out).toContain('metadata: { name: &quot;&lt;script&gt;alert(&quot;x&quot;)&lt;/script&gt;&quot; }');
    expect(out.match(/<script>/g)).toHaveLength(1);
  });

  it('notes a finding whose field is missing or whose line is inferred', () => {
    const out = formatHtml(resultOf([finding({ exact: false, approximate: true })]), { checks, version: '1' });
    expect(out).toContain('<p class="note">Note: the field is missing; the position is that of its nearest parent; the line is inferred.</p>');
  });

  it('folds a check’s findings after the twentieth', () => {
    const many = Array.from({ length: 23 }, (_, i) => finding({ line: i + 1 }));
    const out = formatHtml(resultOf(many), { checks, version: '1' });
    expect(out).toContain('<details class="more"><summary>3 more findings</summary><ol class="findings" start="21">');
    expect(out.match(/<li class="finding/g)).toHaveLength(23);
  });

  it('offers the severity filter only to a page with script, and hides it until the script shows it', () => {
    expect(html).toContain('<form class="filter" id="filter" hidden>');
    expect(html).toContain('form.hidden = false;');
    const clean = formatHtml(lintText(cleanPod, 'ok.yaml'), { checks, version: '1' });
    expect(clean).not.toContain('<script>');
    expect(clean).toContain('<p class="clean">No findings: every check passed.</p>');
    expect(clean.match(/data-score="[a-z]+">100</g)).toHaveLength(11); // ten areas and the overall score
    expect(clean).not.toContain('<section class="area');
  });

  it('reports the inputs that could not be read above the summary', () => {
    const out = formatHtml(resultOf([], { errors: [{ file: 'charts/web', message: 'helm template failed: <nil>' }] }), { checks, version: '1' });
    expect(out).toContain('<h2>1 input could not be read or rendered</h2><p>The report does not cover them.</p><ul><li><code>charts/web</code> helm template failed: &lt;nil&gt;</li></ul>');
    expect(out.indexOf('class="run-errors"')).toBeLessThan(out.indexOf('id="summary"'));
  });

  it('puts findings of checks it does not know under "other", with the finding’s own risk', () => {
    const out = formatHtml(resultOf([finding({ checkId: 'mystery', risk: 'Something odd.', severity: 'error' })]), { checks, version: '1' });
    expect(out).toContain('id="area-other"');
    expect(out).toContain('<dt>Risk</dt><dd>Something odd.</dd>');
  });
});
