import { defineObjectCheck } from '../src/engine/check.js';
import { boundRole, effectiveRules, isRbac, roleRefOf, subjectsOf } from '../src/model/secrets-rbac.js';
// The default ClusterRoles Kubernetes itself binds to these groups: discovery, version and self-review.
const harmlessDefaults = new Set(['system:basic-user', 'system:discovery', 'system:public-info-viewer', 'system:service-account-issuer-discovery']);
export default defineObjectCheck({
    meta: {
        id: 'rbac-broad-subjects',
        title: 'Role bound to every user or every service account',
        severity: 'error',
        category: 'security',
        description: 'Flags a subject of a RoleBinding or ClusterRoleBinding that stands for everyone: the group ' +
            'system:authenticated (every user and every service account), the group system:unauthenticated or the ' +
            'user system:anonymous (every anonymous request). The group system:serviceaccounts (every service account ' +
            'of every namespace) is reported as a warning. Bindings to the default ClusterRoles Kubernetes binds to ' +
            'these groups itself (system:discovery, system:basic-user, system:public-info-viewer, ' +
            'system:service-account-issuer-discovery) are not flagged, nor is a binding whose role is in scope and ' +
            'only reads named objects other than Secrets (get, list or watch with resourceNames) or non-resource ' +
            'URLs: the pattern of a public version or info ConfigMap.',
        risk: 'Everything the role grants is granted to every pod of the cluster, every user of every identity ' +
            'provider, and for the unauthenticated subjects to anyone who can reach the API server at all. One ' +
            'binding of this kind undoes every other RBAC decision made for that role.',
        mitigation: 'Bind the role to the users, groups or service accounts that need it by name; for service accounts of one ' +
            'namespace, use the group system:serviceaccounts:<namespace> in a RoleBinding of that namespace.',
        example: `subjects:
  - kind: Group
    name: shop-developers
    apiGroup: rbac.authorization.k8s.io
  - kind: ServiceAccount
    name: reporting
    namespace: shop`,
    },
    kinds: ['ClusterRoleBinding', 'RoleBinding'],
    check(object, { ref, index, report }) {
        if (!isRbac(object, 'ClusterRoleBinding', 'RoleBinding'))
            return;
        const roleRef = roleRefOf(object);
        if (roleRef?.kind === 'ClusterRole' && harmlessDefaults.has(roleRef.name))
            return;
        if (roleRef && onlyPublicInfo(roleRef, ref.namespace, index))
            return;
        const role = roleRef ? `${roleRef.kind || 'role'} "${roleRef.name}"` : 'its role';
        const where = isRbac(object, 'RoleBinding') ? ` in namespace "${ref.namespace || 'default'}"` : '';
        for (const subject of subjectsOf(object)) {
            const who = everyoneIn(subject);
            if (!who)
                continue;
            report({
                path: [...subject.path, 'name'],
                message: `${object.kind} "${ref.name}" grants ${role}${where} to ${subject.kind} "${subject.name}", which means ${who.text}.`,
                ...(who.warning ? { severity: 'warning' } : {}),
            });
        }
    },
});
function everyoneIn(subject) {
    if (subject.kind === 'Group' && subject.name === 'system:authenticated')
        return { text: 'every user and every service account of the cluster' };
    if (subject.kind === 'Group' && subject.name === 'system:unauthenticated')
        return { text: 'every request made without credentials' };
    if (subject.kind === 'User' && subject.name === 'system:anonymous')
        return { text: 'every request made without credentials' };
    if (subject.kind === 'Group' && subject.name === 'system:serviceaccounts')
        return { text: 'every service account of every namespace', warning: true };
    return undefined;
}
/** A role of the scope that only lets its subjects read a few named objects (not Secrets) or URLs. */
function onlyPublicInfo(roleRef, namespace, index) {
    const role = boundRole(roleRef, namespace, index);
    if (!role)
        return false;
    const rules = effectiveRules(role, index).flatMap((source) => source.rules);
    return rules.length > 0 && rules.every(readsNamedObjectsOnly);
}
function readsNamedObjectsOnly(rule) {
    if (rule.verbs.length === 0 || !rule.verbs.every((verb) => ['get', 'list', 'watch'].includes(verb.value)))
        return false;
    if (rule.resources.length === 0)
        return rule.nonResourceURLs.length > 0;
    return rule.resourceNames.length > 0 && rule.resources.every((resource) => resource.value !== '*' && resource.value !== 'secrets' && !resource.value.startsWith('*/'));
}
