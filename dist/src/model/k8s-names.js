/**
 * The name formats the API server validates (k8s.io/apimachinery/pkg/util/validation and
 * pkg/api/validation/path), written as loops over characters: each takes time linear in its input, which
 * comes from the linted files.
 */
const maxLabelLength = 63;
const maxSubdomainLength = 253;
function isLowerAlphanumeric(code) {
    return (code >= 97 && code <= 122) || (code >= 48 && code <= 57);
}
function isAlphanumeric(code) {
    return isLowerAlphanumeric(code) || (code >= 65 && code <= 90);
}
/** Lowercase alphanumerics and '-', starting and ending with an alphanumeric: one DNS-1123 label, of any length. */
function isLabelShaped(value, from, to) {
    if (to <= from || !isLowerAlphanumeric(value.charCodeAt(from)) || !isLowerAlphanumeric(value.charCodeAt(to - 1)))
        return false;
    for (let i = from + 1; i < to - 1; i++) {
        const code = value.charCodeAt(i);
        if (!isLowerAlphanumeric(code) && code !== 45)
            return false;
    }
    return true;
}
/** IsDNS1123Label: `[a-z0-9]([-a-z0-9]*[a-z0-9])?`, 63 characters at most. */
export function isDns1123Label(value) {
    return value.length <= maxLabelLength && isLabelShaped(value, 0, value.length);
}
/** IsDNS1035Label: a DNS-1123 label that starts with a letter. */
export function isDns1035Label(value) {
    const first = value.charCodeAt(0);
    return isDns1123Label(value) && first >= 97 && first <= 122;
}
/** IsDNS1123Subdomain: DNS-1123 labels joined by '.', 253 characters at most (no limit per label). */
export function isDns1123Subdomain(value) {
    if (value.length === 0 || value.length > maxSubdomainLength)
        return false;
    let start = 0;
    for (;;) {
        const dot = value.indexOf('.', start);
        const end = dot === -1 ? value.length : dot;
        if (!isLabelShaped(value, start, end))
            return false;
        if (dot === -1)
            return true;
        start = dot + 1;
    }
}
/** IsValidPathSegmentName: not `.` or `..`, and no `/` or `%`. */
export function isPathSegmentName(value) {
    return value !== '.' && value !== '..' && !value.includes('/') && !value.includes('%');
}
/** `([A-Za-z0-9][-A-Za-z0-9_.]*)?[A-Za-z0-9]`: the name part of a qualified name, and a non-empty label value. */
function isQualifiedNamePart(value) {
    const last = value.length - 1;
    if (last < 0 || !isAlphanumeric(value.charCodeAt(0)) || !isAlphanumeric(value.charCodeAt(last)))
        return false;
    for (let i = 1; i < last; i++) {
        const code = value.charCodeAt(i);
        if (!isAlphanumeric(code) && code !== 45 && code !== 95 && code !== 46)
            return false;
    }
    return true;
}
/**
 * What IsQualifiedName finds wrong with a label key or (lowercased) annotation key, if anything: an optional
 * DNS-1123 subdomain prefix and '/', then a name of 1-63 alphanumerics, '-', '_' and '.', alphanumeric at
 * both ends.
 */
export function qualifiedNameProblem(key) {
    const parts = key.split('/');
    if (parts.length > 2)
        return 'has more than one "/"';
    let name = key;
    if (parts.length === 2) {
        const prefix = parts[0] ?? '';
        name = parts[1] ?? '';
        if (prefix.length === 0)
            return 'has an empty prefix before "/"';
        if (!isDns1123Subdomain(prefix)) {
            return `has a prefix "${prefix}" that is not a DNS-1123 subdomain (lowercase letters, digits, '-' and '.', 253 characters at most)`;
        }
    }
    if (name.length === 0)
        return 'has an empty name part';
    if (name.length > maxLabelLength)
        return `has a name part of ${name.length} characters (63 at most)`;
    if (!isQualifiedNamePart(name)) {
        return "has a name part with characters other than letters, digits, '-', '_' and '.', or that does not start and end with a letter or digit";
    }
    return undefined;
}
/** What IsValidLabelValue finds wrong with a label value, if anything: empty, or 63 characters of a qualified name's name part. */
export function labelValueProblem(value) {
    if (value.length > maxLabelLength)
        return `is ${value.length} characters long (63 at most)`;
    if (value.length > 0 && !isQualifiedNamePart(value)) {
        return "has characters other than letters, digits, '-', '_' and '.', or does not start and end with a letter or digit";
    }
    return undefined;
}
/**
 * What IsValidPortName (IANA_SVC_NAME) finds wrong with a port name, if anything: 1-15 lowercase letters,
 * digits and '-', at least one letter, no '--', no '-' at either end.
 */
export function portNameProblem(name) {
    if (name.length === 0)
        return 'is empty';
    if (name.length > 15)
        return `is ${name.length} characters long (15 at most)`;
    let letters = 0;
    for (let i = 0; i < name.length; i++) {
        const code = name.charCodeAt(i);
        if (code >= 97 && code <= 122)
            letters++;
        else if (!(code >= 48 && code <= 57) && code !== 45)
            return "has characters other than lowercase letters, digits and '-'";
    }
    if (letters === 0)
        return 'has no letter (a number written as a string is a name, not a port number)';
    if (name.includes('--'))
        return "contains '--'";
    if (name.startsWith('-') || name.endsWith('-'))
        return "starts or ends with '-'";
    return undefined;
}
