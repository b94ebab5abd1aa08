import { defineObjectCheck } from '../src/engine/check.js';
import { type KubeObject, type Path, apiGroupOf, isBuiltInGroup, isKind, isRecord } from '../src/model/kinds.js';
import { findPlaceholder, shoutedPlaceholder, unquotedMustache } from '../src/model/placeholder.js';

export default defineObjectCheck({
  meta: {
    id: 'template-placeholder',
    title: 'Unreplaced template placeholder',
    severity: 'error',
    category: 'correctness',
    description:
      'Looks for the leftovers of text templating in values: ${VAR}, {{ var }}, __VAR__, %VAR%, @VAR@, <VAR>, ' +
      'REPLACE_ME, and tutorial names such as KSA_NAME where only lowercase names are valid. Kubernetes\' own ' +
      '$(VAR), shell in command and args, ConfigMap and Secret data, and {{ }} evaluated by the controllers ' +
      'of custom resources are left alone.',
    risk:
      'Text substitution (sed, envsubst) left a placeholder behind. The object is applied with the literal ' +
      'placeholder as its value: an image that cannot be pulled, a host name that resolves nowhere, a label ' +
      'no selector matches. Nothing fails until the pod does.',
    mitigation:
      'Make the substitution step fail on unset variables (envsubst with an explicit variable list, ' +
      '`set -u`), or move to Helm or Kustomize, which understand YAML. If a controller or the application ' +
      'expands the value itself, suppress this finding for that field.',
    example: `# envsubst with an explicit list fails loudly on what it does not know:
#   envsubst '$IMAGE_TAG $DOMAIN' < app.yaml.tmpl > app.yaml
containers:
  - name: api
    image: registry.example.com/shop/api:3.2.1`,
  },
  *check(object) {
    // Controllers of custom resources often evaluate {{ }} themselves (alert rules, ApplicationSets, policies).
    const goTemplatesAreData = !isBuiltInGroup(apiGroupOf(object.apiVersion));
    for (const [path, value] of plainValues(object)) {
      if (typeof value !== 'string') {
        const mustache = unquotedMustache(value);
        if (mustache) yield { path, message: `The value is the unquoted placeholder ${mustache}, which YAML reads as a mapping.` };
        continue;
      }
      const found = findPlaceholder(value, { goTemplates: !goTemplatesAreData }) ?? shoutedPlaceholder(path, value);
      if (!found) continue;
      const hint = found.startsWith('${') && isEnvValue(path) ? ' Kubernetes expands only $(VAR) in env values; this stays literal.' : '';
      yield { path, message: `The value holds the unreplaced placeholder ${found}.${hint}` };
    }
  },
});

/**
 * Every value of the object with its path, except free-text payloads where `${VAR}` and `{{ }}` are
 * legitimate: shell (command, args), multi-line strings (scripts, configs), JSON annotations, and the
 * string data of ConfigMaps and Secrets. A mapping where data wants a string is still yielded.
 */
function* plainValues(object: KubeObject): Generator<[Path, unknown]> {
  const isPayloadObject = isKind(object, 'ConfigMap') || isKind(object, 'Secret');
  function* walk(value: unknown, path: (string | number)[], payload: boolean): Generator<[Path, unknown]> {
    if (typeof value === 'string') {
      if (!payload && !value.includes('\n')) yield [path, value];
      return;
    }
    if (Array.isArray(value)) {
      for (const [i, item] of value.entries()) yield* walk(item, [...path, i], payload);
      return;
    }
    if (!isRecord(value)) return;
    if (unquotedMustache(value)) {
      yield [path, value];
      return;
    }
    for (const [key, child] of Object.entries(value)) {
      const childPath = [...path, key];
      const topLevel = path.length === 0;
      if (key === 'command' || key === 'args') continue;
      if (isPayloadObject && topLevel && (key === 'data' || key === 'binaryData' || key === 'stringData')) {
        yield* walk(child, childPath, true);
      } else if (key === 'annotations' && path.length === 1 && path[0] === 'metadata') {
        if (!isRecord(child)) continue;
        for (const [name, annotation] of Object.entries(child)) {
          const isJson = typeof annotation === 'string' && /^\s*[[{]/.test(annotation);
          yield* walk(annotation, [...childPath, name], payload || isPayloadObject || isJson);
        }
      } else {
        yield* walk(child, childPath, payload);
      }
    }
  }
  yield* walk(object, [], false);
}

function isEnvValue(path: Path): boolean {
  return path.at(-1) === 'value' && path.at(-3) === 'env';
}
