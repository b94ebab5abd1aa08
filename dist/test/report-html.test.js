import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { checks } from '../checks/index.js';
import { lint, lintText } from '../src/api.js';
import { formatHtml } from '../src/report/html.js';
import { bandOf, readinessOf, scoreOf } from '../src/report/readiness-score.js';
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
const context = { checks, version: '1.2.3', readSource: (name) => (name === file ? pod : undefined), cwd: '/home/me/shop-manifests' };
const root = join(import.meta.dirname, '..');
function checkById(id) {
    const check = checks.find((candidate) => candidate.meta.id === id);
    if (!check)
        throw new Error(`no check ${id}`);
    return check;
}
/** An object of the run, in deploy/app.yaml and unit 0 unless told. */
/**
 * The checks on by default of an area (or all) that apply to a lone object of this kind: those naming no
 * kinds (correctness) or naming this one, and needing no other kind in the unit.
 */
function applicableTo(kind, area) {
    return checks.filter((check) => check.meta.enabledByDefault !== false &&
        check.target !== 'source' &&
        (area === undefined || check.meta.category === area) &&
        (check.target === 'object' && check.kinds ? check.kinds.includes(kind) && !check.needsInUnit : check.meta.category === 'correctness'));
}
function object(kind, name, extra = {}) {
    return { apiVersion: kind === 'Pod' || kind === 'Service' ? 'v1' : 'apps/v1', kind, namespace: 'default', name, file: 'deploy/app.yaml', unit: 0, ...extra };
}
/** A finding of a check on one of those objects. */
function on(target, checkId, severity = 'warning', line = 1) {
    const { apiVersion, kind, namespace, name } = target;
    return finding({ checkId, severity, file: target.file, line, object: { apiVersion, kind, namespace, name } });
}
function areaOf(areas, area) {
    const found = areas.find((candidate) => candidate.area === area);
    if (!found)
        throw new Error(`no area ${area}`);
    return found;
}
/** The text of the first element carrying the attribute, tags stripped. */
function textOf(html, attribute) {
    const match = new RegExp(`<[a-z]+[^>]*${attribute}[^>]*>([\\s\\S]*?)</`).exec(html);
    return match?.[1]?.replace(/<[^>]+>/g, '');
}
describe('scoreOf', () => {
    it('is the mean of the share of objects with nothing to fix and the share of object checks that pass, rounded down', () => {
        // (5/6 + 1/2) / 2 = 0.666…
        expect(scoreOf({ passing: 5, warning: 1, error: 0 }, { passing: 1, warning: 1, error: 0 })).toBe(66);
        expect(scoreOf({ passing: 6, warning: 0, error: 0 }, { passing: 2, warning: 0, error: 0 })).toBe(100);
        expect(scoreOf({ passing: 0, warning: 3, error: 0 }, { passing: 0, warning: 1, error: 0 })).toBe(0);
        // Not 28.999… rounded down to 28: the shares are added in integers.
        expect(scoreOf({ passing: 29, warning: 71, error: 0 }, { passing: 29, warning: 71, error: 0 })).toBe(29);
    });
    it('counts a failure with an error three times, and caps a score with an error below the amber band', () => {
        const warned = scoreOf({ passing: 7, warning: 1, error: 0 }, { passing: 3, warning: 1, error: 0 });
        const erred = scoreOf({ passing: 7, warning: 0, error: 1 }, { passing: 3, warning: 0, error: 1 });
        expect(warned).toBe(81); // (7/8 + 3/4) / 2
        expect(erred).toBe(60); // (7/10 + 3/6) / 2
        expect(scoreOf({ passing: 9999, warning: 0, error: 1 }, { passing: 999, warning: 0, error: 1 })).toBe(69);
        expect(bandOf(69)).toBe('bad');
    });
    it('has bands green from 90, amber from 70, red below, and none without a score', () => {
        expect([100, 90, 89, 70, 69, 0].map(bandOf)).toEqual(['good', 'good', 'mid', 'mid', 'bad', 'bad']);
        expect(bandOf(undefined)).toBe('none');
        expect(scoreOf({ passing: 0, warning: 0, error: 0 }, { passing: 0, warning: 0, error: 0 })).toBeUndefined();
    });
});
describe('readinessOf', () => {
    const probes = ['liveness-probe-missing', 'probes-identical', 'probe-port-unknown'].map(checkById);
    it('scores the (object, check) pairs a check applies to, by the kinds it reviews, and the objects among them', () => {
        const web = object('Pod', 'web');
        const api = object('Pod', 'api');
        const service = object('Service', 'web');
        const { areas } = readinessOf([on(web, 'probes-identical')], probes, [web, api, service]);
        expect(areaOf(areas, 'probes')).toMatchObject({
            pairs: { passing: 5, warning: 1, error: 0 }, // three checks on two pods; none applies to the Service
            subjects: { passing: 1, warning: 1, error: 0 },
            score: 66,
        });
    });
    it('does not lower a score for info findings', () => {
        const web = object('Pod', 'web');
        const { areas } = readinessOf([on(web, 'liveness-probe-missing', 'info')], probes, [web]);
        expect(areaOf(areas, 'probes')).toMatchObject({ pairs: { passing: 3, warning: 0, error: 0 }, score: 100 });
    });
    it('moves when 99 of 100 failing workloads are fixed', () => {
        const workloads = Array.from({ length: 100 }, (_, i) => object('Deployment', `app-${i}`));
        const scoreWith = (failing) => areaOf(readinessOf(workloads.slice(0, failing).map((workload) => on(workload, 'run-as-root')), checks, workloads).areas, 'security').score ?? -1;
        const scores = [100, 50, 1, 0].map(scoreWith);
        expect(scores[0]).toBeLessThan(50); // every workload may run as root: red, however many other checks pass
        expect(scores[1]).toBeLessThan(scores[2] ?? 0);
        expect(scores[0]).toBeLessThan(scores[1] ?? 0);
        expect(scores[2]).toBeGreaterThanOrEqual(90);
        expect(scores[2]).toBeLessThan(100);
        expect(scores[3]).toBe(100);
    });
    it('says there is nothing to check in an area none of whose checks applies to any object', () => {
        const deployment = object('Deployment', 'api');
        const objects = [deployment, object('Service', 'api'), object('ConfigMap', 'settings')];
        const { areas } = readinessOf([], checks, objects);
        for (const area of ['scaling', 'storage', 'environments'])
            expect(areaOf(areas, area)).toMatchObject({ score: undefined, pairs: { passing: 0 } });
        expect(areaOf(areas, 'networking').score).toBe(100);
        // hpa-replicas-conflict is about autoscaled workloads: it applies to the Deployment only beside an autoscaler.
        const hpa = object('HorizontalPodAutoscaler', 'api', { apiVersion: 'autoscaling/v2' });
        const scalingPairs = (unit) => areaOf(readinessOf([], checks, [...objects, { ...hpa, unit }]).areas, 'scaling').pairs.passing;
        const onHpa = checks.filter((check) => check.meta.category === 'scaling' && check.target === 'object' && check.kinds?.includes('HorizontalPodAutoscaler')).length;
        expect(scalingPairs(1)).toBe(onHpa);
        expect(scalingPairs(0)).toBe(onHpa + 1);
    });
    it('applies correctness checks that name no kinds to every object, and other such checks only in the units where they reported', () => {
        const objects = [object('Deployment', 'a'), object('Service', 'a'), object('Deployment', 'b', { unit: 1, file: 'other/app.yaml' }), object('ConfigMap', 'c', { unit: 1, file: 'other/app.yaml' })];
        const mixed = on(objects[2], 'environments-mixed');
        const { areas } = readinessOf([mixed], checks, objects);
        expect(areaOf(areas, 'environments')).toMatchObject({ pairs: { passing: 1, warning: 1, error: 0 }, subjects: { passing: 1, warning: 1, error: 0 } });
        const pairs = objects.reduce((sum, each) => sum + applicableTo(each.kind, 'correctness').length, 0);
        expect(areaOf(areas, 'correctness').pairs.passing).toBe(pairs);
    });
    it('scores a Dockerfile on the Dockerfile checks only, as the engine runs them', () => {
        const dockerfile = object('Dockerfile', 'Dockerfile', { apiVersion: 'kubeready.io/v1', namespace: '', file: 'Dockerfile' });
        const { areas } = readinessOf([on(dockerfile, 'dockerfile-user-root')], checks, [dockerfile]);
        const counted = areas.reduce((sum, area) => sum + area.pairs.passing + area.pairs.warning + area.pairs.error, 0);
        expect(counted).toBe(checks.filter((check) => check.target === 'object' && check.kinds?.includes('Dockerfile') && check.meta.enabledByDefault !== false).length);
        expect(areaOf(areas, 'security').pairs.warning).toBe(1);
    });
    it('scores a file that does not parse as a subject of its own', () => {
        const syntax = finding({ checkId: 'yaml-syntax', severity: 'error', file: 'broken.yaml', object: null });
        const { areas, overall } = readinessOf([syntax], checks, [object('Service', 'a')]);
        expect(areaOf(areas, 'correctness').subjects).toEqual({ passing: 1, warning: 0, error: 1 });
        expect(overall.subjects).toEqual({ passing: 1, warning: 0, error: 1 });
        expect(overall.score).toBeLessThanOrEqual(69);
    });
    it('leaves out checks turned off and checks off by default that reported nothing, and scores unknown checks on what they reported', () => {
        const web = object('Deployment', 'web');
        // The images checks a Deployment can have (Dockerfile checks judge only Dockerfiles).
        const images = checks.filter((check) => check.meta.category === 'images' && !(check.target === 'object' && check.kinds && !check.kinds.includes('Deployment')));
        const digest = checkById('image-digest-missing');
        expect(digest.meta.enabledByDefault).toBe(false);
        const quiet = areaOf(readinessOf([], images, [web]).areas, 'images');
        expect(quiet.checks).not.toContain('image-digest-missing');
        expect(quiet.pairs.passing).toBe(images.length - 1);
        const reported = areaOf(readinessOf([on(web, 'image-digest-missing')], images, [web]).areas, 'images');
        expect(reported.pairs).toEqual({ passing: images.length - 1, warning: 1, error: 0 });
        const off = areaOf(readinessOf([], images, [web], ['image-untagged']).areas, 'images');
        expect(off.pairs.passing).toBe(images.length - 2);
        const other = areaOf(readinessOf([on(web, 'mystery', 'error')], images, [web]).areas, 'other');
        expect(other).toMatchObject({ pairs: { passing: 0, warning: 0, error: 1 }, score: 0 });
    });
    it('without the run’s objects, scores the objects the findings name', () => {
        const { areas } = readinessOf([finding({ checkId: 'probes-identical' })], probes, undefined);
        expect(areaOf(areas, 'probes')).toMatchObject({ pairs: { passing: 2, warning: 1, error: 0 }, subjects: { passing: 0, warning: 1, error: 0 } });
    });
});
describe('the objects a run linted', () => {
    it('are in the result, each with its unit: as many as the summary counts', async () => {
        const result = await lint(['examples/'], { cwd: root });
        expect(result.objects).toHaveLength(result.summary.objects);
        const units = (folder) => new Set(result.objects?.filter((linted) => linted.file.startsWith(folder)).map((linted) => linted.unit));
        expect(units('examples/shop/').size).toBe(1);
        expect(units('examples/shop-ready/').size).toBe(1);
        expect([...units('examples/shop/')]).not.toEqual([...units('examples/shop-ready/')]);
        expect(lintText(pod, file).objects).toEqual([{ apiVersion: 'v1', kind: 'Pod', namespace: 'shop', name: 'web', file, unit: 0 }]);
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
        for (const match of html.matchAll(/(\w+)="(https?:[^"]+)"/g))
            expect(match[1]).toBe('href');
    });
    it('names the project, the version, the scope and the time in the header', () => {
        expect(html).toContain('<title>kubeready readiness report · shop-manifests</title>');
        expect(html).toContain('<p class="meta">kubeready 1.2.3 · 1 object in 1 file · generated 2025-03-04 05:06 UTC</p>');
    });
    it('puts the errors first, then the summary, then the areas beside the objects, then the findings by area', () => {
        const order = ['id="errors"', 'id="summary"', '<div class="views">', 'id="areas"', 'id="objects"', 'id="filter"', 'id="area-probes"', 'id="area-correctness"'].map((mark) => html.indexOf(mark));
        expect(order.every((at) => at >= 0)).toBe(true);
        expect(order).toEqual([...order].sort((a, b) => a - b));
        const errors = /<section id="errors"[\s\S]*?<\/section>/.exec(html)?.[0] ?? '';
        expect(errors).toContain('<h2>1 error</h2>');
        expect(errors).toContain('<a href="#check-template-placeholder">Unreplaced template placeholder</a> <code>template-placeholder</code> <span class="counts">1 error in 1 object</span>');
        expect(errors).toContain('<span class="object">Pod shop/web</span> <code class="location">k8s/pod.yaml:7:14</code><span class="message">The value holds the unreplaced placeholder __VERSION__.</span>');
        expect(errors).not.toContain('sev-warning');
        // Without errors there is no such section.
        expect(formatHtml(lintText(cleanPod, 'ok.yaml'), { checks, version: '1' })).not.toContain('id="errors"');
    });
    it('summarises the counts and the overall score over every object check', () => {
        expect(textOf(html, 'data-count="error"')).toBe('1');
        expect(textOf(html, 'data-count="warning"')).toBe('3');
        expect(textOf(html, 'data-count="info"')).toBe('3');
        const { overall } = readinessOf(result.findings, checks, result.objects);
        // Failing on the pod: template-placeholder (error), memory-limit-missing, requests-missing, run-as-root (warnings).
        expect(overall.pairs).toMatchObject({ warning: 3, error: 1 });
        const counted = overall.pairs.passing + 4;
        expect(html).toContain(`overall score · ${overall.pairs.passing} of ${counted} checks pass · 0 of 1 object have nothing to fix`);
        // (P / (P + 3 + 3) + 0 / 3) / 2: the one object fails with an error.
        const expected = Math.floor((100 * overall.pairs.passing) / (overall.pairs.passing + 6) / 2);
        expect(textOf(html, 'data-score="overall"')).toBe(String(expected));
        expect(expected).toBeLessThan(50);
    });
    it('has a row per review area with its score, or nothing to check, its objects and checks passing and its counts, and explains the score', () => {
        const row = /<tr[^>]*data-area="resources">([\s\S]*?)<\/tr>/.exec(html)?.[1] ?? '';
        const resources = applicableTo('Pod', 'resources').length;
        expect(row).toContain('<a href="#area-resources">resources</a>');
        expect(row).toContain(`<td class="num" data-objects="resources">0 / 1</td><td class="num" data-pairs="resources">${resources - 2} / ${resources}</td>`);
        expect(row).toContain('<td class="num sev-warning">2</td>');
        expect(html.match(/<tr[^>]*data-area="/g)).toHaveLength(10);
        for (const area of ['scaling', 'storage', 'networking', 'environments']) {
            expect(html).toContain(`<tr class="none" data-area="${area}"><th scope="row">${area}</th><td class="score"><span class="value" data-score="${area}">nothing to check</span></td>`);
        }
        // The placeholder caps correctness below the amber band, however much else passes.
        expect(html).toMatch(/<tr class="bad" data-area="correctness">[\s\S]*?data-score="correctness">(\d+)</);
        expect(Number(textOf(html, 'data-score="correctness"'))).toBeLessThanOrEqual(69);
        expect(html).toContain('<strong>How the score is computed.</strong> An area’s score, from 0 to 100, is the mean of two shares');
        expect(html).toContain('Any error caps the area at 69, below the amber band (70–89; green from 90).');
    });
    it('lists the objects worst first, each with its findings across areas, one line per check', () => {
        const objects = [object('Deployment', 'quiet'), object('Deployment', 'warned'), object('Deployment', 'broken'), object('Service', 'fine')];
        const [quiet, warned, broken] = objects;
        const findings = [
            on(quiet, 'readonly-root-fs-missing', 'info', 5),
            on(warned, 'run-as-root', 'warning', 10),
            on(warned, 'requests-missing', 'warning', 11),
            on(broken, 'template-placeholder', 'error', 20),
            on(broken, 'template-placeholder', 'error', 21),
            on(broken, 'pdb-missing', 'warning', 22),
        ];
        const out = formatHtml(resultOf(findings, { objects }), { checks, version: '1' });
        const view = /<section id="objects"[\s\S]*?<\/section>/.exec(out)?.[0] ?? '';
        expect([...view.matchAll(/<summary><span class="object">([^<]+)<\/span>/g)].map((match) => match[1])).toEqual([
            'Deployment default/broken',
            'Deployment default/warned',
            'Deployment default/quiet',
        ]);
        expect(view).toContain('<p class="how">3 objects with findings, by errors, then warnings, then info.');
        const broke = /<li class="entry sev-error" id="object-1"[\s\S]*?<\/li><\/ul>/.exec(view)?.[0] ?? '';
        expect(broke).toContain('<span class="count sev-error">2 errors</span> <span class="count sev-warning">1 warning</span>');
        expect(broke).toContain('<span class="areas-of"><span class="chip">correctness</span> <span class="chip">disruptions</span></span>');
        expect(broke).toContain('<span class="badge sev-error">error</span> <span class="chip">correctness</span> <a href="#check-template-placeholder">Unreplaced template placeholder</a> <span class="times">×2</span> <code class="location">lines 20, 21</code></li>');
        expect(view).toContain('<details class="clean-objects"><summary>1 object without findings</summary><ul><li><span class="object">Service default/fine</span> <code class="file">deploy/app.yaml</code></li></ul></details>');
    });
    it('counts a file that does not parse among the objects with findings', () => {
        const syntax = finding({ checkId: 'yaml-syntax', severity: 'error', file: 'broken.yaml', object: null, message: 'Bad indentation.' });
        const out = formatHtml(resultOf([syntax], { objects: [object('Service', 'a')] }), { checks, version: '1' });
        expect(out).toContain('<p class="how">1 objects and files with findings, by errors');
        expect(out).toContain('<summary><code class="file">broken.yaml</code> <span class="counts"><span class="count sev-error">1 error</span></span>');
        const service = applicableTo('Service').length;
        expect(out).toContain(`overall score · ${service} of ${service + 1} checks pass · 1 of 2 objects and files has nothing to fix`); // the Service passes, the file fails
    });
    it('folds the objects after the twelfth', () => {
        const objects = Array.from({ length: 14 }, (_, i) => object('Deployment', `app-${i}`));
        const out = formatHtml(resultOf(objects.map((target) => on(target, 'run-as-root')), { objects }), { checks, version: '1' });
        expect(out).toContain('<details class="more"><summary>2 more objects</summary><ol class="objects" start="13">');
        expect(out.match(/<li class="entry/g)).toHaveLength(14);
    });
    it('groups findings by area, then by check, with the check’s risk and mitigation', () => {
        const sections = [...html.matchAll(/<section class="area [a-z]+" id="area-([a-z]+)"/g)].map((match) => match[1]);
        expect(sections).toEqual(['probes', 'resources', 'security', 'correctness']);
        const placeholder = checkById('template-placeholder').meta;
        const article = /<article class="check" id="check-template-placeholder"[\s\S]*?<\/article>/.exec(html)?.[0] ?? '';
        expect(article).toContain(`<dl><dt>Risk</dt><dd>${placeholder.risk.replaceAll("'", '&#39;').replaceAll('"', '&quot;')}</dd><dt>Mitigation</dt>`);
        expect(article).toContain('<code class="location">k8s/pod.yaml:7:14</code> <span class="object">Pod shop/web</span>');
        expect(article).toContain('<p class="message">The value holds the unreplaced placeholder __VERSION__.</p>');
        expect(html).toMatch(/<h2>Correctness <span class="area-score">\d+<\/span> <span class="area-count">0 of 1 object pass · 1 finding<\/span><\/h2>/);
    });
    it('shows a code excerpt, escaped, with the marked line and the underline wrapped for styling', () => {
        const article = /<article class="check" id="check-template-placeholder"[\s\S]*?<\/article>/.exec(html)?.[0] ?? '';
        expect(article).toContain('<pre class="frame">  5 |   containers:\n  6 |     - name: app\n<span class="hit">&gt; 7 |       image: registry.example.com/app:__VERSION__</span>\n' +
            `    |              <span class="caret">${'^'.repeat(36)}</span></pre>`);
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
    it('escapes object names, kinds, namespaces, files and containers in the errors and the per-object view', () => {
        const hostile = '<img src=x onerror=alert(1)>';
        const target = object(`Kind${hostile}`, `name${hostile}`, { namespace: `ns${hostile}`, file: `dir/${hostile}.yaml` });
        const error = { ...on(target, 'template-placeholder', 'error'), message: hostile, container: hostile };
        const out = formatHtml(resultOf([error, { ...error, checkId: `x" onmouseover="alert(1)` }], { objects: [target], errors: [{ file: hostile, message: hostile }] }), { checks, version: '1' });
        expect(out).not.toContain('<img');
        expect(out).not.toContain('onmouseover="alert');
        const escaped = '&lt;img src=x onerror=alert(1)&gt;';
        expect(out).toContain(`<span class="object">Kind${escaped} ns${escaped}/name${escaped}</span> <code class="file">dir/${escaped}.yaml</code>`);
        expect(out).toContain(`<span class="container">container ${escaped}</span>`);
        expect(out).toContain(`<li><code>${escaped}</code> ${escaped}</li>`);
        expect(out).toContain('<a href="#check-x&quot; onmouseover=&quot;alert(1)">');
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
        // The overall score and every area with a check that applies to a Pod.
        expect([...clean.matchAll(/data-score="([a-z]+)">100</g)].map((match) => match[1])).toEqual(['overall', 'probes', 'disruptions', 'resources', 'images', 'security', 'correctness']);
        expect(clean).not.toContain('<section class="area');
        expect(clean).toContain('<p class="clean">No object has a finding.</p>');
    });
    it('reports the inputs that could not be read first, above the summary', () => {
        const out = formatHtml(resultOf([], { errors: [{ file: 'charts/web', message: 'helm template failed: <nil>' }] }), { checks, version: '1' });
        expect(out).toContain('<div class="run-errors"><h2>1 input could not be read or rendered</h2><p>The report does not cover them: their objects are neither scored nor listed.</p><ul><li><code>charts/web</code> helm template failed: &lt;nil&gt;</li></ul></div>');
        expect(out.indexOf('<section id="errors"')).toBeLessThan(out.indexOf('id="summary"'));
        expect(out.indexOf('<section id="errors"')).toBeGreaterThan(out.indexOf('</header>'));
    });
    it('puts findings of checks it does not know under "other", with the finding’s own risk', () => {
        const out = formatHtml(resultOf([finding({ checkId: 'mystery', risk: 'Something odd.', severity: 'error' })]), { checks, version: '1' });
        expect(out).toContain('id="area-other"');
        expect(out).toContain('<dt>Risk</dt><dd>Something odd.</dd>');
    });
});
