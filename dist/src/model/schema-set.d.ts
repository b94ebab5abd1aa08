import type { KubernetesSchemaDocument, SchemaValidation, VerdictMemo } from './schema-validation.js';
type JsonSchema = Record<string, unknown>;
/**
 * The schemas of one run: the bundled built-in kinds of the target release and the custom resources
 * whose definitions the run has seen. A kind's validator is compiled the first time an object of that
 * kind is seen (built-in kinds once per process), and each object is validated once, however many
 * checks ask.
 */
export declare function createSchemaSet(document: KubernetesSchemaDocument, crds: readonly unknown[], kubernetesVersion: string, memo?: VerdictMemo, 
/** definitionsHashOf(crds) or another name of exactly these definitions, when the caller has one. */
knownDefinitionsHash?: string): SchemaValidation & {
    readonly compiledKinds: number;
};
/**
 * Names a set of CustomResourceDefinitions, in order: what a custom resource's verdict depends on.
 * `identityOf` may name a definition more cheaply than its JSON (the parse cache knows its file's hash).
 */
export declare function definitionsHashOf(crds: readonly unknown[], identityOf?: (crd: unknown) => string | undefined): string;
/** The definitions the built-in validators check against: the bundled release's, with the fields of the later releases the target has. */
export declare function builtInDefinitions(document: KubernetesSchemaDocument, kubernetesVersion: string): Record<string, JsonSchema>;
export {};
