import type { ErrorObject } from 'ajv';
import { type DefinitionValidator, definitionValidators } from './definition-validator.js';
import { type CustomResourceSchema, customResourceSchemas } from './crd-schema.js';
import { validateStructural } from './structural-validation.js';
import { compareVersions, parseMinorVersion } from './api-lifecycle.js';
import { findPlaceholder, unquotedMustache } from './placeholder.js';
import { hasSopsMetadata } from './sops.js';
import { type KubeObject, apiGroupOf, formatPath, isBuiltInGroup, isParsedWithoutNulls, isRecord, setOwnField } from './kinds.js';
import type { KubernetesSchemaDocument, SchemaProblem, SchemaValidation, SchemaVerdict, VerdictMemo } from './schema-validation.js';
import { createHash } from 'node:crypto';

type JsonSchema = Record<string, unknown>;

const documentId = 'kubernetes';

/**
 * The schemas of one run: the bundled built-in kinds of the target release and the custom resources
 * whose definitions the run has seen. A kind's validator is compiled the first time an object of that
 * kind is seen (built-in kinds once per process), and each object is validated once, however many
 * checks ask.
 */
export function createSchemaSet(
  document: KubernetesSchemaDocument,
  crds: readonly unknown[],
  kubernetesVersion: string,
  memo?: VerdictMemo,
  /** definitionsHashOf(crds) or another name of exactly these definitions, when the caller has one. */
  knownDefinitionsHash?: string,
): SchemaValidation & { readonly compiledKinds: number } {
  let validators: BuiltInValidators | undefined;
  const builtIn = (definition: string) => (validators ??= builtInValidators(document, kubernetesVersion))(definition);

  let customSchemas: Map<string, CustomResourceSchema[]> | undefined;
  // Converted when the first custom resource needs it: a warm cache may need none.
  const customSchemasOf = (key: string): CustomResourceSchema[] | undefined => {
    if (!customSchemas) {
      customSchemas = new Map();
      for (const crd of crds) {
        for (const version of customResourceSchemas(crd, { $ref: `${documentId}#/definitions/meta.v1.ObjectMeta` })) {
          const kindKey = `${version.group}/${version.kind}`;
          const known = customSchemas.get(kindKey) ?? [];
          // The first definition of a kind wins; later copies (a chart and its rendered twin) change nothing.
          if (!known.some((other) => other.version === version.version)) known.push(version);
          customSchemas.set(kindKey, known);
        }
      }
    }
    return customSchemas.get(key);
  };
  let definitionsHash = knownDefinitionsHash;
  /** What decides an object's verdict besides the object: the release, and for custom resources the CRDs. */
  const contextOf = (object: KubeObject): string => {
    if (document.kinds[object.apiVersion]?.[object.kind] || isBuiltInGroup(apiGroupOf(object.apiVersion))) return kubernetesVersion;
    definitionsHash ??= definitionsHashOf(crds);
    return `${kubernetesVersion} ${definitionsHash}`;
  };

  const kindsSeen = new Set<string>();
  // Weak: the set lives for the run, while a unit's objects are let go once no unit reads them (releaseRead).
  const verdicts = new WeakMap<object, SchemaVerdict>();

  function verdictFor(object: KubeObject): SchemaVerdict {
    const definition = document.kinds[object.apiVersion]?.[object.kind];
    if (definition) {
      kindsSeen.add(definition);
      const validate = builtIn(definition);
      if (!validate) return unknown(true, 'no schema');
      const problems = problemsOf(validate, object, kubernetesVersion, document);
      return problems.length === 0 ? valid : { known: true, problems };
    }
    const group = apiGroupOf(object.apiVersion);
    const version = object.apiVersion.slice(object.apiVersion.indexOf('/') + 1);
    if (isBuiltInGroup(group)) return unknown(true, `${object.apiVersion} ${object.kind} is not among the bundled Kubernetes ${document.kubernetes} schemas`);
    const versions = customSchemasOf(`${group}/${object.kind}`);
    if (!versions) return unknown(false, `no CustomResourceDefinition for ${object.kind} (${group}) in the input or --crd`);
    const match = versions.find((candidate) => candidate.version === version);
    if (!match) {
      const served = versions.map((candidate) => `${group}/${candidate.version}`).join(', ');
      return { known: true, problems: [{ kind: 'invalid', path: ['apiVersion'], message: `The CustomResourceDefinition of ${object.kind} serves ${served}, not ${object.apiVersion}.` }] };
    }
    if (!match.schema) return unknown(false, `the CustomResourceDefinition of ${object.kind} gives no schema for ${version}`);
    const data = dataToValidate(object);
    const errors = validateStructural(match.schema, data);
    // metadata is the API server's ObjectMeta whatever the definition says.
    const metadata = builtIn('meta.v1.ObjectMeta');
    if (isRecord(data) && data['metadata'] !== undefined && metadata) {
      for (const error of metadata(data['metadata'])) errors.push({ ...error, instancePath: `/metadata${error.instancePath}` });
    }
    return { known: true, problems: problemsFrom(errors, object, data, kubernetesVersion, document) };
  }

  return {
    get compiledKinds() {
      return kindsSeen.size;
    },
    contextOf,
    validate(object) {
      let verdict = verdicts.get(object);
      if (!verdict) {
        const context = memo && contextOf(object);
        verdict = context !== undefined ? memo?.get(object, context) : undefined;
        if (!verdict) {
          verdict = verdictFor(object);
          if (context !== undefined) memo?.put(object, context, verdict);
        }
        verdicts.set(object, verdict);
      }
      return verdict;
    },
  };
}

