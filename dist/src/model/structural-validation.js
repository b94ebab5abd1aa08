import { isRecord } from './kinds.js';
import { compileRe2 } from './re2.js';
/**
 * Validates data against the JSON Schema of a CustomResourceDefinition by walking both, with the errors
 * Ajv would give (keyword, params, value, schema). Structural schemas use a small set of keywords, and a
 * custom resource is usually one object of its kind: interpreting costs nothing up front, where compiling
 * a large CRD (a pod template inside, thousands of lines) costs more than every object it would check.
 */
export function validateStructural(schema, data) {
    const errors = [];
    check(schema, data, '', '#', errors);
    return errors;
}
// RE2, as the API server matches them: linear in the value, whatever the definition's author wrote.
const patterns = new WeakMap();
function check(schema, data, instancePath, schemaPath, errors) {
    const before = errors.length;
    const fail = (keyword, params, message, parentSchema = schema, value = data) => {
        errors.push({ keyword, instancePath, schemaPath: `${schemaPath}/${keyword}`, params, message, data: value, schema: schema[keyword], parentSchema });
    };
    if (schema['type'] !== undefined && !typeMatches(schema['type'], data)) {
        fail('type', { type: schema['type'] }, `must be ${String(schema['type'])}`);
        return false; // nothing else about a value of the wrong type is worth saying
    }
    if (Array.isArray(schema['enum']) && !schema['enum'].some((allowed) => equal(allowed, data))) {
        fail('enum', { allowedValues: schema['enum'] }, 'must be equal to one of the allowed values');
    }
    if (typeof data === 'number')
        checkNumber(schema, data, fail);
    if (typeof data === 'string')
        checkString(schema, data, fail);
    if (Array.isArray(data)) {
        const { minItems, maxItems } = schema;
        if (typeof minItems === 'number' && data.length < minItems)
            fail('minItems', { limit: minItems }, `must NOT have fewer than ${minItems} items`);
        if (typeof maxItems === 'number' && data.length > maxItems)
            fail('maxItems', { limit: maxItems }, `must NOT have more than ${maxItems} items`);
        if (schema['uniqueItems'] === true && new Set(data.map((item) => JSON.stringify(item))).size < data.length)
            fail('uniqueItems', {}, 'must NOT have duplicate items');
        const items = schema['items'];
        if (isRecord(items))
            data.forEach((item, i) => check(items, item, `${instancePath}/${i}`, `${schemaPath}/items`, errors));
    }
    if (isRecord(data)) {
        const keys = Object.keys(data);
        const { minProperties, maxProperties } = schema;
        if (typeof minProperties === 'number' && keys.length < minProperties)
            fail('minProperties', { limit: minProperties }, `must NOT have fewer than ${minProperties} properties`);
        if (typeof maxProperties === 'number' && keys.length > maxProperties)
            fail('maxProperties', { limit: maxProperties }, `must NOT have more than ${maxProperties} properties`);
        if (Array.isArray(schema['required'])) {
            for (const name of schema['required']) {
                if (typeof name === 'string' && !(name in data))
                    fail('required', { missingProperty: name }, `must have required property '${name}'`);
            }
        }
        const properties = isRecord(schema['properties']) ? schema['properties'] : {};
        const additional = schema['additionalProperties'];
        for (const key of keys) {
            const child = `${instancePath}/${key.replace(/~/g, '~0').replace(/\//g, '~1')}`;
            const declared = properties[key];
            if (isRecord(declared))
                check(declared, data[key], child, `${schemaPath}/properties/${key}`, errors);
            else if (additional === false)
                fail('additionalProperties', { additionalProperty: key }, 'must NOT have additional properties');
            else if (isRecord(additional))
                check(additional, data[key], child, `${schemaPath}/additionalProperties`, errors);
        }
    }
    const all = schema['allOf'];
    if (Array.isArray(all))
        all.forEach((part, i) => isRecord(part) && check(part, data, instancePath, `${schemaPath}/allOf/${i}`, errors));
    for (const keyword of ['anyOf', 'oneOf']) {
        const parts = schema[keyword];
        if (!Array.isArray(parts))
            continue;
        const branchErrors = [];
        const passing = parts.filter((part, i) => isRecord(part) && check(part, data, instancePath, `${schemaPath}/${keyword}/${i}`, branchErrors)).length;
        if (keyword === 'anyOf' ? passing === 0 : passing !== 1) {
            if (passing === 0)
                for (const error of branchErrors)
                    errors.push(error);
            fail(keyword, {}, keyword === 'anyOf' ? 'must match a schema in anyOf' : 'must match exactly one schema in oneOf');
        }
    }
    if (isRecord(schema['not']) && check(schema['not'], data, instancePath, `${schemaPath}/not`, []))
        fail('not', {}, 'must NOT be valid');
    return errors.length === before;
}
function checkNumber(schema, value, fail) {
    const bound = (keyword, broken, comparison) => {
        const limit = schema[keyword];
        if (typeof limit === 'number' && broken(limit))
            fail(keyword, { comparison, limit }, `must be ${comparison} ${limit}`);
    };
    bound('minimum', (limit) => value < limit, '>=');
    bound('maximum', (limit) => value > limit, '<=');
    bound('exclusiveMinimum', (limit) => value <= limit, '>');
    bound('exclusiveMaximum', (limit) => value >= limit, '<');
    const step = schema['multipleOf'];
    if (typeof step === 'number' && step > 0 && Math.abs(value / step - Math.round(value / step)) > 1e-9)
        fail('multipleOf', { multipleOf: step }, `must be multiple of ${step}`);
}
function checkString(schema, value, fail) {
    const length = [...value].length;
    const { minLength, maxLength, pattern } = schema;
    if (typeof minLength === 'number' && length < minLength)
        fail('minLength', { limit: minLength }, `must NOT have fewer than ${minLength} characters`);
    if (typeof maxLength === 'number' && length > maxLength)
        fail('maxLength', { limit: maxLength }, `must NOT have more than ${maxLength} characters`);
    if (typeof pattern === 'string') {
        let compiled = patterns.get(schema);
        if (compiled === undefined) {
            const result = compileRe2(pattern);
            compiled = result.ok ? result.pattern : null;
            patterns.set(schema, compiled);
        }
        if (compiled && !compiled.test(value))
            fail('pattern', { pattern }, `must match pattern "${pattern}"`);
    }
}
function typeMatches(type, value) {
    const types = Array.isArray(type) ? type : [type];
    return types.some((name) => {
        switch (name) {
            case 'string':
                return typeof value === 'string';
            case 'integer':
                return typeof value === 'number' && Number.isInteger(value);
            case 'number':
                return typeof value === 'number' && Number.isFinite(value);
            case 'boolean':
                return typeof value === 'boolean';
            case 'object':
                return isRecord(value);
            case 'array':
                return Array.isArray(value);
            case 'null':
                return value === null;
            default:
                return true;
        }
    });
}
function equal(a, b) {
    return a === b || (typeof a === 'object' && typeof b === 'object' && JSON.stringify(a) === JSON.stringify(b));
}
