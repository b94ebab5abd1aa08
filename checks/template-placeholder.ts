import { defineObjectCheck } from '../src/engine/check.js';
import { type KubeObject, type Path, isKind, isRecord } from '../src/model/kinds.js';
import { findPlaceholder, unquotedMustache } from '../src/model/placeholder.js';

export default defineObjectCheck({
  meta: {
    id: 'template-placeholder',
    title: 'Unreplaced template placeholder',
    severity: 'error',
    category: 'correctness',
    risk:
      'Text substitution (sed, envsubst) left a placeholder behind. The object is applied with the literal ' +
      'placeholder as its value: an image that cannot be pulled, a host name that resolves nowhere, a label ' +
      'no selector matches. Nothing fails until the pod does.',
    mitigation:
      'Make the substitution step fail on unset variables (envsubst with an explicit variable list, ' +
      '`set -u`), or move to Helm or Kustomize, which understand YAML. If the application expands the value ' +
      'itself, quote it in a way it understands and suppress this finding for that field.',
  },
  *check(object) {
    for (const [path, value] of freeOfPayloads(object)) {
      const placeholder = typeof value === 'string' ? findPlaceholder(value) : unquotedMustache(value);
      if (placeholder) yield { path, message: `The value holds the unreplaced placeholder ${placeholder}.` };
    }
  },
});

/**
 * Every value of the object that should be a plain value, with its path. Left out: free-text payloads
 * (ConfigMap and Secret data, multi-line strings, JSON annotations) and shell (command, args), where
 * `${VAR}` and `{{ }}` are legitimate.
 */
function* freeOfPayloads(object: KubeObject): Generator<[Path, unknown]> {
  const isPayloadObject = isKind(object, 'ConfigMap') || isKind(object, 'Secret');
  function* walk(value: unknown, path: (string | number)[]): Generator<[Path, unknown]> {
    if (typeof value === 'string') {
      if (!value.includes('\n')) yield [path, value];
      return;
    }
    if (Array.isArray(value)) {
      for (const [i, item] of value.entries()) yield* walk(item, [...path, i]);
      return;
    }
    if (!isRecord(value)) return;
    if (unquotedMustache(value)) {
      yield [path, value];
      return;
    }
    for (const [key, child] of Object.entries(value)) {
      const childPath = [...path, key];
      if (isPayloadObject && path.length === 0 && ['data', 'binaryData', 'stringData'].includes(key)) continue;
      if (key === 'command' || key === 'args') continue;
      if (key === 'annotations' && path.length === 1 && path[0] === 'metadata') {
        if (isPayloadObject) continue;
        for (const [name, annotation] of Object.entries(isRecord(child) ? child : {})) {
          if (typeof annotation === 'string' && !/^\s*[[{]/.test(annotation)) yield* walk(annotation, [...childPath, name]);
        }
        continue;
      }
      yield* walk(child, childPath);
    }
  }
  yield* walk(object, []);
}
