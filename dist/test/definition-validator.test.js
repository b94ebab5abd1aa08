import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { Ajv } from 'ajv';
import { describe, expect, it } from 'vitest';
import { newestKubernetesVersion } from '../src/engine/check.js';
import { loadKubernetesSchema } from '../src/load/bundled-schemas.js';
import { parseSource } from '../src/load/parse.js';
import { definitionValidators } from '../src/model/definition-validator.js';
import { isRecord } from '../src/model/kinds.js';
import { builtInDefinitions } from '../src/model/schema-set.js';
const root = join(import.meta.dirname, '..');
const target = newestKubernetesVersion;
const document = loadKubernetesSchema(target);
const definitions = builtInDefinitions(document, target);
// Ajv as the schema checks used it before they had compiled validators of their own: the reference.
const ajv = new Ajv({ allErrors: true, strict: false, validateFormats: false, verbose: true, inlineRefs: false });
ajv.addSchema({ $id: 'kubernetes', definitions }, 'kubernetes');
const reference = (definition) => ajv.getSchema(`kubernetes#/definitions/${definition}`);
const ajvErrors = (definition, data) => {
    const validate = reference(definition);
    return validate(data) ? [] : validate.errors;
};
/** Every object of the fixtures and examples whose kind has a bundled definition. */
const builtInObjects = () => ['test/fixtures', 'examples'].flatMap((dir) => readdirSync(join(root, dir), { recursive: true, encoding: 'utf8' })
    .filter((file) => /\.ya?ml$/.test(file))
    .flatMap((file) => {
    return parseSource(file, readFileSync(join(root, dir, file), 'utf8')).objects.map((entry) => entry.object);
})
    .filter((object) => definitionOf(object) !== undefined));
const definitionOf = (object) => document.kinds[object.apiVersion]?.[String(object.kind)];
/** A small seeded generator, so that a failure names a case that comes back. */
function random(seed) {
    let state = seed;
    return () => {
        state = (state * 1103515245 + 12345) % 2147483648;
        return state / 2147483648;
    };
}
/** Every mapping and list in a value, with the value itself first. */
function containersIn(value, found = []) {
    if (Array.isArray(value)) {
        found.push(value);
        for (const item of value)
            containersIn(item, found);
    }
    else if (isRecord(value)) {
        found.push(value);
        for (const key of Object.keys(value))
            containersIn(value[key], found);
    }
    return found;
}
const replacements = ['text', '', 42, 1.5, -0, Infinity, Number.NaN, true, null, [], ['x'], {}, { x: 1 }, 'Sometimes', new Date(0)];
const addedKeys = ['unknownField', 'constructor', 'toString', '__proto__', 'a/b~c', 'name', 'type', 'items', '0'];
/** A copy of `object` with one thing changed at random: a value replaced, a key added or a key taken away. */
function mutate(object, next) {
    const copy = structuredClone(object);
    const targets = containersIn(copy);
    const pick = (list) => list[Math.floor(next() * list.length)];
    const container = pick(targets);
    const replacement = structuredClone(pick(replacements));
    if (Array.isArray(container)) {
        if (container.length > 0)
            container[Math.floor(next() * container.length)] = replacement;
        else
            container.push(replacement);
        return copy;
    }
    const keys = Object.keys(container);
    const action = next();
    if (action < 0.5 && keys.length > 0)
        container[pick(keys)] = replacement;
    else if (action < 0.75 && keys.length > 0)
        Reflect.deleteProperty(container, pick(keys));
    else
        Object.defineProperty(container, pick(addedKeys), { value: replacement, enumerable: true, writable: true, configurable: true });
    return copy;
}
describe('the compiled validators of built-in kinds', () => {
    const validatorOf = definitionValidators(definitions);
    const all = builtInObjects();
    it('say what Ajv says of every fixture and example, error for error and in its order', () => {
        expect(all.length).toBeGreaterThan(1000);
        let failing = 0;
        for (const object of all) {
            const definition = definitionOf(object) ?? '';
            const errors = validatorOf(definition)?.(object);
            expect(errors, `${object.kind} ${JSON.stringify(object.metadata?.name)}`).toEqual(ajvErrors(definition, object));
            if (errors?.length)
                failing++;
        }
        expect(failing).toBeGreaterThan(20);
    });
    it('say what Ajv says of thousands of broken copies: wrong types, unknown and inherited keys, missing fields', () => {
        const next = random(20261124);
        let cases = 0;
        let failing = 0;
        for (let round = 0; round < 8; round++) {
            for (const object of all) {
                const definition = definitionOf(object) ?? '';
                const broken = mutate(object, next);
                const errors = validatorOf(definition)?.(broken);
                expect(errors, `round ${round}: ${JSON.stringify(broken)}`).toEqual(ajvErrors(definition, broken));
                cases++;
                if (errors?.length)
                    failing++;
            }
        }
        expect(cases).toBeGreaterThan(8000);
        expect(failing).toBeGreaterThan(cases / 3);
    });
    it('say what Ajv says of any value against the definitions with unions, lists of types and no schema', () => {
        const tricky = ['apiextensions.v1.JSONSchemaPropsOrBool', 'apiextensions.v1.JSONSchemaPropsOrArray', 'apiextensions.v1.JSONSchemaPropsOrStringArray', 'apiextensions.v1.JSONSchemaProps', 'autoscaling.v2.HPAScalingRules', 'runtime.RawExtension', 'api.resource.Quantity', 'util.intstr.IntOrString'];
        const values = [...replacements, { type: 'object', properties: { a: { type: 3 } } }, { type: 3, additionalProperties: true, items: [{ type: 'string' }], dependencies: { a: ['b'], c: 1 } }, [{ type: 'string' }, 'x'], ['a', 'b'], { tolerance: '0.1' }, { tolerance: 0.1 }, { tolerance: true, policies: 'x' }];
        for (const definition of tricky.filter((name) => definitions[name] !== undefined)) {
            for (const value of values)
                expect(validatorOf(definition)?.(value), `${definition} ${JSON.stringify(value)}`).toEqual(ajvErrors(definition, value));
        }
    });
    it('refuse a schema with a keyword they do not compile, or a reference to nothing, and any that refers to one, instead of passing what they would reject', () => {
        const refusing = definitionValidators({
            bounded: { type: 'integer', minimum: 1 },
            listed: { enum: [{ a: 1 }, 'b'] },
            dangling: { type: 'object', properties: { a: { $ref: '#/definitions/missing' } } },
            fine: { type: 'object', properties: { a: { $ref: '#/definitions/bounded' } } },
        });
        expect(refusing('bounded')).toBeUndefined();
        expect(refusing('listed')).toBeUndefined();
        expect(refusing('dangling')).toBeUndefined();
        expect(refusing('missing')).toBeUndefined();
        expect(refusing('fine')).toBeUndefined();
    });
});
