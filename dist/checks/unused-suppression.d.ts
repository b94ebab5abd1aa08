declare const _default: import("../src/engine/check.js").EngineCheck;
export default _default;
