import { defineObjectCheck } from '../src/engine/check.js';
import { containerLabel, workloadKinds } from '../src/model/kinds.js';
import { imagesOf, publicRegistryOf, registryOf } from '../src/model/images.js';
export default defineObjectCheck({
    meta: {
        id: 'image-registry-public',
        title: 'Image pulled from a public registry',
        severity: 'info',
        category: 'images',
        description: 'Flags images, in every container kind, pulled straight from a public registry: Docker Hub (short names ' +
            'like nginx or bitnami/redis, docker.io, index.docker.io, registry-1.docker.io), ghcr.io, quay.io, gcr.io ' +
            'and its regional hosts, mirror.gcr.io, registry.k8s.io, k8s.gcr.io, public.ecr.aws, mcr.microsoft.com, ' +
            'registry.gitlab.com, docker.elastic.co, nvcr.io, cgr.dev, the Red Hat, SUSE, Oracle, LinuxServer.io and ' +
            'Zalando registries. Templated and ko:// images are skipped.',
        risk: 'Every node pulls the image over the internet from a registry you do not run. Docker Hub limits pulls per ' +
            'IP and account, so a scale-up or a node pool replacement behind one NAT address can hit the limit and leave ' +
            'pods in ImagePullBackOff; an outage of the registry blocks new pods; each pull pays egress and is slower ' +
            'than a registry next to the cluster; and what you run is whatever the upstream publisher pushed last.',
        mitigation: 'Copy the images you depend on into a registry of your own next to the cluster (or put a pull-through ' +
            'cache in front of the public one) and reference them there. If the nodes already mirror these registries ' +
            'through the container runtime, turn this check off.',
        example: `containers:
  - name: web
    image: registry.example.com/mirror/library/nginx:1.27.2
  - name: proxy
    image: 123456789012.dkr.ecr.eu-west-1.amazonaws.com/envoy:1.31.0`,
    },
    kinds: workloadKinds,
    check(object, { report }) {
        for (const { at, image, ref, path } of imagesOf(object)) {
            const registry = publicRegistryOf(ref);
            if (registry === undefined)
                continue;
            const host = registryOf(ref);
            const implicit = ref.registry === undefined ? ', the default for a name without a registry host' : '';
            report({
                path,
                message: `The image "${image}" of ${containerLabel(at)} is pulled from ${registry} (${host}${implicit}).`,
            });
        }
    },
});
