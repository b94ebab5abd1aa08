/**
 * An int-or-percent value (PDB minAvailable, maxUnavailable) as a count of pods out of `total`.
 * Percentages round up, as the disruption controller does. Undefined when absent or malformed.
 */
export declare function resolveIntOrPercent(value: unknown, total: number): number | undefined;
/** A percentage written as such ("0%", "100%"), else undefined. */
export declare function percentOf(value: unknown): number | undefined;
