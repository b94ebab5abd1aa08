import { isRecord } from './kinds.js';
import { compileRe2 } from './re2.js';
/**
 * The versions a CustomResourceDefinition (apiextensions.k8s.io v1 or v1beta1) declares, each with its
 * openAPIV3Schema turned into a plain JSON Schema: Kubernetes' extensions become the keywords they mean
 * (int-or-string, nullable, preserve-unknown-fields), and an object that lists its properties rejects
 * others, since the API server prunes fields a structural schema does not declare.
 */
export function customResourceSchemas(crd, metadataSchema = { type: 'object' }) {
    if (!isRecord(crd) || crd['kind'] !== 'CustomResourceDefinition' || !isRecord(crd['spec']))
        return [];
    const spec = crd['spec'];
    const names = isRecord(spec['names']) ? spec['names'] : {};
    const group = spec['group'];
    const kind = names['kind'];
    if (typeof group !== 'string' || typeof kind !== 'string')
        return [];
    const shared = isRecord(spec['validation']) ? spec['validation']['openAPIV3Schema'] : undefined;
    const versions = [];
    if (Array.isArray(spec['versions'])) {
        for (const entry of spec['versions']) {
            if (!isRecord(entry) || typeof entry['name'] !== 'string' || entry['served'] === false)
                continue;
            const own = isRecord(entry['schema']) ? entry['schema']['openAPIV3Schema'] : undefined;
            versions.push({ name: entry['name'], schema: own ?? shared });
        }
    }
    else if (typeof spec['version'] === 'string') {
        versions.push({ name: spec['version'], schema: shared });
    }
    return versions.map(({ name, schema }) => ({ group, kind, version: name, schema: isRecord(schema) ? plainSchema(schema, metadataSchema) : undefined }));
}
const passedThrough = ['type', 'enum', 'required', 'minimum', 'maximum', 'exclusiveMinimum', 'exclusiveMaximum', 'minLength', 'maxLength', 'minItems', 'maxItems', 'uniqueItems', 'multipleOf', 'minProperties', 'maxProperties', 'pattern'];
function plainSchema(source, metadataSchema) {
    const root = metadataSchema !== undefined;
    const schema = {};
    for (const key of passedThrough)
        if (key in source)
            schema[key] = source[key];
    // Kubernetes schemas write exclusive bounds as booleans (draft 4); JSON Schema 7 wants numbers.
    for (const [flag, bound] of [['exclusiveMinimum', 'minimum'], ['exclusiveMaximum', 'maximum']]) {
        if (typeof schema[flag] !== 'boolean')
            continue;
        if (schema[flag] && typeof schema[bound] === 'number') {
            schema[flag] = schema[bound];
            Reflect.deleteProperty(schema, bound);
        }
        else {
            Reflect.deleteProperty(schema, flag);
        }
    }
    // The API server compiles a pattern with Go's regexp and rejects a definition whose pattern does not
    // compile: such a pattern means nothing in the cluster, and is not checked here either.
    if (typeof schema['pattern'] === 'string' && !compileRe2(schema['pattern']).ok)
        Reflect.deleteProperty(schema, 'pattern');
    if (source['x-kubernetes-int-or-string'] === true)
        schema['type'] = ['integer', 'string'];
    if (source['nullable'] === true && typeof schema['type'] === 'string')
        schema['type'] = [schema['type'], 'null'];
    for (const key of ['allOf', 'anyOf', 'oneOf']) {
        if (Array.isArray(source[key]))
            schema[key] = source[key].filter(isRecord).map((part) => plainSchema(part));
    }
    if (isRecord(source['not']))
        schema['not'] = plainSchema(source['not']);
    if (isRecord(source['items']))
        schema['items'] = plainSchema(source['items']);
    const preserve = source['x-kubernetes-preserve-unknown-fields'] === true || source['x-kubernetes-embedded-resource'] === true;
    if (isRecord(source['properties'])) {
        const properties = {};
        // At the root, the API server checks apiVersion, kind and metadata itself, whatever the definition says of them.
        const ownedByServer = root ? ['apiVersion', 'kind', 'metadata'] : [];
        for (const [name, property] of Object.entries(source['properties'])) {
            if (isRecord(property) && !ownedByServer.includes(name))
                properties[name] = plainSchema(property);
        }
        schema['properties'] = properties;
    }
    if (isRecord(source['additionalProperties']))
        schema['additionalProperties'] = plainSchema(source['additionalProperties']);
    else if (source['additionalProperties'] === false || (!preserve && source['additionalProperties'] === undefined && isRecord(source['properties']))) {
        schema['additionalProperties'] = false;
    }
    if (root) {
        schema['type'] = 'object';
        schema['properties'] = { apiVersion: { type: 'string' }, kind: { type: 'string' }, metadata: metadataSchema, ...schema['properties'] };
    }
    if (root && Array.isArray(schema['required']))
        schema['required'] = schema['required'].filter((name) => !['apiVersion', 'kind', 'metadata'].includes(String(name)));
    return schema;
}
