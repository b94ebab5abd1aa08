import { mkdirSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { fileURLToPath } from 'node:url';
import type { Ajv as AjvClass } from 'ajv';
import { newestKubernetesVersion } from '../src/engine/check.js';
import { loadKubernetesSchema } from '../src/load/bundled-schemas.js';
import { builtInAjvOptions, builtInDefinitions, defaultValidatorsDir, precompiledDefinitions, validatorsFileName } from '../src/model/schema-set.js';

/**
 * Compiles the validators of the built-in kinds for the default target ahead of time, into
 * dist/validators (part of `npm run build`): a run then loads them instead of compiling them, which is
 * most of a one-file lint. Other targets are compiled when a run needs them. Returns the file written.
 */
export function writeValidators(dir: URL = defaultValidatorsDir, kubernetesVersion = newestKubernetesVersion): string {
  const require = createRequire(import.meta.url);
  const { Ajv } = require('ajv') as { Ajv: typeof AjvClass };
  const standaloneCode = (require('ajv/dist/standalone') as { default: (ajv: AjvClass, refs: Record<string, string>) => string }).default;
  const document = loadKubernetesSchema(kubernetesVersion);
  const definitions = builtInDefinitions(document, kubernetesVersion);
  const ajv = new Ajv({ ...builtInAjvOptions, code: { optimize: false, source: true } });
  ajv.addSchema({ $id: 'kubernetes', definitions }, 'kubernetes');
  const refs = Object.fromEntries(precompiledDefinitions(document).filter((name) => definitions[name]).map((name) => [name, `kubernetes#/definitions/${name}`]));
  const name = validatorsFileName(definitions);
  mkdirSync(dir, { recursive: true });
  // Files of other schemas or targets are stale: a run would never pick them, so they go.
  for (const old of readdirSync(dir)) if (old.startsWith('kubernetes-') && old.endsWith('.cjs') && old !== name) rmSync(new URL(old, dir));
  writeFileSync(new URL(name, dir), standaloneCode(ajv, refs));
  return fileURLToPath(new URL(name, dir));
}

if (process.argv[1] === fileURLToPath(import.meta.url)) {
  process.stdout.write(`wrote ${writeValidators()}\n`);
}
