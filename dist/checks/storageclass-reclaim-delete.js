import { defineObjectCheck } from '../src/engine/check.js';
import { groupOf, isRecord } from '../src/model/kinds.js';
export default defineObjectCheck({
    meta: {
        id: 'storageclass-reclaim-delete',
        title: 'Volumes deleted with their claim',
        severity: 'warning',
        category: 'storage',
        description: 'Flags a StorageClass whose reclaimPolicy is not Retain (unset means Delete), and a PersistentVolume whose ' +
            'persistentVolumeReclaimPolicy is Delete or Recycle. A PersistentVolume written in a manifest is created ' +
            'by hand, and such volumes default to Retain, so an unset policy passes there.',
        risk: 'With Delete, removing a PersistentVolumeClaim (an uninstalled chart, a namespace deleted by mistake, a ' +
            'StatefulSet claim cleaned up, a renamed claim in a refactor) makes the provisioner destroy the disk and ' +
            'every byte on it, with no way back but a backup. Recycle wipes the volume\'s files the same way before ' +
            'handing it to the next claim.',
        mitigation: 'Set reclaimPolicy: Retain on StorageClasses that hold data you cannot recreate (and ' +
            'persistentVolumeReclaimPolicy: Retain on hand-made PersistentVolumes), and clean up released volumes ' +
            'deliberately. Keep Delete only for classes meant for scratch data.',
        example: `apiVersion: storage.k8s.io/v1
kind: StorageClass
metadata:
  name: ssd-retain
provisioner: ebs.csi.aws.com
reclaimPolicy: Retain
volumeBindingMode: WaitForFirstConsumer`,
        fix: 'Sets reclaimPolicy: Retain on the StorageClass (persistentVolumeReclaimPolicy: Retain on a PersistentVolume). ' +
            'The field cannot be changed on a class that exists in the cluster: apply the fixed class under a new name, ' +
            'or delete and recreate it.',
    },
    kinds: ['StorageClass', 'PersistentVolume'],
    check(object, { ref, report }) {
        if (object.kind === 'StorageClass' && groupOf(object) === 'storage.k8s.io') {
            const policy = object['reclaimPolicy'];
            if (policy === 'Retain')
                return;
            const name = `StorageClass "${ref.name}"`;
            report({
                path: ['reclaimPolicy'],
                fix: { description: 'set reclaimPolicy: Retain', edits: [{ op: 'set', path: ['reclaimPolicy'], value: 'Retain' }] },
                message: policy === undefined || policy === null
                    ? `${name} sets no reclaimPolicy, so it defaults to Delete: deleting a claim deletes its volume and data.`
                    : policy === 'Delete'
                        ? `${name} has reclaimPolicy Delete: deleting a claim deletes its volume and data.`
                        : `${name} has reclaimPolicy ${JSON.stringify(policy)}, which a StorageClass does not accept (Delete or Retain); use Retain.`,
            });
            return;
        }
        if (isPersistentVolume(object)) {
            const spec = object['spec'];
            const policy = isRecord(spec) ? spec['persistentVolumeReclaimPolicy'] : undefined;
            const name = `PersistentVolume "${ref.name}"`;
            const fix = {
                description: 'set persistentVolumeReclaimPolicy: Retain',
                edits: [{ op: 'set', path: ['spec', 'persistentVolumeReclaimPolicy'], value: 'Retain' }],
            };
            if (policy === 'Delete') {
                report({
                    path: ['spec', 'persistentVolumeReclaimPolicy'],
                    fix,
                    message: `${name} has persistentVolumeReclaimPolicy Delete: releasing its claim deletes the volume and its data.`,
                });
            }
            else if (policy === 'Recycle') {
                report({
                    path: ['spec', 'persistentVolumeReclaimPolicy'],
                    fix,
                    message: `${name} has persistentVolumeReclaimPolicy Recycle (deprecated): releasing its claim erases the files on the volume.`,
                });
            }
        }
    },
});
function isPersistentVolume(object) {
    return object.kind === 'PersistentVolume' && groupOf(object) === '';
}
