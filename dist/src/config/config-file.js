import { readFileSync, statSync } from 'node:fs';
import { dirname, join, relative, resolve, sep } from 'node:path';
import { Ajv } from 'ajv';
import { LineCounter, isMap, isNode, isScalar, isSeq, parseAllDocuments } from 'yaml';
import { checks as registeredChecks } from '../../checks/index.js';
import { ConfigError } from '../engine/config.js';
import { locate } from '../engine/locate.js';
import { escapeFrom, repositoryRoot } from '../load/confine.js';
import { helmArgumentProblem } from '../load/helm.js';
import { documentPositions } from '../load/positions.js';
import { withoutTrailing } from '../model/text-scan.js';
import { optionShortcuts } from './config-schema.js';
export { matchesIgnoreEntry } from './ignore-match.js';
export { configFileNames, findConfigFile } from './find-config.js';
/**
 * Reads, validates (against schemas/config.schema.json, then each check's own options schema) and
 * normalises one config file. Throws ConfigError with one line:
 * `<file>:<line>:<column>: <key path>: <what is wrong>`, for the first problem in the file.
 */
export function loadConfigFile(file, cwd) {
    const absolute = resolve(cwd, file);
    const shown = relative(cwd, absolute) || absolute;
    let text;
    try {
        text = readFileSync(absolute, 'utf8');
    }
    catch (error) {
        throw new ConfigError(`${shown}: cannot read the config file (${readErrorOf(error)})`);
    }
    const source = parseConfigText(text, shown);
    if (!source)
        return { file: absolute, config: {} };
    const { document, lineCounter, data } = source;
    const throwFirst = (problems) => {
        const placed = problems
            .map((problem) => ({ problem, position: positionOf(document, lineCounter, problem) }))
            .sort((a, b) => a.position.line - b.position.line || a.position.column - b.position.column);
        const first = placed[0];
        if (!first)
            return;
        const { problem, position } = first;
        const keyPath = formatKeyPath(problem.path);
        const more = placed.length > 1 ? ` (and ${placed.length - 1} more)` : '';
        throw new ConfigError(`${shown}:${position.line}:${position.column}: ${keyPath ? `${keyPath}: ` : ''}${problem.message}${more}`);
    };
    throwFirst(schemaProblems(data));
    const raw = data;
    const configDir = dirname(absolute);
    throwFirst(semanticProblems(raw, configDir, registeredChecks));
    throwFirst(boundaryProblems(raw, configDir, repositoryRoot(configDir, cwd)));
    return { file: absolute, config: normalise(raw, document, lineCounter, configDir, cwd) };
}
function parseConfigText(text, shown) {
    const lineCounter = new LineCounter();
    const parsed = parseAllDocuments(text, { lineCounter, prettyErrors: false, uniqueKeys: true });
    const documents = Array.isArray(parsed) ? parsed : [];
    const at = (offset) => {
        const { line, col } = lineCounter.linePos(offset);
        return `${shown}:${line}:${col}`;
    };
    for (const document of documents) {
        const error = document.errors[0];
        if (!error)
            continue;
        const message = error.code === 'DUPLICATE_KEY' ? `duplicate key ${JSON.stringify(keyTextAt(text, error.pos[0]))}` : `invalid YAML: ${error.message}`;
        throw new ConfigError(`${at(error.pos[0])}: ${message}`);
    }
    const [document, second] = documents;
    if (second)
        throw new ConfigError(`${at(second.range[0])}: the config file must hold one YAML document, not several`);
    if (!document || document.contents === null)
        return undefined;
    let data;
    try {
        data = document.toJS({ maxAliasCount: 1000 });
    }
    catch (error) {
        throw new ConfigError(`${at(0)}: invalid YAML: ${error instanceof Error ? error.message : String(error)}`);
    }
    if (data === null || data === undefined)
        return undefined;
    return { document, lineCounter, data };
}
const ajv = new Ajv({ allErrors: true, strict: false, verbose: true });
let validators;
function configValidators() {
    if (validators)
        return validators;
    const schema = JSON.parse(readFileSync(configSchemaFile(), 'utf8'));
    const checksSchema = schema.properties['checks'];
    const { $id: _id, ...withoutId } = schema;
    const topLevel = ajv.compile({ ...withoutId, properties: { ...schema.properties, checks: { type: 'object' } } });
    validators = { topLevel, checkEntries: new Map(Object.entries(checksSchema?.properties ?? {})), compiledEntries: new Map() };
    return validators;
}
/** What the schema file finds wrong, one problem per mistake. */
function schemaProblems(data) {
    const { topLevel, checkEntries, compiledEntries } = configValidators();
    const problems = topLevel(data) ? [] : explainSchemaErrors(topLevel.errors ?? []);
    const checksSetting = typeof data === 'object' && data !== null ? data['checks'] : undefined;
    if (typeof checksSetting !== 'object' || checksSetting === null || Array.isArray(checksSetting))
        return problems;
    for (const [id, setting] of Object.entries(checksSetting)) {
        const entrySchema = checkEntries.get(id);
        if (entrySchema === undefined) {
            problems.push({ path: ['checks', id], at: 'key', message: unknownCheck(id) });
            continue;
        }
        let validate = compiledEntries.get(id);
        if (!validate) {
            validate = ajv.compile(entrySchema);
            compiledEntries.set(id, validate);
        }
        if (!validate(setting))
            problems.push(...explainSchemaErrors(validate.errors ?? [], ['checks', id]));
    }
    return problems;
}
/** schemas/config.schema.json of the package: two levels up from src/config, three from dist/src/config. */
function configSchemaFile() {
    for (const candidate of ['../../schemas/config.schema.json', '../../../schemas/config.schema.json']) {
        const url = new URL(candidate, import.meta.url);
        if (isFile(url))
            return url;
    }
    throw new Error('cannot find the config schema (schemas/config.schema.json) of kubeready');
}
const optionValidators = new Map();
function optionValidatorOf(check) {
    if (!check.options)
        return undefined;
    let validate = optionValidators.get(check.meta.id);
    if (!validate) {
        validate = ajv.compile(check.options.schema);
        optionValidators.set(check.meta.id, validate);
    }
    return validate;
}
// ---- turning Ajv's errors into one message per problem ----
/** `prefix`: where the validated value sits in the config file. */
function explainSchemaErrors(errors, prefix = []) {
    const dropped = new Set();
    const problems = [];
    const alternatives = errors.filter((error) => error.keyword === 'anyOf' || error.keyword === 'oneOf');
    alternatives.sort((a, b) => a.schemaPath.length - b.schemaPath.length);
    for (const alternative of alternatives) {
        if (dropped.has(alternative))
            continue;
        dropped.add(alternative);
        const branchPrefix = `${alternative.schemaPath}/`;
        const byBranch = new Map();
        for (const error of errors) {
            if (error === alternative || dropped.has(error) || !error.schemaPath.startsWith(branchPrefix))
                continue;
            const branch = error.schemaPath.slice(branchPrefix.length).split('/')[0] ?? '';
            byBranch.set(branch, [...(byBranch.get(branch) ?? []), error]);
        }
        // A branch whose type or allowed values already fail at this spot is not the one the author meant.
        const fitting = [...byBranch.values()].filter((branchErrors) => !branchErrors.some((error) => error.instancePath === alternative.instancePath && (error.keyword === 'type' || error.keyword === 'enum')));
        const depth = (branchErrors) => Math.max(...branchErrors.map((error) => error.instancePath.length));
        const chosen = fitting.sort((a, b) => depth(b) - depth(a))[0];
        for (const branchErrors of byBranch.values()) {
            if (branchErrors !== chosen)
                for (const error of branchErrors)
                    dropped.add(error);
        }
        if (!chosen) {
            const branches = Array.isArray(alternative.schema) ? alternative.schema : [];
            problems.push({
                path: [...prefix, ...pathOf(alternative.instancePath)],
                at: 'value',
                message: `must be ${branches.map(describeSchema).join(', or ')} (got ${describeValue(alternative.data)})`,
            });
        }
    }
    for (const error of errors) {
        if (dropped.has(error))
            continue;
        problems.push(explainError(error, prefix));
    }
    return problems;
}
function explainError(error, prefix) {
    const path = [...prefix, ...pathOf(error.instancePath)];
    const got = describeValue(error.data);
    const params = error.params;
    const pathText = path.join('/');
    switch (error.keyword) {
        case 'additionalProperties': {
            const key = String(params['additionalProperty']);
            const known = Object.keys(propertiesOf(error.parentSchema));
            if (path[0] === 'checks' && path.length === 2 && key === 'options')
                return { path: [...path, key], at: 'key', message: `${String(path[1])} has no options` };
            const noun = error.schemaPath.includes('/options/') ? 'option' : 'key';
            return { path: [...path, key], at: 'key', message: unknownKey(noun, key, known) };
        }
        case 'required': {
            const key = String(params['missingProperty']);
            const why = path[0] === 'ignore' && key === 'reason' ? ': every ignore entry says why the findings are accepted' : '';
            return { path, at: 'value', message: `missing "${key}"${why}` };
        }
        case 'enum': {
            if (path[0] === 'ignore' && path[2] === 'checks')
                return { path, at: 'value', message: unknownCheck(String(error.data)) };
            const allowed = Array.isArray(params['allowedValues']) ? params['allowedValues'] : [];
            return { path, at: 'value', message: `must be ${joinAlternatives(allowed.map(String))} (got ${got})` };
        }
        case 'type': {
            if (pathText === 'kubernetesVersion' && typeof error.data === 'number') {
                return {
                    path,
                    at: 'value',
                    message: `must be quoted, as in kubernetesVersion: "1.31" (unquoted, YAML reads a version like 1.30 as the number 1.3)`,
                };
            }
            const types = String(params['type']).split(',');
            return { path, at: 'value', message: `must be ${joinAlternatives(types.map(typeName))} (got ${got})` };
        }
        case 'pattern': {
            if (pathText === 'kubernetesVersion')
                return { path, at: 'value', message: `must look like "1.31" or "v1.31.2" (got ${got})` };
            if (path[0] === 'ignore' && path[2] === 'reason')
                return { path, at: 'value', message: 'must not be empty: say why the findings are accepted' };
            if (path.includes('set') && path[0] === 'helm')
                return { path, at: 'value', message: `must be key=value (got ${got})` };
            return { path, at: 'value', message: `must match the regular expression ${String(params['pattern'])} (got ${got})` };
        }
        case 'minItems': {
            if (path[0] === 'ignore' && path[2] === 'checks')
                return { path, at: 'value', message: 'must name at least one check' };
            const limit = Number(params['limit']);
            return { path, at: 'value', message: `must list at least ${limit} ${limit === 1 ? 'item' : 'items'}` };
        }
        case 'minLength':
            return { path, at: 'value', message: 'must not be empty' };
        case 'minimum':
        case 'maximum':
        case 'exclusiveMinimum':
        case 'exclusiveMaximum':
            return { path, at: 'value', message: `must be ${String(params['comparison'])} ${String(params['limit'])} (got ${got})` };
        default:
            return { path, at: 'value', message: `${error.message ?? 'is not valid'} (got ${got})` };
    }
}
function unknownCheck(id) {
    const suggestion = closest(id, registeredChecks.map((check) => check.meta.id));
    return `unknown check "${id}" (${suggestion ? `did you mean ${suggestion}? ` : ''}kubeready --list-checks lists them)`;
}
function unknownKey(noun, key, known) {
    const listed = known.filter((name) => name !== '$schema');
    const suggestion = closest(key, listed);
    if (suggestion)
        return `unknown ${noun} (did you mean ${suggestion}?)`;
    if (listed.length === 0)
        return `unknown ${noun}: none is allowed here`;
    return `unknown ${noun} (expected ${joinAlternatives(listed)})`;
}
/** The known name nearest to a misspelt one, when it is near enough to be the likely intent. */
function closest(wanted, known) {
    let best;
    let bestDistance = Infinity;
    for (const name of known) {
        const distance = editDistance(wanted.toLowerCase(), name.toLowerCase());
        if (distance < bestDistance) {
            best = name;
            bestDistance = distance;
        }
    }
    return best !== undefined && bestDistance <= Math.max(1, Math.floor(wanted.length / 4)) ? best : undefined;
}
function editDistance(a, b) {
    let previous = Array.from({ length: b.length + 1 }, (_, index) => index);
    for (let i = 1; i <= a.length; i++) {
        const current = [i];
        for (let j = 1; j <= b.length; j++) {
            const substitution = (previous[j - 1] ?? 0) + (a[i - 1] === b[j - 1] ? 0 : 1);
            current.push(Math.min((previous[j] ?? 0) + 1, (current[j - 1] ?? 0) + 1, substitution));
        }
        previous = current;
    }
    return previous[b.length] ?? 0;
}
function describeSchema(schema) {
    if (typeof schema !== 'object' || schema === null)
        return 'something else';
    const record = schema;
    if (Array.isArray(record['enum']))
        return joinAlternatives(record['enum'].map(String));
    const types = Array.isArray(record['type']) ? record['type'].map(String) : [String(record['type'])];
    if (types.includes('object')) {
        const keys = Object.keys(propertiesOf(record));
        return keys.length > 0 ? `a mapping { ${keys.join(', ')} }` : 'a mapping';
    }
    return joinAlternatives(types.map(typeName));
}
function propertiesOf(schema) {
    if (typeof schema !== 'object' || schema === null)
        return {};
    const properties = schema['properties'];
    return typeof properties === 'object' && properties !== null ? properties : {};
}
function typeName(type) {
    const names = {
        object: 'a mapping',
        array: 'a list',
        string: 'a string',
        number: 'a number',
        integer: 'a whole number',
        boolean: 'true or false',
        null: 'empty',
    };
    return names[type] ?? type;
}
function describeValue(value) {
    if (value === null || value === undefined)
        return 'no value';
    if (Array.isArray(value))
        return 'a list';
    if (typeof value === 'object')
        return 'a mapping';
    if (typeof value === 'string')
        return JSON.stringify(value);
    return String(value);
}
function joinAlternatives(items) {
    if (items.length <= 1)
        return items[0] ?? '';
    return `${items.slice(0, -1).join(', ')} or ${items.at(-1) ?? ''}`;
}
/** Ajv's JSON pointer as a path; list positions stay strings here and are matched by text. */
function pathOf(pointer) {
    if (pointer === '')
        return [];
    return pointer
        .slice(1)
        .split('/')
        .map((segment) => segment.replace(/~1/g, '/').replace(/~0/g, '~'))
        .map((segment) => (/^\d+$/.test(segment) ? Number(segment) : segment));
}
// ---- checks that need more than the schema ----
/**
 * The config is as hostile as the manifests beside it: what reaches helm's command line must be what it
 * says it is, and every path it names must lie inside its repository (paths given on the command line
 * may lie anywhere).
 */
