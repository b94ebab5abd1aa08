import { createHash } from 'node:crypto';
import { availableParallelism } from 'node:os';
import { dirname, relative, resolve } from 'node:path';
import { checks as allChecks } from '../checks/index.js';
import { defaultRunSettings } from './engine/check.js';
import { compareFindings, severityRank } from './engine/finding.js';
import { ownRef } from './engine/own-copy.js';
import { configureChecks } from './engine/config.js';
import { keptEvaluations, ownedCount, runChecks } from './engine/run.js';
import { WorkerPool, checkInWorkers, parseInWorkers } from './engine/threads.js';
import { minorVersionOf } from './engine/versions.js';
import { matchesIgnoreEntry } from './config/ignore-match.js';
import { applySuppressions, commentDirectives, configDirectives, unusedSuppressionId } from './engine/suppress.js';
import { attachHelmOrigins, renderChart, templateNear } from './load/helm.js';
import { gitRepositoryOf, isInside, repositoryRoot } from './load/confine.js';
import { buildKustomization } from './load/kustomize.js';
import { parseSource, releaseChecked, releaseRead, releaseText, sourceOf } from './load/parse.js';
import { loadKubernetesSchema } from './load/bundled-schemas.js';
import { evaluationKey, openParseCache, thisBuildId } from './load/parse-cache.js';
import { readSourceFile, readTextIfExists } from './load/read.js';
import { defaultCacheKeyFile, loadCacheKey } from './load/cache-key.js';
import { exhaustionOf } from './engine/errors.js';
import { defaultToolLimits, mapLimited } from './load/tools.js';
import { isRecord } from './model/kinds.js';
import { refOf } from './model/object-index.js';
import { createSchemaSet, definitionsHashOf } from './model/schema-set.js';
import { noSchemas } from './model/schema-validation.js';
import { lastReadIn, ownSourcesOf, releaseLayout, scopeSources, unitsOf } from './load/units.js';
import { STDIN, walk } from './load/walk.js';
import { isDockerfilePath } from './model/dockerfile.js';
import { imageBuildsOf } from './load/image-builds.js';
export { ConfigError } from './engine/config.js';
export { UsageError } from './load/walk.js';
export { STDIN_NAME } from './engine/finding.js';
import { STDIN_NAME } from './engine/finding.js';
/**
 * Lints files, directories and `-` (stdin), as the command line does. Plain files form one scope for
 * cross-object questions; each Helm chart and each Kustomize build is a scope of its own.
 */
