import { basename } from 'node:path';
import type { LintResult } from '../api.js';
import { type Category, type Check, type Severity, categories, severities } from '../engine/check.js';
import type { Finding } from '../engine/finding.js';
import { codeFrame } from './code-frame.js';
import { type ReportContext, checkDocsUrl, checksDocsUrl, escapeHtml, sourceReader } from './context.js';

type Area = Category | 'other';

/** One line on what each review area covers, shown under its heading. */
const areaAbout: Record<Area, string> = {
  probes: 'Liveness, readiness and startup probes: restarts and traffic at the right moments.',
  disruptions: 'Drains, rollouts and the loss of a node leave enough replicas serving.',
  resources: 'Requests and limits: pods are scheduled where they fit and cannot starve their neighbours.',
  scaling: 'Horizontal autoscalers that can act on what the pods declare.',
  images: 'What runs: images pinned to a version, from registries you trust.',
  storage: 'Volumes and persistent data.',
  networking: 'Services, ingresses and the path a request takes.',
  environments: 'Production kept apart from everything else.',
  security: 'Pod Security Standards, network isolation, namespace guardrails and credentials.',
  correctness: 'Manifests the target Kubernetes release accepts: syntax and API versions.',
  other: 'Findings of checks this report has no metadata for.',
};

/** Findings of one check shown before the rest are folded away. */
const shownPerCheck = 20;

interface CheckGroup {
  id: string;
  title: string;
  severity: Severity;
  risk: string;
  mitigation: string;
  findings: Finding[];
}

interface AreaScore {
  area: Area;
  /** Checks counted: those enabled by default, and any other that reported something. */
  counted: number;
  /** Counted checks that reported no error and no warning. */
  passing: number;
  counts: Record<Severity, number>;
  groups: CheckGroup[];
}

/**
 * The readiness report: one self-contained HTML page (inline CSS, a few lines of optional script for the
 * severity filter, nothing fetched) with a summary, a score per review area, and the findings grouped by
 * area and check with the check's risk, its mitigation and a code excerpt.
 */
export function formatHtml(result: LintResult, context: ReportContext): string {
  const disabled = result.disabledChecks ?? [];
  const scores = scoreAreas(result.findings, context.checks, disabled);
  const overall = scores.reduce((sum, score) => ({ counted: sum.counted + score.counted, passing: sum.passing + score.passing }), { counted: 0, passing: 0 });
  const readSource = context.readSource ? sourceReader(context.readSource) : undefined;
  const project = context.cwd ? basename(context.cwd) : '';
  const title = `kubeready readiness report${project ? ` · ${project}` : ''}`;
  const { summary } = result;
  const total = summary.error + summary.warning + summary.info;
  const meta = [
    `kubeready ${context.version}`,
    `${plural(summary.objects, 'object')} in ${plural(summary.files, 'file')}`,
    ...(context.generatedAt ? [`generated ${context.generatedAt.toISOString().slice(0, 16).replace('T', ' ')} UTC`] : []),
  ];
  const body = [
    `<header><h1>Production-readiness report${project ? ` <span class="project">${escapeHtml(project)}</span>` : ''}</h1>`,
    `<p class="meta">${meta.map(escapeHtml).join(' · ')}</p></header>`,
    runErrors(result),
    '<section id="summary" aria-labelledby="summary-title"><h2 id="summary-title">Summary</h2><div class="tiles">',
    `<div class="tile overall ${band(percent(overall.passing, overall.counted))}"><span class="value" data-score="overall">${scoreText(overall.passing, overall.counted)}</span>`,
    `<span class="label">overall score · ${overall.passing} of ${plural(overall.counted, 'check')} pass</span></div>`,
    ...severities.map(
      (severity) =>
        `<div class="tile sev-${severity}"><span class="value" data-count="${severity}">${summary[severity]}</span><span class="label">${severity === 'info' ? 'info' : `${severity}s`}</span></div>`,
    ),
    '</div>',
    total === 0 ? `<p class="clean">No findings: every check ${disabled.length > 0 ? 'that ran ' : ''}passed.</p>` : '',
    disabled.length > 0
      ? `<p class="not-run">${plural(disabled.length, 'check')} turned off by the config did not run: ${disabled.map((id) => `<code>${escapeHtml(id)}</code>`).join(', ')}.</p>`
      : '',
    '</section>',
    areaTable(scores),
    total > 0 ? filterForm() : '',
    ...scores.filter((score) => score.groups.length > 0).map((score) => areaSection(score, readSource)),
    `<footer><p>Check descriptions: <a href="${escapeHtml(checksDocsUrl)}">docs/checks.md</a>, or <code>kubeready --explain CHECK</code>.</p></footer>`,
  ];
  return `<!doctype html>
<html lang="en">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<meta http-equiv="Content-Security-Policy" content="default-src 'none'; style-src 'unsafe-inline'; script-src 'unsafe-inline'; img-src data:">
<meta name="generator" content="kubeready ${escapeHtml(context.version)}">
<title>${escapeHtml(title)}</title>
<style>${stylesheet}</style>
</head>
<body>
${body.filter((part) => part !== '').join('\n')}
${total > 0 ? `<script>${filterScript}</script>` : ''}
</body>
</html>
`;
}

