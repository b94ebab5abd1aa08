import { type KubeObject, type Path, apiGroupOf, isBuiltInGroup } from './kinds.js';

type JsonSchema = Record<string, unknown>;

/** The bundled schemas of one Kubernetes release (schemas/kubernetes/<release>.json). */
export interface KubernetesSchemaDocument {
  kubernetes: string;
  source: string;
  kinds: Record<string, Record<string, string>>;
  definitions: Record<string, JsonSchema>;
  laterFields: readonly { since: string; definition: string; property: string; schema: JsonSchema }[];
}

export interface SchemaProblem {
  kind: 'invalid' | 'unknown-field';
  path: Path;
  message: string;
}

export type SchemaVerdict =
  | { known: true; problems: readonly SchemaProblem[] }
  | { known: false; builtIn: boolean; reason: string };

/** Validates objects against the schema of their kind; what the schema checks read. */
export interface SchemaValidation {
  validate(object: KubeObject): SchemaVerdict;
}

/** No schemas at all: every kind is unknown. */
export const noSchemas: SchemaValidation = {
  validate: (object) => ({ known: false, builtIn: isBuiltInGroup(apiGroupOf(object.apiVersion)), reason: 'no schemas loaded' }),
};

