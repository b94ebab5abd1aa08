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
// A quantity as the API server parses it (resource.ParseQuantity): a sign, digits with at most one point,
// then one suffix: binary (Ki..Ei), decimal (n, u, m, k, M, G, T, P, E) or a decimal exponent (e3, E-2).
// Unlike parseQuantity, no spaces and no upper-case K: those are not quantities to the API server.
const strictQuantity = /^([+-]?)(\d*)(?:\.(\d*))?(?:(Ki|Mi|Gi|Ti|Pi|Ei)|([numkMGTPE])|[eE]([+-]?\d+))?$/;
const binaryPowers = { Ki: 10, Mi: 20, Gi: 30, Ti: 40, Pi: 50, Ei: 60 };
const decimalPowers = { n: -9, u: -6, m: -3, k: 3, M: 6, G: 9, T: 12, P: 15, E: 18 };
function exactQuantity(value) {
    const text = typeof value === 'number' ? (Number.isFinite(value) ? String(value) : '') : value;
    if (typeof text !== 'string')
        return undefined;
    const match = strictQuantity.exec(text);
    if (!match)
        return undefined;
    const [, sign = '', whole = '', fraction = '', binarySuffix, decimalSuffix, exponent] = match;
    if (whole === '' && fraction === '')
        return undefined;
    let decimal = -fraction.length;
    if (decimalSuffix)
        decimal += decimalPowers[decimalSuffix] ?? 0;
    if (exponent !== undefined) {
        const shift = Number(exponent);
        // An exponent this large is no real request or limit; comparing it exactly would cost memory.
        if (!Number.isSafeInteger(shift) || Math.abs(shift) > 1000)
            return undefined;
        decimal += shift;
    }
    const digits = BigInt(`${whole}${fraction}` || '0');
    return { digits: sign === '-' ? -digits : digits, decimal, binary: binarySuffix ? (binaryPowers[binarySuffix] ?? 0) : 0 };
}
/**
 * Compares two quantities exactly, as the API server's Quantity.Cmp does ("1Gi" equals "1073741824",
 * "300m" equals "0.3"): -1, 0 or 1, or undefined when either is not a quantity the API server parses.
 */
export function compareQuantities(a, b) {
    const x = exactQuantity(a);
    const y = exactQuantity(b);
    if (!x || !y)
        return undefined;
    // Scale both to integers: multiply by 10^-min(decimal) and 2^-min(binary).
    const decimal = Math.min(x.decimal, y.decimal);
    const binary = Math.min(x.binary, y.binary);
    const scale = (q) => q.digits * 10n ** BigInt(q.decimal - decimal) * 2n ** BigInt(q.binary - binary);
    const left = scale(x);
    const right = scale(y);
    return left < right ? -1 : left > right ? 1 : 0;
}
