import { type ContainerAt, type PodTemplate, containerLabel, containersOf, isRecord } from './kinds.js';

/**
 * Every container Pod Security admission looks at: init containers, containers and ephemeral
 * containers (upstream `visitContainers`).
 */
export function podSecurityContainersOf(pod: PodTemplate): ContainerAt[] {
  return containersOf(pod, ['initContainer', 'container', 'ephemeralContainer']);
}

/** `Container "app"`, `Init container "setup"`, `Ephemeral container "debug"`: a container as a sentence subject. */
export function subjectOf(at: ContainerAt): string {
  const label = containerLabel(at);
  return label.charAt(0).toUpperCase() + label.slice(1);
}

/** The container's securityContext when it is a mapping. */
export function securityContextOf(at: ContainerAt): Record<string, unknown> | undefined {
  const context: unknown = at.container.securityContext;
  return isRecord(context) ? context : undefined;
}

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
