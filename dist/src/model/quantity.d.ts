/**
 * A Kubernetes quantity as a number of base units: cores for cpu ("250m" is 0.25), bytes for memory
 * ("1Gi" is 1073741824). Undefined when it is not a quantity.
 */
export declare function parseQuantity(value: unknown): number | undefined;
/**
 * Compares two quantities exactly, as the API server's Quantity.Cmp does ("1Gi" equals "1073741824",
 * "300m" equals "0.3"): -1, 0 or 1, or undefined when either is not a quantity the API server parses.
 */
export declare function compareQuantities(a: unknown, b: unknown): -1 | 0 | 1 | undefined;
