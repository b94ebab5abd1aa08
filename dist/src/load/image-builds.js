import { dirname, relative, resolve, sep } from 'node:path';
import { isDockerfileObject } from '../model/dockerfile.js';
import { imageBuildKey, imageUserOf } from '../model/image-builds.js';
import { isRecord } from '../model/kinds.js';
import { gitRepositoryOf } from './confine.js';
/**
 * Which images of the run are built from which Dockerfile of the input: the config's `images:` map (image
 * name to Dockerfile, absolute here), and the artifacts of every skaffold.yaml among the files. Nothing is
 * read: a claim names a Dockerfile the run has parsed, or counts for nothing. Two skaffold artifacts
 * building one image from different Dockerfiles (profiles) leave it out: which one runs is not known.
 */
export function imageBuildsOf(plain, cwd, declared = {}) {
    const dockerfiles = new Map();
    const claims = [];
    for (const parsed of plain) {
        const absolute = resolve(cwd, parsed.source.file);
        for (const { object } of parsed.objects) {
            if (isDockerfileObject(object))
                dockerfiles.set(absolute, { file: fromRepository(absolute, parsed.source.file), object });
            else if (typeof object.apiVersion === 'string' && object.apiVersion.startsWith('skaffold/') && object.kind === 'Config') {
                claims.push(...skaffoldArtifacts(object, dirname(absolute)));
            }
        }
    }
    if (dockerfiles.size === 0)
        return undefined;
    const builds = new Map();
    const ambiguous = new Set();
    const add = (claim, explicit) => {
        const found = dockerfiles.get(claim.dockerfile);
        if (!found || claim.image.trim() === '')
            return;
        const user = imageUserOf(found.object, claim.target);
        if (!user)
            return;
        const key = imageBuildKey(claim.image);
        const build = { dockerfile: found.file, ...(claim.target !== undefined && { target: claim.target }), user };
        const earlier = builds.get(key);
        if (explicit || earlier === undefined)
            builds.set(key, build);
        else if (earlier.dockerfile !== build.dockerfile || earlier.target !== build.target)
            ambiguous.add(key);
    };
    for (const claim of claims)
        add(claim, false);
    for (const key of ambiguous)
        builds.delete(key);
    for (const [image, dockerfile] of Object.entries(declared))
        add({ image, dockerfile }, true);
    return builds.size === 0 ? undefined : Object.fromEntries(builds);
}
/** The artifacts of a skaffold Config (its build and its profiles' builds) built with a Dockerfile. */
function skaffoldArtifacts(config, folder) {
    const builds = [config['build'], ...(Array.isArray(config['profiles']) ? config['profiles'].map((profile) => (isRecord(profile) ? profile['build'] : undefined)) : [])];
    const claims = [];
    for (const build of builds) {
        if (!isRecord(build) || !Array.isArray(build['artifacts']))
            continue;
        for (const artifact of build['artifacts']) {
            if (!isRecord(artifact) || typeof artifact['image'] !== 'string')
                continue;
            // Another builder (jib, ko, buildpacks, bazel) builds no Dockerfile.
            if (['jib', 'ko', 'buildpacks', 'bazel', 'custom'].some((builder) => artifact[builder] !== undefined))
                continue;
            const docker = isRecord(artifact['docker']) ? artifact['docker'] : {};
            const context = typeof artifact['context'] === 'string' ? artifact['context'] : '.';
            const dockerfile = typeof docker['dockerfile'] === 'string' ? docker['dockerfile'] : 'Dockerfile';
            const target = typeof docker['target'] === 'string' && docker['target'] !== '' ? docker['target'] : undefined;
            claims.push({ image: artifact['image'], dockerfile: resolve(folder, context, dockerfile), ...(target !== undefined && { target }) });
        }
    }
    return claims;
}
/** A file as messages name it: from its repository, so that they read the same from any working directory. */
function fromRepository(absolute, shown) {
    const repository = gitRepositoryOf(dirname(absolute));
    return repository === undefined ? shown : relative(repository, absolute).split(sep).join('/');
}