/** Groups findings by area and check and scores every area; see scoreExplanation. Checks that did not run are not counted. */
export function scoreAreas(findings: readonly Finding[], checks: readonly Check[], notRun: readonly string[] = []): AreaScore[] {
  const skipped = new Set(notRun);
  const metaById = new Map(checks.map((check) => [check.meta.id, check.meta]));
  const groups = new Map<string, CheckGroup>();
  for (const finding of findings) {
    let group = groups.get(finding.checkId);
    if (!group) {
      const meta = metaById.get(finding.checkId);
      group = {
        id: finding.checkId,
        title: meta?.title ?? finding.checkId,
        severity: meta?.severity ?? finding.severity,
        risk: meta?.risk ?? finding.risk,
        mitigation: meta?.mitigation ?? finding.mitigation,
        findings: [],
      };
      groups.set(finding.checkId, group);
    }
    group.findings.push(finding);
  }
  const areas: Area[] = [...categories, ...(findings.some((finding) => !metaById.has(finding.checkId)) ? ['other' as const] : [])];
  return areas.map((area) => {
    const ids = new Set(
      checks.filter((check) => check.meta.category === area && check.meta.enabledByDefault !== false && !skipped.has(check.meta.id)).map((check) => check.meta.id),
    );
    const areaGroups = [...groups.values()].filter((group) => (metaById.get(group.id)?.category ?? 'other') === area);
    for (const group of areaGroups) ids.add(group.id);
    const failing = areaGroups.filter((group) => group.findings.some((finding) => finding.severity !== 'info')).length;
    const counts = { error: 0, warning: 0, info: 0 };
    for (const group of areaGroups) for (const finding of group.findings) counts[finding.severity]++;
    // Worst first: the checks with errors, then warnings, then by the number of findings.
    areaGroups.sort((a, b) => worstRank(b) - worstRank(a) || b.findings.length - a.findings.length || (a.id < b.id ? -1 : 1));
    return { area, counted: ids.size, passing: ids.size - failing, counts, groups: areaGroups };
  });
}

const scoreExplanation =
  'An area’s score is the share of its checks that pass, from 0 to 100: a check passes when it reported no error and no warning ' +
  'on any object. Info findings are advice and do not lower the score. The checks counted are those enabled by default plus any ' +
  'other check that reported something, less those the config turned off; the overall score is the same share over every check counted.';

