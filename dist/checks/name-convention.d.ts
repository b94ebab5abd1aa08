interface Options {
    namePattern: Record<string, string>;
}
declare const _default: import("../src/engine/check.js").ObjectCheck<Options>;
export default _default;
