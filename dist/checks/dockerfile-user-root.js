import { defineObjectCheck } from '../src/engine/check.js';
import { baseStageOf, dockerfileKind, finalStageIndex, isDockerfileObject } from '../src/model/dockerfile.js';
import { parseImage } from '../src/model/image.js';
/**
 * The last USER of a stage, or of the stage it is built on when it sets none (FROM build): a stage starts
 * from its base's user, which only a base of the same file tells.
 */
function finalUserOf(object, start) {
    const seen = new Set();
    for (let index = start; index !== -1 && !seen.has(index); index = baseStageOf(object, index)) {
        seen.add(index);
        const stage = object.stages[index];
        if (!stage)
            break;
        for (let i = stage.instructions.length - 1; i >= 0; i--) {
            const instruction = stage.instructions[i];
            if (instruction?.keyword === 'USER' && instruction.user !== undefined && instruction.user !== '')
                return { kind: 'user', user: instruction.user, stage: index, instruction: i };
        }
        if (baseStageOf(object, index) === -1) {
            // An image named by an ARG without a default is shown as written: the build decides it.
            const image = stage.from.known ? stage.from.resolved : stage.from.image;
            return stage.from.known && isDistrolessNonroot(image) ? { kind: 'nonroot-base', image } : { kind: 'none', stage: index, image };
        }
    }
    return { kind: 'none', stage: start, image: object.stages[start]?.from.resolved ?? '' };
}
/** gcr.io/distroless images tagged nonroot (or *-nonroot) run as uid 65532: the only base trusted without a USER. */
function isDistrolessNonroot(image) {
    const ref = parseImage(image);
    if (ref.registry !== 'gcr.io' || !ref.repository.startsWith('distroless/') || ref.tag === undefined)
        return false;
    return ref.tag === 'nonroot' || ref.tag.endsWith('-nonroot');
}
/** root, or uid 0 however written (user names are case-sensitive: ROOT is another user). */
function isRoot(user) {
    return user === 'root' || /^0+$/.test(user);
}
export default defineObjectCheck({
    meta: {
        id: 'dockerfile-user-root',
        title: 'Dockerfile whose image runs as root',
        severity: 'warning',
        category: 'security',
        description: 'Flags a Dockerfile whose final stage (what docker build builds without --target) runs as root: its ' +
            'last USER is root or 0 (with any group), or it sets no USER at all. A USER of an earlier stage does not ' +
            'carry over, except into a stage built FROM that stage. Without a USER the image runs as its base ' +
            'image\'s user, which kubeready cannot see and which is root for nearly every base; the one base ' +
            'trusted without a USER is gcr.io/distroless with a nonroot tag (:nonroot, :latest-nonroot, ' +
            ':debug-nonroot). A USER holding a variable is left alone. hadolint\'s DL3002 flags only an explicit ' +
            'root USER as the last one; kubeready flags a missing USER too, since such an image runs as root just ' +
            'the same, which is what the review finds.',
        risk: 'A process running as root in the container is root on the node\'s kernel: a container escape, a ' +
            'writable host mount or a kernel bug turns an application bug into a node compromise. A pod that sets ' +
            'runAsNonRoot: true for such an image does not start at all.',
        mitigation: 'Create an unprivileged user in the image and end the final stage with USER and its numeric id (USER ' +
            '10001), so that Kubernetes can verify runAsNonRoot; or build on a base that runs as non-root, such as ' +
            'gcr.io/distroless/static:nonroot.',
        example: `FROM node:20.19-slim
WORKDIR /app
COPY --chown=1000:1000 . .
USER 1000
CMD ["node", "server.js"]`,
    },
    kinds: [dockerfileKind],
    check(object, { report }) {
        if (!isDockerfileObject(object))
            return;
        const final = finalStageIndex(object);
        if (final < 0)
            return;
        const found = finalUserOf(object, final);
        if (found.kind === 'nonroot-base')
            return;
        if (found.kind === 'none') {
            const base = found.stage === final ? '' : ` (it is built on stage ${found.stage + 1}, which sets none either)`;
            const image = found.image === '' ? '' : ` "${found.image}"`;
            report({ path: ['stages', final, 'from'], message: `The final stage sets no USER${base}, so the image runs as its base image${image}'s user, root unless that image says otherwise.` });
            return;
        }
        if (found.user.includes('$') || !isRoot(found.user))
            return;
        const where = found.stage === final ? 'The final stage' : `The final stage, built on stage ${found.stage + 1},`;
        report({ path: ['stages', found.stage, 'instructions', found.instruction, 'user'], message: `${where} runs as root: its last USER is "${found.user}".` });
    },
});
