import { defineObjectCheck } from '../src/engine/check.js';
import { groupOf } from '../src/model/kinds.js';
/**
 * Provisioners whose volumes are network file systems or cluster-wide block storage, reachable from every
 * node in every zone: when they are provisioned does not constrain where the pod can run.
 */
const zoneFreeProvisioners = new Set([
    'efs.csi.aws.com',
    'file.csi.azure.com',
    'kubernetes.io/azure-file',
    'nfs.csi.k8s.io',
    'smb.csi.k8s.io',
    'cephfs.csi.ceph.com',
    'rbd.csi.ceph.com',
    'kubernetes.io/cephfs',
    'kubernetes.io/rbd',
    'kubernetes.io/glusterfs',
    'driver.longhorn.io',
    'csi.juicefs.com',
]);
function isZoneFree(provisioner) {
    if (typeof provisioner !== 'string')
        return false;
    const name = provisioner.toLowerCase();
    // Rook prefixes the Ceph drivers with its namespace (rook-ceph.rbd.csi.ceph.com); NFS provisioners are
    // deployed under names of their own choosing (k8s-sigs.io/nfs-subdir-external-provisioner).
    return (zoneFreeProvisioners.has(name) ||
        /\.(?:rbd|cephfs)\.csi\.ceph\.com$/.test(name) ||
        /(?:^|[./_-])nfs(?:$|[./_-])/.test(name));
}
export default defineObjectCheck({
    meta: {
        id: 'storageclass-immediate-binding',
        title: 'Volumes provisioned before the pod is scheduled',
        severity: 'info',
        category: 'storage',
        description: 'Flags a StorageClass whose volumeBindingMode is not WaitForFirstConsumer (unset means Immediate). ' +
            'Classes of network file systems and cluster-wide storage reachable from every zone are left alone: ' +
            'EFS, Azure Files, NFS and SMB provisioners, Ceph (RBD and CephFS, Rook-prefixed too), GlusterFS, ' +
            'Longhorn and JuiceFS.',
        risk: 'With Immediate binding the volume is created as soon as the claim exists, in a zone (or on a node, for ' +
            'local volumes) chosen without looking at the pod. The pod must then run there: if its node selector, ' +
            'affinity, spread constraints or the free capacity point elsewhere, it stays Pending; the replicas of a ' +
            'StatefulSet can end up crowded in one zone; and a pod with two claims can get them in different zones ' +
            'and never start.',
        mitigation: 'Set volumeBindingMode: WaitForFirstConsumer, so the volume is provisioned in the zone of the node the ' +
            'scheduler picks for the pod. The field cannot be changed on an existing StorageClass: create a new class ' +
            'and move claims to it.',
        example: `apiVersion: storage.k8s.io/v1
kind: StorageClass
metadata:
  name: ssd
provisioner: pd.csi.storage.gke.io
reclaimPolicy: Retain
volumeBindingMode: WaitForFirstConsumer`,
        fix: 'Sets volumeBindingMode: WaitForFirstConsumer on the StorageClass. The field cannot be changed on a class ' +
            'that exists in the cluster: apply the fixed class under a new name, or delete and recreate it.',
    },
    kinds: ['StorageClass'],
    check(object, { ref, report }) {
        if (object.kind !== 'StorageClass' || groupOf(object) !== 'storage.k8s.io')
            return;
        const mode = object['volumeBindingMode'];
        if (mode === 'WaitForFirstConsumer' || isZoneFree(object['provisioner']))
            return;
        const name = `StorageClass "${ref.name}"`;
        const consequence = 'its volumes are provisioned as soon as a claim is created, before the scheduler has placed the pod';
        report({
            path: ['volumeBindingMode'],
            fix: { description: 'set volumeBindingMode: WaitForFirstConsumer', edits: [{ op: 'set', path: ['volumeBindingMode'], value: 'WaitForFirstConsumer' }] },
            message: mode === undefined || mode === null
                ? `${name} sets no volumeBindingMode, so it defaults to Immediate: ${consequence}.`
                : mode === 'Immediate'
                    ? `${name} uses volumeBindingMode Immediate: ${consequence}.`
                    : `${name} has volumeBindingMode ${JSON.stringify(mode)}, which is not WaitForFirstConsumer (the API accepts only Immediate or WaitForFirstConsumer).`,
        });
    },
});
