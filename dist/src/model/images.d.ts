import { type ImageRef } from './image.js';
import { type ContainerAt, type KubeObject, type Path } from './kinds.js';
/** Shared logic of the image checks: which images a workload pulls, and where they come from. */
export interface ImageAt {
    /** The container that pulls the image. */
    at: ContainerAt;
    /** The image as written. */
    image: string;
    ref: ImageRef;
    /** Path of the `image` field. */
    path: Path;
}
/**
 * Every image of a workload, in containers, init containers and ephemeral containers. Values that are not
 * images yet are left out: unresolved templates (template-placeholder reports them) and ko:// build
 * references, which ko replaces with a digest reference at build time.
 */
export declare function imagesOf(object: KubeObject): readonly ImageAt[];
export declare const dockerHub = "docker.io";
/** The registry host of an image, lowercased, with Docker Hub (implicit or under any alias) as `docker.io`. */
export declare function registryOf(ref: ImageRef): string;
/**
 * The image's full name without tag or digest, as the container runtime resolves it: `nginx` is
 * `docker.io/library/nginx`, `bitnami/redis` is `docker.io/bitnami/redis`.
 */
export declare function fullNameOf(ref: ImageRef): string;
/** The display name of the public registry an image comes from, if it is one. */
export declare function publicRegistryOf(ref: ImageRef): string | undefined;
/** The host names of the public registries, for documentation. */
export declare const publicRegistryHosts: readonly string[];
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
export declare function isAllowedBy(entry: string, ref: ImageRef): boolean;
/** Whether a digest (the part after `@`) is well formed: `sha256:` and 64 hex digits, say. */
export declare function isValidDigest(digest: string): boolean;
