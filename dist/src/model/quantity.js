const suffixes = {
    n: 1e-9, u: 1e-6, m: 1e-3, '': 1, k: 1e3, K: 1e3, M: 1e6, G: 1e9, T: 1e12, P: 1e15, E: 1e18,
    Ki: 2 ** 10, Mi: 2 ** 20, Gi: 2 ** 30, Ti: 2 ** 40, Pi: 2 ** 50, Ei: 2 ** 60,
};
/**
 * A Kubernetes quantity as a number of base units: cores for cpu ("250m" is 0.25), bytes for memory
 * ("1Gi" is 1073741824). Undefined when it is not a quantity.
 */
export function parseQuantity(value) {
    if (typeof value === 'number')
        return Number.isFinite(value) ? value : undefined;
    if (typeof value !== 'string')
        return undefined;
    // Trimmed first, and `\d+(?:\.\d*)?` for `\d+\.?\d*`: the same quantities, without the overlapping
    // quantifiers whose backtracking took time cubic in a value of digits and spaces.
    const match = /^([+-]?(?:\d+(?:\.\d*)?|\.\d+)(?:[eE][+-]?\d+)?)\s*(Ki|Mi|Gi|Ti|Pi|Ei|[numkKMGTPE]?)$/.exec(value.trim());
    if (!match?.[1])
        return undefined;
    const multiplier = suffixes[match[2] ?? ''];
    return multiplier === undefined ? undefined : Number(match[1]) * multiplier;
}
