import { createHash } from 'node:crypto';
/** The digest --fix compares a file with before writing it (src/fix/): SHA-256 of the text as linted, base64url. */
export function digestOf(text) {
    return createHash('sha256').update(text).digest('base64url');
}
const digests = new Map();
/** digestOf, remembered for the last few texts: a file's fixes share one. */
export function textDigest(text) {
    let digest = digests.get(text);
    if (digest === undefined) {
        digest = digestOf(text);
        // Kept for the last few files only: a run may place fixes in thousands of them.
        if (digests.size >= 16)
            digests.clear();
        digests.set(text, digest);
    }
    return digest;
}
