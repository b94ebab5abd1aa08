import { readFileSync, readdirSync } from 'node:fs';
import { compareVersions, parseMinorVersion } from '../model/api-lifecycle.js';
/** schemas/kubernetes of the package: two levels up from src/load, three from dist/src/load. */
function schemasDir() {
    for (const candidate of ['../../schemas/kubernetes/', '../../../schemas/kubernetes/']) {
        const url = new URL(candidate, import.meta.url);
        try {
            readdirSync(url);
            return url;
        }
        catch {
            continue;
        }
    }
    throw new Error('cannot find the bundled schemas (schemas/kubernetes) of kubeready');
}
/** The files of the bundled schemas. */
export function bundledSchemaFiles() {
    try {
        const dir = schemasDir();
        return readdirSync(dir)
            .filter((name) => name.endsWith('.json'))
            .sort()
            .map((name) => new URL(name, dir));
    }
    catch {
        return [];
    }
}
/** The Kubernetes releases whose schemas ship with kubeready, oldest first. */
export function bundledReleases() {
    return readdirSync(schemasDir())
        .flatMap((name) => (/^\d+\.\d+\.json$/.test(name) ? [name.slice(0, -'.json'.length)] : []))
        .sort((a, b) => compareVersions(parseMinorVersion(a) ?? [0, 0], parseMinorVersion(b) ?? [0, 0]));
}
/** The bundled schemas for a target release: the newest bundled release not after it, else the oldest. */
export function loadKubernetesSchema(target) {
    const releases = bundledReleases();
    const wanted = parseMinorVersion(target) ?? [Infinity, Infinity];
    const chosen = releases.filter((release) => compareVersions(parseMinorVersion(release) ?? [0, 0], wanted) <= 0).at(-1) ?? releases[0];
    if (!chosen)
        throw new Error('no bundled Kubernetes schemas');
    return JSON.parse(readFileSync(new URL(`${chosen}.json`, schemasDir()), 'utf8'));
}
