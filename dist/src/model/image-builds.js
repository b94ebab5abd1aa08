import { finalStageIndex, finalUserOf, isRootUser, stageByName } from './dockerfile.js';
import { parseImage } from './image.js';
import { fullNameOf } from './images.js';
/** An image name without tag or digest, as the runtime resolves it: `api` and `docker.io/library/api:1.2` are one. */
export function imageBuildKey(image) {
    return fullNameOf(parseImage(image.trim()));
}
/** The build of the image a container runs, when the input builds it. */
export function imageBuildOf(builds, image) {
    if (builds === undefined || typeof image !== 'string' || image.trim() === '')
        return undefined;
    const key = imageBuildKey(image);
    return Object.hasOwn(builds, key) ? builds[key] : undefined;
}
/** Who the image of a Dockerfile's stage (the last one, or `target`) runs as; undefined when there is no such stage. */
export function imageUserOf(object, target) {
    const stage = target === undefined ? finalStageIndex(object) : stageByName(object, target);
    if (stage < 0)
        return undefined;
    const found = finalUserOf(object, stage);
    if (found.kind === 'nonroot-base')
        return { runs: 'non-root', user: '65532', numeric: true };
    if (found.kind === 'none')
        return { runs: 'root', base: found.image };
    // The user part of USER user:group, as the kubelet reads the image's user.
    const user = found.user;
    if (user.includes('$'))
        return { runs: 'unknown', user };
    if (isRootUser(user))
        return { runs: 'root', user };
    return { runs: 'non-root', user, numeric: /^[0-9]+$/.test(user) };
}
/** How a message names the image's user: "sets no USER, so it runs as root", "sets USER app". */
export function describeImageUser(build) {
    const { user } = build;
    const file = `its Dockerfile ${build.dockerfile}${build.target === undefined ? '' : ` (stage ${build.target})`}`;
    if (user.runs === 'root' && user.user === undefined)
        return `${file} sets no USER, so it runs as its base image${user.base ? ` ${user.base}` : ''}'s user, root unless that image says otherwise`;
    if (user.runs === 'root')
        return `${file} ends with USER ${user.user ?? 'root'}, so it runs as root`;
    if (user.runs === 'non-root')
        return `${file} ends with USER ${user.user}`;
    return `${file} sets its USER through a variable (${user.user})`;
}
