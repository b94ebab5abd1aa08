import { defineObjectCheck } from '../src/engine/check.js';
import { containerLabel, workloadKinds } from '../src/model/kinds.js';
import { fullNameOf, imagesOf, isAllowedBy } from '../src/model/images.js';
export default defineObjectCheck({
    meta: {
        id: 'image-registry-not-allowed',
        title: 'Image from a registry outside the allowed list',
        severity: 'error',
        category: 'images',
        description: 'With allowedRegistries set, flags every image (in every container kind) whose registry is not on the ' +
            'list. Entries are hosts with an optional port and path prefix (registry.example.com, ' +
            'registry.example.com:5000, ghcr.io/acme); hosts and path components compare whole, and * matches ' +
            'within one label of a host (*.example.com). Docker Hub images, short names included, are docker.io ' +
            '(nginx is docker.io/library/nginx). Does nothing while the list is empty.',
        risk: 'An image from a registry outside the approved ones bypasses what those registries give you: vulnerability ' +
            'scanning, signature checks, retention, a copy that survives the upstream deleting or rewriting it, and ' +
            'pulls that stay inside your network. An admission policy that enforces the same list rejects the pod at ' +
            'deploy time, in the middle of a rollout.',
        mitigation: 'Copy the image into an allowed registry and reference it there, or, if the registry is approved, add it ' +
            'to allowedRegistries (and to the admission policy that enforces it).',
        example: `# allowedRegistries: [registry.example.com/shop]
containers:
  - name: api
    image: registry.example.com/shop/api:3.2.1`,
    },
    options: {
        defaults: { allowedRegistries: [] },
        schema: {
            type: 'object',
            properties: {
                allowedRegistries: {
                    type: 'array',
                    items: { type: 'string' },
                    description: 'Registry hosts images may come from, each with an optional :port and /path prefix ' +
                        '(registry.example.com, ghcr.io/acme, *.example.com). Docker Hub is docker.io. Empty: the check is off.',
                },
            },
            additionalProperties: false,
        },
    },
    kinds: workloadKinds,
    check(object, { options, report }) {
        // The engine does not validate options against the schema: a single string is read as a list of one.
        const list = options.allowedRegistries;
        const entries = Array.isArray(list) ? list : [list];
        const allowed = entries.filter((entry) => typeof entry === 'string' && entry.trim() !== '');
        if (allowed.length === 0)
            return;
        for (const { at, image, ref, path } of imagesOf(object)) {
            if (allowed.some((entry) => isAllowedBy(entry, ref)))
                continue;
            report({
                path,
                message: `The image "${image}" of ${containerLabel(at)} resolves to ${fullNameOf(ref)}, which matches none of ` +
                    `the allowed registries (${allowed.join(', ')}).`,
            });
        }
    },
});