function boundaryProblems(raw, configDir, root) {
    const problems = [];
    const { releaseName, namespace } = raw.helm ?? {};
    for (const [key, value] of [['releaseName', releaseName], ['namespace', namespace]]) {
        const problem = value === undefined ? undefined : helmArgumentProblem({ [key]: value });
        if (problem)
            problems.push({ path: ['helm', key], at: 'value', message: problem });
    }
    const paths = [
        ...(raw.helm?.values ?? []).map((value, i) => ({ path: ['helm', 'values', i], value })),
        ...Object.entries(raw.helm?.charts ?? {}).flatMap(([chart, settings]) => [
            { path: ['helm', 'charts', chart], value: chart },
            ...(settings.values ?? []).map((value, i) => ({ path: ['helm', 'charts', chart, 'values', i], value })),
        ]),
        ...(raw.crds ?? []).map((value, i) => ({ path: ['crds', i], value })),
        ...(raw.units ?? []).map((value, i) => ({ path: ['units', i], value })),
        ...Object.entries(raw.images ?? {}).map(([image, value]) => ({ path: ['images', image], value })),
    ];
    for (const { path, value } of paths) {
        const reason = escapeFrom(resolve(configDir, value), root);
        // Only the command line may reach outside; an image's Dockerfile has no flag, as only the input's own are read.
        const instead = path[0] === 'images' ? 'a Dockerfile is read only when it is among the linted files' : 'name it on the command line instead';
        if (reason)
            problems.push({ path, at: path.length === 3 && path[1] === 'charts' ? 'key' : 'value', message: `${JSON.stringify(value)} is ${reason} (${root}); ${instead}` });
    }
    return problems;
}
function semanticProblems(raw, configDir, checks) {
    const problems = [];
    const byId = new Map(checks.map((check) => [check.meta.id, check]));
    for (const [id, setting] of Object.entries(raw.checks ?? {})) {
        const check = byId.get(id);
        if (!check) {
            problems.push({ path: ['checks', id], at: 'key', message: unknownCheck(id) });
            continue;
        }
        if (typeof setting === 'object' && setting.options !== undefined && !check.options) {
            problems.push({ path: ['checks', id, 'options'], at: 'key', message: `${id} has no options` });
        }
    }
    raw.ignore?.forEach((entry, index) => {
        entry.checks.forEach((id, position) => {
            if (!byId.has(id))
                problems.push({ path: ['ignore', index, 'checks', position], at: 'value', message: unknownCheck(id) });
        });
    });
    for (const { check: id, option, where } of optionSources(raw)) {
        const check = byId.get(id);
        const validate = check && optionValidatorOf(check);
        if (!validate)
            continue;
        const value = valueAt(raw, where);
        if (!validate({ [option]: value })) {
            for (const problem of explainSchemaErrors(validate.errors ?? [])) {
                // The check's errors start at its options object: map its first segment to where it was written.
                const [first, ...rest] = problem.path;
                const base = first === option ? where : [...where.slice(0, -1), ...(first === undefined ? [] : [first])];
                problems.push({ ...problem, path: [...base, ...rest] });
            }
        }
    }
    for (const shortcut of optionShortcuts) {
        if (valueAt(raw, shortcut.path) === undefined)
            continue;
        const setting = raw.checks?.[shortcut.check];
        if (typeof setting === 'object' && setting.options?.[shortcut.option] !== undefined) {
            problems.push({
                path: shortcut.path,
                at: 'key',
                message: `also set as checks.${shortcut.check}.options.${shortcut.option}; keep one of the two`,
            });
        }
    }
    for (const chart of Object.keys(raw.helm?.charts ?? {})) {
        const folder = resolve(configDir, chart);
        if (!isFile(join(folder, 'Chart.yaml'))) {
            problems.push({ path: ['helm', 'charts', chart], at: 'key', message: `no Chart.yaml in ${folder}` });
        }
    }
    return problems;
}
/** Every check option the file sets, with the key path it was written at. */
function optionSources(raw) {
    const sources = [];
    for (const [id, setting] of Object.entries(raw.checks ?? {})) {
        if (typeof setting !== 'object')
            continue;
        for (const option of Object.keys(setting.options ?? {}))
            sources.push({ check: id, option, where: ['checks', id, 'options', option] });
    }
    for (const shortcut of optionShortcuts) {
        if (valueAt(raw, shortcut.path) !== undefined)
            sources.push({ check: shortcut.check, option: shortcut.option, where: shortcut.path });
    }
    return sources;
}
function valueAt(data, path) {
    let value = data;
    for (const segment of path) {
        if (typeof value !== 'object' || value === null)
            return undefined;
        value = value[String(segment)];
    }
    return value;
}
// ---- the normalised config ----
function normalise(raw, document, lineCounter, configDir, cwd) {
    const config = {};
    const absolute = (paths) => paths.map((path) => resolve(configDir, path));
    if (raw.failOn !== undefined)
        config.failOn = raw.failOn;
    if (raw.kubernetesVersion !== undefined)
        config.kubernetesVersion = raw.kubernetesVersion;
    if (raw.podSecurity?.level !== undefined)
        config.podSecurityLevel = raw.podSecurity.level;
    if (raw.exclude !== undefined)
        config.exclude = raw.exclude.map((pattern) => excludeFromCwd(pattern, configDir, cwd));
    const checks = mergedChecks(raw);
    if (checks !== undefined)
        config.checks = checks;
    if (raw.helm !== undefined) {
        const { releaseName, namespace, values, set, charts } = raw.helm;
        const helm = {};
        if (releaseName !== undefined)
            helm.releaseName = releaseName;
        if (namespace !== undefined)
            helm.namespace = namespace;
        if (values !== undefined)
            helm.values = absolute(values);
        if (set !== undefined)
            helm.set = setPairsOf(set);
        if (charts !== undefined) {
            helm.charts = {};
            for (const [folder, settings] of Object.entries(charts)) {
                const chart = {};
                if (settings.values !== undefined)
                    chart.values = absolute(settings.values);
                if (settings.set !== undefined)
                    chart.set = setPairsOf(settings.set);
                helm.charts[resolve(configDir, folder)] = chart;
            }
        }
        config.helm = helm;
    }
    if (raw.crds !== undefined)
        config.crds = absolute(raw.crds);
    if (raw.units !== undefined)
        config.units = absolute(raw.units);
    if (raw.images !== undefined)
        config.images = Object.fromEntries(Object.entries(raw.images).map(([image, path]) => [image, resolve(configDir, path)]));
    if (raw.strictKinds !== undefined)
        config.strictKinds = raw.strictKinds;
    if (raw.fix?.defaultRequests !== undefined) {
        const { cpu, memory } = raw.fix.defaultRequests;
        config.fix = { defaultRequests: { ...(cpu !== undefined && { cpu: String(cpu) }), ...(memory !== undefined && { memory: String(memory) }) } };
    }
    if (raw.inlineSuppressions !== undefined)
        config.inlineSuppressions = raw.inlineSuppressions;
    if (raw.ignore !== undefined) {
        config.ignore = raw.ignore.map((entry, index) => {
            const { checks: ids, reason, ...globs } = entry;
            return { checks: [...ids], ...globs, reason: reason.trim(), line: locate(documentPositions(document.contents, lineCounter.lineStarts), lineCounter.lineStarts, ['ignore', index]).line };
        });
    }
    return config;
}
function mergedChecks(raw) {
    const merged = {};
    for (const [id, setting] of Object.entries(raw.checks ?? {})) {
        merged[id] = typeof setting === 'string' ? setting : { ...setting, ...(setting.options ? { options: { ...setting.options } } : {}) };
    }
    for (const shortcut of optionShortcuts) {
        const value = valueAt(raw, shortcut.path);
        if (value === undefined)
            continue;
        const existing = merged[shortcut.check];
        const base = existing === undefined ? {} : typeof existing === 'string' ? { severity: existing } : existing;
        merged[shortcut.check] = { ...base, options: { ...base.options, [shortcut.option]: value } };
    }
    return raw.checks === undefined && Object.keys(merged).length === 0 ? undefined : merged;
}
function setPairsOf(set) {
    if (Array.isArray(set))
        return [...set];
    return Object.entries(set).map(([key, value]) => `${key}=${value === null ? 'null' : String(value)}`);
}
/**
 * --exclude matches paths relative to the working directory: a pattern with a folder part, meant
 * relative to the config file, is rewritten to be relative to the cwd. A bare name matches at any depth
 * and stays as it is.
 */
