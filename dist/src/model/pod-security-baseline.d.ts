export { everyContainerOf as podSecurityContainersOf } from './pod-security-fields.js';
export { containerSubject as subjectOf } from './kinds.js';
export { securityContextOf } from './run-as.js';
/**
 * Whether a boolean field is set to true. The parser reads YAML as kubectl does (YAML 1.1), so `yes` and
 * `on` are already true here, and a quoted "yes" is a string kubectl rejects, not a true.
 */
export declare function isSetTrue(value: unknown): boolean;
/** A list field as its entries; a lone scalar counts as a list of one, so a mistyped field is still judged. */
export declare function entriesOf(value: unknown): {
    value: unknown;
    index: number | undefined;
}[];
/** A true value as written, with a note when only kubectl's YAML 1.1 reading makes it true. */
export declare function shownTrue(value: unknown): string;
