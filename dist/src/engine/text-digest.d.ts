/** The digest --fix compares a file with before writing it (src/fix/): SHA-256 of the text as linted, base64url. */
export declare function digestOf(text: string): string;
/** digestOf, remembered for the last few texts: a file's fixes share one. */
export declare function textDigest(text: string): string;