function areaTable(scores: readonly AreaScore[]): string {
  const rows = scores.map((score) => {
    const value = percent(score.passing, score.counted);
    const name = score.groups.length > 0 ? `<a href="#area-${score.area}">${score.area}</a>` : score.area;
    const bar = value === undefined ? '' : `<span class="bar"><span style="width:${value}%"></span></span>`;
    return (
      `<tr class="${band(value)}" data-area="${score.area}"><th scope="row">${name}</th>` +
      `<td class="score"><span class="value" data-score="${score.area}">${scoreText(score.passing, score.counted)}</span>${bar}</td>` +
      `<td class="num">${score.passing} / ${score.counted}</td>` +
      severities.map((severity) => `<td class="num sev-${severity}${score.counts[severity] === 0 ? ' zero' : ''}">${score.counts[severity]}</td>`).join('') +
      '</tr>'
    );
  });
  return [
    '<section id="areas" aria-labelledby="areas-title"><h2 id="areas-title">Score per review area</h2>',
    '<table class="areas"><thead><tr><th scope="col">Area</th><th scope="col">Score</th><th scope="col">Checks passing</th>',
    '<th scope="col">Errors</th><th scope="col">Warnings</th><th scope="col">Info</th></tr></thead>',
    `<tbody>\n${rows.join('\n')}\n</tbody></table>`,
    `<p class="how"><strong>How the score is computed.</strong> ${escapeHtml(scoreExplanation)}</p>`,
    '</section>',
  ].join('\n');
}

function areaSection(score: AreaScore, readSource: ((file: string) => string | undefined) | undefined): string {
  const findingCount = score.groups.reduce((sum, group) => sum + group.findings.length, 0);
  return [
    `<section class="area ${band(percent(score.passing, score.counted))}" id="area-${score.area}" data-area="${score.area}">`,
    `<h2>${capitalized(score.area)} <span class="area-score">${scoreText(score.passing, score.counted)}</span>` +
      ` <span class="area-count">${plural(findingCount, 'finding')}</span></h2>`,
    `<p class="about">${escapeHtml(areaAbout[score.area])}</p>`,
    ...score.groups.map((group) => checkArticle(group, readSource)),
    '</section>',
  ].join('\n');
}

function checkArticle(group: CheckGroup, readSource: ((file: string) => string | undefined) | undefined): string {
  const items = group.findings.map((finding) => findingItem(finding, readSource));
  const shown = items.slice(0, shownPerCheck);
  const folded = items.slice(shownPerCheck);
  return [
    `<article class="check" id="check-${escapeHtml(group.id)}" data-check="${escapeHtml(group.id)}">`,
    `<h3><span class="badge sev-${group.severity}">${group.severity}</span> ${escapeHtml(group.title)} ` +
      `<a class="check-id" href="${escapeHtml(checkDocsUrl(group.id))}"><code>${escapeHtml(group.id)}</code></a>` +
      ` <span class="check-count">${plural(group.findings.length, 'finding')}</span></h3>`,
    `<dl><dt>Risk</dt><dd>${escapeHtml(group.risk)}</dd><dt>Mitigation</dt><dd>${escapeHtml(group.mitigation)}</dd></dl>`,
    `<ol class="findings">\n${shown.join('\n')}\n</ol>`,
    folded.length > 0 ? `<details class="more"><summary>${plural(folded.length, 'more finding')}</summary><ol class="findings" start="${shownPerCheck + 1}">\n${folded.join('\n')}\n</ol></details>` : '',
    '</article>',
  ]
    .filter((part) => part !== '')
    .join('\n');
}

function findingItem(finding: Finding, readSource: ((file: string) => string | undefined) | undefined): string {
  const object = finding.object ? `${finding.object.kind} ${finding.object.namespace ? `${finding.object.namespace}/` : ''}${finding.object.name}` : '';
  const notes = [
    ...(finding.exact ? [] : ['the field is missing; the position is that of its nearest parent']),
    ...(finding.approximate ? ['the line is inferred'] : []),
  ];
  const source = readSource?.(finding.file);
  const frame = source === undefined ? '' : `<pre class="frame">${frameHtml(codeFrame(source, finding))}</pre>`;
  return [
    `<li class="finding sev-${finding.severity}" data-severity="${finding.severity}">`,
    `<p class="where"><span class="badge sev-${finding.severity}">${finding.severity}</span> ` +
      `<code class="location">${escapeHtml(`${finding.file}:${finding.line}:${finding.column}`)}</code>` +
      `${object ? ` <span class="object">${escapeHtml(object)}</span>` : ''}` +
      `${finding.path ? ` <code class="path">${escapeHtml(finding.path)}</code>` : ''}</p>`,
    `<p class="message">${escapeHtml(finding.message)}</p>`,
    notes.length > 0 ? `<p class="note">${escapeHtml(`Note: ${notes.join('; ')}.`)}</p>` : '',
    frame,
    '</li>',
  ]
    .filter((part) => part !== '')
    .join('');
}

