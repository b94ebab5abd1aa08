import { defineObjectCheck } from '../src/engine/check.js';
import { apiGroupOf, isBuiltInGroup, isKind, isRecord } from '../src/model/kinds.js';
import { findPlaceholder, shoutedPlaceholder, unquotedMustache } from '../src/model/placeholder.js';
export default defineObjectCheck({
    meta: {
        id: 'template-placeholder',
        title: 'Unreplaced template placeholder',
        severity: 'error',
        category: 'correctness',
        description: 'Looks for the leftovers of text templating in values: ${VAR}, {{ var }}, __VAR__, %VAR%, @VAR@, <VAR>, ' +
            'REPLACE_ME, and tutorial names such as KSA_NAME where only lowercase names are valid. Kubernetes\' own ' +
            '$(VAR), shell in command and args, ConfigMap and Secret data, {{ }} evaluated by the controllers ' +
            'of custom resources, and the schemas of CustomResourceDefinitions (documentation and validation rules, ' +
            'whose descriptions show such syntax) are left alone.',
        risk: 'Text substitution (sed, envsubst) left a placeholder behind. The object is applied with the literal ' +
            'placeholder as its value: an image that cannot be pulled, a host name that resolves nowhere, a label ' +
            'no selector matches. Nothing fails until the pod does.',
        mitigation: 'Make the substitution step fail on unset variables (envsubst with an explicit variable list, ' +
            '`set -u`), or move to Helm or Kustomize, which understand YAML. If a controller or the application ' +
            'expands the value itself, suppress this finding for that field.',
        example: `# envsubst with an explicit list fails loudly on what it does not know:
#   envsubst '$IMAGE_TAG $DOMAIN' < app.yaml.tmpl > app.yaml
containers:
  - name: api
    image: registry.example.com/shop/api:3.2.1`,
    },
    check(object, { report }) {
        for (const found of placeholderReports(object))
            report(found);
    },
});
/**
 * Every value of the object, in document order, except free-text payloads where `${VAR}` and `{{ }}` are
 * legitimate: shell (command, args), multi-line strings (scripts, configs), JSON annotations, the
 * string data of ConfigMaps and Secrets, and a CustomResourceDefinition's schemas. A mapping where data wants a string is still judged. One walk
 * with one path stack: the path is copied only for a value that is reported.
 */
function placeholderReports(object) {
    // Controllers of custom resources often evaluate {{ }} themselves (alert rules, ApplicationSets, policies).
    const options = { goTemplates: isBuiltInGroup(apiGroupOf(object.apiVersion)) };
    const isPayloadObject = isKind(object, 'ConfigMap') || isKind(object, 'Secret');
    const isDefinition = object.kind === 'CustomResourceDefinition' && apiGroupOf(object.apiVersion) === 'apiextensions.k8s.io';
    const reports = [];
    const path = [];
    const judge = (value) => {
        if (typeof value !== 'string') {
            const mustache = unquotedMustache(value);
            if (mustache)
                reports.push({ path: [...path], message: `The value is the unquoted placeholder ${mustache}, which YAML reads as a mapping.` });
            return;
        }
        const found = findPlaceholder(value, options) ?? shoutedPlaceholder(path, value);
        if (!found)
            return;
        const hint = found.startsWith('${') && isEnvValue(path) ? ' Kubernetes expands only $(VAR) in env values; this stays literal.' : '';
        reports.push({ path: [...path], message: `The value holds the unreplaced placeholder ${found}.${hint}` });
    };
    const walk = (value, payload) => {
        if (typeof value === 'string') {
            if (!payload && !value.includes('\n'))
                judge(value);
            return;
        }
        if (typeof value !== 'object' || value === null)
            return;
        if (Array.isArray(value)) {
            for (let i = 0; i < value.length; i++) {
                path.push(i);
                walk(value[i], payload);
                path.pop();
            }
            return;
        }
        const record = value;
        const topLevel = path.length === 0;
        const inMetadata = path.length === 1 && path[0] === 'metadata';
        let keys = 0;
        let lastKey = '';
        // for...in rather than Object.keys: this runs on every mapping of every object, and allocates nothing.
        for (const key in record) {
            if (!Object.hasOwn(record, key))
                continue;
            keys++;
            lastKey = key;
            if (key === 'command' || key === 'args' || (isDefinition && key === 'openAPIV3Schema'))
                continue;
            const child = record[key];
            if (key === 'annotations' && inMetadata) {
                if (!isRecord(child))
                    continue;
                path.push(key);
                for (const name in child) {
                    if (!Object.hasOwn(child, name))
                        continue;
                    const annotation = child[name];
                    const isJson = typeof annotation === 'string' && /^\s*[[{]/.test(annotation);
                    path.push(name);
                    walk(annotation, payload || isPayloadObject || isJson);
                    path.pop();
                }
                path.pop();
                continue;
            }
            const isPayload = isPayloadObject && topLevel && (key === 'data' || key === 'binaryData' || key === 'stringData');
            path.push(key);
            walk(child, payload || isPayload);
            path.pop();
        }
        // `{{VAR}}` unquoted: a one-key mapping whose value, null, held nothing to report.
        if (keys === 1 && lastKey.startsWith('{') && unquotedMustache(record))
            judge(record);
    };
    walk(object, false);
    return reports;
}
function isEnvValue(path) {
    return path.at(-1) === 'value' && path.at(-3) === 'env';
}
