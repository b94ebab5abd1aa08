/**
 * Credentials recognised by their shape, whatever key or variable holds them: access tokens whose issuers
 * give them a fixed prefix and alphabet. Values come from the input, so nothing here takes more than time
 * linear in the value: the value is cut once into runs of token characters, and each run is tested against
 * patterns tried at its start only (sticky) and anchored at its end whose character classes leave no choice (no class of a pattern overlaps
 * the text that follows it), so a match attempt never backtracks.
 */
/** What kind of token the value holds (`a GitHub token`), or undefined when it holds none. */
export declare function knownTokenIn(value: string): string | undefined;
