import { defineObjectCheck } from '../src/engine/check.js';
import { isRecord, workloadKinds } from '../src/model/kinds.js';
import { podUnderControl, violation } from '../src/model/pod-security.js';
/** The volume sources restricted Pod Security allows. */
const allowed = ['configMap', 'csi', 'downwardAPI', 'emptyDir', 'ephemeral', 'image', 'persistentVolumeClaim', 'projected', 'secret'];
/** The other sources of core/v1 VolumeSource: known to Kubernetes, refused at restricted. */
const refused = [
    'hostPath', 'gcePersistentDisk', 'awsElasticBlockStore', 'gitRepo', 'nfs', 'iscsi', 'glusterfs', 'rbd', 'flexVolume', 'cinder',
    'cephfs', 'flocker', 'fc', 'azureFile', 'vsphereVolume', 'quobyte', 'azureDisk', 'portworxVolume', 'photonPersistentDisk',
    'scaleIO', 'storageos',
];
const meta = {
    id: 'pss-volume-types',
    title: 'Volume type outside the restricted allow-list',
    severity: 'warning',
    category: 'security',
    description: 'Restricted Pod Security control "Volume Types": every volume of the pod must use one of configMap, csi, ' +
        'downwardAPI, emptyDir, ephemeral, image, persistentVolumeClaim, projected or secret. Any other source ' +
        '(hostPath, nfs, iscsi, gitRepo, the in-tree cloud disks...) is reported; at this level hostPath is ' +
        'reported here rather than by pss-host-path-volumes. Reports only when the workload is held to the ' +
        'restricted level.',
    risk: 'Volumes mounted straight from the node or from network storage bypass PersistentVolume access control: ' +
        'a hostPath exposes node files (credentials, the container runtime socket) to the pod, and an inline nfs, ' +
        'iscsi or cloud disk lets any pod of the namespace attach storage it was never granted. In a namespace ' +
        'that enforces restricted, the API server rejects such pods, so the rollout stalls.',
    mitigation: 'Move the data behind a PersistentVolumeClaim (the PersistentVolume can still be nfs or a cloud disk, ' +
        'managed by the cluster admin) or a CSI driver; replace gitRepo by an init container that clones into an ' +
        'emptyDir; if the pod really needs node files, run it in a namespace that is not held to restricted.',
    example: `spec:
  volumes:
    - name: data
      persistentVolumeClaim: { claimName: api-data }
    - name: cache
      emptyDir: {}
    - name: config
      configMap: { name: api-config }`,
    podSecurity: 'restricted',
};
export default defineObjectCheck({
    meta,
    kinds: workloadKinds,
    check(object, { ref, index, settings, report }) {
        const controlled = podUnderControl(object, { ref, index, settings }, meta.podSecurity);
        if (!controlled)
            return;
        const { pod, judgement } = controlled;
        const volumes = pod.spec.volumes;
        if (!Array.isArray(volumes))
            return;
        for (const [i, volume] of volumes.entries()) {
            if (!isRecord(volume))
                continue;
            const sources = Object.keys(volume).filter((key) => key !== 'name' && volume[key] !== undefined && volume[key] !== null);
            // A volume with an allowed source passes, as in the admission plugin. One with no source at all is
            // defaulted to an emptyDir by the API server, so it passes too.
            if (sources.length === 0 || sources.some((source) => allowed.includes(source)))
                continue;
            const name = typeof volume['name'] === 'string' ? `Volume "${volume['name']}"` : `Volume ${i}`;
            const known = sources.filter((source) => refused.includes(source));
            const unknown = sources.filter((source) => !refused.includes(source));
            const uses = known.length > 0
                ? `uses ${known.join(' and ')}`
                : `has ${unknown.map((key) => `"${key}"`).join(' and ')}, which is no volume source Kubernetes knows (a misspelling?)`;
            report(violation([...pod.path, 'volumes', i, known[0] ?? unknown[0] ?? 'name'], `${name} ${uses}; the restricted Pod Security level allows only ${allowed.join(', ')}.`, judgement));
        }
    },
});