function excludeFromCwd(pattern, configDir, cwd) {
    const body = withoutTrailing(pattern, '/');
    const trailing = pattern.slice(body.length);
    if (!body.includes('/'))
        return pattern;
    const fromCwd = relative(resolve(cwd), resolve(configDir, body)).split(sep).join('/');
    const anchored = fromCwd.startsWith('../') || fromCwd === '..' ? fromCwd : `./${fromCwd}`;
    return `${anchored}${trailing}`;
}
// ---- positions and small helpers ----
function positionOf(document, lineCounter, problem) {
    if (problem.at === 'key' && problem.path.length > 0) {
        const key = keyNodeAt(document, problem.path);
        if (key?.range) {
            const { line, col } = lineCounter.linePos(key.range[0]);
            return { line, column: col };
        }
    }
    const { line, column } = locate(documentPositions(document.contents, lineCounter.lineStarts), lineCounter.lineStarts, problem.path);
    return { line, column };
}
/** The key node of the last segment of a path, when every segment exists. */
function keyNodeAt(document, path) {
    let node = document.contents;
    let key;
    for (const segment of path) {
        key = undefined;
        if (isMap(node)) {
            const pair = node.items.find((item) => isScalar(item.key) && String(item.key.value) === String(segment));
            if (!pair)
                return undefined;
            key = isNode(pair.key) ? pair.key : undefined;
            node = pair.value;
        }
        else if (isSeq(node) && typeof segment === 'number') {
            node = node.items[segment];
        }
        else {
            return undefined;
        }
    }
    return key;
}
function formatKeyPath(path) {
    let text = '';
    for (const segment of path) {
        if (typeof segment === 'number')
            text += `[${segment}]`;
        else if (/^[A-Za-z0-9_$-]+$/.test(segment))
            text += text === '' ? segment : `.${segment}`;
        else
            text += `[${JSON.stringify(segment)}]`;
    }
    return text;
}
function keyTextAt(text, offset) {
    const rest = text.slice(offset);
    const quoted = /^("(?:[^"\\]|\\.)*"|'(?:[^']|'')*')/.exec(rest);
    if (quoted?.[1])
        return quoted[1].slice(1, -1);
    return /^[^:\n]*/.exec(rest)?.[0].trim() ?? '';
}
/** `*` any run of characters, `?` one; everything else literal. */
function isFile(path) {
    try {
        return statSync(path).isFile();
    }
    catch {
        return false;
    }
}
function readErrorOf(error) {
    const code = typeof error === 'object' && error !== null && 'code' in error ? String(error.code) : '';
    if (code === 'ENOENT')
        return 'no such file';
    if (code === 'EISDIR')
        return 'it is a folder';
    if (code === 'EACCES')
        return 'permission denied';
    return error instanceof Error ? error.message : String(error);
}
