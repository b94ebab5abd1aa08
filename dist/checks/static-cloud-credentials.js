import { defineObjectCheck } from '../src/engine/check.js';
import { containerLabel, containersOf, isRecord, podTemplateOf, workloadKinds } from '../src/model/kinds.js';
import { cloudOfMountPath, cloudOfVariable, keysOfSource, workloadIdentity } from '../src/model/secrets-rbac.js';
export default defineObjectCheck({
    meta: {
        id: 'static-cloud-credentials',
        title: 'Static cloud credentials injected into a pod',
        severity: 'info',
        category: 'security',
        description: 'Flags containers (every kind) that receive long-lived cloud credentials: AWS access keys ' +
            '(AWS_ACCESS_KEY_ID, AWS_SECRET_ACCESS_KEY, AWS_SESSION_TOKEN), Google key files ' +
            '(GOOGLE_APPLICATION_CREDENTIALS), Azure client secrets, certificates and storage keys ' +
            '(AZURE_CLIENT_SECRET, AZURE_CLIENT_CERTIFICATE_PATH), Alibaba Cloud access keys and OCI API keys, ' +
            'whether as a literal value, through valueFrom a Secret or ConfigMap, or through envFrom of a Secret, ' +
            'SealedSecret, ExternalSecret or ConfigMap of the scope whose keys (with the envFrom prefix) include ' +
            'them; one finding per container and cloud. A Secret volume mounted at a path that names a cloud ' +
            '(/var/secrets/google, /root/.aws) or a key file (key.json) counts when no variable of that cloud ' +
            'already did. Workload-identity variables (AWS_ROLE_ARN with AWS_WEB_IDENTITY_TOKEN_FILE, ' +
            'AZURE_FEDERATED_TOKEN_FILE) are not flagged.',
        risk: 'A static access key or service-account key works from anywhere until someone rotates it, which is ' +
            'rarely: copied out of the Secret, the pod environment or a crash dump, it keeps working outside the ' +
            'cluster, and every pod that mounts the Secret shares one identity, so audit logs cannot tell them apart.',
        mitigation: 'Give the pod a cloud identity through its ServiceAccount instead: IRSA or EKS Pod Identity on AWS, ' +
            'GKE Workload Identity Federation on Google Cloud, Microsoft Entra Workload ID on Azure. The SDKs pick it ' +
            'up with no key at all; then delete the keys and the Secret that held them.',
        example: `apiVersion: v1
kind: ServiceAccount
metadata:
  name: uploader
  annotations:
    eks.amazonaws.com/role-arn: arn:aws:iam::123456789012:role/uploader
---
# the pod runs as serviceAccountName: uploader and sets no AWS_* keys`,
    },
    kinds: workloadKinds,
    check(object, { ref, index, report }) {
        const pod = podTemplateOf(object);
        if (!pod)
            return;
        const secretVolumes = secretVolumesOf(pod.spec.volumes);
        for (const at of containersOf(pod, ['container', 'initContainer', 'ephemeralContainer'])) {
            const found = new Map();
            const add = (cloud, path, part) => {
                const injection = found.get(cloud) ?? { path, parts: [] };
                injection.parts.push(part);
                found.set(cloud, injection);
            };
            const env = at.container.env;
            if (Array.isArray(env)) {
                env.forEach((variable, i) => {
                    if (!isRecord(variable) || typeof variable['name'] !== 'string')
                        return;
                    const cloud = cloudOfVariable(variable['name']);
                    const source = cloud ? sourceOf(variable) : undefined;
                    if (cloud && source)
                        add(cloud, [...at.path, 'env', i], `${variable['name']} ${source}`);
                });
            }
            const envFrom = at.container.envFrom;
            if (Array.isArray(envFrom)) {
                envFrom.forEach((item, i) => {
                    if (!isRecord(item))
                        return;
                    const prefix = typeof item['prefix'] === 'string' ? item['prefix'] : '';
                    for (const kind of ['Secret', 'ConfigMap']) {
                        const sourceRef = item[kind === 'Secret' ? 'secretRef' : 'configMapRef'];
                        if (!isRecord(sourceRef) || typeof sourceRef['name'] !== 'string')
                            continue;
                        const source = keysOfSource(kind, sourceRef['name'], ref.namespace, index);
                        if (!source)
                            continue;
                        for (const key of source.keys) {
                            const cloud = cloudOfVariable(`${prefix}${key}`);
                            if (cloud)
                                add(cloud, [...at.path, 'envFrom', i], `${prefix}${key} through envFrom of ${source.from}`);
                        }
                    }
                });
            }
            for (const [cloud, injection] of found) {
                report({
                    path: injection.path,
                    message: `The ${containerLabel(at)} gets static ${cloud} credentials: ${injection.parts.join(', ')}. ` +
                        `${workloadIdentity[cloud]} would give it an identity without a stored key.`,
                });
            }
            const mounts = at.container.volumeMounts;
            if (!Array.isArray(mounts))
                continue;
            for (const [j, mount] of mounts.entries()) {
                if (!isRecord(mount) || typeof mount['name'] !== 'string' || typeof mount['mountPath'] !== 'string')
                    continue;
                const secret = secretVolumes.get(mount['name']);
                const mountPath = mount['mountPath'];
                const subPath = typeof mount['subPath'] === 'string' && mount['subPath'] !== '' ? mount['subPath'] : '';
                const cloud = secret === undefined ? undefined : (cloudOfMountPath(mountPath) ?? (subPath ? cloudOfMountPath(subPath) : undefined));
                if (!cloud || found.has(cloud))
                    continue;
                report({
                    path: [...at.path, 'volumeMounts', j, 'mountPath'],
                    message: `The ${containerLabel(at)} mounts ${secret} at ${mountPath}, which looks like static ${cloud} credentials. ` +
                        `${workloadIdentity[cloud]} would give it an identity without a stored key.`,
                });
            }
        }
    },
});
/** How an env var gets its value, or undefined when it gets none that could hold a credential. */
function sourceOf(variable) {
    const valueFrom = variable['valueFrom'];
    if (isRecord(valueFrom)) {
        for (const [field, kind] of [
            ['secretKeyRef', 'Secret'],
            ['configMapKeyRef', 'ConfigMap'],
        ]) {
            const keyRef = valueFrom[field];
            if (isRecord(keyRef)) {
                const name = typeof keyRef['name'] === 'string' ? keyRef['name'] : '?';
                return `from ${kind} "${name}"`;
            }
        }
        return undefined;
    }
    const value = variable['value'];
    return (typeof value === 'string' && value.trim() !== '') || typeof value === 'number' ? 'as a literal value' : undefined;
}
/** Volume name to a description of the Secret(s) behind it, for secret and projected volumes. */
function secretVolumesOf(volumes) {
    const result = new Map();
    if (!Array.isArray(volumes))
        return result;
    for (const volume of volumes) {
        if (!isRecord(volume) || typeof volume['name'] !== 'string')
            continue;
        const secret = volume['secret'];
        if (isRecord(secret)) {
            result.set(volume['name'], `Secret "${typeof secret['secretName'] === 'string' ? secret['secretName'] : '?'}"`);
            continue;
        }
        const projected = volume['projected'];
        const sources = isRecord(projected) ? projected['sources'] : undefined;
        if (!Array.isArray(sources))
            continue;
        const names = sources
            .filter(isRecord)
            .map((source) => source['secret'])
            .filter(isRecord)
            .map((secretSource) => `Secret "${typeof secretSource['name'] === 'string' ? secretSource['name'] : '?'}"`);
        if (names.length > 0)
            result.set(volume['name'], names.join(' and '));
    }
    return result;
}
