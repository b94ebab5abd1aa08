import { existsSync, mkdirSync, readFileSync, readdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { lintText } from '../../src/api.js';
import { parseSource } from '../../src/load/parse.js';
import { linePosition } from '../../src/engine/locate.js';
import { checks } from '../../checks/index.js';
import { equivalences, explanations, kubeScoreAssertionsSetAside, kubeScoreConfigs, notEquivalent, } from './peer-equivalents.js';
/**
 * Agreement with the peers' own test oracles (../shared/corpus/peers): for every peer check that asks
 * the same question as a kubeready check, each case the peer expects to fail must be flagged by
 * kubeready and each case it expects to pass must be clean, or the difference must be explained in
 * peer-equivalents.ts. The table goes to test/artifacts/peers.md and to stdout.
 */
const peers = join(import.meta.dirname, '..', '..', '..', 'shared', 'corpus', 'peers');
const artifacts = join(import.meta.dirname, '..', 'artifacts');
/** The case label of a kube-score assertion: the file, with its run configuration when not the default. */
const kubeScoreLabel = (assertion) => ['k8s 1.18', 'nil'].includes(assertion.config) ? assertion.file : `${assertion.file} (${assertion.config})`;
const read = (file) => readFileSync(join(peers, file), 'utf8');
const readJson = (file) => JSON.parse(read(file));
/**
 * Runs only the given kubeready checks on one peer file, each at its default severity, with the options
 * and the Pod Security level the equivalence names (default: the checks' defaults, baseline).
 */
const lintCache = new Map();
function lintWith(file, ids, equivalence) {
    const level = equivalence?.level;
    const options = equivalence?.options ?? {};
    const key = `${file}\0${ids.join(',')}\0${level ?? ''}\0${JSON.stringify(options)}`;
    let findings = lintCache.get(key);
    if (!findings) {
        const selected = checks.filter((check) => ids.includes(check.meta.id));
        expect(selected.map((check) => check.meta.id).sort(), `kubeready checks ${ids.join(', ')}`).toEqual([...ids].sort());
        const config = Object.fromEntries(ids.map((id) => [id, options[id] ? { options: options[id] } : {}]));
        const result = lintText(read(file), file, selected, config, level ? { podSecurityLevel: level } : {});
        expect(result.errors, file).toEqual([]);
        findings = result.findings;
        lintCache.set(key, findings);
    }
    return findings;
}
function counted(equivalence, findings) {
    return findings.filter((finding) => equivalence.checks.includes(finding.checkId) && (!equivalence.only || equivalence.only.message.test(finding.message)));
}
function kubeScoreCases(equivalence, assertions, excluded) {
    const cases = [];
    for (const assertion of assertions.filter((a) => a.check === equivalence.peerCheck)) {
        const label = kubeScoreLabel(assertion);
        const setAside = kubeScoreAssertionsSetAside[`${equivalence.peerCheck} | ${label}`];
        if (setAside) {
            excluded.push({ peer: 'kube-score', peerCheck: equivalence.peerCheck, case: label, reason: setAside });
            continue;
        }
        const config = kubeScoreConfigs[assertion.config];
        if (!config)
            throw new Error(`kube-score run configuration "${assertion.config}" (${label}) is not in kubeScoreConfigs`);
        if ('exclude' in config) {
            excluded.push({ peer: 'kube-score', peerCheck: equivalence.peerCheck, case: label, reason: config.exclude });
            continue;
        }
        const verdicts = { CRITICAL: true, WARNING: true, OK: false, SKIPPED: false, 'SKIPPED (grade 0)': false };
        const expectFail = verdicts[assertion.expected];
        if (expectFail === undefined)
            throw new Error(`kube-score grade "${assertion.expected}" (${label}) has no reading`);
        const file = join('kube-score', 'testdata', assertion.file);
        const ids = equivalence.checks.filter((id) => !config.without?.includes(id));
        const findings = counted(equivalence, lintWith(file, ids, equivalence));
        cases.push({ equivalence, label, file, expectFail, flagged: findings.length > 0, findings });
    }
    return cases;
}
function polarisCases(equivalence) {
    const folder = join('polaris', 'checks', equivalence.peerCheck);
    return readdirSync(join(peers, folder))
        // As upstream TestChecks: every file but a custom check definition; mutated* files are auto-fix outputs.
        .filter((name) => /\.ya?ml$/.test(name) && name !== 'check.yaml' && !name.startsWith('mutated'))
        .sort()
        .map((name) => {
        const file = join(folder, name);
        const findings = counted(equivalence, lintWith(file, equivalence.checks, equivalence));
        return { equivalence, label: name, file, expectFail: name.includes('failure'), flagged: findings.length > 0, findings };
    });
}
/** The objects (or containers) of a kube-linter file that the check judges, with their labels and lines. */
function kubeLinterSubjects(equivalence, file) {
    const parsed = parseSource(file, read(file));
    const objects = parsed.objects.map((entry) => ({
        kind: entry.object.kind,
        name: entry.object.metadata?.name ?? '(unnamed)',
        namespace: entry.object.metadata?.namespace ?? 'default',
        roleRef: entry.object.roleRef,
        document: entry.documentIndex + 1,
        startLine: linePosition(parsed.source.lineStarts, entry.positions.table.nodes[entry.positions.root + 1] ?? 0).line,
        containers: (entry.object.spec?.template?.spec?.containers ?? []).map((container) => container.name ?? '(unnamed)'),
    }));
    const subjects = objects.filter((object) => equivalence.subjects?.includes(object.kind));
    const base = (object) => `${object.kind} ${object.name}`;
    const objectLabel = (object) => subjects.filter((other) => base(other) === base(object)).length > 1 ? `${base(object)} (document ${object.document})` : base(object);
    const result = [];
    for (const object of subjects) {
        // A binding's role: a ClusterRole by name, or a Role of the binding's namespace.
        const roleDocuments = objects
            .filter((role) => object.roleRef !== undefined &&
            role.kind === object.roleRef.kind &&
            role.name === object.roleRef.name &&
            (role.kind === 'ClusterRole' || (role.kind === 'Role' && role.namespace === object.namespace)))
            .map((role) => role.document);
        if (!equivalence.perContainer) {
            result.push({ label: objectLabel(object), document: object.document, roleDocuments });
            continue;
        }
        object.containers.forEach((name, i) => {
            const twin = object.containers.filter((other) => other === name).length > 1;
            result.push({ label: `${objectLabel(object)} container ${name}${twin ? ` (containers[${i}])` : ''}`, document: object.document, container: i, roleDocuments });
        });
    }
    // A finding belongs to the last document that starts at or before its line.
    const documentOf = (finding) => objects.filter((object) => object.startLine <= finding.line).at(-1)?.document;
    const containerOf = (finding) => Number(/(?:^|\.)containers\[(\d+)\]/.exec(finding.path)?.[1] ?? Number.NaN);
    return { subjects: result, documentOf, containerOf };
}
function kubeLinterCases(equivalence, e2e) {
    const entry = e2e.find((test) => test.include?.length === 1 && test.include[0] === equivalence.peerCheck);
    if (!entry?.file)
        throw new Error(`kube-linter: no e2e test includes ${equivalence.peerCheck}`);
    const file = join('kube-linter', entry.file);
    const { subjects, documentOf, containerOf } = kubeLinterSubjects(equivalence, file);
    const labels = subjects.map((subject) => subject.label);
    const fires = equivalence.fires ?? [];
    // The transcription of the expected reports into cases must hold up against the oracle itself.
    expect(new Set(labels).size, `${equivalence.peerCheck}: case labels are unique`).toBe(labels.length);
    expect(fires.filter((label) => !labels.includes(label)), `${equivalence.peerCheck}: fires names cases of the file`).toEqual([]);
    if (typeof entry.report_count === 'number') {
        expect(fires.length * (equivalence.reportsPerCase ?? 1), `${equivalence.peerCheck}: ${equivalence.reportsPerCase ?? 1} report(s) per firing case`).toBe(entry.report_count);
    }
    // Reports read "Kind: message" or "Kind name: message": the kind is the first word.
    const reportKinds = entry.expected_reports.map((report) => report.value.split(':')[0]?.split(' ')[0]).sort();
    const firingKinds = fires.map((label) => label.split(' ')[0]).sort();
    if (entry.expected_reports.length === fires.length)
        expect(firingKinds, `${equivalence.peerCheck}: kinds of the expected reports`).toEqual(reportKinds);
    if (equivalence.perContainer) {
        const reportContainers = entry.expected_reports.map((report) => /container "([^"]+)"/.exec(report.value)?.[1]).sort();
        expect(fires.map((label) => /container (\S+)/.exec(label)?.[1]).sort(), `${equivalence.peerCheck}: containers of the expected reports`).toEqual(reportContainers);
    }
    const findings = counted(equivalence, lintWith(file, equivalence.checks, equivalence));
    return subjects.map((subject) => {
        const own = findings.filter((finding) => {
            const document = documentOf(finding);
            if (equivalence.throughRoleRef)
                return document === subject.document || (document !== undefined && subject.roleDocuments.includes(document));
            return document === subject.document && (subject.container === undefined || containerOf(finding) === subject.container);
        });
        return { equivalence, label: subject.label, file, expectFail: fires.includes(subject.label), flagged: own.length > 0, findings: own };
    });
}
const keyOf = (peer, peerCheck, label) => `${peer} | ${peerCheck} | ${label}`;
describe.skipIf(!existsSync(peers))("the peers' test oracles", () => {
    const cases = [];
    const excluded = [];
    const explained = new Map(explanations.map((explanation) => [keyOf(explanation.peer, explanation.peerCheck, explanation.case), explanation]));
    beforeAll(() => {
        const kubeScore = readJson('kube-score/EXPECTED.json').expectations;
        const kubeLinter = readJson('kube-linter/EXPECTED.json').e2e;
        for (const equivalence of equivalences) {
            if (equivalence.peer === 'kube-score')
                cases.push(...kubeScoreCases(equivalence, kubeScore, excluded));
            else if (equivalence.peer === 'polaris')
                cases.push(...polarisCases(equivalence));
            else
                cases.push(...kubeLinterCases(equivalence, kubeLinter));
        }
        const table = report(cases, excluded, explained);
        mkdirSync(artifacts, { recursive: true });
        writeFileSync(join(artifacts, 'peers.md'), table);
        process.stdout.write(`${table.split('\n## ')[0]}\n`);
    });
    it('maps or sets aside every peer check the oracles test, each exactly once', () => {
        const kubeScore = readJson('kube-score/EXPECTED.json').expectations;
        const kubeLinter = readJson('kube-linter/EXPECTED.json').e2e;
        const tested = {
            'kube-score': new Set(kubeScore.map((a) => a.check).filter((check) => !check.startsWith('('))),
            polaris: new Set(readdirSync(join(peers, 'polaris', 'checks')).filter((name) => !name.startsWith('_'))),
            'kube-linter': new Set(kubeLinter.flatMap((test) => test.include ?? [])),
        };
        for (const peer of Object.keys(tested)) {
            const mapped = equivalences.filter((e) => e.peer === peer).map((e) => e.peerCheck);
            const setAside = Object.keys(notEquivalent[peer]);
            expect(new Set(mapped).size, `${peer}: each peer check mapped once`).toBe(mapped.length);
            expect(mapped.filter((check) => setAside.includes(check)), `${peer}: mapped and set aside`).toEqual([]);
            expect([...mapped, ...setAside].sort(), `${peer}: the checks its oracle tests`).toEqual([...tested[peer]].sort());
        }
        // Each kube-score assertion set aside one by one exists, and belongs to a mapped check.
        const assertions = new Set(kubeScore.map((a) => `${a.check} | ${kubeScoreLabel(a)}`));
        const mappedKubeScore = equivalences.filter((e) => e.peer === 'kube-score').map((e) => e.peerCheck);
        const staleSetAside = Object.keys(kubeScoreAssertionsSetAside).filter((key) => !assertions.has(key) || !mappedKubeScore.includes(key.split(' | ')[0] ?? ''));
        expect(staleSetAside, 'kube-score assertions set aside that are no case of a mapped check').toEqual([]);
    });
    it('has cases for every equivalent check', () => {
        for (const equivalence of equivalences) {
            expect(cases.filter((c) => c.equivalence === equivalence).length, `${equivalence.peer} ${equivalence.peerCheck}`).toBeGreaterThan(0);
        }
    });
    it('agrees with every case, or explains the difference, and keeps no stale explanation', () => {
        const unexplained = cases
            .filter((c) => c.expectFail !== c.flagged && !explained.has(keyOf(c.equivalence.peer, c.equivalence.peerCheck, c.label)))
            .map((c) => `${keyOf(c.equivalence.peer, c.equivalence.peerCheck, c.label)}: peer ${c.expectFail ? 'fails' : 'passes'} it, kubeready ${c.flagged ? 'flags' : 'is clean'}`);
        const disagreements = new Set(cases.filter((c) => c.expectFail !== c.flagged).map((c) => keyOf(c.equivalence.peer, c.equivalence.peerCheck, c.label)));
        // An explanation of a case that agrees now, or that does not exist, is stale.
        const stale = [...explained.keys()].filter((key) => !disagreements.has(key));
        expect({ unexplained, stale }).toEqual({ unexplained: [], stale: [] });
    });
});
/** The closing-note table: one row per peer check, a total, then every explained difference. */
function report(cases, excluded, explained) {
    const rows = [];
    const total = { cases: 0, agreed: 0, explained: 0, bugs: 0, unexplained: 0 };
    for (const equivalence of equivalences) {
        const own = cases.filter((c) => c.equivalence === equivalence);
        const agreed = own.filter((c) => c.expectFail === c.flagged).length;
        const reasons = own.filter((c) => c.expectFail !== c.flagged).map((c) => explained.get(keyOf(equivalence.peer, equivalence.peerCheck, c.label)));
        const known = reasons.filter((reason) => reason !== undefined);
        const bugs = known.filter((reason) => reason.reason.startsWith('BUG:')).length;
        const unexplained = reasons.length - known.length;
        total.cases += own.length;
        total.agreed += agreed;
        total.explained += known.length;
        total.bugs += bugs;
        total.unexplained += unexplained;
        rows.push([
            equivalence.peer,
            equivalence.peerCheck,
            checksCell(equivalence),
            String(own.length),
            String(agreed),
            explainedCell(known.length, bugs, unexplained),
        ]);
    }
    rows.push(['**total**', `${equivalences.length} peer checks`, '', String(total.cases), String(total.agreed), explainedCell(total.explained, total.bugs, total.unexplained)]);
    const line = (cells) => `| ${cells.join(' | ')} |`;
    const differences = cases
        .filter((c) => c.expectFail !== c.flagged)
        .map((c) => line([
        c.equivalence.peer,
        c.equivalence.peerCheck,
        c.label,
        c.expectFail ? 'fails' : 'passes',
        c.flagged ? `flags (${[...new Set(c.findings.map((f) => `${f.checkId}, line ${f.line}`))].join('; ')})` : 'clean',
        explained.get(keyOf(c.equivalence.peer, c.equivalence.peerCheck, c.label))?.reason ?? '**UNEXPLAINED**',
    ]));
    return [
        `# Agreement with the peers' test oracles: ${total.agreed} of ${total.cases} cases agree, ${total.explained} differences explained` +
            (total.bugs ? ` (${total.bugs} kubeready bugs)` : '') +
            (total.unexplained ? `, ${total.unexplained} UNEXPLAINED` : ''),
        '',
        line(['peer', 'peer check', 'kubeready check(s)', 'cases', 'agreed', 'explained differences']),
        line(['---', '---', '---', '---', '---', '---']),
        ...rows.map(line),
        '',
        '## Differences',
        '',
        line(['peer', 'peer check', 'case', 'peer', 'kubeready', 'why']),
        line(['---', '---', '---', '---', '---', '---']),
        ...differences,
        '',
        '## Oracle assertions that are no case here',
        '',
        line(['peer', 'peer check', 'assertion', 'why']),
        line(['---', '---', '---', '---']),
        ...excluded.map((e) => line([e.peer, e.peerCheck, e.case, e.reason])),
        '',
        '## Peer checks without a kubeready equivalent',
        '',
        line(['peer', 'peer check', 'why']),
        line(['---', '---', '---']),
        ...Object.keys(notEquivalent).flatMap((peer) => Object.entries(notEquivalent[peer])
            .sort(([a], [b]) => (a < b ? -1 : 1))
            .map(([check, why]) => line([peer, check, why]))),
        '',
    ].join('\n');
}
/** The kubeready checks of a row, with the part, options and Pod Security level they run with. */
function checksCell(equivalence) {
    const notes = [
        equivalence.only?.part,
        ...Object.entries(equivalence.options ?? {}).flatMap(([, options]) => Object.entries(options).map(([key, value]) => `${key}: ${JSON.stringify(value)}`)),
        equivalence.level ? `at ${equivalence.level}` : undefined,
    ].filter((note) => note !== undefined);
    return equivalence.checks.map((id) => `\`${id}\``).join(', ') + (notes.length > 0 ? ` (${notes.join('; ')})` : '');
}
function explainedCell(explainedCount, bugs, unexplained) {
    return `${explainedCount}${bugs ? ` (${bugs} BUG)` : ''}${unexplained ? `, **${unexplained} unexplained**` : ''}`;
}
