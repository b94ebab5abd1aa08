import { type Check } from '../engine/check.js';
type JsonSchema = Record<string, unknown>;
/** A top-level key of .kubeready.yaml that stands for one option of one check. */
export interface OptionShortcut {
    /** Where it is written in the config file. */
    path: readonly string[];
    check: string;
    option: string;
}
export declare const optionShortcuts: readonly OptionShortcut[];
/** schemas/config.schema.json as text, generated from the checks (npm run docs); a test fails when it is stale. */
export declare function renderConfigSchema(checks: readonly Check[]): string;
/** The JSON Schema (draft-07) of .kubeready.yaml: every check id under `checks`, with its options. */
export declare function buildConfigSchema(checks: readonly Check[]): JsonSchema;
export {};
