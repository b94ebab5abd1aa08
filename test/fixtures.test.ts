import { readFileSync } from 'node:fs';
import { basename, dirname, join } from 'node:path';
import fg from 'fast-glob';
import { describe, expect, it } from 'vitest';
import { checks } from '../checks/index.js';
import { lintText } from '../src/api.js';
import { byLineThenId, readExpectations } from './support/expectations.js';

const root = join(import.meta.dirname, 'fixtures');
const fixtures = fg.sync('*/*.{yaml,yml,json}', { cwd: root }).sort();

/**
 * Every fixture under test/fixtures/<check-id>/ runs that check alone; those under _all/ run every
 * check. The findings must be exactly the declared ones: nothing missing, nothing extra.
 */
describe.each(fixtures)('%s', (fixture) => {
  const group = dirname(fixture);
  const selected = group === '_all' ? checks : checks.filter((check) => check.meta.id === group);
  const file = join(root, fixture);

  it('reports exactly the declared findings', () => {
    expect(selected.length, `no check named ${group}`).toBeGreaterThan(0);
    const { findings } = lintText(readFileSync(file, 'utf8'), fixture, selected);
    const actual = findings.map((finding) => `${finding.line}: ${finding.checkId}`).sort(byLineThenId);
    expect(actual).toEqual(readExpectations(file));
  });

  it('is named for what it expects (fail.* finds something, pass.* nothing)', () => {
    const expectations = readExpectations(file);
    if (basename(fixture).startsWith('pass.')) expect(expectations).toEqual([]);
    else if (basename(fixture).startsWith('fail.')) expect(expectations.length).toBeGreaterThan(0);
    else expect.fail(`fixture names start with pass. or fail.: ${fixture}`);
  });
});
