import { defineObjectCheck } from '../src/engine/check.js';
import { containerSubject, containersOf, isRecord, podTemplateOf, workloadKinds } from '../src/model/kinds.js';
import { findPlaceholder } from '../src/model/placeholder.js';
export default defineObjectCheck({
    meta: {
        id: 'env-duplicate',
        title: 'Environment variable defined twice in one container',
        severity: 'warning',
        category: 'correctness',
        description: 'Flags an env entry whose name an earlier entry of the same container already uses (regular, init and ' +
            'ephemeral containers of any workload), on the later entry, naming the index of the first. The API ' +
            'server accepts it and answers with a warning ("hides previous definition of ..., which may be dropped ' +
            'when using apply", pkg/api/pod/warnings.go); kube-linter calls it duplicate-env-var. As upstream, a ' +
            'later entry whose value builds on the earlier one ($(NAME) inside a longer value, such as ' +
            'PATH=$(PATH):/opt/bin) is not flagged; names holding template placeholders are not compared.',
        risk: 'Only the last definition takes effect, so the value someone reads first in the manifest is not the one ' +
            'the process gets. env is a list merged by name: kubectl apply, strategic merge patches and server-side ' +
            'apply can drop or merge one of the entries, so the container may run with a different value after the ' +
            'next apply than after the first one. This usually comes from a chart or overlay adding a variable the ' +
            'base already sets.',
        mitigation: 'Keep one entry per name: delete the earlier one, or fix the chart value or overlay that adds the ' +
            'variable a second time. To extend a value, reference it under another name or as $(NAME) in the later ' +
            'value.',
        example: `containers:
  - name: api
    image: registry.example.com/api:1.4.2
    env:
      - name: LOG_LEVEL
        value: info
      - name: PATH
        value: $(PATH):/opt/api/bin`,
    },
    kinds: workloadKinds,
    check(object, { report }) {
        const pod = podTemplateOf(object);
        if (!pod)
            return;
        for (const at of containersOf(pod, ['container', 'initContainer', 'ephemeralContainer'])) {
            const env = at.container.env;
            if (!Array.isArray(env) || env.length < 2)
                continue;
            const first = new Map();
            env.forEach((variable, i) => {
                if (!isRecord(variable))
                    return;
                const name = variable['name'];
                if (typeof name !== 'string' || name === '' || findPlaceholder(name) !== undefined)
                    return;
                const earlier = first.get(name);
                if (earlier === undefined) {
                    first.set(name, i);
                    return;
                }
                if (buildsOnEarlier(name, variable))
                    return;
                report({
                    path: [...at.path, 'env', i, 'name'],
                    message: `${containerSubject(at)} defines env var ${name} again at env[${i}], after env[${earlier}]: only the last ` +
                        'definition takes effect, and an apply or patch may drop one of them.',
                });
            });
        }
    },
});
/** X=$(X):more after an earlier X: the later value extends the earlier one, as upstream allows. */
function buildsOnEarlier(name, variable) {
    if (variable['valueFrom'] !== undefined && variable['valueFrom'] !== null)
        return false;
    const value = variable['value'];
    if (typeof value !== 'string')
        return false;
    const reference = `$(${name})`;
    return value !== reference && value.includes(reference);
}
