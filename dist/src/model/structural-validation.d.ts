import type { ErrorObject } from 'ajv';
type JsonSchema = Record<string, unknown>;
/**
 * Validates data against the JSON Schema of a CustomResourceDefinition by walking both, with the errors
 * Ajv would give (keyword, params, value, schema). Structural schemas use a small set of keywords, and a
 * custom resource is usually one object of its kind: interpreting costs nothing up front, where compiling
 * a large CRD (a pod template inside, thousands of lines) costs more than every object it would check.
 */
export declare function validateStructural(schema: JsonSchema, data: unknown): ErrorObject[];
export {};
