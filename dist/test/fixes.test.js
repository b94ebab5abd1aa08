import { existsSync, readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import fg from 'fast-glob';
import { describe, expect, it } from 'vitest';
import { checks } from '../checks/index.js';
import { lintText } from '../src/api.js';
import { applyFixes } from '../src/fix/apply.js';
import { fixesIn } from '../src/fix/files.js';
import { renderChecksDoc, renderExplain } from '../src/report/check-docs.js';
const root = join(import.meta.dirname, 'fixtures');
/** fail.<case>.yaml files with a fail.<case>.fixed.yaml beside them: what --fix must make of them. */
const fixed = fg.sync(['*/*.fixed.{yaml,yml}'], { cwd: root }).sort();
function configOf(text, group) {
    const line = /^# config: (.+)$/m.exec(text)?.[1];
    const config = (line ? JSON.parse(line) : {});
    return group === '_all' || config[group] !== undefined ? config : { ...config, [group]: {} };
}
/**
 * A finding as another run over changed text would report it again: lines move, a migration changes the
 * object's apiVersion, and a message may quote what the fix set (a memory request, a count of objects), but
 * the check, the object's kind, namespace and name, and the path stay.
 */
function identity(finding) {
    return JSON.stringify([finding.checkId, finding.object?.kind, finding.object?.namespace, finding.object?.name, finding.path]);
}
/**
 * As ESLint's RuleTester checks `output`: each check's fixes applied to its fail fixture give the .fixed
 * file byte for byte; linting that reports none of the findings fixed and nothing that was not there
 * before; and fixing it again changes nothing.
 */
describe.each(fixed)('%s', (fixture) => {
    const group = dirname(fixture);
    const original = join(root, fixture.replace(/\.fixed\.(ya?ml)$/, '.$1'));
    const text = existsSync(original) ? readFileSync(original, 'utf8') : '';
    const expected = readFileSync(join(root, fixture), 'utf8');
    const config = configOf(text, group);
    const selected = checks.filter((check) => check.meta.id === group || config[check.meta.id] !== undefined);
    const settings = JSON.parse(/^# settings: (.+)$/m.exec(text)?.[1] ?? '{}');
    const file = fixture.replace(/\.fixed\.(ya?ml)$/, '.$1');
    it('is what the check\'s fixes make of the fail fixture, byte for byte', () => {
        expect(existsSync(original), `${fixture} has no ${original} beside it`).toBe(true);
        const findings = lintText(text, file, selected, config, settings).findings.filter((finding) => finding.checkId === group);
        expect(findings.some((finding) => finding.fix?.at), 'the fail fixture has no fixable finding').toBe(true);
        const result = applyFixes(text, fixesIn(findings, file));
        expect(result.problem).toBeUndefined();
        expect(result.text).toBe(expected);
    });
    it('lints clean of the findings fixed, with nothing new from any check', () => {
        const before = lintText(text, file, checks, config, settings).findings;
        const entries = fixesIn(before.filter((finding) => finding.checkId === group), file);
        const result = applyFixes(text, entries);
        const fixedIds = new Set(entries.filter((_, i) => result.applied[i]).map((entry) => identity(entry.finding)));
        expect(fixedIds.size).toBeGreaterThan(0);
        const after = lintText(expected, file, checks, config, settings).findings;
        const known = new Set(before.map(identity));
        expect(after.filter((finding) => fixedIds.has(identity(finding))).map(identity)).toEqual([]);
        expect(after.filter((finding) => !known.has(identity(finding))).map(identity)).toEqual([]);
    });
    it('changes nothing when fixed again', () => {
        const findings = lintText(expected, file, selected, config, settings).findings.filter((finding) => finding.checkId === group);
        expect(applyFixes(expected, fixesIn(findings, file)).text).toBe(expected);
    });
});
describe('checks with fixes', () => {
    it('--explain and docs/checks.md say what --fix changes', () => {
        const fixing = checks.filter((check) => check.meta.fix);
        expect(fixing.length).toBeGreaterThan(0);
        const doc = renderChecksDoc(checks);
        for (const check of fixing) {
            expect(renderExplain(check)).toContain(`\nFix (--fix): ${check.meta.fix}\n`);
            expect(doc).toContain(`**Fix.** ${check.meta.fix} \`--fix\` applies it; \`checks.${check.meta.id}.fix: false\``);
        }
        // docs/fix.md lists every check that fixes, linking its section of docs/checks.md.
        const guide = readFileSync(join(root, '..', '..', 'docs', 'fix.md'), 'utf8');
        for (const check of fixing)
            expect(guide, check.meta.id).toContain(`[\`${check.meta.id}\`](checks.md#${check.meta.id})`);
        const without = checks.find((check) => !check.meta.fix);
        expect(without && renderExplain(without)).not.toContain('Fix (--fix)');
    });
    it('say what --fix changes (meta.fix) and have a .fixed fixture, and only they attach fixes', () => {
        const fixtures = fg.sync(['*/fail.*.{yaml,yml}'], { cwd: root, ignore: ['*/*.fixed.{yaml,yml}'] });
        const attaching = new Set();
        for (const fixture of fixtures) {
            const group = dirname(fixture);
            const text = readFileSync(join(root, fixture), 'utf8');
            const config = configOf(text, group);
            const selected = group === '_all' ? checks : checks.filter((check) => check.meta.id === group || config[check.meta.id] !== undefined);
            const settings = JSON.parse(/^# settings: (.+)$/m.exec(text)?.[1] ?? '{}');
            for (const finding of lintText(text, fixture, selected, config, settings).findings)
                if (finding.fix)
                    attaching.add(finding.checkId);
        }
        const withFixture = new Set(fixed.map((fixture) => dirname(fixture)));
        for (const check of checks) {
            const id = check.meta.id;
            if (attaching.has(id))
                expect(check.meta.fix, `${id} attaches fixes: meta.fix says what they change`).toBeTruthy();
            if (check.meta.fix)
                expect(withFixture.has(id), `${id} has meta.fix: test/fixtures/${id}/fail.<case>.fixed.yaml shows it`).toBe(true);
        }
    });
});
