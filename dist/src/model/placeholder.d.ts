import type { Path } from './kinds.js';
/** The first placeholder in a string value, if any. */
export declare function findPlaceholder(value: string, options?: {
    goTemplates: boolean;
}): string | undefined;
/**
 * A bare SHOUTED_NAME (with an underscore) where Kubernetes only accepts lowercase names: the
 * placeholder style of tutorials that say "replace KSA_NAME with your service account".
 */
export declare function shoutedPlaceholder(path: Path, value: string): string | undefined;
/**
 * An unquoted `{{VAR}}` is valid YAML: a flow mapping whose only key is another flow mapping.
 * The parser hands it over as a one-key object such as `{ "{ VAR }": null }`.
 */
export declare function unquotedMustache(value: unknown): string | undefined;
