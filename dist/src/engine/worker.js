import { parentPort } from 'node:worker_threads';
import { checks as allChecks } from '../../checks/index.js';
import { loadKubernetesSchema } from '../load/bundled-schemas.js';
import { parseSource } from '../load/parse.js';
import { buildIndex } from '../model/object-index.js';
import { createSchemaSet } from '../model/schema-set.js';
import { noSchemas } from '../model/schema-validation.js';
import { evaluateObjects, keptEvaluations } from './run.js';
// A worker thread of a run: parses the files it is sent, then checks its share of the objects.
// It keeps nothing between requests but the compiled schema validators.
const port = parentPort;
port?.on('message', (request) => {
    let reply;
    try {
        reply = request.type === 'parse' ? { id: request.id, type: 'parsed', files: parseFiles(request) } : { id: request.id, type: 'checked', ...checkObjects(request) };
    }
    catch (error) {
        reply = { id: request.id, type: 'failed', message: error instanceof Error ? error.message : String(error) };
    }
    port.postMessage(reply);
});
function parseFiles(job) {
    return job.files.map(({ file, text, carried }) => {
        const parsed = parseSource(file, text, carried);
        return {
            ...(parsed.source.text !== text && { text: parsed.source.text }),
            lineStarts: parsed.source.lineStarts,
            problems: parsed.problems,
            objects: parsed.objects.map(({ source: _source, ...rest }) => rest),
        };
    });
}
function checkObjects(job) {
    const byId = new Map(allChecks.map((check) => [check.meta.id, check]));
    const checks = job.checks.flatMap(({ id, severity, options }) => {
        const check = byId.get(id);
        return check ? [{ check, severity, options }] : [];
    });
    const learned = [];
    const where = new Map();
    job.scopes.forEach((objects, scope) => objects.forEach((object, i) => where.set(object, [scope, i])));
    const memo = {
        get: (object, context) => {
            const at = where.get(object);
            return at ? job.verdicts[at[0]]?.[at[1]]?.[context] : undefined;
        },
        put: (object, context, verdict) => {
            const at = where.get(object);
            if (at)
                learned.push([at[0], at[1], context, verdict]);
        },
        all: () => undefined,
    };
    const crds = job.crds;
    const sets = new Map();
    const schemasOf = (scope) => {
        const set = crds?.ofScope[scope];
        if (!crds || set === undefined)
            return noSchemas;
        let schemas = sets.get(set);
        if (!schemas) {
            schemas = createSchemaSet(loadKubernetesSchema(job.settings.kubernetesVersion), crds.sets[set] ?? [], job.settings.kubernetesVersion, memo);
            sets.set(set, schemas);
        }
        return schemas;
    };
    const learnedEvaluations = [];
    const sent = job.evaluations;
    const evaluationMemo = {
        get: (object, context) => {
            const at = where.get(object);
            return at ? sent?.kept[at[0]]?.[at[1]]?.[context] : undefined;
        },
        put: (object, context, evaluation) => {
            const at = where.get(object);
            if (at)
                learnedEvaluations.push([at[0], at[1], context, evaluation]);
        },
        all: () => undefined,
    };
    const indexes = new Map();
    const evaluations = job.tasks.map(([scope, from, to]) => {
        const objects = job.scopes[scope] ?? [];
        let index = indexes.get(scope);
        if (!index) {
            index = buildIndex(objects, job.owned[scope] ?? objects.length);
            indexes.set(scope, index);
        }
        const schemas = schemasOf(scope);
        const kept = sent && keptEvaluations(evaluationMemo, sent.key, schemas);
        return evaluateObjects(objects, checks, job.settings, schemas, from, to, index, kept);
    });
    return { evaluations, verdicts: learned, kept: learnedEvaluations };
}
