import { createHash } from 'node:crypto';
import { chmodSync, readFileSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { build } from 'rolldown';

/**
 * `npm run build`, after tsc: the command line as a few files in dist/bundle (the package's bin), for
 * start-up. Loading dist/src module by module, a lint of three files spent about a third of its time
 * resolving, reading and compiling some 270 modules (the checks, the model, the yaml package's CommonJS
 * files); bundled, --version still loads only what it needs (the linter is a chunk of its own, imported
 * when a run needs it). dist/src stays as tsc writes it: the library entry (dist/src/api.js), the GitHub
 * Action, and the worker threads' script.
 */

const root = join(import.meta.dirname, '..', '..');
const out = join(root, 'dist', 'bundle');

export async function bundle(): Promise<void> {
  rmSync(out, { recursive: true, force: true });
  await build({
    input: { cli: join(root, 'dist', 'src', 'cli.js') },
    platform: 'node',
    logLevel: 'warn',
    // dockerfile-ast and re2js are loaded with createRequire when needed, and stay out of the bundle.
    external: [/^node:/],
    output: { dir: out, format: 'esm', entryFileNames: '[name].js', chunkFileNames: '[name]-[hash].js', minify: false },
  });
  const files = readdirSync(out).sort();
  chmodSync(join(out, 'cli.js'), 0o755);
  // What the parse cache names a build by (src/load/parse-cache.ts): the bundle's own code.
  const hash = createHash('sha256');
  for (const file of files) hash.update(file).update(readFileSync(join(out, file)));
  writeFileSync(join(out, 'build-id'), `${hash.digest('hex')}\n`);
}

await bundle();