export async function lint(paths, options = {}) {
    const cwd = options.cwd ?? process.cwd();
    const configured = configureChecks(options.checks ?? allChecks, withStrictKinds(options.config, options.strictKinds));
    const crdSources = await readCrdSources(options.crds ?? [], cwd);
    const inputs = await walk(paths, { cwd, exclude: options.exclude ?? [], context: options.context });
    // The repositories of the paths named: what their units may read, and where no tool is taken from.
    const named = paths.filter((path) => path !== STDIN);
    const roots = [...new Set((named.length < paths.length || named.length === 0 ? [cwd, ...named] : named).map((path) => repositoryRoot(path, cwd)))];
    const cwdRoot = repositoryRoot(cwd, cwd);
    const limits = { ...defaultToolLimits, ...options.renderLimits };
    const boundsOf = (dir) => ({ root: roots.filter((root) => isInside(dir, root)).sort((a, b) => b.length - a.length)[0] ?? repositoryRoot(dir, cwd), untrusted: roots, limits });
    const errors = [];
    for (const { dir, code } of inputs.unreadable)
        errors.push({ file: relative(cwd, dir) || '.', message: `cannot read the folder: ${code}; the files in it are not linted` });
    const keyed = options.cacheFile === undefined ? undefined : loadCacheKey(options.cacheKeyFile ?? defaultCacheKeyFile(process.env));
    const cache = options.cacheFile !== undefined && keyed && 'key' in keyed ? openParseCache(resolve(cwd, options.cacheFile), thisBuildId(), keyed.key) : undefined;
    const reuse = cache && { memo: cache.renders, counts: { done: 0, reused: 0 }, tools: new Map(), parse: (file, text) => parseThroughCache(cache, file, text) };
    const units = [
        ...inputs.charts.map((dir) => ({ dir, render: () => renderChart(dir, cwd, options.helm, boundsOf(dir), reuse) })),
        ...inputs.kustomizations.map((dir) => ({ dir, render: () => buildKustomization(dir, cwd, options.kustomize, boundsOf(dir), reuse) })),
    ];
    let done = 0;
    // Renders start first: the tools run while plain files are parsed.
    const rendering = mapLimited(units, options.jobs ?? availableParallelism(), async (unit) => {
        const result = await unit.render().catch((error) => {
            // Output too large to hold or parse is that unit's error, not the run's end.
            const why = exhaustionOf(error);
            if (why === undefined)
                throw error;
            return { error: { file: relative(cwd, unit.dir) || '.', message: `cannot lint the rendered output: ${why}` } };
        });
        options.onRendered?.(++done, units.length, relative(cwd, unit.dir) || '.');
        return result;
    });
    const jobs = options.jobs ?? 1;
    let pool;
    const poolOf = () => (pool ??= jobs > 1 ? WorkerPool.create(jobs) : undefined);
    try {
        const plain = await readPlainFiles(inputs.files, cwd, options, errors, cache, poolOf, units.length > 0, (file) => [...new Set([boundsOf(file === STDIN ? cwd : dirname(file)).root, cwdRoot])]);
        inputs.files.length = 0; // their absolute paths, one string per file, are not needed past the read
        const rendered = await rendering;
        const contextOnly = new Set(inputs.contextOnly.map((file) => relative(cwd, file) || file));
        const plainUnits = unitsOf(plain, { cwd, declared: options.units, contextOnly });
        const renders = rendered.flatMap((result) => (result.parsed ? [[result.parsed]] : []));
        const renderKeys = rendered.flatMap((result) => (result.parsed ? [result.reuseKey] : []));
        const scopes = [...plainUnits.map((unit) => unit.sources), ...renders];
        const reported = [...plainUnits.map((unit) => unit.reported), ...renders.map(() => undefined)];
        for (const result of rendered)
            if (result.error)
                errors.push(result.error);
        for (const error of crdSources.errors)
            errors.push(error);
        const settings = settingsOf(options, imageBuildsOf(plain, cwd, absolutePaths(options.images, cwd)));
        // Only kubeready's own checks have their evaluations kept: the cache knows their code, not a caller's.
        const evaluations = cache && onlyOwnChecks(configured) ? { memo: cache.evaluations, key: evaluationKey(configured, settings) } : undefined;
        const crds = usesSchemas(configured) ? crdSetsOf(scopes, crdSources.objects, cwd) : undefined;
        // A scope whose files, checks, settings and definitions are all as in an earlier run is not checked again:
        // its findings are the earlier run's.
        const fingerprints = cache && evaluations ? scopeFingerprints(scopes, [...plainUnits.map(() => undefined), ...renderKeys], cache, evaluations.key, crds, cwd) : [];
        const recorded = fingerprints.map((fingerprint) => (fingerprint === undefined ? undefined : cache?.scopes.get(fingerprint)));
        const inWorkers = await evaluateInWorkers(scopes.map((scope, i) => (recorded[i] ? [] : scope)), configured, settings, crds, cache?.verdicts, evaluations, options, poolOf);
        const result = lintScopes(scopes, configured, errors, settings, {
            reported,
            disabledChecks: disabledChecksOf(options.checks ?? allChecks, configured),
            crds,
            ...(cache && crds && { definitionsHashes: crds.sets.map((set) => definitionsHashOf(set, cache.identityOf)) }),
            ignore: options.ignore,
            readText: (file) => readTextIfExists(resolve(cwd, file)),
            cwd,
            ...(cache && { verdicts: cache.verdicts }),
            ...(evaluations && { evaluations }),
            ...(inWorkers && { evaluated: inWorkers }),
            recorded,
            // Only when a scope's result can be kept: making the record costs a copy of every finding.
            ...(cache && fingerprints.some((fingerprint) => fingerprint !== undefined) && {
                record(i, result) {
                    const fingerprint = fingerprints[i];
                    if (fingerprint !== undefined && !recorded[i])
                        cache.scopes.put(fingerprint, result);
                },
            }),
        });
        if (keyed && 'error' in keyed)
            return { ...result, cache: { hits: 0, misses: 0, loaded: 'unused', written: false, error: keyed.error } };
        if (!cache || !reuse)
            return result;
        const saved = cache.save();
        return { ...result, cache: { ...cache.stats, written: saved.written, renders: reuse.counts, ...(saved.error !== undefined && { error: saved.error }) } };
    }
    finally {
        await pool?.close();
    }
}
/** Inputs smaller than these are parsed and checked on the main thread: starting workers costs more. */
const defaultParallelMinBytes = 1024 * 1024;
const defaultParallelMinObjects = 10_000;
/**
 * Reads the plain files, takes what the cache has, and parses the rest: in worker threads when there
 * is enough of it, else here. The result is in walk order either way.
 */
