import type { Check } from '../src/engine/check.js';
/** Every check, sorted by id. */
export declare const checks: readonly Check[];
