import { apiLifecycles, compareVersions, lifecycleOf, parseMinorVersion } from './api-lifecycle.js';
/**
 * The kinds Kubernetes serves itself, by apiVersion: every kind the bundled schemas define
 * (schemas/kubernetes/<release>.json, the newest bundled release). test/built-in-kinds.test.ts keeps the
 * table equal to them; bundling a newer release means updating both.
 */
export const builtInKindsRelease = '1.30';
export const builtInKindsByApiVersion = {
    'v1': [
        'APIGroup', 'APIGroupList', 'APIResourceList', 'APIVersions', 'Binding', 'ComponentStatus', 'ComponentStatusList', 'ConfigMap',
        'ConfigMapList', 'Endpoints', 'EndpointsList', 'Event', 'EventList', 'LimitRange', 'LimitRangeList', 'Namespace', 'NamespaceList',
        'Node', 'NodeList', 'PersistentVolume', 'PersistentVolumeClaim', 'PersistentVolumeClaimList', 'PersistentVolumeList', 'Pod', 'PodList',
        'PodTemplate', 'PodTemplateList', 'ReplicationController', 'ReplicationControllerList', 'ResourceQuota', 'ResourceQuotaList', 'Secret',
        'SecretList', 'Service', 'ServiceAccount', 'ServiceAccountList', 'ServiceList',
    ],
    'admissionregistration.k8s.io/v1': [
        'MutatingWebhookConfiguration', 'MutatingWebhookConfigurationList', 'ValidatingAdmissionPolicy', 'ValidatingAdmissionPolicyBinding',
        'ValidatingAdmissionPolicyBindingList', 'ValidatingAdmissionPolicyList', 'ValidatingWebhookConfiguration',
        'ValidatingWebhookConfigurationList',
    ],
    'admissionregistration.k8s.io/v1alpha1': [
        'ValidatingAdmissionPolicy', 'ValidatingAdmissionPolicyBinding', 'ValidatingAdmissionPolicyBindingList',
        'ValidatingAdmissionPolicyList',
    ],
    'admissionregistration.k8s.io/v1beta1': [
        'ValidatingAdmissionPolicy', 'ValidatingAdmissionPolicyBinding', 'ValidatingAdmissionPolicyBindingList',
        'ValidatingAdmissionPolicyList',
    ],
    'apiextensions.k8s.io/v1': ['CustomResourceDefinition', 'CustomResourceDefinitionList'],
    'apps/v1': [
        'ControllerRevision', 'ControllerRevisionList', 'DaemonSet', 'DaemonSetList', 'Deployment', 'DeploymentList', 'ReplicaSet',
        'ReplicaSetList', 'StatefulSet', 'StatefulSetList',
    ],
    'authentication.k8s.io/v1': ['SelfSubjectReview', 'TokenRequest', 'TokenReview'],
    'authentication.k8s.io/v1alpha1': ['SelfSubjectReview'],
    'authentication.k8s.io/v1beta1': ['SelfSubjectReview'],
    'authorization.k8s.io/v1': ['LocalSubjectAccessReview', 'SelfSubjectAccessReview', 'SelfSubjectRulesReview', 'SubjectAccessReview'],
    'autoscaling/v1': ['HorizontalPodAutoscaler', 'HorizontalPodAutoscalerList', 'Scale'],
    'autoscaling/v2': ['HorizontalPodAutoscaler', 'HorizontalPodAutoscalerList'],
    'batch/v1': ['CronJob', 'CronJobList', 'Job', 'JobList'],
    'certificates.k8s.io/v1': ['CertificateSigningRequest', 'CertificateSigningRequestList'],
    'certificates.k8s.io/v1alpha1': ['ClusterTrustBundle', 'ClusterTrustBundleList'],
    'coordination.k8s.io/v1': ['Lease', 'LeaseList'],
    'discovery.k8s.io/v1': ['EndpointSlice', 'EndpointSliceList'],
    'events.k8s.io/v1': ['Event', 'EventList'],
    'flowcontrol.apiserver.k8s.io/v1': ['FlowSchema', 'FlowSchemaList', 'PriorityLevelConfiguration', 'PriorityLevelConfigurationList'],
    'flowcontrol.apiserver.k8s.io/v1beta3': ['FlowSchema', 'FlowSchemaList', 'PriorityLevelConfiguration', 'PriorityLevelConfigurationList'],
    'internal.apiserver.k8s.io/v1alpha1': ['StorageVersion', 'StorageVersionList'],
    'networking.k8s.io/v1': ['Ingress', 'IngressClass', 'IngressClassList', 'IngressList', 'NetworkPolicy', 'NetworkPolicyList'],
    'networking.k8s.io/v1alpha1': ['IPAddress', 'IPAddressList', 'ServiceCIDR', 'ServiceCIDRList'],
    'node.k8s.io/v1': ['RuntimeClass', 'RuntimeClassList'],
    'policy/v1': ['Eviction', 'PodDisruptionBudget', 'PodDisruptionBudgetList'],
    'rbac.authorization.k8s.io/v1': [
        'ClusterRole', 'ClusterRoleBinding', 'ClusterRoleBindingList', 'ClusterRoleList', 'Role', 'RoleBinding', 'RoleBindingList', 'RoleList',
    ],
    'resource.k8s.io/v1alpha2': [
        'PodSchedulingContext', 'PodSchedulingContextList', 'ResourceClaim', 'ResourceClaimList', 'ResourceClaimParameters',
        'ResourceClaimParametersList', 'ResourceClaimTemplate', 'ResourceClaimTemplateList', 'ResourceClass', 'ResourceClassList',
        'ResourceClassParameters', 'ResourceClassParametersList', 'ResourceSlice', 'ResourceSliceList',
    ],
    'scheduling.k8s.io/v1': ['PriorityClass', 'PriorityClassList'],
    'storage.k8s.io/v1': [
        'CSIDriver', 'CSIDriverList', 'CSINode', 'CSINodeList', 'CSIStorageCapacity', 'CSIStorageCapacityList', 'StorageClass',
        'StorageClassList', 'VolumeAttachment', 'VolumeAttachmentList',
    ],
    'storage.k8s.io/v1alpha1': ['VolumeAttributesClass', 'VolumeAttributesClassList'],
    'storagemigration.k8s.io/v1alpha1': ['StorageVersionMigration', 'StorageVersionMigrationList'],
};
let servings;
function servingOf(kind) {
    if (!servings) {
        const byKind = new Map();
        for (const [apiVersion, kinds] of Object.entries(builtInKindsByApiVersion)) {
            for (const name of kinds) {
                let serving = byKind.get(name);
                if (!serving)
                    byKind.set(name, (serving = { apiVersions: new Set(), groups: new Set(), everGroups: new Set() }));
                serving.apiVersions.add(apiVersion);
                serving.groups.add(apiGroupOf(apiVersion));
                serving.everGroups.add(apiGroupOf(apiVersion));
            }
        }
        for (const entry of apiLifecycles)
            byKind.get(entry.kind)?.everGroups.add(entry.group);
        servings = byKind;
    }
    return servings.get(kind);
}
/** The API group of an apiVersion: '' for core ("v1", and "/v1", as the API server reads it). */
export function apiGroupOf(apiVersion) {
    const slash = apiVersion.indexOf('/');
    return slash === -1 ? '' : apiVersion.slice(0, slash);
}
/** Groups served by Kubernetes itself (core, apps, batch, *.k8s.io) rather than by a custom resource. */
export function isBuiltInGroup(group) {
    return !group.includes('.') || group.endsWith('.k8s.io');
}
/**
 * The group a built-in kind is read in when its apiVersion names a built-in group that has never served
 * it (Deployment under v1 or batch/v1): the one group that serves the kind, when exactly one does.
 * Undefined when the apiVersion is fine as it is, names a custom resource's group (example.com/v1
 * Deployment is someone's own kind), or the kind is served by several groups (Event: core and
 * events.k8s.io), where nothing says which was meant.
 */
