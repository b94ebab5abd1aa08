import { defineObjectCheck } from '../src/engine/check.js';
import { baseStageOf, dockerfileKind, isDockerfileObject } from '../src/model/dockerfile.js';
import { parseImage } from '../src/model/image.js';
export default defineObjectCheck({
    meta: {
        id: 'dockerfile-base-unpinned',
        title: 'Dockerfile base image without a tag, or tagged latest',
        severity: 'warning',
        category: 'images',
        description: 'Flags, in Dockerfiles, a FROM whose image has no tag or the tag latest, in every stage. A digest pins ' +
            'it; scratch is no image; a FROM naming an earlier stage (FROM build) is that stage, not an image. ' +
            '`${VAR}` in the image is replaced by the defaults of the ARGs declared before the first FROM, as ' +
            'docker build replaces them: `ARG TAG=latest` then `FROM app:${TAG}` is flagged, and an ARG without a ' +
            'default leaves the image unknown and the check silent. hadolint\'s DL3006 and DL3007 flag the same, ' +
            'except that hadolint skips every FROM holding a variable, where kubeready resolves the defaults.',
        risk: 'An untagged base resolves to :latest, which moves: two builds of the same commit produce different ' +
            'images, a rebuild for a one-line fix pulls a new major version of the base, and nobody can say which ' +
            'operating system is in production.',
        mitigation: 'Pin the base to a version tag (node:20.19-slim), or better to a digest (node@sha256:...) that a bot ' +
            'such as Renovate or Dependabot updates in reviewed pull requests.',
        example: `ARG NODE_VERSION=20.19
FROM node:\${NODE_VERSION}-slim AS build
RUN npm ci && npm run build
FROM gcr.io/distroless/nodejs20-debian12@sha256:4c0fdaa8b6341bfdeca5f18f7837462c80cff90527ee35ef185571e1c327beac
COPY --from=build /app /app`,
    },
    kinds: [dockerfileKind],
    check(object, { report }) {
        if (!isDockerfileObject(object))
            return;
        object.stages.forEach((stage, i) => {
            const { image, resolved, known } = stage.from;
            // An earlier stage, an unknown build argument, or no image at all.
            if (!known || resolved === '' || resolved.toLowerCase() === 'scratch' || baseStageOf(object, i) !== -1)
                return;
            const ref = parseImage(resolved);
            if (ref.digest !== undefined)
                return;
            const reason = ref.tag === undefined ? 'has no tag, so it resolves to :latest' : ref.tag === 'latest' ? 'uses the moving tag :latest' : undefined;
            if (!reason)
                return;
            const shown = resolved === image ? `"${image}"` : `"${image}" (after the ARG defaults, "${resolved}")`;
            const of = stage.name === undefined ? `stage ${i + 1}` : `stage "${stage.name}"`;
            report({ path: ['stages', i, 'from', 'image'], message: `The base image ${shown} of ${of} ${reason}.` });
        });
    },
});
