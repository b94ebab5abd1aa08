import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { checks } from '../checks/index.js';
import { renderConfigSchema } from '../src/config/config-schema.js';
import { renderChecksDoc } from '../src/report/check-docs.js';

/** `npm run docs`: writes docs/checks.md and schemas/config.schema.json from the checks' metadata. */
const root = join(import.meta.dirname, '..', '..');
const outputs: [string, string][] = [
  [join(root, 'docs', 'checks.md'), renderChecksDoc(checks)],
  [join(root, 'schemas', 'config.schema.json'), renderConfigSchema(checks)],
];
for (const [target, text] of outputs) {
  writeFileSync(target, text);
  process.stdout.write(`wrote ${target}\n`);
}