/** The plain code frame, escaped, with the marked lines and the underline wrapped for styling. */
function frameHtml(frame: string): string {
  return frame
    .split('\n')
    .map((line) => {
      const text = escapeHtml(line);
      if (line.startsWith('>')) return `<span class="hit">${text}</span>`;
      const underline = /^( +\| +)(\^+)$/.exec(line);
      if (underline) return `${underline[1]}<span class="caret">${underline[2]}</span>`;
      return text;
    })
    .join('\n');
}

function runErrors(result: LintResult): string {
  if (result.errors.length === 0) return '';
  const items = result.errors.map((error) => `<li><code>${escapeHtml(`${error.file}${error.line ? `:${error.line}` : ''}`)}</code> ${escapeHtml(error.message)}</li>`);
  return `<section class="run-errors" aria-label="inputs not reviewed"><h2>${plural(result.errors.length, 'input')} could not be read or rendered</h2><p>The report does not cover them.</p><ul>${items.join('')}</ul></section>`;
}

/** The severity filter needs the script, so it starts hidden: without script every finding is shown. */
function filterForm(): string {
  const boxes = severities.map((severity) => `<label class="sev-${severity}"><input type="checkbox" name="severity" value="${severity}" checked> ${severity}</label>`);
  return `<form class="filter" id="filter" hidden><span>Show</span> ${boxes.join(' ')}</form>`;
}

const filterScript = `
(function () {
  var form = document.getElementById('filter');
  if (!form) return;
  form.hidden = false;
  form.addEventListener('change', function () {
    var shown = {};
    form.querySelectorAll('input').forEach(function (box) { shown[box.value] = box.checked; });
    document.querySelectorAll('.finding').forEach(function (item) { item.hidden = !shown[item.dataset.severity]; });
    document.querySelectorAll('.check, .area').forEach(function (block) {
      block.hidden = !block.querySelector('.finding:not([hidden])');
    });
  });
})();
`;