/**
 * Names a set of CustomResourceDefinitions, in order: what a custom resource's verdict depends on.
 * `identityOf` may name a definition more cheaply than its JSON (the parse cache knows its file's hash).
 */
export function definitionsHashOf(crds: readonly unknown[], identityOf: (crd: unknown) => string | undefined = () => undefined): string {
  const hash = createHash('sha256');
  for (const crd of crds) hash.update(identityOf(crd) ?? JSON.stringify(crd) ?? '').update('\0');
  return hash.digest('base64url');
}

/** True when release a comes before release b ("1.29" < "1.31"). */
function isOlder(a: string, b: string): boolean {
  const [left, right] = [parseMinorVersion(a), parseMinorVersion(b)];
  return left !== undefined && right !== undefined && compareVersions(left, right) < 0;
}

type BuiltInValidators = (definition: string) => DefinitionValidator | undefined;

/** The definitions the built-in validators check against: the bundled release's, with the fields of the later releases the target has. */
export function builtInDefinitions(document: KubernetesSchemaDocument, kubernetesVersion: string): Record<string, JsonSchema> {
  const definitions = structuredClone(document.definitions);
  for (const field of document.laterFields.filter((later) => !isOlder(kubernetesVersion, later.since))) {
    const properties = definitions[field.definition]?.['properties'];
    if (isRecord(properties)) properties[field.property] = field.schema;
  }
  return definitions;
}

// The validators of built-in kinds depend only on the bundled release and the fields the target has:
// compiled once per process, each definition on first use.
const compiled = new Map<string, BuiltInValidators>();

function builtInValidators(document: KubernetesSchemaDocument, kubernetesVersion: string): BuiltInValidators {
  const later = document.laterFields.filter((field) => !isOlder(kubernetesVersion, field.since));
  const key = `${document.source}|${later.map((field) => `${field.definition}.${field.property}`).join(',')}`;
  let validators = compiled.get(key);
  if (!validators) compiled.set(key, (validators = definitionValidators(builtInDefinitions(document, kubernetesVersion))));
  return validators;
}

/** The verdict of every valid object of a known kind: one, as nothing changes a verdict once given. */
const valid: SchemaVerdict = { known: true, problems: [] };

function unknown(builtIn: boolean, reason: string): SchemaVerdict {
  return { known: false, builtIn, reason };
}

function problemsOf(validate: DefinitionValidator, object: KubeObject, target: string, document: KubernetesSchemaDocument): SchemaProblem[] {
  const data = dataToValidate(object);
  const errors = validate(data);
  return errors.length === 0 ? [] : problemsFrom(errors, object, data, target, document);
}

function problemsFrom(errors: readonly ErrorObject[], object: KubeObject, data: unknown, target: string, document: KubernetesSchemaDocument): SchemaProblem[] {
  const problems: SchemaProblem[] = [];
  const seen = new Set<string>();
  // A value that fits none of the forms of a union (a schema or a boolean): its branches' type errors say
  // nothing useful one by one, so they become one message, unless a deeper error explains the mismatch.
  const unions = new Set(errors.filter((error) => error.keyword === 'anyOf').map((error) => error.instancePath));
  for (const error of errors) {
    if (error.keyword === 'type' && unions.has(error.instancePath)) continue;
    if (error.keyword === 'anyOf' && errors.some((other) => other.instancePath.startsWith(`${error.instancePath}/`))) continue;
    const problem = describe(error, data, target, document);
    if (!problem || (problem.kind === 'invalid' && isPlaceholder(valueAt(object, problem.path)))) continue;
    const key = `${problem.kind} ${problem.path.join('\u0000')}`;
    if (seen.has(key)) continue;
    seen.add(key);
    problems.push(problem);
  }
  return problems;
}