async function readPlainFiles(files, cwd, options, errors, cache, poolOf, rendering, rootsOf) {
    const slots = [];
    const slotFiles = []; // the file of each slot: a file that could not be read has none
    const misses = [];
    for (const file of files) {
        if (file === STDIN) {
            let text;
            try {
                text = options.readStdin ? await options.readStdin() : '';
            }
            catch (error) {
                errors.push({ file: STDIN_NAME, message: error instanceof Error ? error.message : String(error) });
                continue;
            }
            // `helm template chart | kubeready -` must not pass when helm failed and wrote nothing.
            if (holdsNoDocument(text))
                errors.push({ file: STDIN_NAME, message: emptyStdinMessage });
            else {
                slots.push(parseSource(STDIN_NAME, text));
                slotFiles.push(STDIN);
            }
            continue;
        }
        const shown = relative(cwd, file) || file;
        const read = readSourceFile(file, { maxBytes: options.maxFileBytes });
        if ('error' in read) {
            errors.push({ file: shown, message: read.error });
            continue;
        }
        const cached = cache?.lookup(shown, read.text, read.problems);
        if (!cached)
            misses.push({ slot: slots.length, file: shown, text: read.text, carried: read.problems });
        slots.push(cached);
        slotFiles.push(file);
    }
    const missedCharacters = misses.reduce((sum, miss) => sum + miss.text.length, 0);
    options.onInput?.(missedCharacters);
    const pool = missedCharacters >= (options.parallelMinBytes ?? defaultParallelMinBytes) ? poolOf() : undefined;
    let inWorkers;
    if (pool) {
        try {
            inWorkers = await parseInWorkers(pool, misses.map(({ file, text, carried }) => ({ file, text, carried })));
        }
        catch {
            inWorkers = undefined; // a worker that failed to start or died: parse here instead
        }
    }
    for (const [i, miss] of misses.entries()) {
        const fromWorker = inWorkers?.[i];
        let parsed;
        try {
            parsed = fromWorker ? fromWorkerParse(miss.file, miss.text, fromWorker) : parseSource(miss.file, miss.text, miss.carried);
        }
        catch (error) {
            // A file too large to hold or parse is that file's error; the other files are linted.
            const why = exhaustionOf(error);
            if (why === undefined)
                throw error;
            errors.push({ file: miss.file, message: `cannot lint: ${why}` });
            continue;
        }
        cache?.store(miss.text, parsed, miss.carried);
        miss.text = ''; // or this list would hold every text until the last file is parsed
        releaseTextUnlessRead(parsed);
        slots[miss.slot] = parsed;
        if (rendering && !fromWorker && i % 16 === 15)
            await new Promise(setImmediate); // let finished renders be read
    }
    const plain = [];
    for (const [i, parsed] of slots.entries()) {
        if (!parsed)
            continue;
        // Output of `helm template` saved to a file or piped in maps back through its # Source: comments.
        const file = slotFiles[i] ?? STDIN;
        attachHelmOrigins(parsed, cwd, templateNear(file === STDIN ? undefined : file, cwd, rootsOf(file)), 'stay');
        plain.push(file === STDIN ? parsed : unlessNoManifest(parsed));
        releaseTextUnlessRead(parsed); // one from the cache
    }
    return plain;
}
/**
 * Lets go of a file's text right after its parse (releaseText), unless the run reads it again: a file with
 * comment directives (commentDirectivesOf), or one without objects, which unlessNoManifest looks into.
 */
