import { defineObjectCheck } from '../src/engine/check.js';
import { aggregationNote, entryPath, quoteList, roleLabel, rulesToJudge } from '../src/model/secrets-rbac.js';
export default defineObjectCheck({
    meta: {
        id: 'rbac-wildcard',
        title: 'Wildcard in an RBAC rule',
        severity: 'warning',
        category: 'security',
        description: 'Flags each `*` in the verbs, resources or apiGroups of a Role or ClusterRole rule, one finding per ' +
            'field. Rules are judged one by one, as the authorizer does. The default roles Kubernetes maintains ' +
            '(cluster-admin, admin, edit, view, system:*) are skipped, and so are the rules written in an aggregated ' +
            'ClusterRole, which the controller replaces: the rules of its source ClusterRoles are judged instead, ' +
            'and the message says where they are aggregated to. `*/scale`-style subresource patterns and `*` in ' +
            'nonResourceURLs are not flagged.',
        risk: 'A wildcard grants more than anyone reviewed: every verb includes delete, escalate, bind and ' +
            'impersonate; every resource includes secrets and pods/exec; every API group includes the custom ' +
            'resources and the APIs installed after the role was written. One compromised pod or token with such a ' +
            'role reaches much further than the job it was given.',
        mitigation: 'List the verbs, resources and API groups the workload really uses (kubectl auth can-i --list, or the ' +
            'audit log, shows them), and split rules that need different verbs.',
        example: `rules:
  - apiGroups: [apps]
    resources: [deployments]
    verbs: [get, list, watch, patch]`,
    },
    kinds: ['ClusterRole', 'Role'],
    check(object, { index, report }) {
        const note = aggregationNote(object, index);
        for (const rule of rulesToJudge(object)) {
            const verb = rule.verbs.find((entry) => entry.value === '*');
            if (verb) {
                report({
                    path: entryPath(rule, 'verbs', verb),
                    message: `rules[${rule.index}] of ${roleLabel(object)} allows every verb (*) on ${target(rule)}.${note}`,
                });
            }
            const resource = rule.resources.find((entry) => entry.value === '*');
            if (resource) {
                report({
                    path: entryPath(rule, 'resources', resource),
                    message: `rules[${rule.index}] of ${roleLabel(object)} covers every resource (*) of ${groups(rule)} for ${verbs(rule)}.${note}`,
                });
            }
            const group = rule.apiGroups.find((entry) => entry.value === '*');
            if (group) {
                report({
                    path: entryPath(rule, 'apiGroups', group),
                    message: `rules[${rule.index}] of ${roleLabel(object)} covers ${resources(rule)} in every API group (*), custom resources included, for ${verbs(rule)}.${note}`,
                });
            }
        }
    },
});
function target(rule) {
    if (rule.resources.length === 0 && rule.nonResourceURLs.length > 0)
        return `the URLs ${quoteList(rule.nonResourceURLs.map((e) => e.value))}`;
    return `${resources(rule)} of ${groups(rule)}`;
}
function resources(rule) {
    if (rule.resources.some((entry) => entry.value === '*'))
        return 'every resource';
    return rule.resources.length === 0 ? 'no resource' : quoteList(rule.resources.map((e) => e.value));
}
function groups(rule) {
    if (rule.apiGroups.some((entry) => entry.value === '*'))
        return 'every API group';
    const names = rule.apiGroups.map((entry) => (entry.value === '' ? 'core ("")' : `"${entry.value}"`));
    if (names.length === 0)
        return 'no API group';
    return `API group${names.length > 1 ? 's' : ''} ${names.join(', ')}`;
}
function verbs(rule) {
    if (rule.verbs.some((entry) => entry.value === '*'))
        return 'every verb';
    if (rule.verbs.length === 0)
        return 'no verb';
    return `verb${rule.verbs.length > 1 ? 's' : ''} ${rule.verbs.map((entry) => entry.value).join(', ')}`;
}
