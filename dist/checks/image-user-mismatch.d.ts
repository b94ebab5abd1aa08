declare const _default: import("../src/engine/check.js").ObjectCheck<Record<string, never>>;
export default _default;
