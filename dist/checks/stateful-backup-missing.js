import { defineObjectCheck } from '../src/engine/check.js';
import { entriesWhere } from '../src/model/object-index.js';
import { apiGroupOf, isKind, isRecord } from '../src/model/kinds.js';
/**
 * Resources that back volumes up, by API group. Their presence anywhere in scope counts, in any namespace or
 * none: Velero lives in its own namespace, snapshot classes are cluster-scoped, and operators keep backups
 * next to their databases.
 */
const backupKinds = {
    'snapshot.storage.k8s.io': ['VolumeSnapshot', 'VolumeSnapshotClass'],
    'groupsnapshot.storage.k8s.io': ['VolumeGroupSnapshot', 'VolumeGroupSnapshotClass'],
    'velero.io': ['Schedule', 'Backup'],
    'k8up.io': ['Schedule', 'Backup'],
    'backup.appuio.ch': ['Schedule', 'Backup'], // K8up before 1.0
    'stash.appscode.com': ['BackupConfiguration', 'BackupBatch'],
    'core.kubestash.com': ['BackupConfiguration'],
    'config.kio.kasten.io': ['Policy'],
    'triliovault.trilio.io': ['BackupPlan', 'Backup'],
    'stork.libopenstorage.org': ['VolumeSnapshotSchedule', 'ApplicationBackupSchedule', 'ApplicationBackup'],
    'postgresql.cnpg.io': ['ScheduledBackup', 'Backup'],
    'pxc.percona.com': ['PerconaXtraDBClusterBackup'],
    'psmdb.percona.com': ['PerconaServerMongoDBBackup'],
    'ps.percona.com': ['PerconaServerMySQLBackup'],
    'pgv2.percona.com': ['PerconaPGBackup'],
    'k8s.mariadb.com': ['Backup', 'PhysicalBackup'],
    'mariadb.mmontes.io': ['Backup'],
};
// Longhorn schedules backups and snapshots through RecurringJobs whose task says which.
const longhornBackupTasks = new Set(['backup', 'backup-force-create', 'snapshot', 'snapshot-force-create']);
// Annotations that opt a pod's volumes into Velero's file-system backup, or give it backup hooks.
const veleroPodAnnotations = ['backup.velero.io/backup-volumes', 'pre.hook.backup.velero.io/command'];
const backups = entriesWhere(isBackup);
function isBackup(entry) {
    const { object } = entry;
    const group = apiGroupOf(object.apiVersion);
    if (backupKinds[group]?.includes(object.kind))
        return true;
    if (group === 'longhorn.io' && object.kind === 'RecurringJob') {
        const spec = object['spec'];
        return isRecord(spec) && typeof spec['task'] === 'string' && longhornBackupTasks.has(spec['task']);
    }
    return false;
}
export default defineObjectCheck({
    meta: {
        id: 'stateful-backup-missing',
        title: 'Stateful workload without a backup',
        severity: 'info',
        category: 'storage',
        description: 'Flags a StatefulSet with volumeClaimTemplates when nothing in scope backs volumes up: no VolumeSnapshot ' +
            'or VolumeSnapshotClass (or group snapshot), Velero Schedule or Backup, K8up Schedule or Backup, ' +
            'Stash/KubeStash BackupConfiguration, Kasten Policy, Trilio BackupPlan, Portworx Stork schedule, Longhorn ' +
            'backup or snapshot RecurringJob, CloudNativePG ScheduledBackup or Backup, Percona or MariaDB operator ' +
            'backup. Such objects count in any namespace. A pod template annotated for Velero file-system backup ' +
            '(backup.velero.io/backup-volumes) or with a Velero backup hook counts too.',
        risk: 'The claims of a StatefulSet outlive its pods, but not a deleted namespace, a corrupted or ransomed ' +
            'volume, a bad migration, or the loss of the zone its disks sit in. Without a backup or snapshot schedule ' +
            'the data of this workload exists once, and the first such incident loses it for good.',
        mitigation: 'Schedule backups of the volumes and keep them outside the cluster: a Velero Schedule that includes this ' +
            'namespace, VolumeSnapshots taken on a schedule, or the backup resource of the database operator. Test a ' +
            'restore. If the backups are set up in another repository, this finding is only a reminder to check.',
        example: `apiVersion: velero.io/v1
kind: Schedule
metadata:
  name: daily
  namespace: velero
spec:
  schedule: "0 3 * * *"
  template:
    includedNamespaces: [shop]
    ttl: 720h0m0s`,
    },
    kinds: ['StatefulSet'],
    check(object, { ref, index, report }) {
        if (!isKind(object, 'StatefulSet'))
            return;
        const spec = object.spec;
        const templates = isRecord(spec) ? spec['volumeClaimTemplates'] : undefined;
        if (!Array.isArray(templates) || templates.length === 0)
            return;
        const annotations = podAnnotations(spec);
        if (veleroPodAnnotations.some((key) => key in annotations))
            return;
        if (index.sift(backups, {})().length > 0)
            return;
        const names = templates.map((t) => (isRecord(t) && isRecord(t['metadata']) ? t['metadata']['name'] : undefined));
        const named = names.filter((name) => typeof name === 'string' && name !== '');
        const claims = named.length > 0 ? ` (${named.join(', ')})` : '';
        report({
            path: ['spec', 'volumeClaimTemplates'],
            message: `StatefulSet "${ref.name}" keeps data in ${templates.length} volume claim template${templates.length === 1 ? '' : 's'}${claims}, ` +
                'and nothing in scope backs it up: no VolumeSnapshot, snapshot class, Velero or K8up schedule, or operator backup.',
        });
    },
});
function podAnnotations(spec) {
    if (!isRecord(spec) || !isRecord(spec['template']))
        return {};
    const metadata = spec['template']['metadata'];
    return isRecord(metadata) && isRecord(metadata['annotations']) ? metadata['annotations'] : {};
}
