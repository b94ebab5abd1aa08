declare const _default: import("../src/engine/check.js").SourceCheck;
export default _default;
