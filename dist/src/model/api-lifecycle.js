function kinds(apiVersion, names, lifecycle) {
    const slash = apiVersion.indexOf('/');
    const group = slash === -1 ? '' : apiVersion.slice(0, slash);
    const version = slash === -1 ? apiVersion : apiVersion.slice(slash + 1);
    return names.map((kind) => ({ group, version, kind, ...lifecycle }));
}
const podSecurityAdmission = 'there is no successor API: enforce the Pod Security Standards with Pod Security Admission ' +
    '(the pod-security.kubernetes.io/enforce label on each Namespace) or a policy admission webhook';
export const apiLifecycles = [
    // The alpha Initializers feature, dropped in 1.14 (changelog: kubernetes/kubernetes#72972); not in the guide.
    ...kinds('admissionregistration.k8s.io/v1alpha1', ['InitializerConfiguration'], {
        deprecatedIn: '1.14',
        removedIn: '1.14',
        note: 'the alpha Initializers feature has no successor API; a mutating admission webhook (admissionregistration.k8s.io/v1 MutatingWebhookConfiguration) does its job',
    }),
    // Removed in 1.16.
    ...kinds('extensions/v1beta1', ['Deployment', 'DaemonSet', 'ReplicaSet'], {
        deprecatedIn: '1.8',
        removedIn: '1.16',
        replacement: 'apps/v1',
        replacementSince: '1.9',
    }),
    ...kinds('apps/v1beta1', ['Deployment', 'StatefulSet', 'ReplicaSet'], {
        deprecatedIn: '1.8',
        removedIn: '1.16',
        replacement: 'apps/v1',
        replacementSince: '1.9',
    }),
    ...kinds('apps/v1beta2', ['Deployment', 'StatefulSet', 'DaemonSet', 'ReplicaSet'], {
        deprecatedIn: '1.9',
        removedIn: '1.16',
        replacement: 'apps/v1',
        replacementSince: '1.9',
    }),
    ...kinds('extensions/v1beta1', ['NetworkPolicy'], {
        deprecatedIn: '1.9',
        removedIn: '1.16',
        replacement: 'networking.k8s.io/v1',
        replacementSince: '1.8',
    }),
    ...kinds('extensions/v1beta1', ['PodSecurityPolicy'], {
        deprecatedIn: '1.11',
        removedIn: '1.16',
        replacement: 'policy/v1beta1',
        replacementSince: '1.10',
    }),
    // Removed in 1.22.
    ...kinds('admissionregistration.k8s.io/v1beta1', ['MutatingWebhookConfiguration', 'ValidatingWebhookConfiguration'], {
        deprecatedIn: '1.16',
        removedIn: '1.22',
        replacement: 'admissionregistration.k8s.io/v1',
        replacementSince: '1.16',
    }),
    ...kinds('apiextensions.k8s.io/v1beta1', ['CustomResourceDefinition'], {
        deprecatedIn: '1.16',
        removedIn: '1.22',
        replacement: 'apiextensions.k8s.io/v1',
        replacementSince: '1.16',
    }),
    ...kinds('apiregistration.k8s.io/v1beta1', ['APIService'], {
        deprecatedIn: '1.19',
        removedIn: '1.22',
        replacement: 'apiregistration.k8s.io/v1',
        replacementSince: '1.10',
    }),
    ...kinds('authentication.k8s.io/v1beta1', ['TokenReview'], {
        deprecatedIn: '1.19',
        removedIn: '1.22',
        replacement: 'authentication.k8s.io/v1',
        replacementSince: '1.6',
    }),
    ...kinds('authorization.k8s.io/v1beta1', ['LocalSubjectAccessReview', 'SelfSubjectAccessReview', 'SubjectAccessReview', 'SelfSubjectRulesReview'], { deprecatedIn: '1.19', removedIn: '1.22', replacement: 'authorization.k8s.io/v1', replacementSince: '1.6' }),
    ...kinds('certificates.k8s.io/v1beta1', ['CertificateSigningRequest'], {
        deprecatedIn: '1.19',
        removedIn: '1.22',
        replacement: 'certificates.k8s.io/v1',
        replacementSince: '1.19',
    }),
    ...kinds('coordination.k8s.io/v1beta1', ['Lease'], {
        deprecatedIn: '1.19',
        removedIn: '1.22',
        replacement: 'coordination.k8s.io/v1',
        replacementSince: '1.14',
    }),
    // Until networking.k8s.io/v1 (1.19), the way off extensions/v1beta1 was networking.k8s.io/v1beta1.
    ...kinds('extensions/v1beta1', ['Ingress'], {
        deprecatedIn: '1.14',
        removedIn: '1.22',
        replacement: 'networking.k8s.io/v1beta1',
        replacementSince: '1.14',
    }),
    ...kinds('networking.k8s.io/v1beta1', ['Ingress', 'IngressClass'], {
        deprecatedIn: '1.19',
        removedIn: '1.22',
        replacement: 'networking.k8s.io/v1',
        replacementSince: '1.19',
    }),
    ...kinds('rbac.authorization.k8s.io/v1beta1', ['ClusterRole', 'ClusterRoleBinding', 'Role', 'RoleBinding'], {
        deprecatedIn: '1.17',
        removedIn: '1.22',
        replacement: 'rbac.authorization.k8s.io/v1',
        replacementSince: '1.8',
    }),
    ...kinds('scheduling.k8s.io/v1beta1', ['PriorityClass'], {
        deprecatedIn: '1.14',
        removedIn: '1.22',
        replacement: 'scheduling.k8s.io/v1',
        replacementSince: '1.14',
    }),
    ...kinds('storage.k8s.io/v1beta1', ['CSIDriver'], {
        deprecatedIn: '1.19',
        removedIn: '1.22',
        replacement: 'storage.k8s.io/v1',
        replacementSince: '1.19',
    }),
    ...kinds('storage.k8s.io/v1beta1', ['CSINode'], {
        deprecatedIn: '1.17',
        removedIn: '1.22',
        replacement: 'storage.k8s.io/v1',
        replacementSince: '1.17',
    }),
    ...kinds('storage.k8s.io/v1beta1', ['StorageClass'], {
        deprecatedIn: '1.19',
        removedIn: '1.22',
        replacement: 'storage.k8s.io/v1',
        replacementSince: '1.6',
    }),
    ...kinds('storage.k8s.io/v1beta1', ['VolumeAttachment'], {
        deprecatedIn: '1.19',
        removedIn: '1.22',
        replacement: 'storage.k8s.io/v1',
        replacementSince: '1.13',
    }),
    // Alpha versions, off by default, dropped in 1.23 (changelog: kubernetes/kubernetes#104248); not in the guide.
    ...kinds('rbac.authorization.k8s.io/v1alpha1', ['ClusterRole', 'ClusterRoleBinding', 'Role', 'RoleBinding'], {
        deprecatedIn: '1.17',
        removedIn: '1.23',
        replacement: 'rbac.authorization.k8s.io/v1',
        replacementSince: '1.8',
    }),
    ...kinds('scheduling.k8s.io/v1alpha1', ['PriorityClass'], {
        deprecatedIn: '1.14',
        removedIn: '1.23',
        replacement: 'scheduling.k8s.io/v1',
        replacementSince: '1.14',
    }),
    // Removed in 1.25.
    ...kinds('batch/v1beta1', ['CronJob'], {
        deprecatedIn: '1.21',
        removedIn: '1.25',
        replacement: 'batch/v1',
        replacementSince: '1.21',
    }),
    ...kinds('discovery.k8s.io/v1beta1', ['EndpointSlice'], {
        deprecatedIn: '1.21',
        removedIn: '1.25',
        replacement: 'discovery.k8s.io/v1',
        replacementSince: '1.21',
    }),
    ...kinds('events.k8s.io/v1beta1', ['Event'], {
        deprecatedIn: '1.22',
        removedIn: '1.25',
        replacement: 'events.k8s.io/v1',
        replacementSince: '1.19',
    }),
    // Until autoscaling/v2 (1.23), the way off v2beta1 was v2beta2.
    ...kinds('autoscaling/v2beta1', ['HorizontalPodAutoscaler'], {
        deprecatedIn: '1.22',
        removedIn: '1.25',
        replacement: 'autoscaling/v2beta2',
        replacementSince: '1.12',
    }),
    ...kinds('policy/v1beta1', ['PodDisruptionBudget'], {
        deprecatedIn: '1.21',
        removedIn: '1.25',
        replacement: 'policy/v1',
        replacementSince: '1.21',
    }),
    ...kinds('policy/v1beta1', ['PodSecurityPolicy'], { deprecatedIn: '1.21', removedIn: '1.25', note: podSecurityAdmission }),
    ...kinds('node.k8s.io/v1beta1', ['RuntimeClass'], {
        deprecatedIn: '1.22',
        removedIn: '1.25',
        replacement: 'node.k8s.io/v1',
        replacementSince: '1.20',
    }),
    // Removed in 1.26; the flow-control betas replaced one another until flowcontrol.apiserver.k8s.io/v1 (1.29).
    ...kinds('flowcontrol.apiserver.k8s.io/v1beta1', ['FlowSchema', 'PriorityLevelConfiguration'], {
        deprecatedIn: '1.23',
        removedIn: '1.26',
        replacement: 'flowcontrol.apiserver.k8s.io/v1beta2',
        replacementSince: '1.23',
    }),
    ...kinds('autoscaling/v2beta2', ['HorizontalPodAutoscaler'], {
        deprecatedIn: '1.23',
        removedIn: '1.26',
        replacement: 'autoscaling/v2',
        replacementSince: '1.23',
    }),
    // Removed in 1.27.
    ...kinds('storage.k8s.io/v1beta1', ['CSIStorageCapacity'], {
        deprecatedIn: '1.24',
        removedIn: '1.27',
        replacement: 'storage.k8s.io/v1',
        replacementSince: '1.24',
    }),
    // Removed in 1.29.
    ...kinds('flowcontrol.apiserver.k8s.io/v1beta2', ['FlowSchema', 'PriorityLevelConfiguration'], {
        deprecatedIn: '1.26',
        removedIn: '1.29',
        replacement: 'flowcontrol.apiserver.k8s.io/v1beta3',
        replacementSince: '1.26',
    }),
    // Removed in 1.32.
    ...kinds('flowcontrol.apiserver.k8s.io/v1beta3', ['FlowSchema', 'PriorityLevelConfiguration'], {
        deprecatedIn: '1.29',
        removedIn: '1.32',
        replacement: 'flowcontrol.apiserver.k8s.io/v1',
        replacementSince: '1.29',
    }),
    // Betas introduced after the guide's last section, dated by their own lifecycle tags (introduced + 3
    // releases deprecated, + 6 no longer served); later releases may still move the future dates.
    ...kinds('admissionregistration.k8s.io/v1beta1', ['ValidatingAdmissionPolicy', 'ValidatingAdmissionPolicyBinding'], {
        deprecatedIn: '1.31',
        removedIn: '1.34',
        replacement: 'admissionregistration.k8s.io/v1',
        replacementSince: '1.30',
    }),
    ...kinds('storage.k8s.io/v1beta1', ['VolumeAttributesClass'], {
        deprecatedIn: '1.34',
        removedIn: '1.37',
        replacement: 'storage.k8s.io/v1',
        replacementSince: '1.34',
    }),
    ...kinds('resource.k8s.io/v1beta1', ['DeviceClass', 'ResourceClaim', 'ResourceClaimTemplate', 'ResourceSlice'], {
        deprecatedIn: '1.35',
        removedIn: '1.38',
        replacement: 'resource.k8s.io/v1',
        replacementSince: '1.34',
    }),
    ...kinds('resource.k8s.io/v1beta2', ['DeviceClass', 'ResourceClaim', 'ResourceClaimTemplate', 'ResourceSlice'], {
        deprecatedIn: '1.36',
        removedIn: '1.39',
        replacement: 'resource.k8s.io/v1',
        replacementSince: '1.34',
    }),
];
/** The lifecycle entry of an object's apiVersion and kind, when Kubernetes deprecated that pair. */
export function lifecycleOf(apiVersion, kind) {
    if (typeof apiVersion !== 'string' || typeof kind !== 'string')
        return undefined;
    // "/v1" names the core group as "v1" does.
    return lifecycleByType().get(apiVersion.startsWith('/') ? apiVersion.slice(1) : apiVersion)?.get(kind);
}
let lifecycles;
/**
 * The first entry of each apiVersion and kind, looked up once per object by three checks: by apiVersion,
 * then kind, so that a lookup builds no string.
 */
