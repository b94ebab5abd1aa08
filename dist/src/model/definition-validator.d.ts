import type { ErrorObject } from 'ajv';
type JsonSchema = Record<string, unknown>;
/** The errors of one value against one definition: none when it fits. */
export type DefinitionValidator = (data: unknown) => readonly ErrorObject[];
/**
 * Validators for the definitions of the bundled Kubernetes schemas, compiled into closures the first
 * time a definition is asked for. The schemas use a handful of keywords (type, $ref, properties,
 * required, additionalProperties, items, enum, anyOf), and the errors are those Ajv gives with
 * `allErrors` and `verbose`, in Ajv's order, so that the schema checks describe them the same way.
 *
 * Each schema has two paths. `fits` answers yes or no: it goes through the keys the value has rather
 * than every property the schema declares (a pod spec declares about 40 and sets a handful), stops at the
 * first problem and builds nothing, which is all that a valid object, nearly every object, needs. Only a
 * value that does not fit is walked again by `explain`, which follows Ajv's order keyword by keyword.
 */
export declare function definitionValidators(definitions: Record<string, JsonSchema>): (definition: string) => DefinitionValidator | undefined;
export {};
