import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import { parseAllDocuments } from 'yaml';
import { describe, expect, it } from 'vitest';
import { generateKubernetesSchema } from '../scripts/kubernetes-schema/generate.js';
import { lintText } from '../src/api.js';
import { bundledReleases, loadKubernetesSchema } from '../src/load/bundled-schemas.js';
import { customResourceSchemas } from '../src/model/crd-schema.js';
import { createSchemaSet } from '../src/model/schema-set.js';
import { widgetCrd } from './support/crd.js';
const objects = (text) => parseAllDocuments(text).map((document) => document.toJS());
/** A CustomResourceDefinition of Widget (example.com/v1) with the given openAPIV3Schema. */
const crd = (schema, extra = '') => objects(widgetCrd(schema, extra))[0];
describe('the bundled Kubernetes schemas', () => {
    it('are what the generator makes of the installed kubernetes-types (run npm run schemas when this fails)', () => {
        const typesDir = dirname(createRequire(import.meta.url).resolve('kubernetes-types/package.json'));
        const generated = generateKubernetesSchema(typesDir);
        const committed = readFileSync(join(import.meta.dirname, '..', 'schemas', 'kubernetes', `${generated.kubernetes}.json`), 'utf8');
        expect(committed).toBe(`${JSON.stringify(generated)}\n`);
    });
    it('cover the workload kinds, and the newest bundled release serves targets after it', () => {
        expect(bundledReleases()).toEqual(['1.30']);
        const document = loadKubernetesSchema('1.35');
        expect(document.kubernetes).toBe('1.30');
        expect(loadKubernetesSchema('1.20').kubernetes).toBe('1.30');
        expect(document.kinds['apps/v1']?.['Deployment']).toBe('apps.v1.Deployment');
        expect(document.kinds['batch/v1']?.['CronJob']).toBe('batch.v1.CronJob');
        expect(document.kinds['v1']?.['Pod']).toBe('core.v1.Pod');
    });
});
describe('a run of schemas', () => {
    const pods = objects(`apiVersion: v1
kind: Pod
metadata: { name: a }
spec: { containers: [{ name: a, image: x }] }
---
apiVersion: v1
kind: Pod
metadata: { name: b }
spec: { containers: [{ name: b, image: x, resouces: {} }] }
---
apiVersion: apps/v1
kind: Deployment
metadata: { name: c }
spec: { selector: {}, template: { spec: { containers: [{ name: c, image: x }] } } }
`);
    it('compiles one validator per kind, and validates each object once', () => {
        const set = createSchemaSet(loadKubernetesSchema('1.35'), [], '1.35');
        const [first, second, third] = pods;
        expect(set.validate(first)).toEqual({ known: true, problems: [] });
        expect(set.compiledKinds).toBe(1);
        const verdict = set.validate(second);
        expect(set.validate(second)).toBe(verdict);
        expect(set.compiledKinds).toBe(1);
        set.validate(third);
        expect(set.compiledKinds).toBe(2);
        expect(verdict).toEqual({
            known: true,
            problems: [
                {
                    kind: 'unknown-field',
                    path: ['spec', 'containers', 0, 'resouces'],
                    message: 'Unknown field "resouces" in spec.containers[0]: the API server drops or rejects it. Did you mean "resources"?',
                },
            ],
        });
    });
    it('names the release that added a field newer than the target', () => {
        const [pod] = objects(`apiVersion: v1
kind: Pod
metadata: { name: a }
spec:
  hostnameOverride: db-0
  containers: [{ name: a, image: x }]
`);
        expect(createSchemaSet(loadKubernetesSchema('1.33'), [], '1.33').validate(pod)).toMatchObject({
            problems: [{ kind: 'unknown-field', message: expect.stringContaining('It was added in Kubernetes 1.34; the target is 1.33 (--kube-version).') }],
        });
        expect(createSchemaSet(loadKubernetesSchema('1.34'), [], '1.34').validate(pod)).toEqual({ known: true, problems: [] });
    });
    it('points a field written one level too high at the level it belongs to', () => {
        const [pod] = objects(`apiVersion: v1
kind: Pod
metadata: { name: a }
spec:
  imagePullPolicy: Always
  containers: [{ name: a, image: x }]
`);
        const verdict = createSchemaSet(loadKubernetesSchema('1.35'), [], '1.35').validate(pod);
        expect(verdict).toMatchObject({ problems: [{ message: expect.stringContaining('It is a field of each entry of containers, one level down.') }] });
    });
});
describe('a field named __proto__', () => {
    // The copy validation makes of an object with nulls must keep the field as data, as the parser does.
    it.each(['null', '{ app: c }'])('is an unknown field of metadata, labels %s', (labels) => {
        const text = `apiVersion: v1\nkind: ConfigMap\nmetadata:\n  name: c\n  labels: ${labels}\n  __proto__: x\n`;
        const found = lintText(text, 'c.yaml').findings.map((finding) => `${finding.checkId} ${finding.path} ${finding.line}`);
        expect(found).toEqual(['schema-unknown-field metadata.__proto__ 6']);
    });
});
describe('a null the parser read', () => {
    // Objects the parser saw no null in are validated as they are; every way YAML writes a null must count.
    it.each([
        ['~', 'labels: ~'],
        ['an empty value', 'labels:'],
        ['an explicit key without a value', '? labels'],
        ['an alias of a null', 'annotations: &none null\n  labels: *none'],
        ['a null inside a list object', 'labels: null'],
    ])('is a missing field to the schema checks: %s', (_name, labels) => {
        const object = `apiVersion: v1\nkind: ConfigMap\nmetadata:\n  name: c\n  ${labels}\ndata: { a: b }\n`;
        const text = _name.includes('list') ? `apiVersion: v1\nkind: List\nitems:\n  - ${object.trimEnd().replaceAll('\n', '\n    ')}\n` : object;
        expect(lintText(text, 'c.yaml').findings.filter((finding) => finding.checkId.startsWith('schema-'))).toEqual([]);
    });
});
describe('custom resource schemas', () => {
    it('turns draft-4 exclusive bounds, int-or-string and nullable into plain JSON Schema', () => {
        const [version] = customResourceSchemas(crd('{ type: object, properties: { n: { type: integer, minimum: 1, exclusiveMinimum: true }, p: { x-kubernetes-int-or-string: true }, s: { type: string, nullable: true } } }'));
        expect(version?.schema?.['properties']).toMatchObject({
            n: { type: 'integer', exclusiveMinimum: 1 },
            p: { type: ['integer', 'string'] },
            s: { type: ['string', 'null'] },
        });
    });
    it('lets preserved and embedded objects hold any field, and prunes elsewhere', () => {
        const [version] = customResourceSchemas(crd('{ type: object, properties: { spec: { type: object, properties: { a: { type: string } } }, raw: { type: object, x-kubernetes-preserve-unknown-fields: true, properties: { a: { type: string } } } } }'));
        const properties = version?.schema?.['properties'];
        expect(properties['spec']?.['additionalProperties']).toBe(false);
        expect(properties['raw']?.['additionalProperties']).toBeUndefined();
    });
    it('reads the shared schema of v1beta1 definitions, and leaves out versions that are not served', () => {
        const legacy = objects(`apiVersion: apiextensions.k8s.io/v1beta1
kind: CustomResourceDefinition
metadata: { name: widgets.example.com }
spec:
  group: example.com
  names: { kind: Widget, plural: widgets }
  validation:
    openAPIV3Schema: { type: object, properties: { spec: { type: object } } }
  versions:
    - { name: v1beta1, served: true, storage: true }
    - { name: v1alpha1, served: false, storage: false }
`)[0];
        expect(customResourceSchemas(legacy).map((version) => [version.version, version.schema !== undefined])).toEqual([['v1beta1', true]]);
    });
    it('ignores a pattern Go\'s regexp cannot compile (the API server rejects such a definition) instead of failing the run', () => {
        const [version] = customResourceSchemas(crd('{ type: object, properties: { a: { type: string, pattern: "^(?=a)b$" } } }'));
        expect((version?.schema?.['properties'])['a']).toEqual({ type: 'string' });
    });
    it('keeps a pattern in RE2 syntax that JavaScript would not compile', () => {
        const [version] = customResourceSchemas(crd('{ type: object, properties: { a: { type: string, pattern: "(?i)^abc$" } } }'));
        expect((version?.schema?.['properties'])['a']).toEqual({ type: 'string', pattern: '(?i)^abc$' });
    });
});
describe('a custom resource whose schema is broken', () => {
    it('is validated by what the schema says that makes sense, never an error of the run', () => {
        const definition = crd('{ type: object, properties: { a: { type: not-a-type } } }');
        const [widget] = objects('apiVersion: example.com/v1\nkind: Widget\nmetadata: { name: w }\n');
        expect(createSchemaSet(loadKubernetesSchema('1.35'), [definition], '1.35').validate(widget)).toEqual({ known: true, problems: [] });
    });
});
describe('validateStructural', () => {
    it('reports what Ajv would, keyword by keyword, without compiling', async () => {
        const { validateStructural } = await import('../src/model/structural-validation.js');
        const schema = {
            type: 'object',
            required: ['size'],
            additionalProperties: false,
            properties: {
                size: { type: 'integer', minimum: 1, maximum: 10 },
                name: { type: 'string', pattern: '^[a-z]+$', maxLength: 5 },
                tags: { type: 'array', items: { type: 'string' }, uniqueItems: true },
                port: { anyOf: [{ type: 'integer' }, { type: 'string' }] },
                labels: { type: 'object', additionalProperties: { type: 'string' } },
            },
        };
        const errors = validateStructural(schema, { name: 'Web-12', tags: ['a', 'a', 3], port: [1], labels: { a: 1 }, extra: true });
        expect(errors.map((e) => `${e.instancePath} ${e.keyword}`)).toEqual([
            ' required',
            '/name maxLength',
            '/name pattern',
            '/tags uniqueItems',
            '/tags/2 type',
            '/port type',
            '/port type',
            '/port anyOf',
            '/labels/a type',
            ' additionalProperties',
        ]);
        expect(validateStructural(schema, { size: 3, name: 'web', tags: ['a'], port: 'http', labels: { a: 'b' } })).toEqual([]);
    });
});
