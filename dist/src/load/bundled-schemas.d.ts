import type { KubernetesSchemaDocument } from '../model/schema-validation.js';
/** The files of the bundled schemas. */
export declare function bundledSchemaFiles(): URL[];
/** The Kubernetes releases whose schemas ship with kubeready, oldest first. */
export declare function bundledReleases(): string[];
/** The bundled schemas for a target release: the newest bundled release not after it, else the oldest. */
export declare function loadKubernetesSchema(target: string): KubernetesSchemaDocument;
