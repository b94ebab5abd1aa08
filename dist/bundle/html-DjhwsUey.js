import { B as categories, q as severities, s as isFixable } from "./cli.js";
import { t as codeFrame } from "./code-frame-BuCCt9-Z.js";
import { i as sourceReader, n as checksDocsUrl, r as escapeHtml, t as checkDocsUrl } from "./context-BsrkUNNl.js";
import { n as dockerfileApiVersion, r as dockerfileKind } from "./dockerfile--1PYcFcI.js";
import { basename } from "node:path";

// dist/src/report/readiness-score.js
/** A failure with an error counts as this many failures with a warning. */
const errorWeight = 3;
/** The lowest score of the green band, and of the amber band; below it is red. */
const greenFrom = 90;
const amberFrom = 70;
/** An area with any error scores at most this: below the amber band, whatever else passes. */
const errorCap = 69;
function objectKey(object, file) {
	return `${file}\0${object.apiVersion}\0${object.kind}\0${object.namespace}\0${object.name}`;
}
function fileKey(file) {
	return `file\0${file}`;
}
/** The subject a finding is on: its object, keyed by the file the object was read from, or its file. */
function subjectKeyOf(finding) {
	return finding.object ? objectKey(finding.object, finding.rendered?.file ?? finding.file) : fileKey(finding.file);
}
/**
* The readiness of each review area, scored as scoreOf says, over the (subject, check) pairs a check
* applies to:
* - a check that names kinds, to the objects of those kinds (what the engine runs it on), and when it
*   needs another kind in the unit (its needsInUnit), only where that is;
* - a check of the correctness area that names none (API versions, schemas, placeholders), to every object;
* - a check that reads files (yaml-syntax), to the files it reported on: a file that parses is counted as
*   its objects;
* - any other check that names no kinds judges a relation across objects or a rule the config sets
*   (environments, colocation, naming): it applies to the objects of the units where it reported something;
* - and every check to whatever it reported on.
* A pair passes when the check reported no error and no warning on the subject; info is advice and passes.
* Without `objects` (a result not made by lint), the subjects are those the findings name.
*/
function readinessOf(findings, checks, objects, notRun = []) {
	const skipped = new Set(notRun);
	const byId = new Map(checks.map((check) => [check.meta.id, check]));
	const subjects = /* @__PURE__ */ new Map();
	for (const object of objects ?? []) {
		const key = objectKey(object, object.file);
		if (!subjects.has(key)) subjects.set(key, {
			key,
			kind: object.kind,
			apiVersion: object.apiVersion,
			namespace: object.namespace,
			name: object.name,
			file: object.origin ?? object.file,
			unit: object.unit
		});
	}
	const reported = /* @__PURE__ */ new Map();
	const reportedUnits = /* @__PURE__ */ new Map();
	for (const finding of findings) {
		const key = subjectKeyOf(finding);
		let subject = subjects.get(key);
		if (!subject) {
			subject = finding.object ? {
				key,
				kind: finding.object.kind,
				apiVersion: finding.object.apiVersion,
				namespace: finding.object.namespace,
				name: finding.object.name,
				file: finding.file,
				unit: void 0
			} : fileSubject(finding.file);
			subjects.set(key, subject);
		}
		let worst = reported.get(finding.checkId);
		if (!worst) reported.set(finding.checkId, worst = /* @__PURE__ */ new Map());
		const before = worst.get(key);
		if (before === void 0 || rank$1[finding.severity] > rank$1[before]) worst.set(key, finding.severity);
		let units = reportedUnits.get(finding.checkId);
		if (!units) reportedUnits.set(finding.checkId, units = /* @__PURE__ */ new Set());
		units.add(subject.unit);
	}
	const unitKinds = /* @__PURE__ */ new Map();
	for (const subject of subjects.values()) {
		if (subject.kind === void 0) continue;
		let kinds = unitKinds.get(subject.unit);
		if (!kinds) unitKinds.set(subject.unit, kinds = /* @__PURE__ */ new Set());
		kinds.add(subject.kind);
	}
	const counted = [.../* @__PURE__ */ new Set([...checks.filter((check) => check.meta.enabledByDefault !== false).map((check) => check.meta.id), ...reported.keys()])].filter((id) => !skipped.has(id));
	const applies = (id, subject) => {
		if (reported.get(id)?.has(subject.key)) return true;
		const check = byId.get(id);
		if (!check) return false;
		if (check.target === "source" || subject.kind === void 0) return false;
		const kinds = check.target === "object" ? check.kinds : void 0;
		if (subject.kind === "Dockerfile" && subject.apiVersion === "kubeready.io/v1" && !kinds?.includes("Dockerfile")) return false;
		if (kinds) {
			if (!kinds.includes(subject.kind)) return false;
			const needs = check.target === "object" ? check.needsInUnit : void 0;
			return needs === void 0 || needs.some((kind) => unitKinds.get(subject.unit)?.has(kind));
		}
		if (check.meta.category === "correctness") return true;
		return reportedUnits.get(id)?.has(subject.unit) ?? false;
	};
	const areaOf = (id) => byId.get(id)?.meta.category ?? "other";
	const empty = () => ({
		passing: 0,
		warning: 0,
		error: 0
	});
	const areaPairs = /* @__PURE__ */ new Map();
	const areaSubjects = /* @__PURE__ */ new Map();
	const overallPairs = empty();
	const overallSubjects = empty();
	const areaChecks = /* @__PURE__ */ new Map();
	for (const id of counted) {
		const area = areaOf(id);
		areaChecks.set(area, [...areaChecks.get(area) ?? [], id]);
	}
	for (const subject of subjects.values()) {
		const worstInArea = /* @__PURE__ */ new Map();
		for (const id of counted) {
			if (!applies(id, subject)) continue;
			const area = areaOf(id);
			const severity = reported.get(id)?.get(subject.key);
			const outcome = severity === "error" ? "error" : severity === "warning" ? "warning" : "passing";
			add(areaPairs, area, outcome);
			overallPairs[outcome]++;
			const before = worstInArea.get(area);
			if (before === void 0 || outcomeRank[outcome] > outcomeRank[before]) worstInArea.set(area, outcome);
		}
		let worst;
		for (const [area, outcome] of worstInArea) {
			add(areaSubjects, area, outcome);
			if (worst === void 0 || outcomeRank[outcome] > outcomeRank[worst]) worst = outcome;
		}
		if (worst !== void 0) overallSubjects[worst]++;
	}
	return {
		areas: [...categories, ...counted.some((id) => !byId.has(id)) ? ["other"] : []].map((area) => {
			const pairs = areaPairs.get(area) ?? empty();
			const scored = areaSubjects.get(area) ?? empty();
			return {
				area,
				checks: areaChecks.get(area) ?? [],
				pairs,
				subjects: scored,
				score: scoreOf(pairs, scored)
			};
		}),
		overall: {
			pairs: overallPairs,
			subjects: overallSubjects,
			score: scoreOf(overallPairs, overallSubjects)
		},
		subjects
	};
}
const outcomeRank = {
	passing: 0,
	warning: 1,
	error: 2
};
const rank$1 = {
	info: 0,
	warning: 1,
	error: 2
};
function add(tallies, area, outcome) {
	let tally = tallies.get(area);
	if (!tally) tallies.set(area, tally = {
		passing: 0,
		warning: 0,
		error: 0
	});
	tally[outcome]++;
}
function fileSubject(file) {
	return {
		key: fileKey(file),
		kind: void 0,
		apiVersion: "",
		namespace: "",
		name: "",
		file,
		unit: void 0
	};
}
/**
* A score from 0 to 100: the mean of two shares, that of the objects with nothing to fix and that of the
* (object, check) pairs that pass, in each of which a failure with an error counts errorWeight times.
* The first makes a failure common to many objects weigh, however many other checks pass; the second,
* how much of each object is right. Rounded down, so 100 only when everything passes; at most errorCap
* when anything failed with an error; undefined when there is nothing to check.
*/
function scoreOf(pairs, subjects) {
	const pairWeight = pairs.passing + pairs.warning + 3 * pairs.error;
	const subjectWeight = subjects.passing + subjects.warning + 3 * subjects.error;
	if (pairWeight === 0 || subjectWeight === 0) return void 0;
	const score = Math.floor(100 * (pairs.passing * subjectWeight + subjects.passing * pairWeight) / (2 * pairWeight * subjectWeight));
	return pairs.error > 0 || subjects.error > 0 ? Math.min(score, 69) : score;
}
/** The colour band of a score: green from greenFrom, amber from amberFrom, red below; none without a score. */
function bandOf(score) {
	if (score === void 0) return "none";
	return score >= 90 ? "good" : score >= 70 ? "mid" : "bad";
}

