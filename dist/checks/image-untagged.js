import { defineObjectCheck } from '../src/engine/check.js';
import { parseImage } from '../src/model/image.js';
import { containerLabel, containersOf, podTemplateOf, workloadKinds } from '../src/model/kinds.js';
import { findPlaceholder, shoutedPlaceholder } from '../src/model/placeholder.js';
export default defineObjectCheck({
    meta: {
        id: 'image-untagged',
        title: 'Image without a tag, or tagged latest',
        severity: 'warning',
        category: 'images',
        description: 'Flags images without a tag or tagged latest, in every container kind. A digest pins the image; a registry ' +
            'port (localhost:5000/app) is not a tag.',
        risk: 'An image without a tag resolves to :latest, which moves. Two pods of the same Deployment can run ' +
            'different code, a rollback re-pulls the broken build, and nobody can say which version is in production.',
        mitigation: 'Pin every image to an immutable version tag (app:1.4.2), or better to a digest (app@sha256:...), and ' +
            'let the release process change it.',
        example: `containers:
  - name: api
    image: registry.example.com/shop/api:3.2.1
  - name: proxy
    image: envoyproxy/envoy@sha256:4c0fdaa8b6341bfdeca5f18f7837462c80cff90527ee35ef185571e1c327beac`,
    },
    kinds: workloadKinds,
    check(object, { report }) {
        const pod = podTemplateOf(object);
        if (!pod)
            return;
        for (const at of containersOf(pod, ['container', 'initContainer', 'ephemeralContainer'])) {
            const image = at.container.image;
            // Unresolved templates and ko build references are not images yet; template-placeholder covers the former.
            if (typeof image !== 'string' || image === '' || image.startsWith('ko://') || findPlaceholder(image) || shoutedPlaceholder(['image'], image))
                continue;
            const ref = parseImage(image);
            if (ref.digest)
                continue;
            const reason = ref.tag === undefined ? 'has no tag, so it resolves to :latest' : ref.tag === 'latest' ? 'uses the moving tag :latest' : undefined;
            if (reason)
                report({ path: [...at.path, 'image'], message: `The image "${image}" of ${containerLabel(at)} ${reason}.` });
        }
    },
});
