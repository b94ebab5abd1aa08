interface Options {
    allowedRegistries: string[];
}
declare const _default: import("../src/engine/check.js").ObjectCheck<Options>;
export default _default;