export function correctedGroupOf(apiVersion, kind) {
    const group = apiGroupOf(apiVersion);
    if (!isBuiltInGroup(group))
        return undefined;
    const serving = servingOf(kind);
    if (!serving || serving.everGroups.has(group) || serving.groups.size !== 1)
        return undefined;
    const [only] = serving.groups;
    return only;
}
/** Kubernetes API versions: v1, v2, v1beta1, v2alpha3. */
const versionPattern = /^v[1-9]\d*(?:(?:alpha|beta)[1-9]\d*)?$/;
/**
 * The apiVersions that serve a built-in kind in the bundled release, when the one written does not serve
 * it at the target release; undefined when it does, or when kubeready cannot tell. Only kinds of the
 * bundled schemas under a built-in group are judged (custom resources never), and versions of the
 * lifecycle table are left to api-removed and api-deprecated. A group that never served the kind is
 * wrong at any target. An unknown version of a right group is wrong when it is no Kubernetes version at
 * all (apps/1), or when the target is the bundled release, whose versions the table lists in full: at
 * other targets a version added later, or an alpha dropped earlier, cannot be ruled out.
 */
export function unservedApiVersion(apiVersion, kind, target) {
    const serving = servingOf(kind);
    if (!serving)
        return undefined;
    const written = apiVersion.startsWith('/') ? apiVersion.slice(1) : apiVersion;
    const group = apiGroupOf(written);
    if (!isBuiltInGroup(group) || serving.apiVersions.has(written) || lifecycleOf(written, kind))
        return undefined;
    const served = [...serving.apiVersions];
    if (!serving.everGroups.has(group))
        return served;
    const version = written.slice(written.indexOf('/') + 1);
    const release = parseMinorVersion(builtInKindsRelease);
    const targetRelease = parseMinorVersion(target);
    const covered = release !== undefined && targetRelease !== undefined && compareVersions(release, targetRelease) === 0;
    return !versionPattern.test(version) || covered ? served : undefined;
}
