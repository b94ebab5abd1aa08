import { defineObjectCheck } from '../src/engine/check.js';
import { containerLabel, workloadKinds } from '../src/model/kinds.js';
import { imagesOf, isValidDigest } from '../src/model/images.js';
export default defineObjectCheck({
    meta: {
        id: 'image-digest-missing',
        title: 'Image not pinned by digest',
        severity: 'warning',
        category: 'images',
        description: 'Flags images, in every container kind, that are not pinned by a digest (@sha256:...), or whose digest ' +
            'is malformed. A tag in front of the digest is fine, since the digest wins. Templated and ko:// images ' +
            'are skipped. Off by default.',
        risk: 'A tag, even a version tag, is a pointer the registry lets anyone with push rights move. A re-pushed tag ' +
            'or a compromised publisher changes what runs without any change to the manifest; nodes that pulled at ' +
            'different times run different bytes under the same name, and an audit cannot tell which ones.',
        mitigation: 'Reference images by digest, keeping the tag for readers (app:1.4.2@sha256:...), and let the release ' +
            'tooling (Renovate, ko, kustomize images, helm values) update the digest.',
        example: `containers:
  - name: api
    image: registry.example.com/shop/api:3.2.1@sha256:4c0fdaa8b6341bfdeca5f18f7837462c80cff90527ee35ef185571e1c327beac`,
        enabledByDefault: false,
    },
    kinds: workloadKinds,
    check(object, { report }) {
        for (const { at, image, ref, path } of imagesOf(object)) {
            if (ref.digest === undefined) {
                report({ path, message: `The image "${image}" of ${containerLabel(at)} is not pinned by digest.` });
            }
            else if (!isValidDigest(ref.digest)) {
                report({
                    path,
                    message: `The image "${image}" of ${containerLabel(at)} has a malformed digest "${ref.digest}" (expected sha256: and 64 hex digits).`,
                });
            }
        }
    },
});
