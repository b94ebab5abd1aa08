import { statSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
export const configFileNames = ['.kubeready.yaml', '.kubeready.yml'];
/** Finds .kubeready.yaml (or .kubeready.yml) in `cwd` or the nearest folder above it; undefined when none. */
export function findConfigFile(cwd) {
    let dir = resolve(cwd);
    for (;;) {
        for (const name of configFileNames) {
            const candidate = join(dir, name);
            if (isFile(candidate))
                return candidate;
        }
        const parent = dirname(dir);
        if (parent === dir)
            return undefined;
        dir = parent;
    }
}
function isFile(path) {
    try {
        return statSync(path).isFile();
    }
    catch {
        return false;
    }
}
