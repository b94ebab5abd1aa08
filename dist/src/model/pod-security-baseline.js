// Every container Pod Security admission visits (init, regular, ephemeral), named as in this family.
export { everyContainerOf as podSecurityContainersOf } from './pod-security-fields.js';
export { containerSubject as subjectOf } from './kinds.js';
export { securityContextOf } from './run-as.js';
/**
 * Whether a boolean field is set to true. The parser reads YAML as kubectl does (YAML 1.1), so `yes` and
 * `on` are already true here, and a quoted "yes" is a string kubectl rejects, not a true.
 */
export function isSetTrue(value) {
    return value === true;
}
/** A list field as its entries; a lone scalar counts as a list of one, so a mistyped field is still judged. */
export function entriesOf(value) {
    if (Array.isArray(value))
        return value.map((entry, index) => ({ value: entry, index }));
    if (value === undefined || value === null)
        return [];
    return [{ value, index: undefined }];
}
/** A true value as written, with a note when only kubectl's YAML 1.1 reading makes it true. */
export function shownTrue(value) {
    return value === true ? 'true' : `${String(value)} (which kubectl reads as true)`;
}
