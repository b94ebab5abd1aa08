import { parentPort } from 'node:worker_threads';
import { checks as allChecks } from '../../checks/index.js';
import { loadKubernetesSchema } from '../load/bundled-schemas.js';
import { parseSource } from '../load/parse.js';
import type { KubeObject } from '../model/kinds.js';
import { buildIndex } from '../model/object-index.js';
import { createSchemaSet } from '../model/schema-set.js';
import { type SchemaValidation, type SchemaVerdict, type VerdictMemo, noSchemas } from '../model/schema-validation.js';
import type { ConfiguredCheck } from './config.js';
import { type Evaluation, type EvaluationMemo, type KeptEvaluations, type StoredEvaluation, evaluateObjects, keptEvaluations } from './run.js';
import type { CheckJob, ParseJob, ParsedInWorker, WorkerReply, WorkerRequest } from './threads.js';

// A worker thread of a run: parses the files it is sent, then checks its share of the objects.
// It keeps nothing between requests but the compiled schema validators.

const port = parentPort;
port?.on('message', (request: WorkerRequest) => {
  let reply: WorkerReply;
  try {
    reply = request.type === 'parse' ? { id: request.id, type: 'parsed', files: parseFiles(request) } : { id: request.id, type: 'checked', ...checkObjects(request) };
  } catch (error) {
    reply = { id: request.id, type: 'failed', message: error instanceof Error ? error.message : String(error) };
  }
  port.postMessage(reply);
});

function parseFiles(job: ParseJob): ParsedInWorker[] {
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

function checkObjects(job: CheckJob): {
  evaluations: Evaluation[][];
  verdicts: [scope: number, object: number, context: string, verdict: SchemaVerdict][];
  kept: [scope: number, object: number, context: string, evaluation: StoredEvaluation][];
} {
  const byId = new Map(allChecks.map((check) => [check.meta.id, check]));
  const checks: ConfiguredCheck[] = job.checks.flatMap(({ id, severity, options }) => {
    const check = byId.get(id);
    return check ? [{ check, severity, options }] : [];
  });
  const learned: [number, number, string, SchemaVerdict][] = [];
  const where = new Map<KubeObject, [number, number]>();
  job.scopes.forEach((objects, scope) => objects.forEach((object, i) => where.set(object, [scope, i])));
  const memo: VerdictMemo = {
    get: (object, context) => {
      const at = where.get(object);
      return at ? job.verdicts[at[0]]?.[at[1]]?.[context] : undefined;
    },
    put: (object, context, verdict) => {
      const at = where.get(object);
      if (at) learned.push([at[0], at[1], context, verdict]);
    },
    all: () => undefined,
  };
  const crds = job.crds;
  const sets = new Map<number, SchemaValidation>();
  const schemasOf = (scope: number): SchemaValidation => {
    const set = crds?.ofScope[scope];
    if (!crds || set === undefined) return noSchemas;
    let schemas = sets.get(set);
    if (!schemas) {
      schemas = createSchemaSet(loadKubernetesSchema(job.settings.kubernetesVersion), crds.sets[set] ?? [], job.settings.kubernetesVersion, memo);
      sets.set(set, schemas);
    }
    return schemas;
  };
  const learnedEvaluations: [number, number, string, StoredEvaluation][] = [];
  const sent = job.evaluations;
  const evaluationMemo: EvaluationMemo = {
    get: (object, context) => {
      const at = where.get(object);
      return at ? sent?.kept[at[0]]?.[at[1]]?.[context] : undefined;
    },
    put: (object, context, evaluation) => {
      const at = where.get(object);
      if (at) learnedEvaluations.push([at[0], at[1], context, evaluation]);
    },
    all: () => undefined,
  };

  const indexes = new Map<number, ReturnType<typeof buildIndex>>();
  const evaluations = job.tasks.map(([scope, from, to]) => {
    const objects = job.scopes[scope] ?? [];
    let index = indexes.get(scope);
    if (!index) {
      index = buildIndex(objects, job.owned[scope] ?? objects.length);
      indexes.set(scope, index);
    }
    const schemas = schemasOf(scope);
    const kept: KeptEvaluations | undefined = sent && keptEvaluations(evaluationMemo, sent.key, schemas);
    return evaluateObjects(objects, checks, job.settings, schemas, from, to, index, kept);
  });
  return { evaluations, verdicts: learned, kept: learnedEvaluations };
}