function releaseTextUnlessRead(parsed) {
    if (parsed.objects.length > 0 && !parsed.source.text.includes(directiveMarker))
        releaseText(parsed);
}
/**
 * A directory holds YAML and JSON that are not manifests: CI workflows, editor settings with comments
 * (.vscode/settings.json, tsconfig.json), tool configs. A text file with no Kubernetes object that never
 * mentions apiVersion is one of those, and what the parser says of it is not reported. Still reported:
 * an empty file where its format makes that an error (an empty .json), a file that is not text at all
 * (bytes that are not UTF-8, control characters: an encrypted or damaged manifest), and standard input.
 */
function unlessNoManifest(parsed) {
    // A Dockerfile is one by its name: what its parser says of it is reported.
    if (isDockerfilePath(parsed.source.file))
        return parsed;
    if (parsed.objects.length > 0 || parsed.problems.length === 0)
        return parsed;
    const text = parsed.source.text;
    if (text.trim() === '' || text.includes('apiVersion'))
        return parsed;
    return parsed.problems.some((problem) => notText.has(problem.code)) ? parsed : { ...parsed, problems: [] };
}
const notText = new Set(['INVALID_UTF8', 'CONTROL_CHARACTER']);
const emptyStdinMessage = 'standard input is empty (nothing was piped in, or only comments): did the command before kubeready fail?';
/** True for a text of blank lines, comments and document markers only: no YAML or JSON at all. */
function holdsNoDocument(text) {
    // Line by line, up to the first that holds anything: a large input is not split whole.
    for (const [line] of text.replace(/^\uFEFF/, '').matchAll(/[^\r\n]+/g)) {
        if (!/^[ \t]*(?:#.*)?$/.test(line) && !/^(?:---|\.\.\.)(?:[ \t]+(?:#.*)?)?$/.test(line))
            return false;
    }
    return true;
}
function fromWorkerParse(file, text, parsed) {
    const source = sourceOf(file, parsed.text ?? text, parsed.lineStarts);
    return { source, objects: parsed.objects.map((entry) => ({ ...entry, source })), problems: parsed.problems };
}
/**
 * The object checks of every scope run in worker threads, when there are enough objects and every
 * check is one of kubeready's own (a worker finds checks by id; a caller's own checks run here).
 * Undefined: run them on this thread.
 */
async function evaluateInWorkers(scopes, checks, settings, crds, verdicts, evaluations, options, poolOf) {
    if ((options.jobs ?? 1) <= 1)
        return undefined;
    let total = 0;
    for (const scope of scopes)
        for (const parsed of scopeSources(scope))
            total += parsed.objects.length;
    if (total < (options.parallelMinObjects ?? defaultParallelMinObjects))
        return undefined;
    if (!onlyOwnChecks(checks))
        return undefined;
    const pool = poolOf();
    if (!pool)
        return undefined;
    // Made only for the workers: every scope's list at once, context included, is memory in the units times their context.
    const objects = scopes.map((scope) => scopeSources(scope).flatMap((parsed) => parsed.objects.map((entry) => entry.object)));
    try {
        return await checkInWorkers(pool, objects, checks, settings, crds, verdicts, evaluations, scopes.map(ownedCount));
    }
    catch {
        return undefined; // a worker that failed: check here instead
    }
}
/** True when every check is one of kubeready's own: a worker finds those by id, and the cache knows their code. */
function onlyOwnChecks(checks) {
    const own = new Set(allChecks);
    return checks.every(({ check }) => own.has(check));
}
/**
 * Each scope's fingerprint for the cache: its files, and what else decides its findings, the run's checks
 * and settings (`key`) and the definitions from outside the scope. A render is named by its output and
 * everything it was made from (`renderKeys`, with the folder it is shown from). Undefined for a scope the
 * cache does not hold every file of.
 */
function scopeFingerprints(scopes, renderKeys, cache, key, crds, cwd) {
    return scopes.map((unitSources, i) => {
        const scope = scopeSources(unitSources);
        const own = new Set(scope.flatMap((parsed) => parsed.objects.map((entry) => entry.object)));
        const set = crds?.sets[crds.ofScope[i] ?? -1] ?? [];
        const salt = `${key} ${definitionsHashOf(set.filter((crd) => !own.has(crd)), cache.identityOf)}`;
        const render = renderKeys[i];
        if (render !== undefined)
            return createHash('sha256').update(`render\0${salt}\0${render}\0${cwd}\0${scope[0]?.source.file ?? ''}`).digest('base64url');
        return cache.scopeFingerprint(scope, salt);
    });
}
/** The parse of a text from the cache, or parsed now and kept there. */
function parseThroughCache(cache, file, text) {
    const cached = cache.lookup(file, text, []);
    if (cached)
        return cached;
    const parsed = parseSource(file, text);
    cache.store(text, parsed, []);
    return parsed;
}
function withStrictKinds(config, strictKinds) {
    if (!strictKinds || config?.['schema-missing'] !== undefined)
        return config;
    return { ...config, 'schema-missing': 'warning' };
}
/** The objects of --crd files and folders: only their CustomResourceDefinitions are used. */
async function readCrdSources(paths, cwd) {
    if (paths.length === 0)
        return { objects: [], errors: [] };
    const inputs = await walk(paths, { cwd, exclude: [] });
    const objects = [];
    const errors = [];
    for (const { dir, code } of inputs.unreadable)
        errors.push({ file: relative(cwd, dir) || '.', message: `--crd: cannot read the folder: ${code}` });
    for (const file of inputs.files) {
        const shown = relative(cwd, file) || file;
        const read = readSourceFile(file);
        if ('error' in read) {
            errors.push({ file: shown, message: `--crd: ${read.error}` });
            continue;
        }
        const parsed = parseSource(shown, read.text, read.problems);
        for (const entry of parsed.objects)
            objects.push(entry.object);
        for (const problem of parsed.problems)
            errors.push({ file: shown, message: `--crd: ${problem.message}` });
    }
    return { objects, errors };
}
/** Lints one text as if it were a file: what the fixtures and the programmatic API use. */
export function lintText(text, file = STDIN_NAME, checks = allChecks, config, settings = {}) {
    const kubernetesVersion = minorVersionOf(settings.kubernetesVersion) ?? defaultRunSettings.kubernetesVersion;
    const configured = configureChecks(checks, config);
    return lintScopes([[parseSource(file, text)]], configured, [], { ...defaultRunSettings, ...settings, kubernetesVersion }, { disabledChecks: disabledChecksOf(checks, configured) });
}
/** The checks on by default that do not run: the config turned them off. */
function disabledChecksOf(checks, configured) {
    const running = new Set(configured.map(({ check }) => check));
    return checks.filter((check) => check.meta.enabledByDefault !== false && !running.has(check)).map((check) => check.meta.id);
}
function settingsOf(options, images) {
    return {
        podSecurityLevel: options.podSecurityLevel ?? defaultRunSettings.podSecurityLevel,
        kubernetesVersion: minorVersionOf(options.kubernetesVersion ?? options.helm?.kubeVersion) ?? defaultRunSettings.kubernetesVersion,
        inlineSuppressions: options.inlineSuppressions ?? true,
        ...(options.fix && { fix: options.fix }),
        ...(images && { images }),
    };
}
function absolutePaths(paths, cwd) {
    return Object.fromEntries(Object.entries(paths ?? {}).map(([key, path]) => [key, resolve(cwd, path)]));
}
export { minorVersionOf } from './engine/versions.js';
/**
 * The sources of the scopes that are reported on (not a unit's context), each once: asked scope by scope in
 * scope order, the sources of each scope that no earlier one gave.
 */
function ownSourcesIn(reported) {
    const seen = new Set();
    return (i, scope) => {
        const sources = [];
        for (const parsed of ownSourcesOf(scope)) {
            const file = parsed.source.file;
            if (reported?.[i] !== undefined && !reported[i]?.has(file))
                continue;
            if (seen.has(file) && reported?.[i] !== undefined)
                continue;
            seen.add(file);
            sources.push(parsed);
        }
        return sources;
    };
}
function lintScopes(scopes, checks, errors, settings, options) {
    let findings = [];
    let suppressed = [];
    const schemasOf = schemasFor(scopes, checks, settings, options);
    const evaluated = options.evaluated;
    const kept = options.evaluations;
    const known = new Set(allCheckIds(checks));
    const metaOf = new Map(checks.map(({ check }) => [check.meta.id, check.meta]));
    // In the order runChecks gives the fields: the JSON output is the same byte for byte.
    const withMeta = ({ checkId, severity, message, ...rest }) => {
        const meta = metaOf.get(checkId);
        return { checkId, severity, message, risk: meta?.risk ?? '', mitigation: meta?.mitigation ?? '', ...rest };
    };
    const withoutMeta = ({ risk: _risk, mitigation: _mitigation, ...finding }) => finding;
    // The last scope that checks each file as its own: what the file holds for its checks is let go after that one.
    const lastCheckOf = new Map();
    for (const [i, scope] of scopes.entries())
        for (const parsed of ownSourcesOf(scope))
            lastCheckOf.set(parsed, i);
    // The files each scope is the last to read: their objects are let go after it, but for their references.
    const lastRead = lastReadIn(scopes);
    // The texts comment directives are read from (see commentDirectivesOf), taken before they are let go.
    const directiveTexts = new Map();
    const reportedIn = ownSourcesIn(options.reported);
    const sources = [];
    for (const [i, scope] of scopes.entries()) {
        const recorded = options.recorded?.[i];
        let result;
        if (recorded) {
            result = { findings: recorded.findings.map(withMeta), suppressed: recorded.suppressed.map(withMeta), errors: recorded.errors };
        }
        else {
            const schemas = schemasOf(i);
            result = runChecks(scope, checks, settings, schemas, known, { evaluated: evaluated?.[i], kept: kept && keptEvaluations(kept.memo, kept.key, schemas) });
            options.record?.(i, { findings: result.findings.map(withoutMeta), suppressed: result.suppressed.map(withoutMeta), errors: result.errors });
        }
        // Of a unit's context (objects of other units it relates to), the unit that owns them reports.
        const reported = options.reported?.[i];
        // A finding of saved helm output names its template: the file it was read from is the rendered one.
        const own = (item) => reported === undefined || reported.has(item.rendered?.file ?? item.file);
        // One at a time: pushing a spread of 100,000 findings or more overflows the stack.
        for (const finding of result.findings)
            if (own(finding))
                findings.push(finding);
        for (const finding of result.suppressed)
            if (own(finding))
                suppressed.push(finding);
        for (const error of result.errors)
            if (own(error))
                errors.push(error);
        for (const parsed of reportedIn(i, scope)) {
            sources.push(parsed);
            if (holdsDirectives(parsed))
                directiveTexts.set(parsed.source.file, parsed.source.text);
        }
        for (const parsed of ownSourcesOf(scope))
            if (lastCheckOf.get(parsed) === i)
                releaseChecked(parsed);
        releaseLayout(scope);
        for (const parsed of lastRead[i] ?? [])
            releaseRead(parsed);
    }
    const directives = [
        ...(settings.inlineSuppressions === false ? [] : commentDirectivesOf(directiveTexts, findings, options.readText)),
        ...(options.ignore ? configSuppressions(options.ignore, options.cwd ?? process.cwd()) : []),
    ];
    if (directives.length > 0) {
        const unused = checks.find(({ check }) => check.meta.id === unusedSuppressionId);
        const applied = applySuppressions(findings, directives, known, unused);
        findings = applied.findings;
        suppressed = [...suppressed, ...applied.suppressed];
    }
    // A check whose fixes the config turns off (`fix: false`) reports as if it had none.
    const unfixed = new Set(checks.filter((configured) => configured.fix === false).map(({ check }) => check.meta.id));
    if (unfixed.size > 0)
        for (const finding of [...findings, ...suppressed])
            if (finding.fix && unfixed.has(finding.checkId))
                delete finding.fix;
    const summary = {
        files: sources.length,
        objects: sources.reduce((sum, source) => sum + source.objects.length, 0),
        error: 0,
        warning: 0,
        info: 0,
        suppressed: suppressed.length,
    };
    for (const finding of findings)
        summary[finding.severity]++;
    const disabledChecks = options.disabledChecks ?? [];
    return {
        findings: findings.sort(compareFindings),
        suppressed: suppressed.sort(compareFindings),
        errors,
        summary,
        objects: lintedObjects(scopes, options.reported),
        ...(disabledChecks.length > 0 && { disabledChecks: [...disabledChecks] }),
    };
}
/** The objects each scope reports on, with the scope's index: the sources ownSources keeps, less borrowed ones. */
function lintedObjects(scopes, reported) {
    const objects = [];
    for (const [unit, scope] of scopes.entries()) {
        for (const parsed of ownSourcesOf(scope)) {
            if (reported?.[unit] !== undefined && !reported[unit]?.has(parsed.source.file))
                continue;
            for (const entry of parsed.objects) {
                const { apiVersion, kind, namespace, name } = ownRef(refOf(entry.object));
                objects.push({ apiVersion, kind, namespace, name, file: entry.source.file, ...(entry.origin && { origin: entry.origin.file }), unit });
            }
        }
    }
    return objects;
}
function configSuppressions(ignore, cwd) {
    const configDir = dirname(ignore.file);
    return configDirectives(ignore.rules, relative(cwd, ignore.file) || ignore.file, (rule, finding) => matchesIgnoreEntry(rule, {
        checkId: finding.checkId,
        kind: finding.object?.kind,
        namespace: finding.object?.namespace,
        name: finding.object?.name,
        container: finding.container,
        file: finding.file === STDIN_NAME ? undefined : resolve(cwd, finding.file),
    }, configDir));
}
/** Every check id kubeready knows, configured or not: a suppression may name a check that is off. */
function allCheckIds(configured) {
    return [...new Set([...allChecks.map((check) => check.meta.id), ...configured.map(({ check }) => check.meta.id)])];
}
/**
 * Whether comment directives are read from a source: a plain file (a rendered stream's own comments are not
 * the files people edit) with a directive in it. No finding can be in a file without objects or problems: a
 * comment there (the starter .kubeready.yaml mentions # kubeready-ignore) suppresses nothing and is not
 * reported unused.
 */
function holdsDirectives(parsed) {
    if (parsed.objects.some((entry) => entry.origin))
        return false;
    if (parsed.objects.length === 0 && parsed.problems.length === 0)
        return false;
    return parsed.source.text.includes(directiveMarker);
}
const directiveMarker = 'kubeready-ignore';
/**
 * Comment directives of the plain sources that hold any (`texts`, by file), and of the files rendered
 * findings point at (templates and bases, read from disk).
 */
function commentDirectivesOf(plain, findings, readText) {
    const texts = new Map(plain);
    for (const finding of findings) {
        if (texts.has(finding.file) || !finding.rendered)
            continue;
        const text = readText?.(finding.file);
        if (text !== undefined)
            texts.set(finding.file, text);
    }
    return [...texts].flatMap(([file, text]) => (text.includes(directiveMarker) ? commentDirectives(file, text) : []));
}
/** Each scope's schema set, one per set of definitions, built when a scope first needs it and only when a schema check runs. */
function schemasFor(scopes, checks, settings, options) {
    if (!usesSchemas(checks))
        return () => noSchemas;
    const crds = options.crds ?? { sets: [crdsOf(scopes, [])], ofScope: scopes.map(() => 0) };
    const built = new Map();
    return (scope) => {
        const set = crds.ofScope[scope] ?? 0;
        let schemas = built.get(set);
        if (!schemas) {
            schemas = createSchemaSet(loadKubernetesSchema(settings.kubernetesVersion), crds.sets[set] ?? [], settings.kubernetesVersion, options.verdicts, options.definitionsHashes?.[set]);
            built.set(set, schemas);
        }
        return schemas;
    };
}
/**
 * Which CustomResourceDefinitions validate each scope's custom resources: those under --crd, and those
 * of every scope in the same git repository (a repository's crds/ folder describes its deploy/ folder).
 * A scope outside any repository has only its own: a folder of unrelated checkouts must not validate one
 * project's resources with another's definitions, which may be of another version.
 */
function crdSetsOf(scopes, extraCrds, cwd) {
    const repositories = new Map();
    const domainOf = (scope, i) => {
        const own = ownSourcesOf(scope)[0] ?? scope[0];
        const file = own?.source.file;
        const dir = file === undefined || file === STDIN || file === STDIN_NAME ? cwd : dirname(resolve(cwd, file));
        if (!repositories.has(dir))
            repositories.set(dir, gitRepositoryOf(dir));
        return repositories.get(dir) ?? `scope ${i}`;
    };
    const domains = scopes.map(domainOf);
    const byDomain = new Map();
    scopes.forEach((scope, i) => {
        const domain = domains[i] ?? '';
        const set = byDomain.get(domain) ?? [...extraCrds];
        for (const parsed of ownSourcesOf(scope))
            set.push(...crdsOf([[parsed]], []));
        byDomain.set(domain, set);
    });
    // Scopes without a definition share one set, so that their schema set is built once.
    const sets = [[]];
    const indexOf = new Map();
    for (const [domain, set] of byDomain)
        indexOf.set(domain, set.length === 0 ? 0 : sets.push(set) - 1);
    return { sets, ofScope: domains.map((domain) => indexOf.get(domain) ?? 0) };
}
function usesSchemas(checks) {
    return checks.some(({ check }) => check.meta.id.startsWith('schema-'));
}
/** The CustomResourceDefinitions of the run, in the order the schema set reads them. */
function crdsOf(scopes, extraCrds) {
    return [...extraCrds, ...scopes.flatMap(scopeSources).flatMap((source) => source.objects.map((entry) => entry.object))].filter((object) => isRecord(object) && object['kind'] === 'CustomResourceDefinition');
}
/** True when a finding is at or above the threshold. */
export function meetsThreshold(severity, threshold) {
    return severityRank[severity] >= severityRank[threshold];
}
