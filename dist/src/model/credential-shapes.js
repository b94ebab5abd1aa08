/**
 * Credentials recognised by their shape, whatever key or variable holds them: access tokens whose issuers
 * give them a fixed prefix and alphabet. Values come from the input, so nothing here takes more than time
 * linear in the value: the value is cut once into runs of token characters, and each run is tested against
 * patterns tried at its start only (sticky) and anchored at its end whose character classes leave no choice (no class of a pattern overlaps
 * the text that follows it), so a match attempt never backtracks.
 */
const shapes = [
    { name: 'an AWS access key id', pattern: /(?:AKIA|ASIA)[0-9A-Z]{16}$/y },
    { name: 'a GitHub token', pattern: /gh[pousr]_[A-Za-z0-9]{36}$/y },
    { name: 'a GitHub fine-grained token', pattern: /github_pat_[A-Za-z0-9_]{22,255}$/y },
    { name: 'a Slack token', pattern: /xox[abeoprs]-[A-Za-z0-9-]{10,250}$/y },
    { name: 'a Stripe secret key', pattern: /[sr]k_live_[A-Za-z0-9]{20,250}$/y },
    { name: 'a JSON Web Token', pattern: /eyJ[A-Za-z0-9_-]{8,}\.eyJ[A-Za-z0-9_-]{8,}\.[A-Za-z0-9_-]{16,}$/y },
];
// Documentation examples that turn up in real manifests: AWS's AKIAIOSFODNN7EXAMPLE and jwt.io's token.
const exampleMarks = ['EXAMPLE', 'SflKxwRJSMeKKF2QT4fwpMeJf36POk6yJV_adQssw5c'];
/** A letter, digit, `_`, `-` or `.`: the characters of the tokens above. */
function isTokenCharacter(code) {
    return ((code >= 0x30 && code <= 0x39) || (code >= 0x41 && code <= 0x5a) || (code >= 0x61 && code <= 0x7a) || code === 0x5f || code === 0x2d || code === 0x2e);
}
/** The shortest token any shape accepts: runs shorter than this are not tried. */
const shortest = 20;
/** What kind of token the value holds (`a GitHub token`), or undefined when it holds none. */
export function knownTokenIn(value) {
    let start = -1;
    for (let i = 0; i <= value.length; i++) {
        const inside = i < value.length && isTokenCharacter(value.charCodeAt(i));
        if (inside) {
            if (start === -1)
                start = i;
            continue;
        }
        if (start !== -1 && i - start >= shortest) {
            const found = shapeOf(value.slice(start, i));
            if (found)
                return found;
        }
        start = -1;
    }
    return undefined;
}
function shapeOf(token) {
    // A JWT or a GitHub token may be followed by a full stop ending a sentence.
    const trimmed = token.endsWith('.') ? token.slice(0, -1) : token;
    for (const shape of shapes) {
        // Sticky: tried at the start of the token only, never again from each later character.
        shape.pattern.lastIndex = 0;
        if (shape.pattern.test(trimmed))
            return exampleMarks.some((mark) => trimmed.includes(mark)) ? undefined : shape.name;
    }
    return undefined;
}
