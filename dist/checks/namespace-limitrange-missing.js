import { defineObjectCheck } from '../src/engine/check.js';
import { isRecord } from '../src/model/kinds.js';
import { coreObjectsIn, coreObjectsWithoutNamespace, isNamespace, isSystemNamespace, namespaceNameOf, sentenceAbout } from '../src/model/tenancy.js';
export default defineObjectCheck({
    meta: {
        id: 'namespace-limitrange-missing',
        title: 'Namespace without a LimitRange',
        severity: 'warning',
        category: 'security',
        description: 'Fires on a Namespace object when the reviewed manifests hold no LimitRange in that namespace with at ' +
            'least one entry under spec.limits (an empty LimitRange sets no default and no bound). Objects without a ' +
            'namespace count as being in default. Namespaces reserved for Kubernetes (kube-*) are exempt.',
        risk: 'A container that declares no requests or limits gets none: it is scheduled as if it needed nothing, is ' +
            'the first one evicted under memory pressure, and can grow until the node runs out of memory. With a ' +
            'ResourceQuota on cpu or memory, such pods are even rejected outright, since the quota needs every ' +
            'container to declare the quantities it counts.',
        mitigation: 'Add a LimitRange of type Container to the namespace with defaultRequest and default values (and max, ' +
            'if tenants must not ask for a whole node), so every container gets sensible requests and limits.',
        example: `apiVersion: v1
kind: LimitRange
metadata:
  name: container-defaults
  namespace: shop
spec:
  limits:
    - type: Container
      defaultRequest: { cpu: 100m, memory: 128Mi }
      default: { memory: 256Mi }
      max: { memory: 4Gi }`,
    },
    kinds: ['Namespace'],
    check(object, { index, report }) {
        if (!isNamespace(object))
            return;
        const name = namespaceNameOf(object);
        if (name === undefined || isSystemNamespace(name))
            return;
        const ranges = coreObjectsIn(index, 'LimitRange', name);
        if (ranges.some((range) => setsLimits(range.object)))
            return;
        const unset = coreObjectsWithoutNamespace(index, 'LimitRange', name);
        let detail = '';
        if (ranges.length > 0) {
            detail = sentenceAbout(ranges, 'LimitRange', 'has no entries under spec.limits, so it sets nothing.', 'have no entries under spec.limits, so they set nothing.');
        }
        else if (unset.length > 0) {
            detail = sentenceAbout(unset, 'LimitRange', `sets no namespace, so it belongs to default, not to "${name}".`, `set no namespace, so they belong to default, not to "${name}".`);
        }
        report({
            path: ['metadata', 'name'],
            message: `Namespace "${name}" has no LimitRange in the reviewed manifests: containers that declare no requests or limits get none.${detail}`,
        });
    },
});
function setsLimits(range) {
    const spec = range['spec'];
    const limits = isRecord(spec) ? spec['limits'] : undefined;
    return Array.isArray(limits) && limits.some(isRecord);
}
