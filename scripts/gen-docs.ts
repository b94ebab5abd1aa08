import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { checks } from '../checks/index.js';
import { renderChecksDoc } from '../src/report/check-docs.js';

/** `npm run docs`: writes docs/checks.md from the checks' metadata. */
const target = join(import.meta.dirname, '..', '..', 'docs', 'checks.md');
writeFileSync(target, renderChecksDoc(checks));
process.stdout.write(`wrote ${target}\n`);
