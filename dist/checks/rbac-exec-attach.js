import { defineObjectCheck } from '../src/engine/check.js';
import { aggregationNote, entryPath, grants, reachOf, roleLabel, rulesToJudge } from '../src/model/secrets-rbac.js';
const subresources = ['pods/exec', 'pods/attach'];
// kubectl exec and attach POST, which RBAC reads as create; clients on WebSocket open them with a GET.
const verbs = ['create', 'get'];
export default defineObjectCheck({
    meta: {
        id: 'rbac-exec-attach',
        title: 'RBAC rule that allows exec or attach into pods',
        severity: 'warning',
        category: 'security',
        description: 'Flags a Role or ClusterRole rule that grants create or get (or *) on pods/exec or pods/attach in the ' +
            'core API group, as the authorizer matches them: the resource written as pods/exec, pods/attach, ' +
            '*/exec, */attach or *, the group "" or *. get counts because WebSocket clients open exec and attach ' +
            'with a GET. pods alone does not reach the subresources and pods/* is no wildcard in RBAC (it matches ' +
            'nothing), so neither is flagged. Rules narrowed by resourceNames are still flagged. Default roles ' +
            '(admin, edit, cluster-admin, system:*) are skipped.',
        risk: 'exec runs any command in a running container, with its service-account token, its mounted Secrets, its ' +
            'network position and its filesystem; attach joins its console. Such a grant is interactive access to ' +
            'every pod it covers, outside any deployment pipeline, and what is done there leaves no trace in the ' +
            'manifests.',
        mitigation: 'Leave exec and attach out of roles bound to workloads and CI; give them to people through a separate, ' +
            'audited break-glass role (or ephemeral debug containers behind it), scoped to one namespace.',
        example: `rules:
  - apiGroups: [""]
    resources: [pods, pods/log]
    verbs: [get, list, watch]`,
    },
    kinds: ['ClusterRole', 'Role'],
    check(object, { ref, index, report }) {
        const note = aggregationNote(object, index);
        const scope = `the pods of ${reachOf(object, ref.namespace, index)}`;
        for (const rule of rulesToJudge(object)) {
            const found = [];
            for (const subresource of subresources) {
                for (const verb of verbs) {
                    const grant = grants(rule, verb, '', subresource);
                    if (grant)
                        found.push({ grant, verb, subresource });
                }
            }
            const first = found[0];
            if (!first)
                continue;
            const reached = [...new Set(found.map((item) => item.subresource))].join(' and ');
            const granted = [...new Set(found.map((item) => (item.grant.verb.value === '*' ? '* (create and get)' : item.verb)))].join(', ');
            const getOnly = found.every((item) => item.verb === 'get') ? ' (get is enough for clients that connect over WebSocket)' : '';
            const power = found.some((item) => item.subresource === 'pods/exec') ? 'it can run commands in' : 'it can attach to the processes of';
            const names = rule.resourceNames.length > 0 ? `, limited to resourceNames ${rule.resourceNames.map((e) => `"${e.value}"`).join(', ')}` : '';
            report({
                path: entryPath(rule, 'resources', first.grant.resource),
                message: `rules[${rule.index}] of ${roleLabel(object)} allows ${granted} on ${reached}${getOnly}${names}: ${power} ${scope}.${note}`,
            });
        }
    },
});
