import { defineObjectCheck } from '../src/engine/check.js';
import { canSetAt } from '../src/model/fix-paths.js';
import { containersOf, groupOf, podTemplateOf, workloadKinds } from '../src/model/kinds.js';
import { shownBoolean } from '../src/model/run-as.js';
export default defineObjectCheck({
    meta: {
        id: 'service-account-token-automount',
        title: 'Service account token mounted into the pod',
        severity: 'info',
        category: 'security',
        description: 'Reports workloads (Pods and pod templates of every kind, Jobs and CronJobs included), never ' +
            'ServiceAccounts themselves: the pod spec must set automountServiceAccountToken: false, or leave it unset ' +
            'and use a ServiceAccount in scope, in the same namespace, that sets it to false (serviceAccountName ' +
            'unset means "default"). The pod-level value wins when it is set.',
        risk: 'Every container gets a token for the Kubernetes API mounted at ' +
            '/var/run/secrets/kubernetes.io/serviceaccount. An attacker who reads files in any container can use it ' +
            'to query or change whatever the ServiceAccount is allowed to, and RBAC granted to "default" for one ' +
            'workload silently reaches every other pod of the namespace.',
        mitigation: 'Set automountServiceAccountToken: false on the ServiceAccount (or on the pod spec) for workloads that ' +
            'do not call the Kubernetes API. Give workloads that do call it a ServiceAccount of their own, with ' +
            'only the RBAC they need, rather than the namespace default.',
        example: `apiVersion: v1
kind: ServiceAccount
metadata: { name: api }
automountServiceAccountToken: false
---
# in the Deployment
spec:
  template:
    spec:
      serviceAccountName: api
      automountServiceAccountToken: false`,
        fix: 'Sets automountServiceAccountToken: false in the pod spec of a workload that runs as the namespace\'s ' +
            'default ServiceAccount and does not set it to true. A workload with a ServiceAccount of its own, or one ' +
            'that asks for the token, may call the API: that one is left to you.',
    },
    kinds: workloadKinds,
    check(object, { ref, index, report }) {
        const pod = podTemplateOf(object);
        // A template without containers (or without a spec) mounts nothing.
        if (!pod || containersOf(pod, ['container', 'initContainer', 'ephemeralContainer']).length === 0)
            return;
        const own = pod.spec.automountServiceAccountToken;
        if (own === false)
            return;
        const named = pod.spec.serviceAccountName ?? pod.spec.serviceAccount;
        const name = typeof named === 'string' && named !== '' ? named : 'default';
        const account = index.named('ServiceAccount', name, ref.namespace).find((entry) => groupOf(entry.ref) === '');
        const accountValue = account?.object['automountServiceAccountToken'];
        const path = [...pod.path, 'automountServiceAccountToken'];
        if (own === true) {
            const overrides = accountValue === false ? `, which overrides the false of its ServiceAccount "${name}"` : '';
            report({
                path,
                message: `The pod spec sets automountServiceAccountToken: true${overrides}, so the API token of ServiceAccount "${name}" is mounted into every container.`,
            });
            return;
        }
        if (accountValue === false)
            return;
        const because = !account
            ? `its ServiceAccount "${name}" is not among the manifests of namespace "${ref.namespace || 'default'}" to turn it off`
            : accountValue === undefined || accountValue === null
                ? `its ServiceAccount "${name}" leaves it unset too`
                : `its ServiceAccount "${name}" sets automountServiceAccountToken: ${shownBoolean(accountValue)}`;
        // The default account has no RBAC of its own, so a workload on it rarely needs the token; one with an account of its own may.
        const fixable = name === 'default' && canSetAt(object, path);
        report({
            path,
            message: `The pod spec does not set automountServiceAccountToken: false, and ${because}, so that account's API token is mounted into every container.`,
            ...(fixable && { fix: { description: 'set automountServiceAccountToken: false in the pod spec', edits: [{ op: 'set', path, value: false }] } }),
        });
    },
});
