import { execFileSync } from 'node:child_process';
import { join } from 'node:path';
import { ensureBinaries } from './binaries.js';
/** Before any test: build the CLI as npm run build does (the CLI tests run the binary) and unpack the real helm and kubectl. */
export default function setup() {
    const root = join(import.meta.dirname, '..', '..');
    execFileSync(process.execPath, [join(root, 'node_modules', 'typescript', 'bin', 'tsc'), '-p', 'tsconfig.build.json'], {
        cwd: root,
        stdio: 'inherit',
    });
    execFileSync(process.execPath, [join(root, 'dist', 'scripts', 'bundle.js')], { cwd: root, stdio: 'inherit' });
    ensureBinaries();
}
