import { defineObjectCheck } from '../src/engine/check.js';
import { aggregationNote, entryPath, grants, reachOf, roleLabel, rulesToJudge } from '../src/model/secrets-rbac.js';
const readVerbs = ['get', 'list', 'watch'];
export default defineObjectCheck({
    meta: {
        id: 'rbac-secrets-access',
        title: 'RBAC rule that reads Secrets',
        severity: 'warning',
        category: 'security',
        description: 'Flags a Role or ClusterRole rule that grants get, list or watch (or *) on secrets (or *) in the core ' +
            'API group ("" or *). A rule narrowed by resourceNames is not flagged: reading a few named Secrets is ' +
            'the least-privilege form this check asks for. Rules are judged one by one (a verb in one rule does not ' +
            'combine with a resource of another); the default roles (admin, edit, cluster-admin, system:*) are ' +
            'skipped, and rules of a source ClusterRole say which aggregated roles (view, edit, admin or the ' +
            "scope's own) they also land in.",
        risk: 'Reading Secrets reads every password, token and TLS key stored in them, including the tokens of other ' +
            'service accounts, which then act with their permissions. list and watch return the full contents, not ' +
            'just names. Whoever takes over a pod or a token bound to such a role takes every credential of the ' +
            'namespace, or of the cluster for a ClusterRole bound by a ClusterRoleBinding.',
        mitigation: 'Name the Secrets the workload needs with resourceNames and grant only get on them, or mount the Secrets ' +
            'into the pod instead of reading them through the API. Keep cluster-wide Secret access to the few ' +
            'controllers that really need it.',
        example: `rules:
  - apiGroups: [""]
    resources: [secrets]
    resourceNames: [shop-tls]
    verbs: [get]`,
    },
    kinds: ['ClusterRole', 'Role'],
    check(object, { ref, index, report }) {
        const note = aggregationNote(object, index);
        const scope = `every Secret in ${reachOf(object, ref.namespace, index)}`;
        for (const rule of rulesToJudge(object)) {
            if (rule.resourceNames.length > 0)
                continue;
            const found = readVerbs.map((verb) => grants(rule, verb, '', 'secrets')).filter((grant) => grant !== undefined);
            const first = found[0];
            if (!first)
                continue;
            const verbs = first.verb.value === '*' ? 'every verb (*)' : found.map((grant) => grant.verb.value).join(', ');
            const what = first.resource.value === '*' ? 'every resource (*), secrets included' : 'secrets';
            report({
                path: entryPath(rule, 'resources', first.resource),
                message: `rules[${rule.index}] of ${roleLabel(object)} allows ${verbs} on ${what}: it can read ${scope}.${note}`,
            });
        }
    },
});
