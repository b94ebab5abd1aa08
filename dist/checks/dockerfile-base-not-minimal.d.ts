interface Options {
    /** Repositories of full distribution images (Docker Hub official names, or registry/path). */
    fullImages: string[];
    /** Words of a tag that name a small variant: a tag holding one of them (as a -separated part) is minimal. */
    minimalTagWords: string[];
}
declare const _default: import("../src/engine/check.js").ObjectCheck<Options>;
export default _default;