// dist/src/report/html.js
/** One line on what each review area covers, shown under its heading. */
const areaAbout = {
	probes: "Liveness, readiness and startup probes: restarts and traffic at the right moments.",
	disruptions: "Drains, rollouts and the loss of a node leave enough replicas serving.",
	resources: "Requests and limits: pods are scheduled where they fit and cannot starve their neighbours.",
	scaling: "Horizontal autoscalers that can act on what the pods declare.",
	images: "What runs: images pinned to a version, from registries you trust.",
	storage: "Volumes and persistent data.",
	networking: "Services, ingresses and the path a request takes.",
	environments: "Production kept apart from everything else.",
	security: "Pod Security Standards, network isolation, namespace guardrails and credentials.",
	correctness: "Manifests the target Kubernetes release accepts: syntax and API versions.",
	other: "Findings of checks this report has no metadata for."
};
/** Findings of one check shown before the rest are folded away; the same for errors at the top. */
const shownPerCheck = 20;
/** Objects of the per-object view shown before the rest are folded away. */
const shownObjects = 12;
/**
* The readiness report: one self-contained HTML page (inline CSS, a few lines of optional script for the
* severity filter, nothing fetched). From the top: what could not be reviewed and every error; the summary;
* a score per review area beside the objects, worst first, each with its findings across areas; then the
* findings by area and check, with the check's risk, its mitigation and a code excerpt.
*/
function formatHtml(result, context) {
	const disabled = result.disabledChecks ?? [];
	const readiness = readinessOf(result.findings, context.checks, result.objects, disabled);
	const groups = groupByArea(result.findings, context.checks);
	const titles = new Map(context.checks.map((check) => [check.meta.id, check.meta.title]));
	const readSource = context.readSource ? sourceReader(context.readSource) : void 0;
	const project = context.cwd ? basename(context.cwd) : "";
	const title = `kubeready readiness report${project ? ` · ${project}` : ""}`;
	const { summary } = result;
	const total = summary.error + summary.warning + summary.info;
	const { overall } = readiness;
	const meta = [
		`kubeready ${context.version}`,
		`${plural(summary.objects, "object")} in ${plural(summary.files, "file")}`,
		...context.generatedAt ? [`generated ${context.generatedAt.toISOString().slice(0, 16).replace("T", " ")} UTC`] : []
	];
	const withFiles = [...readiness.subjects.values()].some((subject) => subject.kind === void 0);
	const subjectCount = count(overall.subjects);
	const objectsPassing = `${overall.subjects.passing} of ${subjectCount} ${withFiles ? "objects and files" : subjectCount === 1 ? "object" : "objects"} ${overall.subjects.passing === 1 ? "has" : "have"} nothing to fix`;
	const body = [
		`<header><h1>Production-readiness report${project ? ` <span class="project">${escapeHtml(project)}</span>` : ""}</h1>`,
		`<p class="meta">${meta.map(escapeHtml).join(" · ")}</p></header>`,
		errorsFirst(result, titles),
		"<section id=\"summary\" aria-labelledby=\"summary-title\"><h2 id=\"summary-title\">Summary</h2><div class=\"tiles\">",
		`<div class="tile overall ${bandOf(overall.score)}"><span class="value" data-score="overall">${scoreText(overall.score)}</span>`,
		`<span class="label">overall score · ${overall.pairs.passing} of ${plural(count(overall.pairs), "check")} pass · ${objectsPassing}</span></div>`,
		...severities.map((severity) => `<div class="tile sev-${severity}"><span class="value" data-count="${severity}">${summary[severity]}</span><span class="label">${severity === "info" ? "info" : `${severity}s`}</span></div>`),
		"</div>",
		total === 0 ? `<p class="clean">No findings: every check ${disabled.length > 0 ? "that ran " : ""}passed.</p>` : "",
		disabled.length > 0 ? `<p class="not-run">${plural(disabled.length, "check")} turned off by the config did not run: ${disabled.map((id) => `<code>${escapeHtml(id)}</code>`).join(", ")}.</p>` : "",
		"</section>",
		"<div class=\"views\">",
		areaTable(readiness, groups),
		objectView(readiness, result.findings, titles),
		"</div>",
		total > 0 ? filterForm() : "",
		...readiness.areas.flatMap((area) => {
			const areaGroups = groups.get(area.area) ?? [];
			return areaGroups.length > 0 ? [areaSection(area, areaGroups, readSource)] : [];
		}),
		`<footer><p>Check descriptions: <a href="${escapeHtml(checksDocsUrl)}">docs/checks.md</a>, or <code>kubeready --explain CHECK</code>.</p></footer>`
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
${body.filter((part) => part !== "").join("\n")}
${total > 0 ? `<script>${filterScript}<\/script>` : ""}
</body>
</html>
`;
}
/** The findings by area and by check, the checks of each area worst first. */
function groupByArea(findings, checks) {
	const metaById = new Map(checks.map((check) => [check.meta.id, check.meta]));
	const groups = /* @__PURE__ */ new Map();
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
				findings: []
			};
			groups.set(finding.checkId, group);
		}
		group.findings.push(finding);
	}
	const byArea = /* @__PURE__ */ new Map();
	for (const group of groups.values()) pushTo(byArea, metaById.get(group.id)?.category ?? "other", group);
	for (const areaGroups of byArea.values()) areaGroups.sort((a, b) => worstRank(b.findings) - worstRank(a.findings) || b.findings.length - a.findings.length || (a.id < b.id ? -1 : 1));
	return byArea;
}
const scoreExplanation = `An area’s score, from 0 to 100, is the mean of two shares: of the objects its checks apply to, those with nothing to fix in the area; and of its object checks (one check on one object), those that pass. In both a failure with an error counts ${3} times, and info findings are advice that never lower a score. Any error caps the area at ${69}, below the amber band (${70}–${90 - 1}; green from ${90}). A check applies to the objects of the kinds it reviews (one about autoscaled workloads only where an autoscaler is); checks of relations or naming that name no kinds, only in the units where they reported something. An area none of whose checks applies to anything has nothing to check and no score. Checks the config turned off, and those off by default that reported nothing, are not counted. The overall score is the same over every area.`;
function areaTable(readiness, groups) {
	return [
		"<section id=\"areas\" aria-labelledby=\"areas-title\"><h2 id=\"areas-title\">Score per review area</h2>",
		"<table class=\"areas\"><thead><tr><th scope=\"col\">Area</th><th scope=\"col\">Score</th><th scope=\"col\" title=\"objects with nothing to fix in the area, of those its checks apply to\">Objects</th>",
		"<th scope=\"col\" title=\"object checks (one check on one object) that pass\">Checks</th>",
		"<th scope=\"col\" title=\"errors\">E</th><th scope=\"col\" title=\"warnings\">W</th><th scope=\"col\" title=\"info\">I</th></tr></thead>",
		`<tbody>\n${readiness.areas.map((area) => {
			const counts = severityCounts(groups.get(area.area) ?? []);
			const name = (groups.get(area.area)?.length ?? 0) > 0 ? `<a href="#area-${area.area}">${area.area}</a>` : area.area;
			const bar = area.score === void 0 ? "" : `<span class="bar"><span style="width:${area.score}%"></span></span>`;
			const nothing = area.score === void 0;
			return `<tr class="${bandOf(area.score)}" data-area="${area.area}"><th scope="row">${name}</th><td class="score"><span class="value" data-score="${area.area}">${scoreText(area.score)}</span>${bar}</td><td class="num" data-objects="${area.area}">${nothing ? "" : `${area.subjects.passing} / ${count(area.subjects)}`}</td><td class="num" data-pairs="${area.area}">${nothing ? "" : `${area.pairs.passing} / ${count(area.pairs)}`}</td>` + severities.map((severity) => `<td class="num sev-${severity}${counts[severity] === 0 ? " zero" : ""}">${counts[severity]}</td>`).join("") + "</tr>";
		}).join("\n")}\n</tbody></table>`,
		`<p class="how"><strong>How the score is computed.</strong> ${escapeHtml(scoreExplanation)}</p>`,
		"</section>"
	].join("\n");
}
/** Every object with findings, worst first, each with its findings across areas; then those with nothing to fix. */
function objectView(readiness, findings, titles) {
	const bySubject = /* @__PURE__ */ new Map();
	for (const finding of findings) {
		const key = subjectKeyOf(finding);
		let entry = bySubject.get(key);
		if (!entry) {
			const subject = readiness.subjects.get(key);
			if (!subject) continue;
			bySubject.set(key, entry = {
				subject,
				findings: [],
				counts: {
					error: 0,
					warning: 0,
					info: 0
				}
			});
		}
		entry.findings.push(finding);
		entry.counts[finding.severity]++;
	}
	const listed = [...bySubject.values()].sort((a, b) => b.counts.error - a.counts.error || b.counts.warning - a.counts.warning || b.counts.info - a.counts.info || (subjectName(a.subject) < subjectName(b.subject) ? -1 : 1));
	const clean = [...readiness.subjects.values()].filter((subject) => subject.kind !== void 0 && !bySubject.has(subject.key));
	const areaOf = /* @__PURE__ */ new Map();
	for (const area of readiness.areas) for (const id of area.checks) areaOf.set(id, area.area);
	const items = listed.map((entry, i) => objectItem(entry, i, listed.length <= objectsOpen, areaOf, titles));
	const shown = items.slice(0, shownObjects);
	const folded = items.slice(shownObjects);
	return [
		"<section id=\"objects\" aria-labelledby=\"objects-title\"><h2 id=\"objects-title\">Objects, worst first</h2>",
		listed.length === 0 ? "<p class=\"clean\">No object has a finding.</p>" : `<p class="how">${listed.length} ${listed.some((entry) => entry.subject.kind === void 0) ? "objects and files" : listed.length === 1 ? "object" : "objects"} with findings, by errors, then warnings, then info. Open one for its findings across areas.</p>`,
		shown.length > 0 ? `<ol class="objects">\n${shown.join("\n")}\n</ol>` : "",
		folded.length > 0 ? `<details class="more"><summary>${plural(folded.length, "more object")}</summary><ol class="objects" start="13">\n${folded.join("\n")}\n</ol></details>` : "",
		clean.length > 0 ? `<details class="clean-objects"><summary>${plural(clean.length, "object")} without findings</summary><ul>${clean.map((subject) => `<li>${subjectLabel(subject)}</li>`).join("")}</ul></details>` : "",
		"</section>"
	].filter((part) => part !== "").join("\n");
}
/** With this many objects with findings or fewer, the per-object view opens them all. */
const objectsOpen = 3;
function objectItem(entry, index, open, areaOf, titles) {
	const worst = entry.counts.error > 0 ? "error" : entry.counts.warning > 0 ? "warning" : "info";
	const order = (finding) => rank[finding.severity];
	const sorted = [...entry.findings].sort((a, b) => order(b) - order(a) || areaIndex(areaOf.get(a.checkId)) - areaIndex(areaOf.get(b.checkId)) || a.line - b.line);
	const byCheck = /* @__PURE__ */ new Map();
	for (const finding of sorted) pushTo(byCheck, `${finding.checkId}\0${finding.severity}`, finding);
	const areas = [...new Set(sorted.map((finding) => areaOf.get(finding.checkId) ?? "other"))];
	const counts = severities.filter((severity) => entry.counts[severity] > 0).map((severity) => `<span class="count sev-${severity}">${plural(entry.counts[severity], severity)}</span>`).join(" ");
	return [
		`<li class="entry sev-${worst}" id="object-${index + 1}" data-worst="${worst}"><details${open ? " open" : ""}>`,
		`<summary>${subjectLabel(entry.subject)} <span class="counts">${counts}</span>`,
		`<span class="areas-of">${areas.map((area) => `<span class="chip">${area}</span>`).join(" ")}</span></summary>`,
		`<ul class="briefs">${[...byCheck.values()].map((findings) => checkLine(findings, titles, areaOf.get(findings[0]?.checkId ?? "") ?? "other", entry.subject.file)).join("")}</ul>`,
		"</details></li>"
	].join("");
}
/** An object as people name it, with the file it is written in. */
function subjectLabel(subject) {
	return `${subject.kind === void 0 ? "" : `<span class="object">${escapeHtml(subjectName(subject))}</span> `}<code class="file">${escapeHtml(subject.file)}</code>`;
}
function subjectName(subject) {
	return subject.kind === void 0 ? subject.file : `${subject.kind} ${subject.namespace ? `${subject.namespace}/` : ""}${subject.name}`;
}
/** One finding in a line or two, with its object and message: what the top of the page lists under its check. */
function brief(finding) {
	const object = finding.object ? ` <span class="object">${escapeHtml(objectName(finding))}</span>` : "";
	return `<li class="brief sev-${finding.severity}" data-severity="${finding.severity}"><span class="badge sev-${finding.severity}">${finding.severity}</span>${object} <code class="location">${escapeHtml(`${finding.file}:${finding.line}:${finding.column}`)}</code><span class="message">${escapeHtml(finding.message)}</span></li>`;
}
/**
* The findings of one check on one object in one line, for the per-object view: the area, the check, the
* containers and the lines (only the line when it is in the object's own file). The messages are in the
* area's section.
*/
function checkLine(findings, titles, area, file) {
	const [first] = findings;
	if (!first) return "";
	const shownLines = 8;
	const where = findings.slice(0, shownLines).map((finding) => finding.file === file ? String(finding.line) : `${finding.file}:${finding.line}`);
	const location = `${findings.every((finding) => finding.file === file) ? findings.length === 1 ? "line " : "lines " : ""}${where.join(", ")}${findings.length > shownLines ? ", …" : ""}`;
	const containers = [...new Set(findings.flatMap((finding) => finding.container === void 0 ? [] : [finding.container]))];
	return `<li class="brief sev-${first.severity}" data-severity="${first.severity}"><span class="badge sev-${first.severity}">${first.severity}</span> <span class="chip">${area}</span> ${checkLink(first.checkId, titles)}${findings.length > 1 ? ` <span class="times">×${findings.length}</span>` : ""}${containers.length > 0 ? ` <span class="container">${escapeHtml(`container${containers.length > 1 ? "s" : ""} ${containers.join(", ")}`)}</span>` : ""} <code class="location">${escapeHtml(location)}</code></li>`;
}
function checkLink(id, titles) {
	return `<a href="#check-${escapeHtml(id)}">${escapeHtml(titles.get(id) ?? id)}</a>`;
}
function objectName(finding) {
	return finding.object ? `${finding.object.kind} ${finding.object.namespace ? `${finding.object.namespace}/` : ""}${finding.object.name}` : "";
}
/** Errors at the top are listed one by one when there are at most this many, else folded per check. */
const errorsListedOpen = 10;
/** At the top, before the summary: the inputs that could not be reviewed, and every error by check. */
function errorsFirst(result, titles) {
	const errors = result.findings.filter((finding) => finding.severity === "error");
	if (result.errors.length === 0 && errors.length === 0) return "";
	const parts = [];
	if (result.errors.length > 0) {
		const items = result.errors.map((error) => `<li><code>${escapeHtml(`${error.file}${error.line ? `:${error.line}` : ""}`)}</code> ${escapeHtml(error.message)}</li>`);
		parts.push(`<div class="run-errors"><h2>${plural(result.errors.length, "input")} could not be read or rendered</h2><p>The report does not cover them: their objects are neither scored nor listed.</p><ul>${items.slice(0, shownPerCheck).join("")}</ul>` + (items.length > shownPerCheck ? `<details class="more"><summary>${plural(items.length - shownPerCheck, "more input")}</summary><ul>${items.slice(shownPerCheck).join("")}</ul></details>` : "") + "</div>");
	}
	if (errors.length > 0) {
		const byCheck = /* @__PURE__ */ new Map();
		for (const finding of errors) pushTo(byCheck, finding.checkId, finding);
		const groups = [...byCheck].sort((a, b) => b[1].length - a[1].length || (a[0] < b[0] ? -1 : 1));
		const open = errors.length <= errorsListedOpen;
		const items = groups.map(([id, findings]) => {
			const where = new Set(findings.map(subjectKeyOf)).size;
			const briefs = findings.map(brief);
			return `<li><details class="error-group"${open ? " open" : ""}><summary><a href="#check-${escapeHtml(id)}">${escapeHtml(titles.get(id) ?? id)}</a> <code>${escapeHtml(id)}</code> <span class="counts">${plural(findings.length, "error")} in ${plural(where, findings.some((finding) => finding.object) ? "object" : "file")}</span></summary><ul class="briefs">${briefs.slice(0, shownPerCheck).join("")}</ul>` + (briefs.length > shownPerCheck ? `<details class="more"><summary>${plural(briefs.length - shownPerCheck, "more error")}</summary><ul class="briefs">${briefs.slice(shownPerCheck).join("")}</ul></details>` : "") + "</details></li>";
		});
		parts.push(`<div class="error-findings"><h2>${plural(errors.length, "error")}</h2><p>Each stops a deploy or breaks what it deploys; an area with one scores at most ${69}.</p><ul class="error-checks">${items.join("")}</ul></div>`);
	}
	return `<section id="errors" class="errors-first" aria-label="errors and inputs not reviewed">${parts.join("\n")}</section>`;
}
function areaSection(area, groups, readSource) {
	const findingCount = groups.reduce((sum, group) => sum + group.findings.length, 0);
	const objects = area.score === void 0 ? "" : `${area.subjects.passing} of ${plural(count(area.subjects), "object")} pass · `;
	return [
		`<section class="area ${bandOf(area.score)}" id="area-${area.area}" data-area="${area.area}">`,
		`<h2>${capitalized(area.area)} <span class="area-score">${scoreText(area.score)}</span> <span class="area-count">${objects}${plural(findingCount, "finding")}</span></h2>`,
		`<p class="about">${escapeHtml(areaAbout[area.area])}</p>`,
		...groups.map((group) => checkArticle(group, readSource)),
		"</section>"
	].join("\n");
}
function checkArticle(group, readSource) {
	const items = group.findings.map((finding) => findingItem(finding, readSource));
	const shown = items.slice(0, shownPerCheck);
	const folded = items.slice(shownPerCheck);
	return [
		`<article class="check" id="check-${escapeHtml(group.id)}" data-check="${escapeHtml(group.id)}">`,
		`<h3><span class="badge sev-${group.severity}">${group.severity}</span> ${escapeHtml(group.title)} <a class="check-id" href="${escapeHtml(checkDocsUrl(group.id))}"><code>${escapeHtml(group.id)}</code></a> <span class="check-count">${plural(group.findings.length, "finding")}</span></h3>`,
		`<dl><dt>Risk</dt><dd>${escapeHtml(group.risk)}</dd><dt>Mitigation</dt><dd>${escapeHtml(group.mitigation)}</dd></dl>`,
		`<ol class="findings">\n${shown.join("\n")}\n</ol>`,
		folded.length > 0 ? `<details class="more"><summary>${plural(folded.length, "more finding")}</summary><ol class="findings" start="21">\n${folded.join("\n")}\n</ol></details>` : "",
		"</article>"
	].filter((part) => part !== "").join("\n");
}
function findingItem(finding, readSource) {
	const object = finding.object ? `${finding.object.kind} ${finding.object.namespace ? `${finding.object.namespace}/` : ""}${finding.object.name}` : "";
	const notes = [...finding.exact ? [] : ["the field is missing; the position is that of its nearest parent"], ...finding.approximate ? ["the line is inferred"] : []];
	const source = readSource?.(finding.file);
	const frame = source === void 0 ? "" : `<pre class="frame">${frameHtml(codeFrame(source, finding))}</pre>`;
	return [
		`<li class="finding sev-${finding.severity}" data-severity="${finding.severity}">`,
		`<p class="where"><span class="badge sev-${finding.severity}">${finding.severity}</span> <code class="location">${escapeHtml(`${finding.file}:${finding.line}:${finding.column}`)}</code>${object ? ` <span class="object">${escapeHtml(object)}</span>` : ""}${finding.path ? ` <code class="path">${escapeHtml(finding.path)}</code>` : ""}${isFixable(finding) ? " <span class=\"chip\">fixable with --fix</span>" : ""}</p>`,
		`<p class="message">${escapeHtml(finding.message)}</p>`,
		notes.length > 0 ? `<p class="note">${escapeHtml(`Note: ${notes.join("; ")}.`)}</p>` : "",
		frame,
		"</li>"
	].filter((part) => part !== "").join("");
}
/** The plain code frame, escaped, with the marked lines and the underline wrapped for styling. */
function frameHtml(frame) {
	return frame.split("\n").map((line) => {
		const text = escapeHtml(line);
		if (line.startsWith(">")) return `<span class="hit">${text}</span>`;
		const underline = /^( +\| +)(\^+)$/.exec(line);
		if (underline) return `${underline[1]}<span class="caret">${underline[2]}</span>`;
		return text;
	}).join("\n");
}
/** The severity filter needs the script, so it starts hidden: without script every finding is shown. */
function filterForm() {
	return `<form class="filter" id="filter" hidden><span>Show</span> ${severities.map((severity) => `<label class="sev-${severity}"><input type="checkbox" name="severity" value="${severity}" checked> ${severity}</label>`).join(" ")}</form>`;
}
const filterScript = `
(function () {
  var form = document.getElementById('filter');
  if (!form) return;
  form.hidden = false;
  form.addEventListener('change', function () {
    var shown = {};
    form.querySelectorAll('input').forEach(function (box) { shown[box.value] = box.checked; });
    document.querySelectorAll('.finding, .brief').forEach(function (item) { item.hidden = !shown[item.dataset.severity]; });
    document.querySelectorAll('.check, .area').forEach(function (block) {
      block.hidden = !block.querySelector('.finding:not([hidden])');
    });
    document.querySelectorAll('li.entry, .error-findings').forEach(function (block) {
      block.hidden = !block.querySelector('.brief:not([hidden])');
    });
  });
})();
`;
const stylesheet = `
:root { color-scheme: light dark; --fg: #1f2328; --muted: #59636e; --bg: #ffffff; --panel: #f6f8fa; --line: #d1d9e0;
  --error: #cf222e; --warning: #9a6700; --info: #0969da; --good: #1a7f37; --mid: #bf8700; --bad: #cf222e; --hit: #fff8c5; --alarm: #ffebe9; }
@media (prefers-color-scheme: dark) { :root { --fg: #e6edf3; --muted: #9198a1; --bg: #0d1117; --panel: #151b23; --line: #3d444d;
  --error: #f85149; --warning: #d29922; --info: #4493f8; --good: #3fb950; --mid: #d29922; --bad: #f85149; --hit: #3a3000; --alarm: #2d1214; } }
* { box-sizing: border-box; }
body { margin: 0 auto; max-width: 88rem; padding: 1.5rem; font: 15px/1.5 system-ui, -apple-system, "Segoe UI", sans-serif; color: var(--fg); background: var(--bg); }
h1 { font-size: 1.6rem; margin: 0; } h2 { font-size: 1.25rem; margin: 2rem 0 .5rem; } h3 { font-size: 1rem; margin: 0 0 .5rem; }
.project { color: var(--muted); font-weight: normal; }
.meta, .about, .how, .note, .not-run, footer { color: var(--muted); }
code, pre { font: 13px/1.45 ui-monospace, SFMono-Regular, Menlo, Consolas, monospace; }
a { color: var(--info); }
.tiles { display: flex; flex-wrap: wrap; gap: .75rem; }
.tile { border: 1px solid var(--line); border-radius: 8px; padding: .75rem 1rem; min-width: 9rem; background: var(--panel); }
.tile .value { display: block; font-size: 2rem; font-weight: 600; line-height: 1.1; }
.tile .label { color: var(--muted); font-size: .85rem; }
.tile.overall { min-width: 14rem; max-width: 24rem; }
.good .value, .good .area-score { color: var(--good); } .mid .value, .mid .area-score { color: var(--mid); } .bad .value, .bad .area-score { color: var(--bad); }
.none .value, .none .area-score { color: var(--muted); font-weight: normal; font-style: italic; }
.tile.none .value { font-size: 1.25rem; }
.sev-error .value, td.sev-error, .count.sev-error { color: var(--error); } .sev-warning .value, td.sev-warning, .count.sev-warning { color: var(--warning); }
.sev-info .value, td.sev-info, .count.sev-info { color: var(--info); }
td.zero { color: var(--muted); }
.clean { color: var(--good); font-weight: 600; }
.views { display: grid; grid-template-columns: minmax(0, 1fr); gap: 0 2.5rem; align-items: start; }
@media (min-width: 1100px) { .views { grid-template-columns: minmax(0, 1fr) minmax(0, 1fr); } }
table.areas { border-collapse: collapse; width: 100%; }
.areas th, .areas td { border-bottom: 1px solid var(--line); padding: .4rem .5rem; text-align: left; }
.areas td.num { text-align: right; font-variant-numeric: tabular-nums; white-space: nowrap; }
.areas td.score { white-space: nowrap; width: 45%; }
.areas .score .value { display: inline-block; width: 2.5rem; font-weight: 600; }
.areas .none .score .value { width: auto; }
.bar { display: inline-block; vertical-align: middle; width: calc(100% - 3rem); height: .5rem; border-radius: 4px; background: var(--line); overflow: hidden; }
.bar span { display: block; height: 100%; background: var(--muted); }
.good .bar span { background: var(--good); } .mid .bar span { background: var(--mid); } .bad .bar span { background: var(--bad); }
.filter { margin: 1.5rem 0 0; padding: .5rem .75rem; border: 1px solid var(--line); border-radius: 8px; display: flex; gap: 1rem; align-items: center; }
.filter[hidden] { display: none; }
ol.objects { padding-left: 2rem; margin: .5rem 0; }
li.entry { border-bottom: 1px solid var(--line); padding: .35rem 0; }
li.entry summary { cursor: pointer; }
li.entry.sev-error::marker { color: var(--error); font-weight: 700; } li.entry.sev-warning::marker { color: var(--warning); }
.counts { white-space: nowrap; font-size: .85rem; margin-left: .25rem; }
.areas-of { display: block; margin: .1rem 0 0 1.1rem; }
.chip { display: inline-block; border: 1px solid var(--line); border-radius: 1em; padding: 0 .5em; font-size: .75rem; color: var(--muted); background: var(--panel); }
ul.briefs { list-style: none; padding: 0; margin: .4rem 0 .2rem; }
li.brief { margin: 0 0 .45rem; padding-left: .6rem; border-left: 3px solid var(--line); }
li.brief.sev-error { border-left-color: var(--error); } li.brief.sev-warning { border-left-color: var(--warning); } li.brief.sev-info { border-left-color: var(--info); }
li.brief .message { display: block; }
li.brief .times { font-weight: 600; } li.brief .container { color: var(--muted); }
li.brief .location, .file { color: var(--muted); }
.clean-objects { margin-top: .75rem; color: var(--muted); }
.clean-objects ul { columns: 2; padding-left: 1.2rem; }
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
.errors-first { border: 1px solid var(--error); border-left-width: 6px; border-radius: 8px; padding: .25rem 1rem .5rem; margin-top: 1rem; background: var(--alarm); }
.errors-first h2 { margin: .5rem 0 .25rem; color: var(--error); }
.errors-first p { margin: 0 0 .5rem; }
.errors-first > div + div { border-top: 1px solid var(--line); margin-top: .5rem; }
ul.error-checks { list-style: none; padding: 0; margin: 0 0 .5rem; }
ul.error-checks > li { margin: .2rem 0; }
.error-group > summary { cursor: pointer; font-weight: 600; }
.error-group > summary code { font-weight: normal; color: var(--muted); }
.error-group .briefs { margin-left: 1rem; }
.run-errors ul { padding-left: 1.2rem; }
footer { margin-top: 3rem; border-top: 1px solid var(--line); font-size: .85rem; }
[hidden] { display: none !important; }
@media print { .filter { display: none; } .check { break-inside: avoid; } .views { grid-template-columns: minmax(0, 1fr); } }
`;
function worstRank(findings) {
	return findings.reduce((worst, finding) => Math.max(worst, rank[finding.severity]), -Infinity);
}
const rank = {
	error: 3,
	warning: 2,
	info: 1
};
function severityCounts(groups) {
	const counts = {
		error: 0,
		warning: 0,
		info: 0
	};
	for (const group of groups) for (const finding of group.findings) counts[finding.severity]++;
	return counts;
}
const areaOrder = [
	"probes",
	"disruptions",
	"resources",
	"scaling",
	"images",
	"storage",
	"networking",
	"environments",
	"security",
	"correctness",
	"other"
];
function areaIndex(area) {
	return areaOrder.indexOf(area ?? "other");
}
function pushTo(map, key, value) {
	const list = map.get(key);
	if (list) list.push(value);
	else map.set(key, [value]);
}
function count(tally) {
	return tally.passing + tally.warning + tally.error;
}
function scoreText(score) {
	return score === void 0 ? "nothing to check" : String(score);
}
function capitalized(text) {
	return text.charAt(0).toUpperCase() + text.slice(1);
}
function plural(count, noun) {
	return `${count} ${noun}${count === 1 || noun === "info" ? "" : "s"}`;
}

export { formatHtml };