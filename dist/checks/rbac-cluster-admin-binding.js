import { defineObjectCheck } from '../src/engine/check.js';
import { boundRole, effectiveRules, isFullAccess, isRbac, roleLabel, roleRefOf, subjectLabel, subjectsOf, } from '../src/model/secrets-rbac.js';
export default defineObjectCheck({
    meta: {
        id: 'rbac-cluster-admin-binding',
        title: 'Binding to cluster-admin',
        severity: 'error',
        category: 'security',
        description: 'Flags each subject of a ClusterRoleBinding or RoleBinding whose roleRef is the ClusterRole cluster-admin, ' +
            'or a Role or ClusterRole of the scope that grants the same (a rule with * verbs, * resources and * API ' +
            'groups; an aggregated ClusterRole is judged by the rules of the roles it collects). Passing subjects: ' +
            'the groups clusters bind to cluster-admin themselves (system:masters, kubeadm:cluster-admins) and the ' +
            'control-plane users that hold the cluster anyway (system:kube-controller-manager, system:kube-scheduler, ' +
            'system:apiserver). Everyone else is flagged, including service accounts of kube-system, system:nodes ' +
            'and the catch-all groups (system:authenticated, system:serviceaccounts), which rbac-broad-subjects ' +
            'also reports.',
        risk: 'cluster-admin can do anything to any object: read every Secret, run privileged pods on every node, ' +
            'change RBAC and admission webhooks. A workload or CI token bound to it turns any bug in that workload ' +
            'into a full cluster compromise; through a RoleBinding it is still full control of the namespace, its ' +
            'Secrets and its RBAC included.',
        mitigation: 'Write a Role or ClusterRole with the verbs and resources the subject needs and bind that instead. Give ' +
            'people cluster-admin through short-lived, audited access, not through a binding in the manifests.',
        example: `apiVersion: rbac.authorization.k8s.io/v1
kind: RoleBinding
metadata:
  name: deployer
  namespace: shop
roleRef:
  apiGroup: rbac.authorization.k8s.io
  kind: ClusterRole
  name: edit
subjects:
  - kind: ServiceAccount
    name: deployer
    namespace: shop`,
    },
    kinds: ['ClusterRoleBinding', 'RoleBinding'],
    check(object, { ref, index, report }) {
        if (!isRbac(object, 'ClusterRoleBinding', 'RoleBinding'))
            return;
        const roleRef = roleRefOf(object);
        if (!roleRef)
            return;
        const grantsAll = fullAccessOf(roleRef, ref.namespace, index);
        if (!grantsAll)
            return;
        const reach = isRbac(object, 'RoleBinding') ? `in namespace "${ref.namespace || 'default'}"` : 'in the cluster';
        for (const subject of subjectsOf(object)) {
            if (isDefaultAdmin(subject))
                continue;
            report({
                path: [...subject.path, 'name'],
                message: `${isRbac(object, 'RoleBinding') ? 'RoleBinding' : 'ClusterRoleBinding'} "${ref.name}" binds ${subjectLabel(subject, ref.namespace)} to ${grantsAll}: it can do anything ${reach}.`,
            });
        }
    },
});
/** How the bound role amounts to cluster-admin, or undefined when it does not (or is not in scope). */
function fullAccessOf(roleRef, namespace, index) {
    if (roleRef.kind === 'ClusterRole' && roleRef.name === 'cluster-admin')
        return 'the ClusterRole cluster-admin';
    // A role the manifests define is judged by its rules, even when it takes a system: name.
    const role = boundRole(roleRef, namespace, index);
    if (!role)
        return undefined;
    for (const { rules, from } of effectiveRules(role, index)) {
        const rule = rules.find(isFullAccess);
        if (!rule)
            continue;
        const via = from === role ? '' : ` (rules[${rule.index}] of ${roleLabel(from.object)}, which it aggregates)`;
        return `${roleLabel(role.object)}, which grants every verb on every resource of every API group as cluster-admin does${via}`;
    }
    return undefined;
}
/**
 * The groups clusters bind to cluster-admin themselves (system:masters, kubeadm's kubeadm:cluster-admins)
 * and the control-plane users, which hold the cluster anyway. Every other identity is flagged,
 * system: ones included: system:nodes (every kubelet), system:bootstrappers, the catch-all groups and
 * service-account identities (system:serviceaccount:<ns>:<name>).
 */
function isDefaultAdmin(subject) {
    if (subject.kind === 'Group')
        return defaultAdminGroups.has(subject.name);
    if (subject.kind === 'User')
        return defaultAdminUsers.has(subject.name);
    return false;
}
const defaultAdminGroups = new Set(['system:masters', 'kubeadm:cluster-admins']);
const defaultAdminUsers = new Set(['system:kube-controller-manager', 'system:kube-scheduler', 'system:apiserver']);
