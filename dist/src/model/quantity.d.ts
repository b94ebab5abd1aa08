/**
 * A Kubernetes quantity as a number of base units: cores for cpu ("250m" is 0.25), bytes for memory
 * ("1Gi" is 1073741824). Undefined when it is not a quantity.
 */
export declare function parseQuantity(value: unknown): number | undefined;
