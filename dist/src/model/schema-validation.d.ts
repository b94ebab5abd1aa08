import { type KubeObject, type Path } from './kinds.js';
type JsonSchema = Record<string, unknown>;
/** The bundled schemas of one Kubernetes release (schemas/kubernetes/<release>.json). */
export interface KubernetesSchemaDocument {
    kubernetes: string;
    source: string;
    kinds: Record<string, Record<string, string>>;
    definitions: Record<string, JsonSchema>;
    laterFields: readonly {
        since: string;
        definition: string;
        property: string;
        schema: JsonSchema;
    }[];
}
export interface SchemaProblem {
    kind: 'invalid' | 'unknown-field';
    path: Path;
    message: string;
}
export type SchemaVerdict = {
    known: true;
    problems: readonly SchemaProblem[];
} | {
    known: false;
    builtIn: boolean;
    reason: string;
};
/**
 * Verdicts kept from earlier runs (the parse cache), by object and by what else decides them: the
 * target release, and for a custom resource the definitions of the run.
 */
export interface VerdictMemo {
    get(object: KubeObject, context: string): SchemaVerdict | undefined;
    put(object: KubeObject, context: string, verdict: SchemaVerdict): void;
    /** Every verdict kept for an object, by context: what a worker thread is sent. */
    all(object: KubeObject): Record<string, SchemaVerdict> | undefined;
}
/** Validates objects against the schema of their kind; what the schema checks read. */
export interface SchemaValidation {
    validate(object: KubeObject): SchemaVerdict;
    /** What decides an object's verdict besides the object (the release; the definitions for a custom resource). */
    contextOf(object: KubeObject): string;
}
/** No schemas at all: every kind is unknown. */
export declare const noSchemas: SchemaValidation;
export {};
