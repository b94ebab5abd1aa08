import { defineObjectCheck } from '../src/engine/check.js';
import { isKind, isRecord } from '../src/model/kinds.js';
import {} from '../src/model/object-index.js';
import { findPlaceholder } from '../src/model/placeholder.js';
import { matchesLabelSelector } from '../src/model/selectors.js';
import { minimumReplicas } from '../src/model/workloads.js';
const singleNodeModes = new Set(['ReadWriteOnce', 'ReadWriteOncePod']);
const hostnameKey = 'kubernetes.io/hostname';
export default defineObjectCheck({
    meta: {
        id: 'pvc-rwo-shared',
        title: 'ReadWriteOnce claim shared by several replicas',
        severity: 'warning',
        category: 'storage',
        description: 'Fires on a volume of a Deployment, ReplicaSet or ReplicationController that runs 2 or more replicas (spec.replicas, or ' +
            'the minimum of the autoscaler that scales it), or of a DaemonSet (a pod on every node), when the volume mounts a ' +
            'PersistentVolumeClaim of the same deployment unit and namespace whose accessModes are only ReadWriteOnce or ' +
            'ReadWriteOncePod. A ReadWriteOnce volume attaches to one node at a time; a ReadWriteOncePod one to one pod. Silent ' +
            'when the claim is not in the unit (its modes are unknown), when the claim also allows ReadWriteMany or ReadOnlyMany, ' +
            'and, for ReadWriteOnce, when every pod is pinned to one node (nodeName, a kubernetes.io/hostname nodeSelector, or a ' +
            'required pod affinity to its own pods on kubernetes.io/hostname). StatefulSets are left alone: volumeClaimTemplates ' +
            'give each pod a claim of its own. A risk none of the peers checks.',
        risk: 'The first pod attaches the volume; pods scheduled to other nodes stay in ContainerCreating with a Multi-Attach error ' +
            '(ReadWriteOncePod: even on the same node), so the extra replicas never serve, and a rolling update whose new pod lands ' +
            'elsewhere stalls.',
        mitigation: 'Run one replica with a Recreate strategy, give each pod its own claim with a StatefulSet and volumeClaimTemplates, or ' +
            'use a storage class that supports ReadWriteMany and ask for that mode.',
        example: `apiVersion: v1
kind: PersistentVolumeClaim
metadata: { name: shared-uploads }
spec:
  accessModes: [ReadWriteMany]   # a storage class that supports it, such as a network file system
  storageClassName: filestore
  resources: { requests: { storage: 100Gi } }`,
    },
    kinds: ['Deployment', 'ReplicaSet', 'ReplicationController', 'DaemonSet'],
    needsInUnit: ['PersistentVolumeClaim'],
    check(object, { ref, index, report }) {
        const entry = index.entryOf(object);
        const pod = entry?.pod;
        if (!entry || !pod)
            return;
        const daemon = isKind(object, 'DaemonSet');
        if (!daemon && !isKind(object, 'Deployment') && !isKind(object, 'ReplicaSet') && !isKind(object, 'ReplicationController'))
            return;
        const replicas = daemon ? undefined : minimumReplicas(entry, index);
        if (replicas !== undefined && replicas < 2)
            return;
        const volumes = pod.spec.volumes;
        if (!Array.isArray(volumes))
            return;
        const oneNode = pinnedToOneNode(pod);
        volumes.forEach((volume, i) => {
            const source = isRecord(volume) ? volume['persistentVolumeClaim'] : undefined;
            const name = isRecord(source) ? source['claimName'] : undefined;
            if (typeof name !== 'string' || name === '' || findPlaceholder(name) !== undefined)
                return;
            const claim = claimNamed(index, name, ref.namespace);
            if (!claim)
                return;
            const modes = accessModesOf(claim.object);
            if (modes.length === 0 || !modes.every((mode) => singleNodeModes.has(mode)))
                return;
            const podOnly = modes.includes('ReadWriteOncePod');
            if (!podOnly && oneNode)
                return;
            const who = daemon ? 'a DaemonSet, which runs a pod on every node' : `at least ${String(replicas)} replicas`;
            report({
                path: [...pod.path, 'volumes', i, 'persistentVolumeClaim', 'claimName'],
                message: podOnly
                    ? `The claim "${name}" is ReadWriteOncePod, which only one pod may use, but ${ref.kind} "${ref.name}" runs ${who}: the others never start.`
                    : `The claim "${name}" is ${modes.join(', ')}, which attaches to one node at a time, but ${ref.kind} "${ref.name}" runs ${who}: pods on other nodes cannot attach it.`,
            });
        });
    },
});
function claimNamed(index, name, namespace) {
    return index.named('PersistentVolumeClaim', name, namespace).find((claim) => !claim.borrowed && claim.ref.apiVersion.trim() === 'v1');
}
function accessModesOf(claim) {
    const spec = claim['spec'];
    const modes = isRecord(spec) ? spec['accessModes'] : undefined;
    return Array.isArray(modes) ? modes.filter((mode) => typeof mode === 'string') : [];
}
/** Every pod of the template lands on the same node: nodeName, a hostname nodeSelector, or affinity to its own pods per host. */
function pinnedToOneNode(pod) {
    const spec = pod.spec;
    if (typeof spec['nodeName'] === 'string' && spec['nodeName'] !== '')
        return true;
    const selector = spec['nodeSelector'];
    if (isRecord(selector) && typeof selector[hostnameKey] === 'string')
        return true;
    const affinity = spec['affinity'];
    const podAffinity = isRecord(affinity) ? affinity['podAffinity'] : undefined;
    const required = isRecord(podAffinity) ? podAffinity['requiredDuringSchedulingIgnoredDuringExecution'] : undefined;
    if (!Array.isArray(required))
        return false;
    return required.some((term) => isRecord(term) && term['topologyKey'] === hostnameKey && matchesLabelSelector(term['labelSelector'], pod.labels));
}
