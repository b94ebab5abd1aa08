import { defineObjectCheck } from '../src/engine/check.js';
import { dockerfileKind, finalStageIndex, finalUserOf, isDockerfileObject, isRootUser } from '../src/model/dockerfile.js';
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
            'the same, which is what the review finds. DL3002 also flags an earlier stage whose last USER is root; ' +
            'kubeready judges only the final stage, the image that runs, since a build stage often needs root.',
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
        if (found.user.includes('$') || !isRootUser(found.user))
            return;
        const where = found.stage === final ? 'The final stage' : `The final stage, built on stage ${found.stage + 1},`;
        report({ path: ['stages', found.stage, 'instructions', found.instruction, 'user'], message: `${where} runs as root: its last USER is "${found.user}".` });
    },
});
