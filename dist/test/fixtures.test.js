import { readFileSync } from 'node:fs';
import { basename, dirname, join } from 'node:path';
import fg from 'fast-glob';
import { describe, expect, it } from 'vitest';
import { checks } from '../checks/index.js';
import { lintText } from '../src/api.js';
import { byLineThenId, readExpectations } from './support/expectations.js';
const root = join(import.meta.dirname, 'fixtures');
// Dockerfile fixtures are fail.<case>.Dockerfile and pass.<case>.Dockerfile, linted as Dockerfiles by their name.
// fail.<case>.fixed.yaml is what --fix makes of fail.<case>.yaml: test/fixes.test.ts reads it.
const fixtures = fg.sync(['*/*.{yaml,yml,json}', '*/*.Dockerfile'], { cwd: root, ignore: ['*/*.fixed.{yaml,yml}'] }).sort();
/**
 * A fixture may set checks up in a comment line of its own: `# config: {"check-id": {"options": {...}}}`,
 * and the run's settings in another: `# settings: {"podSecurityLevel": "restricted"}`.
 * A check's own fixtures always run it, even when it is off by default, and the checks the config names
 * run beside it (what unused-suppression needs: findings of other checks to suppress).
 */
function configOf(text, group) {
    const line = /^# config: (.+)$/m.exec(text)?.[1];
    const config = (line ? JSON.parse(line) : {});
    return group === '_all' || config[group] !== undefined ? config : { ...config, [group]: {} };
}
/**
 * Every fixture under test/fixtures/<check-id>/ runs that check alone; those under _all/ run every
 * check. The findings must be exactly the declared ones: nothing missing, nothing extra.
 */
describe.each(fixtures)('%s', (fixture) => {
    const group = dirname(fixture);
    const file = join(root, fixture);
    const text = readFileSync(file, 'utf8');
    const config = configOf(text, group);
    const selected = group === '_all' ? checks : checks.filter((check) => check.meta.id === group || config[check.meta.id] !== undefined);
    it('reports exactly the declared findings', () => {
        expect(selected.some((check) => group === '_all' || check.meta.id === group), `no check named ${group}`).toBe(true);
        const settings = JSON.parse(/^# settings: (.+)$/m.exec(text)?.[1] ?? '{}');
        const { findings } = lintText(text, fixture, selected, config, settings);
        const actual = findings.map((finding) => `${finding.line}: ${finding.checkId}`).sort(byLineThenId);
        expect(actual).toEqual(readExpectations(file));
    });
    it('is named for what it expects (fail.* finds something, pass.* nothing)', () => {
        const expectations = readExpectations(file);
        if (basename(fixture).startsWith('pass.'))
            expect(expectations).toEqual([]);
        else if (basename(fixture).startsWith('fail.'))
            expect(expectations.length).toBeGreaterThan(0);
        else
            expect.fail(`fixture names start with pass. or fail.: ${fixture}`);
    });
});
