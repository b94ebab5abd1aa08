/**
 * An int-or-percent value (PDB minAvailable, maxUnavailable) as a count of pods out of `total`.
 * Percentages round up, as the disruption controller does. Undefined when absent or malformed.
 */
export function resolveIntOrPercent(value, total) {
    if (typeof value === 'number')
        return Number.isInteger(value) ? value : undefined;
    if (typeof value !== 'string')
        return undefined;
    const percent = /^(\d+)%$/.exec(value.trim());
    if (percent?.[1])
        return Math.ceil((Number(percent[1]) * total) / 100);
    return /^\d+$/.test(value.trim()) ? Number(value) : undefined;
}
/** A percentage written as such ("0%", "100%"), else undefined. */
export function percentOf(value) {
    const match = typeof value === 'string' ? /^(\d+)%$/.exec(value.trim()) : null;
    return match?.[1] ? Number(match[1]) : undefined;
}
