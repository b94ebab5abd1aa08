interface RequiredLabel {
    key: string;
    pattern?: string;
    kinds?: string[];
}
interface Options {
    requiredLabels: (RequiredLabel | string)[];
}
declare const _default: import("../src/engine/check.js").ObjectCheck<Options>;
export default _default;