/** A templating leftover is template-placeholder's finding; the type error it causes says nothing more. */
function isPlaceholder(value: unknown): boolean {
  return (typeof value === 'string' && findPlaceholder(value) !== undefined) || unquotedMustache(value) !== undefined;
}

function valueAt(object: unknown, path: readonly (string | number)[]): unknown {
  let node = object;
  for (const segment of path) node = Array.isArray(node) || isRecord(node) ? (node as Record<string | number, unknown>)[segment] : undefined;
  return node;
}

/**
 * The object as the API server reads it: without null fields (see withoutNulls), unless the parser saw
 * none, and without the metadata block of a SOPS-encrypted file, which is gone once the file is
 * decrypted for apply. Any other top-level field the kind does not define is still an unknown field.
 */
function dataToValidate(object: KubeObject): unknown {
  const data = isParsedWithoutNulls(object) ? object : withoutNulls(object);
  return isRecord(data) && hasSopsMetadata(object) ? withoutField(data, 'sops') : data;
}

/** A copy of a record without one field, the others in order. */
function withoutField(record: Record<string, unknown>, field: string): Record<string, unknown> {
  const copy: Record<string, unknown> = {};
  for (const key in record) if (key !== field && Object.hasOwn(record, key)) setOwnField(copy, key, record[key]);
  return copy;
}

/** A null field is the same as a missing one to the API server; dates (YAML timestamps) are strings there. */
function withoutNulls(value: unknown): unknown {
  if (value instanceof Date) return Number.isNaN(value.getTime()) ? String(value) : value.toISOString();
  if (typeof value !== 'object' || value === null) return value;
  // Most objects have nothing to drop: they are validated as they are, without a copy or garbage.
  if (Array.isArray(value)) {
    let items: unknown[] | undefined;
    for (let i = 0; i < value.length; i++) {
      const item: unknown = value[i];
      const kept = withoutNulls(item);
      if (items === undefined && kept !== item) items = value.slice(0, i) as unknown[];
      items?.push(kept);
    }
    return items ?? value;
  }
  const record = value as Record<string, unknown>;
  let copy: Record<string, unknown> | undefined;
  // for...in rather than Object.keys: every mapping of every object passes here, and most need no copy.
  for (const key in record) {
    if (!Object.hasOwn(record, key)) continue;
    const child = record[key];
    const dropped = child === null || child === undefined;
    const kept = dropped ? undefined : withoutNulls(child);
    if (copy === undefined && (dropped || kept !== child)) copy = fieldsBefore(record, key);
    if (copy !== undefined && !dropped) setOwnField(copy, key, kept);
  }
  return copy ?? record;
}

/** A copy of the fields of a record that come before `last`, in order. */
function fieldsBefore(record: Record<string, unknown>, last: string): Record<string, unknown> {
  const copy: Record<string, unknown> = {};
  for (const key in record) {
    if (key === last) break;
    if (Object.hasOwn(record, key)) setOwnField(copy, key, record[key]);
  }
  return copy;
}

