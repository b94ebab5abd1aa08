import { describe, expect, it } from 'vitest';
import { checks } from '../checks/index.js';
import { configureChecks } from '../src/engine/config.js';
import { runChecks } from '../src/engine/run.js';
import { parseSource } from '../src/load/parse.js';
import { borrowedLayoutOf, scopeSources, unitsOf } from '../src/load/units.js';
import { buildIndex, indexEntriesMade, ownEntries, ownWorkloadsIn, scopeIndex, sharedContext, workloadsNamed } from '../src/model/object-index.js';
/**
 * Every unit of a namespace is checked with the objects of the namespace's other units as context. Indexed
 * anew for each unit, the context cost the units times the objects (at 80,000 objects, 13,356 units each
 * re-indexed about 470 borrowed files); indexed once per namespace and shared, the entries made grow with
 * the objects.
 */
function app(name, namespace) {
    const labels = `\n      app: ${name}`;
    return [
        `apiVersion: apps/v1\nkind: Deployment\nmetadata:\n  name: ${name}\n  namespace: ${namespace}\nspec:\n  replicas: 2\n  selector:\n    matchLabels:${labels}\n  template:\n    metadata:\n      labels:${labels}\n    spec:\n      containers:\n        - name: app\n          image: registry.example/${name}:1.0\n`,
        `apiVersion: v1\nkind: Service\nmetadata:\n  name: ${name}\n  namespace: ${namespace}\nspec:\n  selector:\n    app: ${name}\n  ports:\n    - port: 80\n`,
        // Selects the next folder's pods: a relation the unit sees only through its context.
        `apiVersion: policy/v1\nkind: PodDisruptionBudget\nmetadata:\n  name: ${name}\n  namespace: ${namespace}\nspec:\n  minAvailable: 1\n  selector:\n    matchLabels:\n      app: ${name}-next\n`,
    ].join('---\n');
}
function monorepo(folders) {
    const plain = Array.from({ length: folders }, (_, i) => parseSource(`team/app${i}/app.yaml`, app(i % 3 === 0 ? `app${i - 1}-next` : `app${i}`, 'shared')));
    // Context that is not shared: a unit naming two namespaces, a file of two namespaces, a Rollout taking
    // its pods from a Deployment of another folder.
    plain.push(parseSource('platform/both.yaml', `${app('platform', 'shared')}---\n${app('platform', 'other')}`));
    plain.push(parseSource('rollouts/rollout.yaml', 'apiVersion: argoproj.io/v1alpha1\nkind: Rollout\nmetadata:\n  name: app1\n  namespace: elsewhere\nspec:\n  workloadRef:\n    apiVersion: apps/v1\n    kind: Deployment\n    name: app1\n'));
    plain.push(parseSource('rollouts/deploy.yaml', app('app1', 'elsewhere')));
    plain.push(parseSource('rollouts2/deploy.yaml', app('app2', 'elsewhere')));
    return { objects: plain.reduce((sum, parsed) => sum + parsed.objects.length, 0), units: unitsOf(plain, { cwd: '/repo' }) };
}
const configured = configureChecks(checks);
describe('the index of a scope with borrowed context', () => {
    it('is built once per namespace: the entries made grow with the objects, not with the units times their context', () => {
        const { objects, units } = monorepo(120);
        const before = indexEntriesMade();
        for (const unit of units)
            runChecks(unit.sources, configured);
        const made = indexEntriesMade() - before;
        const scopeSizes = units.reduce((sum, unit) => sum + scopeSources(unit.sources).reduce((n, parsed) => n + parsed.objects.length, 0), 0);
        expect(scopeSizes).toBeGreaterThan(100 * objects); // what indexing every scope whole makes
        // Own entries once per unit, the shared context once per namespace, the units that cannot share whole.
        expect(made).toBeLessThan(4 * objects);
    });
    it('answers as the index of the whole scope: the same findings from every unit', () => {
        const { units } = monorepo(24);
        for (const unit of units) {
            // A copy of the sources is a scope that unitsOf did not lay out: indexed whole, as before sharing.
            const shared = runChecks(unit.sources, configured);
            const whole = runChecks([...scopeSources(unit.sources)], configured);
            expect(shared, unit.name).toEqual(whole);
        }
        expect(units.some((unit) => runChecks(unit.sources, configured).findings.some((finding) => finding.checkId === 'pdb-selects-nothing'))).toBe(true);
    });
    it('gives every list in scope order, as the index of the whole scope', () => {
        const { units } = monorepo(24);
        const laidOut = units.filter((unit) => borrowedLayoutOf(unit.sources));
        expect(laidOut.length).toBeGreaterThan(20);
        for (const unit of laidOut) {
            const layout = borrowedLayoutOf(unit.sources);
            if (!layout)
                continue;
            const own = unit.sources.filter((parsed) => !parsed.borrowed).flatMap((parsed) => parsed.objects.map((entry) => entry.object));
            const all = scopeSources(unit.sources).flatMap((parsed) => parsed.objects.map((entry) => entry.object));
            const context = sharedContext(layout.files.map((parsed) => parsed.objects.map((entry) => entry.object)));
            const shared = scopeIndex(own, context, layout.hole);
            if (!shared)
                continue; // the Rollout's namespace: indexed whole
            const whole = buildIndex(all, own.length);
            const seen = (list) => list.map((entry) => [entry.object, entry.borrowed, entry.pod]);
            const lists = (index) => [
                index.objects,
                index.own,
                index.workloads,
                ...['Deployment', 'Service', 'PodDisruptionBudget', 'Rollout'].flatMap((kind) => [index.ofKind(kind), index.ofKind(kind, 'shared'), index.ofKind(kind, 'other'), index.named(kind, 'app3')]),
                ...['shared', 'other', ''].flatMap((namespace) => [index.inNamespace(namespace), index.workloadsIn(namespace)]),
                ...index.workloads.flatMap((workload) => [index.servicesSelecting(workload), index.budgetsSelecting(workload)]),
                // Lookups made by sieves: the unit's own answer joined with the shared context's, less the unit's files.
                ...['shared', 'other'].flatMap((namespace) => [
                    ownWorkloadsIn(index, namespace),
                    index.sift(ownEntries, { kind: 'Service', namespace })(),
                    workloadsNamed(index, 'app4', namespace),
                    index.podsSelectedByMap({ app: 'app4' }, namespace),
                    index.podsSelectedBy({ matchLabels: { app: 'app5-next' } }, namespace),
                ]),
            ];
            expect(lists(shared).map(seen), unit.name).toEqual(lists(whole).map(seen));
            for (const object of all)
                expect(seen([shared.entryOf(object)])).toEqual(seen([whole.entryOf(object)]));
        }
    });
    it('keeps lists of kinds and namespaces apart whatever characters they hold', () => {
        // Each pair once spelled the same key of a kind and a namespace (NUL-separated).
        const object = (kind, namespace) => ({ apiVersion: 'v1', kind, metadata: { name: `${kind}.${namespace}`, namespace } });
        const objects = [object('a\u0000b', 'c'), object('a', 'b\u0000c'), object('a\u0000nb', 'c'), object('a', 'nb\u0000c')];
        const index = scopeIndex([], sharedContext([objects]), [1, 1]);
        expect(index).toBeDefined();
        for (const [kind, namespace] of [['a', 'b\u0000c'], ['a\u0000b', 'c'], ['a', 'nb\u0000c'], ['a\u0000nb', 'c']]) {
            const names = [`${kind}.${namespace}`];
            expect(index?.ofKind(kind, namespace).map((entry) => entry.ref.name)).toEqual(names);
            expect(index?.sift(ownEntries, { kind, namespace })()).toEqual([]);
            expect(index?.named(kind, names[0] ?? '', namespace).map((entry) => entry.ref.name)).toEqual(names);
        }
    });
});
