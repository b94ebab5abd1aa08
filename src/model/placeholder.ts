/**
 * Leftovers of sed-, envsubst- or mustache-style templating. Kubernetes' own `$(VAR)` expansion
 * is deliberately absent.
 */
const placeholderPatterns: readonly RegExp[] = [
  /\$\{[A-Za-z_][\w.:-]*(?:[:?+-][^}]*)?\}/, // ${VAR}, ${VAR:-default}
  /\{\{-?\s*[^{}]+?\s*-?\}\}/, // {{ var }}, {{ .Values.x }}
  /__[A-Z][A-Z0-9_]*[A-Z0-9]__/, // __VAR__
  /%[A-Z][A-Z0-9_]*[A-Z0-9]%/, // %VAR%
  /@[A-Z][A-Z0-9_]*[A-Z0-9]@/, // @VAR@
  /<[A-Z][A-Z0-9_]*[A-Z0-9]>/, // <VAR>
  /<(?:your|my|insert|replace|enter)[-_ ][\w .-]+>/i, // <your-project-id>
  /\b(?:REPLACE[_-]?ME|CHANGE[_-]?ME)\b/i,
];

/** The first placeholder in a string value, if any. */
export function findPlaceholder(value: string): string | undefined {
  for (const pattern of placeholderPatterns) {
    const match = pattern.exec(value);
    if (match) return match[0];
  }
  return undefined;
}

/**
 * An unquoted `{{VAR}}` is valid YAML: a flow mapping whose only key is another flow mapping.
 * The parser hands it over as a one-key object such as `{ "{ VAR }": null }`.
 */
export function unquotedMustache(value: unknown): string | undefined {
  if (typeof value !== 'object' || value === null || Array.isArray(value)) return undefined;
  const entries = Object.entries(value);
  if (entries.length !== 1) return undefined;
  const [key, inner] = entries[0] ?? [];
  if (inner !== null || typeof key !== 'string' || !/^\{.*\}$/s.test(key)) return undefined;
  return `{${key}}`;
}
