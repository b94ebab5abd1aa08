import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { checks } from '../checks/index.js';
import { renderChecksDoc } from '../src/report/check-docs.js';
describe('docs/checks.md', () => {
    it('is what the checks\' metadata generates (run `npm run docs` after changing a check)', () => {
        const onDisk = readFileSync(join(import.meta.dirname, '..', 'docs', 'checks.md'), 'utf8');
        expect(onDisk).toBe(renderChecksDoc(checks));
    });
});
