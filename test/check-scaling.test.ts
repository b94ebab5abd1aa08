import { readFileSync, readdirSync } from 'node:fs';
import { basename, join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { checks } from '../checks/index.js';
import { configureChecks } from '../src/engine/config.js';
import { defaultRunSettings } from '../src/engine/check.js';
import { evaluateObjects } from '../src/engine/run.js';
import { parseSource } from '../src/load/parse.js';
import type { KubeObject } from '../src/model/kinds.js';
import { type IndexedObject, type ObjectIndex, buildIndex } from '../src/model/object-index.js';
import { noSchemas } from '../src/model/schema-validation.js';
import { syntheticFiles } from '../scripts/synthetic.js';

/**
 * Counts every read of an index entry's fields (ref, object, pod, borrowed), by a check or by the index and
 * the model code behind it: whatever scans the objects of a scope reads them, however it reaches them.
 */
function countEntryReads(index: ObjectIndex): { count: number } {
  const reads = { count: 0 };
  const seen = new Set<IndexedObject>();
  for (const entry of [...index.objects, ...index.workloads]) {
    if (seen.has(entry)) continue;
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
