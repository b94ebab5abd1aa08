import { isRecord } from './kinds.js';
/**
 * Validators for the definitions of the bundled Kubernetes schemas, compiled into closures the first
 * time a definition is asked for. The schemas use a handful of keywords (type, $ref, properties,
 * required, additionalProperties, items, enum, anyOf), and the errors are those Ajv gives with
 * `allErrors` and `verbose`, in Ajv's order, so that the schema checks describe them the same way.
 *
 * Each schema has two paths. `fits` answers yes or no: it goes through the keys the value has rather
 * than every property the schema declares (a pod spec declares about 40 and sets a handful), stops at the
 * first problem and builds nothing, which is all that a valid object, nearly every object, needs. Only a
 * value that does not fit is walked again by `explain`, which follows Ajv's order keyword by keyword.
 */
export function definitionValidators(definitions) {
    const compiled = new Map();
    const definitionNode = (name) => {
        const known = compiled.get(name);
        if (known)
            return known;
        const schema = Object.hasOwn(definitions, name) ? definitions[name] : undefined;
        if (!isRecord(schema))
            throw new Error(`no definition ${name}`);
        // Registered before its body is compiled: a definition may refer to itself (JSONSchemaProps) or to one that refers back.
        let body = alwaysFits;
        compiled.set(name, { fits: (data) => body.fits(data), explain: (data, instancePath, errors) => body.explain(data, instancePath, errors) });
        body = compileSchema(schema, '#', definitionNode);
        compiled.set(name, body); // what refers to it from now on skips the forwarding
        return body;
    };
    const validators = new Map();
    return (definition) => {
        if (!validators.has(definition)) {
            const before = new Set(compiled.keys());
            let validator;
            try {
                const node = definitionNode(definition);
                validator = (data) => {
                    if (node.fits(data))
                        return noErrors;
                    const errors = [];
                    node.explain(data, '', errors);
                    return errors;
                };
            }
            catch {
                // A definition that cannot be compiled, or refers to one, validates nothing rather than failing the run
                // (nor half-checking what it would reject); what was compiled on the way may lean on it, and goes too.
                for (const name of compiled.keys())
                    if (!before.has(name))
                        compiled.delete(name);
            }
            validators.set(definition, validator);
        }
        return validators.get(definition);
    };
}
const noErrors = [];
const alwaysFits = { fits: () => true, explain: () => undefined };
// Keywords Ajv would apply that the bundled schemas do not use: a schema with one is refused, not half-checked.
const keywordsNotCompiled = new Set([
    'minimum', 'maximum', 'exclusiveMinimum', 'exclusiveMaximum', 'multipleOf', 'minLength', 'maxLength', 'pattern',
    'minItems', 'maxItems', 'uniqueItems', 'contains', 'minContains', 'maxContains', 'additionalItems', 'prefixItems',
    'minProperties', 'maxProperties', 'dependentRequired', 'dependentSchemas', 'dependencies', 'propertyNames',
    'patternProperties', 'const', 'oneOf', 'allOf', 'not', 'if', 'then', 'else', '$dynamicRef', '$recursiveRef',
]);
// Names a plain object answers through its prototype: Ajv reads `data.name`, the fast path own keys only.
const inheritedNames = new Set(Object.getOwnPropertyNames(Object.prototype));
function compileSchema(schema, schemaPath, definitionNode) {
    const unsupported = Object.keys(schema).find((keyword) => keywordsNotCompiled.has(keyword));
    if (unsupported)
        throw new Error(`${schemaPath}: the keyword ${unsupported} is not compiled here`);
    const compile = (child, at) => (isRecord(child) ? compileSchema(child, at, definitionNode) : alwaysFits);
    const parts = [];
    const type = schema['type'];
    const types = type === undefined ? [] : (Array.isArray(type) ? type : [type]).map(String);
    const single = types.length === 1 ? types[0] : undefined;
    const objectRules = schema['properties'] !== undefined || schema['required'] !== undefined || schema['additionalProperties'] !== undefined;
    const arrayRules = schema['items'] !== undefined;
    // Ajv checks the type first, unless the schema has rules for its one type: then the type error is those rules' else.
    const typeGuardsRules = (single === 'object' && objectRules) || (single === 'array' && arrayRules);
    const typeError = (data, instancePath) => error(instancePath, `${schemaPath}/type`, 'type', { type }, `must be ${types.join(',')}`, type, schema, data);
    if (types.length > 0 && !typeGuardsRules) {
        const matches = typeTest(types);
        parts.push({
            fits: matches,
            explain: (data, instancePath, errors) => {
                if (!matches(data))
                    errors.push(typeError(data, instancePath));
            },
        });
    }
    // Keywords that apply whatever the type, in Ajv's order: $ref, enum, anyOf.
    const ref = schema['$ref'];
    if (typeof ref === 'string') {
        if (!ref.startsWith('#/definitions/'))
            throw new Error(`${schemaPath}: cannot resolve ${ref}`);
        parts.push(definitionNode(ref.slice('#/definitions/'.length)));
    }
    const allowed = schema['enum'];
    if (Array.isArray(allowed))
        parts.push(enumNode(allowed, schema, schemaPath));
    const anyOf = schema['anyOf'];
    if (Array.isArray(anyOf)) {
        const branches = anyOf.map((branch, i) => compile(branch, `${schemaPath}/anyOf/${i}`));
        parts.push({
            fits: (data) => branches.some((branch) => branch.fits(data)),
            explain: (data, instancePath, errors) => {
                const before = errors.length;
                for (const branch of branches) {
                    const start = errors.length;
                    branch.explain(data, instancePath, errors);
                    if (errors.length === start) {
                        errors.length = before; // one branch fits: the others' errors do not count
                        return;
                    }
                }
                errors.push(error(instancePath, `${schemaPath}/anyOf`, 'anyOf', {}, 'must match a schema in anyOf', anyOf, schema, data));
            },
        });
    }
    if (arrayRules) {
        const items = compile(schema['items'], `${schemaPath}/items`);
        const guarded = single === 'array';
        parts.push({
            fits: (data) => {
                if (!Array.isArray(data))
                    return !guarded;
                for (let i = 0; i < data.length; i++)
                    if (!items.fits(data[i]))
                        return false;
                return true;
            },
            explain: (data, instancePath, errors) => {
                if (!Array.isArray(data)) {
                    if (guarded)
                        errors.push(typeError(data, instancePath));
                    return;
                }
                for (let i = 0; i < data.length; i++)
                    items.explain(data[i], `${instancePath}/${i}`, errors);
            },
        });
    }
    if (objectRules)
        parts.push(objectNode(schema, schemaPath, single === 'object' ? typeError : undefined, compile));
    if (parts.length === 0)
        return alwaysFits;
    if (parts.length === 1 && parts[0])
        return parts[0];
    return {
        fits: (data) => {
            for (let i = 0; i < parts.length; i++)
                if (!parts[i]?.fits(data))
                    return false;
            return true;
        },
        explain: (data, instancePath, errors) => {
            for (const part of parts)
                part.explain(data, instancePath, errors);
        },
    };
}
/** required, additionalProperties and properties, in that order, for a value that is a mapping. */
function objectNode(schema, schemaPath, typeError, compile) {
    const declared = isRecord(schema['properties']) ? schema['properties'] : {};
    const properties = new Map(Object.keys(declared).map((name) => [name, compile(declared[name], `${schemaPath}/properties/${escapeFragment(name)}`)]));
    const requiredNames = Array.isArray(schema['required']) ? schema['required'].map(String) : [];
    const required = new Set(requiredNames);
    const additional = schema['additionalProperties'];
    const additionalNode = isRecord(additional) ? compile(additional, `${schemaPath}/additionalProperties`) : undefined;
    const closed = additional === false;
    const explain = (data, instancePath, errors) => {
        if (!isRecord(data)) {
            if (typeError)
                errors.push(typeError(data, instancePath));
            return;
        }
        for (const name of requiredNames) {
            if (data[name] === undefined) {
                errors.push(error(instancePath, `${schemaPath}/required`, 'required', { missingProperty: name }, `must have required property '${name}'`, schema['required'], schema, data));
            }
        }
        if (closed || additionalNode) {
            for (const key in data) {
                if (Object.hasOwn(declared, key))
                    continue;
                if (closed) {
                    errors.push(error(instancePath, `${schemaPath}/additionalProperties`, 'additionalProperties', { additionalProperty: key }, 'must NOT have additional properties', false, schema, data));
                }
                else {
                    additionalNode?.explain(data[key], `${instancePath}/${escapePointer(key)}`, errors);
                }
            }
        }
        for (const [name, node] of properties) {
            const value = data[name];
            if (value !== undefined)
                node.explain(value, `${instancePath}/${escapePointer(name)}`, errors);
        }
    };
    // What a plain object inherits (constructor, toString...) is a property to Ajv: such a schema takes the slow path.
    if ([...properties.keys(), ...requiredNames].some((name) => inheritedNames.has(name))) {
        return { fits: (data) => explainsNothing(explain, data), explain };
    }
    const requiredCount = required.size;
    return {
        fits: (data) => {
            if (!isRecord(data))
                return typeError === undefined;
            let requiredSeen = 0;
            for (const key in data) {
                const value = data[key];
                const node = properties.get(key);
                if (node !== undefined) {
                    if (value === undefined)
                        continue;
                    if (!node.fits(value))
                        return false;
                    if (requiredCount > 0 && required.has(key))
                        requiredSeen++;
                }
                else if (closed) {
                    return false;
                }
                else if (additionalNode !== undefined && !additionalNode.fits(value)) {
                    return false;
                }
            }
            return requiredSeen === requiredCount;
        },
        explain,
    };
}
function enumNode(allowed, schema, schemaPath) {
    // Ajv compares mappings and lists by their contents; the bundled schemas list strings only.
    if (allowed.some((value) => typeof value === 'object' && value !== null))
        throw new Error(`${schemaPath}: an enum of mappings or lists is not compiled here`);
    // A Set matches as === does, but for NaN, which no JSON schema holds.
    const values = new Set(allowed);
    return {
        fits: (data) => values.has(data),
        explain: (data, instancePath, errors) => {
            if (!values.has(data)) {
                errors.push(error(instancePath, `${schemaPath}/enum`, 'enum', { allowedValues: allowed }, 'must be equal to one of the allowed values', allowed, schema, data));
            }
        },
    };
}
function explainsNothing(explain, data) {
    const errors = [];
    explain(data, '', errors);
    return errors.length === 0;
}
/** Ajv's type test: an integer is a number without a fraction (Infinity passes), a number any number. */
function typeTest(types) {
    const tests = types.map((type) => {
        switch (type) {
            case 'string':
                return (data) => typeof data === 'string';
            case 'integer':
                return (data) => typeof data === 'number' && !(data % 1) && !Number.isNaN(data);
            case 'number':
                return (data) => typeof data === 'number';
            case 'boolean':
                return (data) => typeof data === 'boolean';
            case 'object':
                return isRecord;
            case 'array':
                return Array.isArray;
            case 'null':
                return (data) => data === null;
            default:
                throw new Error(`unknown type ${type}`);
        }
    });
    const [only] = tests;
    return tests.length === 1 && only ? only : (data) => tests.some((test) => test(data));
}
function error(instancePath, schemaPath, keyword, params, message, schema, parentSchema, data) {
    return { instancePath, schemaPath, keyword, params, message, schema, parentSchema, data };
}
function escapePointer(segment) {
    return segment.replace(/~/g, '~0').replace(/\//g, '~1');
}
function escapeFragment(segment) {
    return encodeURIComponent(escapePointer(segment));
}