function describe(error: ErrorObject, data: unknown, target: string, document: KubernetesSchemaDocument): SchemaProblem | undefined {
  const path = pathOf(error.instancePath, data);
  const where = path.length > 0 ? formatPath(path) : 'The object';
  const params = error.params as Record<string, unknown>;
  switch (error.keyword) {
    case 'additionalProperties': {
      const field = String(params['additionalProperty']);
      const known = isRecord(error.parentSchema?.['properties']) ? Object.keys(error.parentSchema['properties']) : [];
      const later = document.laterFields.find((candidate) => candidate.property === field && isOlder(target, candidate.since));
      const hint = later
        ? ` It was added in Kubernetes ${later.since}; the target is ${target} (--kube-version).`
        : suggestion(field, known) || levelHint(field, error.parentSchema, document);
      const parent = path.length > 0 ? formatPath(path) : 'the object';
      return { kind: 'unknown-field', path: [...path, field], message: `Unknown field "${field}" in ${parent}: the API server drops or rejects it.${hint}` };
    }
    case 'type':
      return { kind: 'invalid', path, message: `${where} must be ${expectedType(params['type'])}, got ${shown(error.data)}.` };
    case 'enum': {
      const allowed = (params['allowedValues'] as unknown[]).filter((value) => value !== '').map(String);
      return { kind: 'invalid', path, message: `${where} must be one of ${allowed.join(', ')}, got ${shown(error.data)}.` };
    }
    case 'required': {
      const field = String(params['missingProperty']);
      return { kind: 'invalid', path, message: `${path.length > 0 ? formatPath(path) : 'The object'} is missing the required field "${field}".` };
    }
    case 'anyOf': {
      const branches = Array.isArray(error.schema) ? error.schema : [];
      const forms = branches.map((branch) => (isRecord(branch) && branch['type'] !== undefined ? expectedType(branch['type']) : 'a mapping'));
      return { kind: 'invalid', path, message: `${where} must be ${[...new Set(forms)].join(' or ')}, got ${shown(error.data)}.` };
    }
    case 'oneOf':
    case 'if':
      return undefined; // the errors of the branches say more
    default:
      return { kind: 'invalid', path, message: `${where} ${error.message ?? 'is not valid'}, got ${shown(error.data)}.` };
  }
}

function expectedType(type: unknown): string {
  const names: Record<string, string> = { integer: 'an integer', number: 'a number', string: 'a string', boolean: 'a boolean (true or false)', object: 'a mapping', array: 'a list', null: 'null' };
  const list = (Array.isArray(type) ? type : [type]).map((name) => names[String(name)] ?? String(name));
  return list.join(' or ');
}

function shown(value: unknown): string {
  if (typeof value === 'string') return `string ${JSON.stringify(value.length > 60 ? `${value.slice(0, 57)}...` : value)}`;
  if (typeof value === 'number' || typeof value === 'boolean') return `${typeof value} ${String(value)}`;
  if (Array.isArray(value)) return 'a list';
  if (isRecord(value)) return 'a mapping';
  return String(value);
}

/** Ajv's JSON pointer into the object, with list positions as numbers. */
function pathOf(pointer: string, data: unknown): (string | number)[] {
  const path: (string | number)[] = [];
  let node = data;
  for (const raw of pointer.split('/').slice(1)) {
    const segment = raw.replace(/~1/g, '/').replace(/~0/g, '~');
    if (Array.isArray(node)) {
      path.push(Number(segment));
      node = node[Number(segment)];
    } else {
      path.push(segment);
      node = isRecord(node) ? node[segment] : undefined;
    }
  }
  return path;
}

/** A field written one level too high, like imagePullPolicy on the pod spec: name the level it belongs to. */
function levelHint(field: string, parentSchema: unknown, document: KubernetesSchemaDocument): string {
  const properties = isRecord(parentSchema) && isRecord(parentSchema['properties']) ? parentSchema['properties'] : {};
  for (const [name, schema] of Object.entries(properties)) {
    if (!isRecord(schema)) continue;
    const list = isRecord(schema['items']);
    const ref = list ? (schema['items'] as Record<string, unknown>)['$ref'] : schema['$ref'];
    const definition = typeof ref === 'string' ? document.definitions[ref.slice(ref.lastIndexOf('/') + 1)] : undefined;
    if (isRecord(definition?.['properties']) && field in definition['properties']) {
      return ` It is a field of ${list ? `each entry of ${name}` : name}, one level down.`;
    }
  }
  return '';
}

/** "did you mean" for a near miss: a different case, or one or two letters off. */
function suggestion(field: string, known: readonly string[]): string {
  let best: { name: string; distance: number } | undefined;
  for (const name of known) {
    const distance = name.toLowerCase() === field.toLowerCase() ? 0 : editDistance(field, name);
    if (distance <= Math.min(2, Math.floor(name.length / 3)) && (!best || distance < best.distance)) best = { name, distance };
  }
  return best ? ` Did you mean "${best.name}"?` : '';
}

function editDistance(a: string, b: string): number {
  let previous = Array.from({ length: b.length + 1 }, (_, i) => i);
  for (let i = 1; i <= a.length; i++) {
    const current = [i];
    for (let j = 1; j <= b.length; j++) {
      current[j] = Math.min((previous[j] ?? 0) + 1, (current[j - 1] ?? 0) + 1, (previous[j - 1] ?? 0) + (a[i - 1] === b[j - 1] ? 0 : 1));
    }
    previous = current;
  }
  return previous[b.length] ?? 0;
}
