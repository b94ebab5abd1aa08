import { defineObjectCheck } from '../src/engine/check.js';
import { isRecord } from '../src/model/kinds.js';
import { coreObjectsIn, coreObjectsWithoutNamespace, isNamespace, isSystemNamespace, namespaceNameOf, sentenceAbout } from '../src/model/tenancy.js';
export default defineObjectCheck({
    meta: {
        id: 'namespace-quota-missing',
        title: 'Namespace without a ResourceQuota',
        severity: 'warning',
        category: 'security',
        description: 'Fires on a Namespace object when the reviewed manifests hold no ResourceQuota in that namespace that ' +
            'sets at least one hard limit (a quota whose spec.hard is empty limits nothing). Objects without a ' +
            'namespace count as being in default. Namespaces reserved for Kubernetes (kube-*) are exempt.',
        risk: 'Nothing caps what the tenants of the namespace can claim: one runaway HorizontalPodAutoscaler, a CronJob ' +
            'that piles up Jobs or a leak of PersistentVolumeClaims can take the CPU, memory, pod slots and storage ' +
            'that other teams on the same cluster were counting on, and the scheduler cannot tell who is over budget.',
        mitigation: 'Add a ResourceQuota to the namespace with hard limits on requests.cpu, requests.memory, limits.memory, ' +
            'pods and persistentvolumeclaims, sized to what the team is meant to use.',
        example: `apiVersion: v1
kind: ResourceQuota
metadata:
  name: compute
  namespace: shop
spec:
  hard:
    requests.cpu: "8"
    requests.memory: 16Gi
    limits.memory: 24Gi
    pods: "60"`,
    },
    kinds: ['Namespace'],
    check(object, { index, report }) {
        if (!isNamespace(object))
            return;
        const name = namespaceNameOf(object);
        if (name === undefined || isSystemNamespace(name))
            return;
        const quotas = coreObjectsIn(index, 'ResourceQuota', name);
        if (quotas.some((quota) => setsHardLimits(quota.object)))
            return;
        const unset = coreObjectsWithoutNamespace(index, 'ResourceQuota', name);
        let detail = '';
        if (quotas.length > 0) {
            detail = sentenceAbout(quotas, 'ResourceQuota', 'sets no hard limits, so it limits nothing.', 'set no hard limits, so they limit nothing.');
        }
        else if (unset.length > 0) {
            detail = sentenceAbout(unset, 'ResourceQuota', `sets no namespace, so it belongs to default, not to "${name}".`, `set no namespace, so they belong to default, not to "${name}".`);
        }
        report({
            path: ['metadata', 'name'],
            message: `Namespace "${name}" has no ResourceQuota with hard limits in the reviewed manifests: its workloads can claim CPU, memory, pods and storage without a ceiling.${detail}`,
        });
    },
});
function setsHardLimits(quota) {
    const spec = quota['spec'];
    const hard = isRecord(spec) ? spec['hard'] : undefined;
    return isRecord(hard) && Object.keys(hard).length > 0;
}
