/**
 * The name formats the API server validates (k8s.io/apimachinery/pkg/util/validation and
 * pkg/api/validation/path), written as loops over characters: each takes time linear in its input, which
 * comes from the linted files.
 */
/** IsDNS1123Label: `[a-z0-9]([-a-z0-9]*[a-z0-9])?`, 63 characters at most. */
export declare function isDns1123Label(value: string): boolean;
/** IsDNS1035Label: a DNS-1123 label that starts with a letter. */
export declare function isDns1035Label(value: string): boolean;
/** IsDNS1123Subdomain: DNS-1123 labels joined by '.', 253 characters at most (no limit per label). */
export declare function isDns1123Subdomain(value: string): boolean;
/** IsValidPathSegmentName: not `.` or `..`, and no `/` or `%`. */
export declare function isPathSegmentName(value: string): boolean;
/**
 * What IsQualifiedName finds wrong with a label key or (lowercased) annotation key, if anything: an optional
 * DNS-1123 subdomain prefix and '/', then a name of 1-63 alphanumerics, '-', '_' and '.', alphanumeric at
 * both ends.
 */
export declare function qualifiedNameProblem(key: string): string | undefined;
/** What IsValidLabelValue finds wrong with a label value, if anything: empty, or 63 characters of a qualified name's name part. */
export declare function labelValueProblem(value: string): string | undefined;
/**
 * What IsValidPortName (IANA_SVC_NAME) finds wrong with a port name, if anything: 1-15 lowercase letters,
 * digits and '-', at least one letter, no '--', no '-' at either end.
 */
export declare function portNameProblem(name: string): string | undefined;
