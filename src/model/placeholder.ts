import type { Path } from './kinds.js';

/**
 * Leftovers of sed-, envsubst- or mustache-style templating. Kubernetes' own `$(VAR)` expansion is
 * deliberately absent, and so is CSI provisioner templating (`${pvc.name}`, `${pv.name}`).
 */
const goTemplate = /\{\{-?\s*[^{}]+?\s*-?\}\}/; // {{ var }}, {{ .Values.x }}
const otherPlaceholders: readonly RegExp[] = [
  /\$\{(?!pvc?\.)[A-Za-z_][\w.:-]*(?:[:?+-][^}]*)?\}/, // ${VAR}, ${VAR:-default}
  /__[A-Z][A-Z0-9_]*[A-Z0-9]__/, // __VAR__
  /%[A-Z][A-Z0-9_]*[A-Z0-9]%/, // %VAR%
  /@[A-Z][A-Z0-9_]*[A-Z0-9]@/, // @VAR@
  /<[A-Z][A-Z0-9_-]*[A-Z0-9]>/, // <VAR>
  /<(?:your|my|insert|replace|enter)[-_ ][\w .-]+>/i, // <your-project-id>
  /\b(?:REPLACE[_-]?ME|CHANGE[_-]?ME)\b/i,
];

const allPlaceholders: readonly RegExp[] = [goTemplate, ...otherPlaceholders];

// Every pattern above needs one of these (REPLACE_ME and CHANGE_ME an "e" before "me"): most values have
// none, and are cleared in one pass.
const anyPlaceholderCharacter = /[{$%@<]|__|e[-_]?me/i;

const withGoTemplates = { goTemplates: true };

/** The first placeholder in a string value, if any. */
export function findPlaceholder(value: string, options: { goTemplates: boolean } = withGoTemplates): string | undefined {
  if (!anyPlaceholderCharacter.test(value)) return undefined;
  const patterns = options.goTemplates ? allPlaceholders : otherPlaceholders;
  for (let i = 0; i < patterns.length; i++) {
    const match = patterns[i]?.exec(value);
    if (match) return match[0];
  }
  return undefined;
}

// Fields whose value must be a lowercase DNS name or image reference, so `KSA_NAME` can only be a placeholder.
const lowercaseFields = new Set([
  'namespace',
  'serviceAccountName',
  'serviceAccount',
  'volumeName',
  'claimName',
  'storageClassName',
  'secretName',
  'priorityClassName',
  'nodeName',
  'image',
]);

/**
 * A bare SHOUTED_NAME (with an underscore) where Kubernetes only accepts lowercase names: the
 * placeholder style of tutorials that say "replace KSA_NAME with your service account".
 */
export function shoutedPlaceholder(path: Path, value: string): string | undefined {
  // Asked of every string value: most do not start with a capital letter, and need no regular expression.
  const first = value.charCodeAt(0);
  if (first < 65 || first > 90 || !/^[A-Z][A-Z0-9]*(?:_[A-Z0-9]+)+$/.test(value)) return undefined;
  const key = path.at(-1);
  const parent = path.at(-2);
  const isNameField =
    (typeof key === 'string' && lowercaseFields.has(key)) ||
    (key === 'name' && (parent === 'metadata' || (typeof parent === 'string' && /(?:Ref|^configMap|^secret)$/.test(parent))));
  return isNameField ? value : undefined;
}

/**
 * An unquoted `{{VAR}}` is valid YAML: a flow mapping whose only key is another flow mapping.
 * The parser hands it over as a one-key object such as `{ "{ VAR }": null }`.
 */
export function unquotedMustache(value: unknown): string | undefined {
  if (typeof value !== 'object' || value === null || Array.isArray(value)) return undefined;
  // The only key, found without listing the keys: asked of every one-key mapping.
  let only: string | undefined;
  for (const key in value) {
    if (!Object.hasOwn(value, key)) continue;
    if (only !== undefined) return undefined;
    only = key;
  }
  if (only === undefined || (value as Record<string, unknown>)[only] !== null || !/^\{.*\}$/s.test(only)) return undefined;
  return `{${only}}`;
}