function lifecycleByType() {
    if (lifecycles)
        return lifecycles;
    const byType = new Map();
    for (const entry of apiLifecycles) {
        const apiVersion = apiVersionOf(entry);
        let byKind = byType.get(apiVersion);
        if (!byKind)
            byType.set(apiVersion, (byKind = new Map()));
        if (!byKind.has(entry.kind))
            byKind.set(entry.kind, entry);
    }
    lifecycles = byType;
    return byType;
}
export function apiVersionOf(entry) {
    return entry.group ? `${entry.group}/${entry.version}` : entry.version;
}
/** "1.9" → [1, 9]; accepts "v1.29.3" too. Undefined when it is not a version. */
export function parseMinorVersion(version) {
    if (typeof version !== 'string')
        return undefined;
    const match = /^v?(\d+)\.(\d+)/.exec(version.trim());
    return match ? [Number(match[1]), Number(match[2])] : undefined;
}
/** Numeric comparison of major.minor versions: 1.9 < 1.16 < 1.22. */
export function compareVersions(a, b) {
    return a[0] - b[0] || a[1] - b[1];
}
/** True when release `version` is at or before `target`. */
function reached(version, target) {
    const parsed = parseMinorVersion(version);
    return parsed !== undefined && compareVersions(parsed, target) <= 0;
}
/** Where an API version stands at the target release: no longer served, deprecated, or neither. */
export function statusAt(entry, target) {
    if (reached(entry.removedIn, target))
        return 'removed';
    if (reached(entry.deprecatedIn, target))
        return 'deprecated';
    return 'current';
}
/**
 * The replacement to recommend at the target release. Replacements chain (extensions/v1beta1 Ingress →
 * networking.k8s.io/v1beta1 → networking.k8s.io/v1): a step is followed while the next version is itself
 * deprecated at the target and its own replacement is already served there, so the answer is the newest
 * version the target serves, never one that is already gone.
 */
export function migrationAt(entry, target) {
    let current = entry;
    for (let hops = 0; hops < apiLifecycles.length; hops++) {
        if (current.replacement === undefined)
            return { kind: current.kind, note: current.note };
        const next = lifecycleOf(current.replacement, current.kind);
        const nextIsDeprecated = next !== undefined && statusAt(next, target) !== 'current';
        const nextLeadsOn = next !== undefined && (next.replacement === undefined || !next.replacementSince || reached(next.replacementSince, target));
        if (next && nextIsDeprecated && nextLeadsOn) {
            current = next;
            continue;
        }
        const servedFrom = current.replacementSince && !reached(current.replacementSince, target) ? current.replacementSince : undefined;
        return { apiVersion: current.replacement, kind: current.kind, servedFrom };
    }
    return { kind: entry.kind };
}
/** "use networking.k8s.io/v1 Ingress", or the advice when the kind has no successor API. */
export function migrationAdvice(migration) {
    if (migration.apiVersion === undefined)
        return migration.note ?? `${migration.kind} has no successor API`;
    const served = migration.servedFrom ? ` (served from Kubernetes ${migration.servedFrom})` : '';
    return `use ${migration.apiVersion} ${migration.kind}${served}`;
}
