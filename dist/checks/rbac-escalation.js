import { defineObjectCheck } from '../src/engine/check.js';
import { aggregationNote, entryPath, grants, roleLabel, rulesToJudge } from '../src/model/secrets-rbac.js';
// The verbs that step around RBAC's own guard against granting more than one holds, and what they act on.
const targets = [
    { verb: 'bind', group: 'rbac.authorization.k8s.io', resources: ['clusterroles', 'roles'] },
    { verb: 'escalate', group: 'rbac.authorization.k8s.io', resources: ['clusterroles', 'roles'] },
    { verb: 'impersonate', group: '', resources: ['users', 'groups', 'serviceaccounts'] },
    { verb: 'impersonate', group: 'authentication.k8s.io', resources: ['uids', 'userextras/*'] },
];
const effect = {
    bind: 'bind roles it does not hold, cluster-admin included, to any subject',
    escalate: 'write roles with permissions it does not hold',
    impersonate: 'act as other users, groups or service accounts',
};
const narrowedEffect = {
    bind: 'bind the named roles to any subject without holding them',
    escalate: 'give the named roles permissions it does not hold',
    impersonate: 'act as the named users, groups or service accounts',
};
export default defineObjectCheck({
    meta: {
        id: 'rbac-escalation',
        title: 'RBAC rule that allows privilege escalation',
        severity: 'error',
        category: 'security',
        description: 'Flags a Role or ClusterRole rule that grants bind or escalate on roles or clusterroles ' +
            '(rbac.authorization.k8s.io), or impersonate on users, groups, serviceaccounts, uids or userextras, ' +
            'whether the verb is written out or comes from `*` (a verb on a resource it does not apply to is not ' +
            'flagged). A rule narrowed by resourceNames is reported as a warning that names them. Default roles ' +
            '(admin, edit, cluster-admin, system:*) are skipped.',
        risk: 'RBAC normally refuses to let anyone grant permissions they do not hold. bind and escalate switch that ' +
            'guard off, and impersonate lets the holder act as anyone, groups such as system:masters included. ' +
            'Whoever takes over a token with such a rule can make itself cluster-admin in one request.',
        mitigation: 'Remove bind, escalate and impersonate from roles bound to workloads. Where a controller must create ' +
            'bindings, give it bind only with resourceNames listing the roles it may hand out, and let it hold those ' +
            'roles itself instead of escalate.',
        example: `rules:
  - apiGroups: [rbac.authorization.k8s.io]
    resources: [rolebindings]
    verbs: [create, delete]
  - apiGroups: [rbac.authorization.k8s.io]
    resources: [clusterroles]
    resourceNames: [view]
    verbs: [bind]`,
    },
    kinds: ['ClusterRole', 'Role'],
    check(object, { index, report }) {
        const note = aggregationNote(object, index);
        for (const rule of rulesToJudge(object)) {
            const found = grantsOf(rule);
            const first = found[0];
            if (!first)
                continue;
            const powers = [...new Set(found.map((item) => item.verb))];
            const granted = powers.map((verb) => `${verb} on ${[...new Set(found.filter((item) => item.verb === verb).map((item) => item.resource))].join(', ')}`);
            const wildcard = first.entry.value === '*' ? ' (through verbs: ["*"])' : '';
            const narrowed = rule.resourceNames.length > 0;
            const names = narrowed ? `, limited to resourceNames ${rule.resourceNames.map((e) => `"${e.value}"`).join(', ')}` : '';
            report({
                path: entryPath(rule, 'verbs', first.entry),
                message: `rules[${rule.index}] of ${roleLabel(object)} allows ${granted.join('; ')}${wildcard}${names}: its holder can ` +
                    `${andList(powers.map((verb) => (narrowed ? narrowedEffect : effect)[verb]))}.${note}`,
                ...(narrowed ? { severity: 'warning' } : {}),
            });
        }
    },
});
function grantsOf(rule) {
    const found = [];
    for (const target of targets) {
        for (const resource of target.resources) {
            if (resource === 'userextras/*') {
                // Extras are userextras/<key>: any written userextras/... entry (or * or */<key>) reaches some.
                const verb = rule.verbs.find((entry) => entry.value === '*' || entry.value === target.verb);
                const group = rule.apiGroups.some((entry) => entry.value === '*' || entry.value === target.group);
                const extras = rule.resources.find((entry) => entry.value === '*' || entry.value.startsWith('userextras/') || entry.value.startsWith('*/'));
                if (verb && group && extras)
                    found.push({ verb: target.verb, resource: extras.value === '*' ? 'userextras' : extras.value, entry: verb });
                continue;
            }
            const grant = grants(rule, target.verb, target.group, resource);
            if (grant)
                found.push({ verb: target.verb, resource, entry: grant.verb });
        }
    }
    return found;
}
function andList(items) {
    return items.length <= 1 ? (items[0] ?? '') : `${items.slice(0, -1).join(', ')} and ${items.at(-1) ?? ''}`;
}