const stylesheet = `
:root { color-scheme: light dark; --fg: #1f2328; --muted: #59636e; --bg: #ffffff; --panel: #f6f8fa; --line: #d1d9e0;
  --error: #cf222e; --warning: #9a6700; --info: #0969da; --good: #1a7f37; --mid: #bf8700; --bad: #cf222e; --hit: #fff8c5; }
@media (prefers-color-scheme: dark) { :root { --fg: #e6edf3; --muted: #9198a1; --bg: #0d1117; --panel: #151b23; --line: #3d444d;
  --error: #f85149; --warning: #d29922; --info: #4493f8; --good: #3fb950; --mid: #d29922; --bad: #f85149; --hit: #3a3000; } }
* { box-sizing: border-box; }
body { margin: 0 auto; max-width: 72rem; padding: 1.5rem; font: 15px/1.5 system-ui, -apple-system, "Segoe UI", sans-serif; color: var(--fg); background: var(--bg); }
h1 { font-size: 1.6rem; margin: 0; } h2 { font-size: 1.25rem; margin: 2rem 0 .5rem; } h3 { font-size: 1rem; margin: 0 0 .5rem; }
.project { color: var(--muted); font-weight: normal; }
.meta, .about, .how, .note, .not-run, footer { color: var(--muted); }
code, pre { font: 13px/1.45 ui-monospace, SFMono-Regular, Menlo, Consolas, monospace; }
a { color: var(--info); }
.tiles { display: flex; flex-wrap: wrap; gap: .75rem; }
.tile { border: 1px solid var(--line); border-radius: 8px; padding: .75rem 1rem; min-width: 9rem; background: var(--panel); }
.tile .value { display: block; font-size: 2rem; font-weight: 600; line-height: 1.1; }
.tile .label { color: var(--muted); font-size: .85rem; }
.tile.overall { min-width: 14rem; }
.good .value, .good .area-score { color: var(--good); } .mid .value, .mid .area-score { color: var(--mid); } .bad .value, .bad .area-score { color: var(--bad); }
.sev-error .value, td.sev-error { color: var(--error); } .sev-warning .value, td.sev-warning { color: var(--warning); } .sev-info .value, td.sev-info { color: var(--info); }
td.zero { color: var(--muted); }
.clean { color: var(--good); font-weight: 600; }
table.areas { border-collapse: collapse; width: 100%; }
.areas th, .areas td { border-bottom: 1px solid var(--line); padding: .4rem .6rem; text-align: left; }
.areas td.num { text-align: right; font-variant-numeric: tabular-nums; }
.areas td.score { white-space: nowrap; width: 40%; }
.areas .score .value { display: inline-block; width: 2.5rem; font-weight: 600; }
.bar { display: inline-block; vertical-align: middle; width: calc(100% - 3rem); height: .5rem; border-radius: 4px; background: var(--line); overflow: hidden; }
.bar span { display: block; height: 100%; background: var(--muted); }
.good .bar span { background: var(--good); } .mid .bar span { background: var(--mid); } .bad .bar span { background: var(--bad); }
.filter { margin: 1.5rem 0 0; padding: .5rem .75rem; border: 1px solid var(--line); border-radius: 8px; display: flex; gap: 1rem; align-items: center; }
.filter[hidden] { display: none; }
.area { border-top: 2px solid var(--line); margin-top: 2rem; }
.area h2 { display: flex; gap: .75rem; align-items: baseline; }
.area-count, .check-count { color: var(--muted); font-size: .85rem; font-weight: normal; }
.check { border: 1px solid var(--line); border-radius: 8px; padding: .75rem 1rem; margin: .75rem 0; }
.check-id { margin-left: .25rem; }
dl { display: grid; grid-template-columns: max-content 1fr; gap: .25rem 1rem; margin: 0 0 .5rem; }
dt { font-weight: 600; } dd { margin: 0; }
ol.findings { padding-left: 1.5rem; margin: .5rem 0 0; }
.finding { margin: .75rem 0; }
.finding p { margin: 0 0 .25rem; }
.object { font-weight: 600; }
.path { color: var(--muted); }
.badge { display: inline-block; border-radius: 1em; padding: 0 .55em; font-size: .75rem; font-weight: 600; color: #fff; vertical-align: 1px; }
.badge.sev-error { background: var(--error); } .badge.sev-warning { background: var(--warning); } .badge.sev-info { background: var(--info); }
pre.frame { background: var(--panel); border: 1px solid var(--line); border-radius: 6px; padding: .5rem .75rem; overflow-x: auto; margin: .25rem 0 0; }
pre.frame .hit { background: var(--hit); display: inline-block; min-width: 100%; }
pre.frame .caret { color: var(--error); font-weight: 700; }
.run-errors { border: 1px solid var(--error); border-radius: 8px; padding: .5rem 1rem; margin-top: 1rem; }
.run-errors h2 { margin-top: .25rem; color: var(--error); }
footer { margin-top: 3rem; border-top: 1px solid var(--line); font-size: .85rem; }
[hidden] { display: none !important; }
@media print { .filter { display: none; } .check { break-inside: avoid; } }
`;

function worstRank(group: CheckGroup): number {
  return group.findings.reduce((worst, finding) => Math.max(worst, { error: 3, warning: 2, info: 1 }[finding.severity]), -Infinity);
}

function percent(passing: number, counted: number): number | undefined {
  // Rounded down: 100 only when every check passes.
  return counted === 0 ? undefined : Math.floor((100 * passing) / counted);
}

function scoreText(passing: number, counted: number): string {
  return String(percent(passing, counted) ?? '–');
}

function band(score: number | undefined): string {
  if (score === undefined) return 'none';
  return score >= 90 ? 'good' : score >= 60 ? 'mid' : 'bad';
}

function capitalized(text: string): string {
  return text.charAt(0).toUpperCase() + text.slice(1);
}

function plural(count: number, noun: string): string {
  return `${count} ${noun}${count === 1 || noun === 'info' ? '' : 's'}`;
}
