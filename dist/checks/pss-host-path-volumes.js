import { defineObjectCheck } from '../src/engine/check.js';
import { isRecord, workloadKinds } from '../src/model/kinds.js';
import { includes, podUnderControl, violation } from '../src/model/pod-security.js';
const meta = {
    id: 'pss-host-path-volumes',
    title: 'hostPath volume',
    severity: 'error',
    category: 'security',
    description: 'Pod Security Standards, baseline control "HostPath Volumes": reports every volume of the pod that is a hostPath ' +
        'volume. Runs when the workload is held to the baseline level; at restricted, pss-volume-types reports hostPath ' +
        'volumes instead (its allow-list replaces this control there).',
    risk: 'A hostPath volume hands the pod a directory of the node: mounting /, /etc, /var/lib/kubelet or the container ' +
        'runtime socket lets it read other pods\' secrets, change the node\'s configuration or start containers outside ' +
        'Kubernetes. Even a harmless path ties the pod\'s data to one node, and it is lost or stale when the pod moves. ' +
        'Namespaces enforcing baseline reject the pod.',
    mitigation: 'Replace the hostPath volume with an emptyDir for scratch space, a PersistentVolumeClaim for data that must ' +
        'survive, or a configMap, secret or projected volume for configuration. Node agents that need the host file ' +
        'system belong in a dedicated namespace labelled pod-security.kubernetes.io/enforce: privileged.',
    example: `volumes:
  - name: cache
    emptyDir: { sizeLimit: 1Gi }
  - name: data
    persistentVolumeClaim: { claimName: app-data }`,
    podSecurity: 'baseline',
};
export default defineObjectCheck({
    meta,
    kinds: workloadKinds,
    check(object, { ref, index, settings, report }) {
        const controlled = podUnderControl(object, { ref, index, settings }, meta.podSecurity);
        if (!controlled)
            return;
        const { pod, judgement } = controlled;
        // At restricted, the volume-type allow-list (pss-volume-types) overrides this control and reports hostPath.
        if (includes(judgement.level, 'restricted'))
            return;
        const volumes = pod.spec.volumes;
        if (!Array.isArray(volumes))
            return;
        for (const [i, volume] of volumes.entries()) {
            if (!isRecord(volume))
                continue;
            const hostPath = volume['hostPath'];
            // Upstream tests `volume.HostPath != nil`: an empty mapping counts, a null does not.
            if (hostPath === undefined || hostPath === null)
                continue;
            const name = typeof volume['name'] === 'string' ? `Volume "${volume['name']}"` : `Volume ${i}`;
            const path = isRecord(hostPath) && typeof hostPath['path'] === 'string' ? hostPath['path'] : undefined;
            const what = path === undefined ? 'is a hostPath volume' : `mounts the host path ${path} from the node`;
            report(violation([...pod.path, 'volumes', i, 'hostPath'], `${name} ${what}, which the baseline Pod Security Standard forbids.`, judgement));
        }
    },
});
