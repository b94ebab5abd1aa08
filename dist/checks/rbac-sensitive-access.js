import { defineObjectCheck } from '../src/engine/check.js';
import { aggregationNote, entryPath, grants, reachOf, roleLabel, rulesToJudge } from '../src/model/secrets-rbac.js';
const writeVerbs = ['create', 'update', 'patch', 'delete', 'deletecollection'];
const sensitive = [
    {
        label: 'create on pods or workloads',
        verbs: ['create'],
        targets: [
            { group: '', resource: 'pods' },
            { group: '', resource: 'replicationcontrollers' },
            ...['deployments', 'replicasets', 'statefulsets', 'daemonsets'].map((resource) => ({ group: 'apps', resource })),
            ...['deployments', 'replicasets', 'daemonsets'].map((resource) => ({ group: 'extensions', resource })),
            { group: 'batch', resource: 'jobs' },
            { group: 'batch', resource: 'cronjobs' },
        ],
        power: 'run any image as any ServiceAccount of the namespace, with its Secrets mounted (CIS 5.1.4)',
    },
    {
        label: 'nodes/proxy',
        verbs: ['get', 'create', 'update', 'patch', 'delete'],
        targets: [{ group: '', resource: 'nodes/proxy' }],
        power: 'reach the kubelet API of every node, which runs commands in any pod there and bypasses audit logging',
    },
    {
        label: 'writes to admission webhook configurations',
        verbs: writeVerbs,
        targets: [
            { group: 'admissionregistration.k8s.io', resource: 'validatingwebhookconfigurations' },
            { group: 'admissionregistration.k8s.io', resource: 'mutatingwebhookconfigurations' },
        ],
        power: 'switch off admission policy, or send every object of the cluster to a webhook of its choosing that can rewrite it',
    },
    {
        label: 'create on serviceaccounts/token',
        verbs: ['create'],
        targets: [{ group: '', resource: 'serviceaccounts/token' }],
        power: 'mint tokens for any ServiceAccount it reaches and act with their permissions',
    },
    {
        label: 'writes to secrets',
        verbs: writeVerbs,
        targets: [{ group: '', resource: 'secrets' }],
        power: 'replace credentials, TLS keys and service-account tokens others rely on, or plant a token Secret for any ServiceAccount',
    },
];
export default defineObjectCheck({
    meta: {
        id: 'rbac-sensitive-access',
        title: 'RBAC rule that grants a sensitive permission',
        severity: 'warning',
        category: 'security',
        description: 'Flags a Role or ClusterRole rule that names a sensitive permission outright: create on pods, replicationcontrollers, ' +
            'deployments, replicasets, statefulsets, daemonsets, jobs or cronjobs (kube-linter access-to-create-pods, CIS 5.1.4); ' +
            'any verb on nodes/proxy; create, update, patch, delete or deletecollection on validatingwebhookconfigurations or ' +
            'mutatingwebhookconfigurations; create on serviceaccounts/token; and those write verbs on secrets (kube-linter ' +
            'access-to-secrets, whose reads rbac-secrets-access reports). The message names which. A grant that comes through a ' +
            'wildcard (* as verb, resource or group) is left to rbac-wildcard, exec and attach to rbac-exec-attach, bind, escalate ' +
            'and impersonate to rbac-escalation. Rules narrowed by resourceNames are skipped: they never allow create (a create ' +
            'request has no name), and naming the objects to write is the least-privilege form. Default roles (admin, edit, ' +
            'cluster-admin, system:*) are skipped.',
        risk: 'Each of these permissions is a step to more: creating a pod runs code as any ServiceAccount of the namespace, ' +
            'nodes/proxy reaches the kubelet of every node, a webhook configuration sees and rewrites every object, a minted ' +
            'token or a rewritten Secret acts as someone else. Whoever takes over a token bound to such a role gets them.',
        mitigation: 'Grant the narrowest verbs and resources the workload needs: name the objects it writes with resourceNames, leave ' +
            'pod and workload creation to the deployment pipeline and to controllers that need it, and keep nodes/proxy and ' +
            'webhook writes out of roles bound to workloads.',
        example: `rules:
  - apiGroups: [""]
    resources: [secrets]
    resourceNames: [shop-tls]
    verbs: [get, update]`,
    },
    kinds: ['ClusterRole', 'Role'],
    check(object, { ref, index, report }) {
        const note = aggregationNote(object, index);
        for (const rule of rulesToJudge(object)) {
            if (rule.resourceNames.length > 0)
                continue;
            const found = [];
            for (const item of sensitive) {
                const matched = explicitGrants(rule, item);
                const first = matched[0];
                if (!first)
                    continue;
                found.push({
                    item,
                    grant: first,
                    verbs: [...new Set(matched.map((grant) => grant.verb.value))],
                    resources: [...new Set(matched.map((grant) => grant.resource.value))],
                });
            }
            // The finding points at the first sensitive resource as the rule lists them.
            const first = found.reduce((earliest, item) => (!earliest || item.grant.resource.index < earliest.grant.resource.index ? item : earliest), undefined);
            if (!first)
                continue;
            const parts = found.map(({ item, verbs, resources }) => `${verbs.join(', ')} on ${resources.join(', ')} (${item.label}: it can ${item.power})`);
            report({
                path: entryPath(rule, 'resources', first.grant.resource),
                message: `rules[${rule.index}] of ${roleLabel(object)} allows ${parts.join('; ')}, in ${reachOf(object, ref.namespace, index)}.${note}`,
            });
        }
    },
});
/** The grants of the item a rule writes out, with no wildcard in verb, group or resource (rbac-wildcard's). */
function explicitGrants(rule, item) {
    const result = [];
    for (const target of item.targets) {
        for (const verb of item.verbs) {
            const grant = grants(rule, verb, target.group, target.resource);
            if (!grant || grant.verb.value === '*' || grant.apiGroup.value === '*' || grant.resource.value.startsWith('*'))
                continue;
            result.push(grant);
        }
    }
    return result;
}
