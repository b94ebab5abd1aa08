import { execFileSync } from 'node:child_process';
import { join } from 'node:path';

/** The CLI tests run the built binary, so build it once before any test runs. */
export default function setup(): void {
  const root = join(import.meta.dirname, '..', '..');
  execFileSync(process.execPath, [join(root, 'node_modules', 'typescript', 'bin', 'tsc'), '-p', 'tsconfig.build.json'], {
    cwd: root,
    stdio: 'inherit',
  });
}
