import { parseImage } from './image.js';
import { containersOf, podTemplateOf } from './kinds.js';
import { findPlaceholder, shoutedPlaceholder } from './placeholder.js';
import { wildcardMatches, withoutTrailing } from './text-scan.js';
/**
 * Every image of a workload, in containers, init containers and ephemeral containers. Values that are not
 * images yet are left out: unresolved templates (template-placeholder reports them) and ko:// build
 * references, which ko replaces with a digest reference at build time.
 */
export function imagesOf(object) {
    const pod = podTemplateOf(object);
    if (!pod)
        return [];
    // Several checks read the images of each workload: each pod's are parsed once.
    let result = imagesByPod.get(pod);
    if (!result)
        imagesByPod.set(pod, (result = listImages(pod)));
    return result;
}
const imagesByPod = new WeakMap();
function listImages(pod) {
    const result = [];
    for (const at of containersOf(pod, ['container', 'initContainer', 'ephemeralContainer'])) {
        const image = at.container.image;
        if (typeof image !== 'string' || image.trim() === '' || image.startsWith('ko://'))
            continue;
        if (findPlaceholder(image) || shoutedPlaceholder(['image'], image))
            continue;
        result.push({ at, image, ref: parseImage(image.trim()), path: [...at.path, 'image'] });
    }
    return result;
}
export const dockerHub = 'docker.io';
// Other names of Docker Hub that pull the very same images.
const dockerHubAliases = new Set(['docker.io', 'index.docker.io', 'registry-1.docker.io', 'registry.hub.docker.com']);
/** The registry host of an image, lowercased, with Docker Hub (implicit or under any alias) as `docker.io`. */
export function registryOf(ref) {
    const host = ref.registry?.toLowerCase();
    return host === undefined || dockerHubAliases.has(host) ? dockerHub : host;
}
/**
 * The image's full name without tag or digest, as the container runtime resolves it: `nginx` is
 * `docker.io/library/nginx`, `bitnami/redis` is `docker.io/bitnami/redis`.
 */
export function fullNameOf(ref) {
    const registry = registryOf(ref);
    const repository = registry === dockerHub && !ref.repository.includes('/') ? `library/${ref.repository}` : ref.repository;
    return `${registry}/${repository}`;
}
/**
 * Registries on the internet that anyone can pull from, operated by a third party: Docker Hub and the big
 * hosted registries (several of them also hold private repositories, but are still pulled over the
 * internet, under their operator's limits), the Kubernetes project's registries, and the vendor registries
 * that operators and charts commonly default to. Cloud registries of one's own account (ECR private,
 * Artifact Registry, ACR) are not in the list: they sit in the same cloud as the cluster.
 */
const publicRegistries = new Map([
    [dockerHub, 'Docker Hub'],
    ['mirror.gcr.io', "Google's Docker Hub mirror"],
    ['ghcr.io', 'GitHub Container Registry'],
    ['quay.io', 'Quay.io'],
    ['gcr.io', 'Google Container Registry'],
    ['us.gcr.io', 'Google Container Registry'],
    ['eu.gcr.io', 'Google Container Registry'],
    ['asia.gcr.io', 'Google Container Registry'],
    ['registry.k8s.io', 'the Kubernetes project registry'],
    ['k8s.gcr.io', 'the former Kubernetes project registry, frozen since 2023'],
    ['public.ecr.aws', 'Amazon ECR Public'],
    ['mcr.microsoft.com', 'Microsoft Artifact Registry'],
    ['registry.gitlab.com', 'GitLab Container Registry'],
    ['docker.elastic.co', "Elastic's registry"],
    ['nvcr.io', 'NVIDIA NGC'],
    ['cgr.dev', 'Chainguard'],
    ['registry.access.redhat.com', "Red Hat's registry"],
    ['registry.redhat.io', "Red Hat's registry"],
    ['registry.suse.com', "SUSE's registry"],
    ['container-registry.oracle.com', "Oracle's registry"],
    ['lscr.io', 'LinuxServer.io'],
    ['registry.opensource.zalan.do', "Zalando's registry"],
]);
/** The display name of the public registry an image comes from, if it is one. */
export function publicRegistryOf(ref) {
    return publicRegistries.get(registryOf(ref));
}
/** The host names of the public registries, for documentation. */
export const publicRegistryHosts = [...publicRegistries.keys()];
/**
 * Whether an image comes from an allowed registry entry: `host[:port][/path/prefix]`.
 * - The host compares case-insensitively, and whole: `registry.example.com` does not allow
 *   `registry.example.com.evil.io`, nor `registry.example.com:5000` (a port must be listed as such).
 * - `*` in the host matches within one DNS label: `*.example.com` allows `eu.example.com`, not
 *   `example.com` nor `a.b.example.com`.
 * - A path prefix matches whole components: `ghcr.io/acme` allows `ghcr.io/acme/api`, not
 *   `ghcr.io/acme-evil/api`. A trailing `/*` or `/**` is read as the prefix itself.
 * - Docker Hub is `docker.io` (its aliases count as the same), and its short names are expanded:
 *   `docker.io/library` allows `nginx`.
 */
export function isAllowedBy(entry, ref) {
    const pattern = withoutTrailing(withoutWildcardTail(entry.trim().replace(/^[a-z][a-z0-9+.-]*:\/\//i, '')), '/');
    if (pattern === '')
        return false;
    const slash = pattern.indexOf('/');
    let hostPattern = (slash === -1 ? pattern : pattern.slice(0, slash)).toLowerCase();
    if (dockerHubAliases.has(hostPattern))
        hostPattern = dockerHub;
    const prefix = slash === -1 ? [] : pattern.slice(slash + 1).split('/').filter((part) => part !== '');
    const [host, ...path] = fullNameOf(ref).split('/');
    if (host === undefined || !hostMatches(hostPattern, host))
        return false;
    return prefix.every((part, i) => path[i] === part);
}
/** The entry less the `/*` and `/**` that end it (`(?:\/\*{1,2})+$`, read from the end in one pass). */
function withoutWildcardTail(entry) {
    let end = entry.length;
    for (;;) {
        if (entry.endsWith('/**', end))
            end -= 3;
        else if (entry.endsWith('/*', end))
            end -= 2;
        else
            return entry.slice(0, end);
    }
}
/**
 * Whether a host matches an entry's host, where `*` is any run of characters within one DNS label (not
 * `.`, `:` or `/`): label by label, each `*` of a label free within it. A regular expression with one
 * `[^.:/]*` per star takes time the host's length to the power of the stars.
 */
function hostMatches(hostPattern, host) {
    const wanted = hostPattern.split(/([.:])/);
    const parts = host.split(/([.:])/);
    if (wanted.length !== parts.length)
        return false;
    return wanted.every((part, i) => (i % 2 === 1 ? part === parts[i] : wildcardMatches(part, parts[i] ?? '')));
}
const digestLengths = { sha256: 64, sha384: 96, sha512: 128 };
/** Whether a digest (the part after `@`) is well formed: `sha256:` and 64 hex digits, say. */
export function isValidDigest(digest) {
    const match = /^([a-z0-9]+(?:[.+_-][a-z0-9]+)*):([0-9a-f]+)$/.exec(digest);
    if (!match)
        return false;
    const [, algorithm = '', encoded = ''] = match;
    const length = digestLengths[algorithm];
    return length === undefined ? encoded.length >= 32 : encoded.length === length;
}
