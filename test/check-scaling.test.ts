import { readFileSync, readdirSync } from 'node:fs';
import { basename, join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { checks } from '../checks/index.js';
import { configureChecks } from '../src/engine/config.js';
import { defaultRunSettings } from '../src/engine/check.js';
import { evaluateObjects } from '../src/engine/run.js';
import { parseSource } from '../src/load/parse.js';
import { borrowedLayoutOf, scopeSources, unitsOf } from '../src/load/units.js';
import { type KubeObject, podTemplateViews } from '../src/model/kinds.js';
import { type IndexedObject, type ObjectIndex, type SharedContext, buildIndex, scopeIndex, sharedContext } from '../src/model/object-index.js';
import { noSchemas } from '../src/model/schema-validation.js';
import { syntheticFiles } from '../scripts/synthetic.js';

/**
 * Counts every read of an index entry's fields (ref, object, pod, borrowed), by a check or by the index and
 * the model code behind it: whatever scans the objects of a scope reads them, however it reaches them.
 */
function countEntryReads(index: ObjectIndex): { count: number } {
  return countReadsOf([...index.objects, ...index.workloads]);
}

function countReadsOf(entries: Iterable<IndexedObject | undefined>, reads = { count: 0 }, seen = new Set<IndexedObject>()): { count: number } {
  for (const entry of entries) {
    if (!entry || seen.has(entry)) continue;
    seen.add(entry);
    for (const field of ['ref', 'object', 'pod', 'borrowed'] as const) {
      let value: unknown = entry[field];
      Object.defineProperty(entry, field, {
        get: () => {
          reads.count++;
          return value;
        },
        set: (next: unknown) => {
          value = next;
        },
        enumerable: true,
      });
    }
  }
  return reads;
}

// Every fixture, at every size: the paths of every check, failing ones included, are taken at least once, so that
// what a check works out once per scope is worked out at every size and is not mistaken for growth.
const fixtureDir = join(import.meta.dirname, 'fixtures');
const fixtureObjects = readdirSync(fixtureDir, { recursive: true, encoding: 'utf8' })
  .filter((file) => /^(?:fail|pass)\./.test(basename(file)))
  .flatMap((file) => parseSource(file, readFileSync(join(fixtureDir, file), 'utf8')).objects.map((entry) => entry.object));

/**
 * Entry reads of each check over one scope (the fixtures and a synthetic monorepo of three teams, so nine
 * namespaces at every size): in a first run, and in a second one over the same index, where what the checks
 * work out once per scope or namespace is known already and only the work per object is left.
 */
function readsPerCheck(syntheticObjects: number): { objects: number; cold: Map<string, number>; warm: Map<string, number> } {
  const objects: KubeObject[] = [...fixtureObjects];
  if (syntheticObjects > 0) for (const [file, text] of syntheticFiles(1, syntheticObjects, 3)) objects.push(...parseSource(file, text).objects.map((entry) => entry.object));
  const cold = new Map<string, number>();
  const warm = new Map<string, number>();
  for (const configured of configureChecks(checks)) {
    if (configured.check.target !== 'object') continue;
    // A fresh index per check: what the index works out lazily is counted against the check that asks.
    const index = buildIndex(objects);
    const counter = countEntryReads(index);
    evaluateObjects(objects, [configured], defaultRunSettings, noSchemas, 0, objects.length, index);
    cold.set(configured.check.meta.id, counter.count);
    evaluateObjects(objects, [configured], defaultRunSettings, noSchemas, 0, objects.length, index);
    warm.set(configured.check.meta.id, counter.count - (cold.get(configured.check.meta.id) ?? 0));
  }
  return { objects: objects.length, cold, warm };
}

describe('cross-object checks scale with the scope', () => {
  it('four times the objects, in namespaces four times as large, make at most about four times the reads of indexed objects for every check', () => {
    const base = readsPerCheck(0);
    const small = readsPerCheck(2_000);
    const large = readsPerCheck(8_000);
    // What the synthetic objects add to the fixtures' reads, at each size.
    const growth = (large.objects - base.objects) / (small.objects - base.objects);
    expect(growth).toBeGreaterThan(3.8);
    const quadratic: string[] = [];
    for (const run of ['cold', 'warm'] as const) {
      // A table of a namespace or the scope is built once, but may be asked for first at the larger size (a
      // namespace with no failing object before): the cold run allows about one read per object for it.
      const tables = run === 'cold' ? large.objects : 100;
      for (const [id, before] of base[run]) {
        const added = (small[run].get(id) ?? 0) - before;
        const addedLarge = (large[run].get(id) ?? 0) - before;
        // Linear growth with some slack for the generator's uneven mix; n log n stays under it, n² is four times it.
        if (addedLarge > added * growth * 1.25 + tables) quadratic.push(`${id}, ${run}: +${added} -> +${addedLarge}`);
      }
    }
    expect(quadratic).toEqual([]);
    // The three that scanned every Service or object for a failing one are exercised at all.
    for (const id of ['ingress-backend-missing', 'pdb-selects-nothing', 'hpa-target-missing']) expect(small.warm.get(id)).toBeGreaterThan(base.warm.get(id) ?? 0);
  }, 240_000);
});

/**
 * Entry reads of each check over every unit (folder) of a synthetic monorepo of three teams, each unit's scope
 * its own objects and, as context, the rest of its namespace, indexed as the engine does: the context once per
 * namespace, shared by its units. Four times the objects make four times the units of a namespace, each with a
 * context four times as large: a table of a namespace made for each unit costs sixteen times the reads. A first
 * pass over the units, and a second one with new scopes over the same contexts, where what is worked out once
 * per context is known already and only the work of each unit is left.
 */
function unitReadsPerCheck(syntheticObjects: number): { objects: number; cold: Map<string, number>; warm: Map<string, number> } {
  const parsed = [...syntheticFiles(1, syntheticObjects, 3)].map(([file, text]) => parseSource(file, text));
  const units = unitsOf(parsed, { cwd: '/repo' });
  const cold = new Map<string, number>();
  const warm = new Map<string, number>();
  for (const configured of configureChecks(checks)) {
    if (configured.check.target !== 'object') continue;
    const counter = { count: 0 };
    const seen = new Set<IndexedObject>();
    // Fresh contexts per check: what a check makes of a shared context is counted against it.
    const contexts = new Map<unknown, SharedContext>();
    const pass = () => {
      for (const unit of units) {
        const layout = borrowedLayoutOf(unit.sources);
        const own = unit.sources.filter((source) => !source.borrowed).flatMap((source) => source.objects.map((entry) => entry.object));
        const all = scopeSources(unit.sources).flatMap((source) => source.objects.map((entry) => entry.object));
        let index: ObjectIndex | undefined;
        if (layout) {
          let context = contexts.get(layout.files);
          if (!context) {
            contexts.set(layout.files, (context = sharedContext(layout.files.map((source) => source.objects.map((entry) => entry.object)))));
            countReadsOf([...context.filed.entries, ...context.filed.workloads], counter, seen);
          }
          const scope = scopeIndex(own, context, layout.hole);
          if (scope) countReadsOf(own.flatMap((object) => [object, ...podTemplateViews(object).slice(1)].map((view) => scope.entryOf(view))), counter, seen);
          index = scope;
        }
        if (!index) {
          index = buildIndex(all, own.length);
          countReadsOf([...index.objects, ...index.workloads], counter, seen);
        }
        evaluateObjects(layout ? own : all, [configured], defaultRunSettings, noSchemas, 0, own.length, index);
      }
    };
    pass();
    const first = counter.count;
    pass();
    cold.set(configured.check.meta.id, first);
    warm.set(configured.check.meta.id, counter.count - first);
  }
  return { objects: parsed.reduce((sum, source) => sum + source.objects.length, 0), cold, warm };
}

describe('cross-object checks scale with the units of a namespace', () => {
  it('four times the objects, in four times the units of each namespace, make at most about four times the reads for every check', () => {
    const small = unitReadsPerCheck(1_000);
    const large = unitReadsPerCheck(4_000);
    const growth = large.objects / small.objects;
    expect(growth).toBeGreaterThan(3.8);
    const quadratic: string[] = [];
    for (const run of ['cold', 'warm'] as const) {
      // The tables of a namespace's context are made once, but may be asked for first at the larger size (a
      // namespace with no failing object before): the first pass allows a few reads per object for them.
      const tables = run === 'cold' ? 2 * large.objects : 100;
      for (const [id, before] of small[run]) {
        const after = large[run].get(id) ?? 0;
        // Linear with slack for the generator's uneven mix; a table of the namespace per unit is sixteen times.
        if (after > before * growth * 1.25 + tables) quadratic.push(`${id}, ${run}: ${before} -> ${after}`);
      }
    }
    expect(quadratic).toEqual([]);
    // The relations that go through a namespace's other units are exercised at all.
    for (const id of ['service-selects-nothing', 'service-target-port-unknown', 'hpa-replicas-conflict', 'stateful-backup-missing']) expect(small.warm.get(id)).toBeGreaterThan(0);
  }, 240_000);
});
