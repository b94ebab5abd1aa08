
// Every container Pod Security admission visits (init, regular, ephemeral), named as in this family.
export { everyContainerOf as podSecurityContainersOf } from './pod-security-fields.js';
export { containerSubject as subjectOf } from './kinds.js';
export { securityContextOf } from './run-as.js';

// kubectl reads manifests as YAML 1.1 (sigs.k8s.io/yaml over go-yaml v2), where these plain scalars
// are the boolean true; the YAML 1.2 parser used here keeps them as strings. (An unquoted true is a
// boolean in both; a quoted "true" is a string kubectl rejects, so it is not counted.)
const yaml11True = new Set(['y', 'Y', 'yes', 'Yes', 'YES', 'on', 'On', 'ON']);

/** Whether a boolean field is set to true, also in its YAML 1.1 spellings (`yes`, `on`) that kubectl reads as true. */
export function isSetTrue(value: unknown): boolean {
  return value === true || (typeof value === 'string' && yaml11True.has(value));
}

/** A list field as its entries; a lone scalar counts as a list of one, so a mistyped field is still judged. */
export function entriesOf(value: unknown): { value: unknown; index: number | undefined }[] {
  if (Array.isArray(value)) return value.map((entry: unknown, index) => ({ value: entry, index }));
  if (value === undefined || value === null) return [];
  return [{ value, index: undefined }];
}

/** A true value as written, with a note when only kubectl's YAML 1.1 reading makes it true. */
export function shownTrue(value: unknown): string {
  return value === true ? 'true' : `${String(value)} (which kubectl reads as true)`;
}
