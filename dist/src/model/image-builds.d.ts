import { type DockerfileObject } from './dockerfile.js';
/**
 * Who an image built from a Dockerfile of the input runs as, when the pod does not say: the last USER of
 * the stage it is built from, or its base's user when it sets none.
 */
export type ImageUser = 
/** USER root or 0; or no USER (`user` absent), so the base image's user, root for nearly every base. */
{
    runs: 'root';
    user?: string;
    base?: string;
}
/** A non-root user, by name or by uid; `numeric` tells whether the kubelet can verify runAsNonRoot against it. */
 | {
    runs: 'non-root';
    user: string;
    numeric: boolean;
}
/** A USER set through a variable: the build decides. */
 | {
    runs: 'unknown';
    user: string;
};
/** An image the input builds: the Dockerfile it comes from and who it runs as. */
export interface ImageBuild {
    /** The Dockerfile, named as findings name files. */
    dockerfile: string;
    /** The stage built (`docker build --target`), when not the last. */
    target?: string;
    user: ImageUser;
}
/** The images the input builds, by the key imageBuildKey gives their name. */
export type ImageBuilds = Readonly<Record<string, ImageBuild>>;
/** An image name without tag or digest, as the runtime resolves it: `api` and `docker.io/library/api:1.2` are one. */
export declare function imageBuildKey(image: string): string;
/** The build of the image a container runs, when the input builds it. */
export declare function imageBuildOf(builds: ImageBuilds | undefined, image: unknown): ImageBuild | undefined;
/** Who the image of a Dockerfile's stage (the last one, or `target`) runs as; undefined when there is no such stage. */
export declare function imageUserOf(object: DockerfileObject, target?: string): ImageUser | undefined;
/** How a message names the image's user: "sets no USER, so it runs as root", "sets USER app". */
export declare function describeImageUser(build: ImageBuild): string;
