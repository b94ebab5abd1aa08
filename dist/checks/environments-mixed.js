import { defineObjectCheck } from '../src/engine/check.js';
import { groupOf, isRecord } from '../src/model/kinds.js';
import { scalarText } from '../src/model/networking.js';
import { memoize, perScope } from '../src/model/object-index.js';
const productionWords = new Set(['prod', 'production', 'prd']);
const otherWords = new Set([
    'dev', 'devel', 'develop', 'development', 'test', 'testing', 'tst', 'qa', 'staging', 'stage', 'stg', 'uat',
    'sandbox', 'preview', 'nonprod', 'preprod', 'preproduction',
]);
const negations = new Set(['pre', 'non', 'not']);
const environmentLabels = ['environment', 'env', 'app.kubernetes.io/environment', 'tags.datadoghq.com/env'];
export default defineObjectCheck({
    meta: {
        id: 'environments-mixed',
        title: 'Production and non-production environments in one scope',
        severity: 'warning',
        category: 'environments',
        description: 'Reads each object\'s environment from its namespace (a Namespace from its name) and from an environment, env, ' +
            'app.kubernetes.io/environment or tags.datadoghq.com/env label: words such as prod, production or prd (as a whole ' +
            'dash- or dot-separated part, so "product" is none, "pre-prod" and "non-prod" are non-production, and ' +
            '"production-like" is neither) against dev, test, qa, staging, stage, stg, uat, sandbox or preview. When one ' +
            'scope holds both, it reports once per environment of the smaller side (fewer objects; non-production on a tie), ' +
            'on the first object of that environment, naming the other side. ' +
            'Judges one deployment unit at a time (a chart render, a Kustomize build, or a folder of plain files), never objects of another unit.',
        risk: 'One render, overlay or apply then changes production and a lower environment together: a change meant to be ' +
            'tried in staging reaches production in the same step, a values or patch mistake for one environment lands in ' +
            'the other, and there is no stage left where a bad release is caught first.',
        mitigation: 'Deploy each environment from its own overlay, values file or release, and lint each of them as a scope of its own ' +
            '(kubeready deploy/overlays/staging deploy/overlays/production). Move stray objects to the environment they belong to.',
        example: `# deploy/overlays/production/kustomization.yaml: production only
apiVersion: kustomize.config.k8s.io/v1beta1
kind: Kustomization
namespace: shop-prod
resources: [../../base]
labels:
  - pairs: { env: production }`,
    },
    check(object, { index, report }) {
        const { environments, firstOfGroup, groups } = scopeEnvironments(index);
        const own = environments.has(object) ? environments.get(object) : environmentOf(object, environmentReader());
        if (!own)
            return;
        // Only the first object of an environment can be reported: most objects stop at the first look.
        if (firstOfGroup.get(own.group) !== object)
            return;
        const count = (side) => [...groups.values()].filter((g) => g.side === side).reduce((sum, g) => sum + g.entries.length, 0);
        const production = count('production');
        const other = count('non-production');
        if (production === 0 || other === 0)
            return;
        const smaller = production < other ? 'production' : 'non-production';
        if (own.side !== smaller)
            return;
        const objects = (n) => `${n} object${n === 1 ? '' : 's'}`;
        const mine = groups.get(own.group)?.entries.length ?? 1;
        const opposite = [...groups.entries()].filter(([, g]) => g.side !== own.side).sort((a, b) => b[1].entries.length - a[1].entries.length);
        const listed = opposite.slice(0, 3).map(([name, g], i) => {
            const example = g.entries.find((entry) => entry.pod) ?? g.entries[0];
            const sample = i === 0 && example ? `, e.g. ${example.ref.kind} "${example.ref.name}"` : '';
            return `${name} (${objects(g.entries.length)}${sample})`;
        });
        const more = opposite.length > 3 ? ` and ${opposite.length - 3} more` : '';
        const otherSide = own.side === 'production' ? 'non-production' : 'production';
        report({
            path: own.path,
            message: `${own.side === 'production' ? 'Production' : 'Non-production'} ${own.group} (${objects(mine)}) is in the same scope as ` +
                `${otherSide} ${listed.join(', ')}${more}.`,
        });
    },
});
/** Every object's environment, the first object of each environment, and the objects of each, once per scope. */
const scopeEnvironments = perScope((index) => {
    const read = environmentReader();
    const environments = new Map();
    const firstOfGroup = new Map();
    const groups = new Map();
    for (const entry of index.own) {
        const environment = environmentOf(entry.object, read);
        environments.set(entry.object, environment);
        if (!environment)
            continue;
        if (!firstOfGroup.has(environment.group))
            firstOfGroup.set(environment.group, entry.object);
        const group = groups.get(environment.group) ?? { side: environment.side, entries: [] };
        group.entries.push(entry);
        groups.set(environment.group, group);
    }
    return { environments, firstOfGroup, groups };
});
/** The environment of an object: from an environment label when it disagrees with the namespace or there is none. */
function environmentOf(object, read) {
    const isNamespace = object.kind === 'Namespace' && groupOf(object) === '';
    const namespace = isNamespace ? object.metadata?.name : object.metadata?.namespace;
    const fromNamespace = typeof namespace === 'string' ? read.namespace(namespace, isNamespace) : undefined;
    const labels = object.metadata?.labels;
    let fromLabel;
    for (const key of isRecord(labels) ? environmentLabels : []) {
        const value = scalarText(labels[key]);
        fromLabel = value === undefined ? undefined : read.label(key, value);
        if (fromLabel)
            break;
    }
    if (fromLabel && (!fromNamespace || fromNamespace.side !== fromLabel.side))
        return fromLabel;
    return fromNamespace;
}
const namePath = ['metadata', 'name'];
const namespacePath = ['metadata', 'namespace'];
/** Reads environments for one scope: namespaces and label values repeat across it, so each is read once. */
function environmentReader() {
    const environment = (side, group, path) => side && { side, group, path };
    const ofNamespace = memoize((name) => environment(sideOf(name), `namespace "${name}"`, namespacePath));
    const ofNamespaceObject = memoize((name) => environment(sideOf(name), `namespace "${name}"`, namePath));
    const ofLabel = memoize((key) => memoize((value) => environment(sideOf(value), `label ${key}=${value}`, ['metadata', 'labels', key])));
    return {
        namespace: (name, isNamespace) => (isNamespace ? ofNamespaceObject : ofNamespace)(name),
        label: (key, value) => ofLabel(key)(value),
    };
}
/**
 * production or non-production from a name, by its dash-, dot- or underscore-separated words (trailing digits
 * ignored: prod2, dev01). A non-production word wins over a production one (prod-test is a test).
 */
function sideOf(value) {
    const words = value
        .toLowerCase()
        .split(/[^a-z0-9]+/)
        .filter(Boolean)
        .map((word) => word.replace(/(?<=[a-z])\d+$/, ''));
    let side;
    for (const [i, word] of words.entries()) {
        if (otherWords.has(word))
            return 'non-production';
        if (!productionWords.has(word))
            continue;
        if (negations.has(words[i - 1] ?? ''))
            return 'non-production';
        if (words[i + 1] === 'like')
            continue;
        side = 'production';
    }
    return side;
}
