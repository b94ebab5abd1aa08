/** An image reference split into its parts: `[registry/]repository[:tag][@digest]`. */
export interface ImageRef {
    registry: string | undefined;
    repository: string;
    tag: string | undefined;
    digest: string | undefined;
}
export declare function parseImage(image: string): ImageRef;
