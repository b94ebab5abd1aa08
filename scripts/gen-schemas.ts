import { writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import { generateKubernetesSchema } from './kubernetes-schema/generate.js';

/** `npm run schemas`: writes schemas/kubernetes/<release>.json from the kubernetes-types declarations. */
const typesDir = dirname(createRequire(import.meta.url).resolve('kubernetes-types/package.json'));
const document = generateKubernetesSchema(typesDir);
const target = join(import.meta.dirname, '..', '..', 'schemas', 'kubernetes', `${document.kubernetes}.json`);
writeFileSync(target, `${JSON.stringify(document)}\n`);
process.stdout.write(`wrote ${target} (${Object.keys(document.definitions).length} definitions)\n`);
