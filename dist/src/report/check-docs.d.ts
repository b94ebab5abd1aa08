import { type Check } from '../engine/check.js';
/** docs/checks.md, generated from the checks' metadata (npm run docs); a test fails when it is stale. */
export declare function renderChecksDoc(checks: readonly Check[]): string;
/** `kubeready --explain <id>`: the same text, for a terminal. */
export declare function renderExplain(check: Check): string;
