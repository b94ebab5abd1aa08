type JsonSchema = Record<string, unknown>;
/** One served version of a custom resource, with the JSON Schema its objects are checked against. */
export interface CustomResourceSchema {
    group: string;
    kind: string;
    version: string;
    /** Undefined when the definition gives no schema for this version. */
    schema: JsonSchema | undefined;
}
/**
 * The versions a CustomResourceDefinition (apiextensions.k8s.io v1 or v1beta1) declares, each with its
 * openAPIV3Schema turned into a plain JSON Schema: Kubernetes' extensions become the keywords they mean
 * (int-or-string, nullable, preserve-unknown-fields), and an object that lists its properties rejects
 * others, since the API server prunes fields a structural schema does not declare.
 */
export declare function customResourceSchemas(crd: unknown, metadataSchema?: JsonSchema): CustomResourceSchema[];
export {};
