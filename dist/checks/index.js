import antiAffinityMissing from './anti-affinity-missing.js';
import apiDeprecated from './api-deprecated.js';
import apiRemoved from './api-removed.js';
import apiVersionUnknown from './api-version-unknown.js';
import autoscalingSpecInvalid from './autoscaling-spec-invalid.js';
import configmapCredential from './configmap-credential.js';
import cronjobDeadlineMissing from './cronjob-deadline-missing.js';
import cronjobScheduleInvalid from './cronjob-schedule-invalid.js';
import dockerfileAddRemote from './dockerfile-add-remote.js';
import dockerfileBaseNotMinimal from './dockerfile-base-not-minimal.js';
import dockerfileBaseUnpinned from './dockerfile-base-unpinned.js';
import dockerfilePackagesUnpinned from './dockerfile-packages-unpinned.js';
import dockerfileSecretInBuild from './dockerfile-secret-in-build.js';
import dockerfileSyntax from './dockerfile-syntax.js';
import dockerfileUserRoot from './dockerfile-user-root.js';
import envDuplicate from './env-duplicate.js';
import envLiteralCredential from './env-literal-credential.js';
import environmentsMixed from './environments-mixed.js';
import hpaMinReplicasLow from './hpa-min-replicas-low.js';
import hpaMissingRequests from './hpa-missing-requests.js';
import hpaReplicasConflict from './hpa-replicas-conflict.js';
import hpaTargetMissing from './hpa-target-missing.js';
import imageDigestMissing from './image-digest-missing.js';
import imageRegistryNotAllowed from './image-registry-not-allowed.js';
import imageRegistryPublic from './image-registry-public.js';
import imageUntagged from './image-untagged.js';
import imageUserMismatch from './image-user-mismatch.js';
import ingressBackendMissing from './ingress-backend-missing.js';
import ingressTlsMissing from './ingress-tls-missing.js';
import jobTtlMissing from './job-ttl-missing.js';
import labelsRequired from './labels-required.js';
import livenessProbeAggressive from './liveness-probe-aggressive.js';
import livenessProbeMissing from './liveness-probe-missing.js';
import memoryLimitMissing from './memory-limit-missing.js';
import metadataInvalid from './metadata-invalid.js';
import nameConvention from './name-convention.js';
import namespaceDefaultDenyMissing from './namespace-default-deny-missing.js';
import namespaceLimitrangeMissing from './namespace-limitrange-missing.js';
import namespacePodSecurityMissing from './namespace-pod-security-missing.js';
import namespaceQuotaMissing from './namespace-quota-missing.js';
import networkpolicyMissing from './networkpolicy-missing.js';
import networkpolicySelectsNothing from './networkpolicy-selects-nothing.js';
import networkpolicyUncovered from './networkpolicy-uncovered.js';
import observabilityColocated from './observability-colocated.js';
import pdbBlocksEviction from './pdb-blocks-eviction.js';
import pdbMissing from './pdb-missing.js';
import pdbOverlap from './pdb-overlap.js';
import pdbSelectsNothing from './pdb-selects-nothing.js';
import pdbUnhealthyPolicyMissing from './pdb-unhealthy-policy-missing.js';
import podSpecInvalid from './pod-spec-invalid.js';
import prestopHookMissing from './prestop-hook-missing.js';
import privilegeEscalationAllowed from './privilege-escalation-allowed.js';
import probePortUnknown from './probe-port-unknown.js';
import probesIdentical from './probes-identical.js';
import proxyLayersExcessive from './proxy-layers-excessive.js';
import pssApparmor from './pss-apparmor.js';
import pssCapabilities from './pss-capabilities.js';
import pssHostNamespaces from './pss-host-namespaces.js';
import pssHostPathVolumes from './pss-host-path-volumes.js';
import pssHostPorts from './pss-host-ports.js';
import pssHostProbes from './pss-host-probes.js';
import pssHostProcess from './pss-host-process.js';
import pssPrivilegeEscalation from './pss-privilege-escalation.js';
import pssPrivileged from './pss-privileged.js';
import pssProcMount from './pss-proc-mount.js';
import pssRunAsNonRoot from './pss-run-as-non-root.js';
import pssRunAsUser from './pss-run-as-user.js';
import pssSeccomp from './pss-seccomp.js';
import pssSelinux from './pss-selinux.js';
import pssSysctls from './pss-sysctls.js';
import pssVolumeTypes from './pss-volume-types.js';
import pvcRwoShared from './pvc-rwo-shared.js';
import rbacBroadSubjects from './rbac-broad-subjects.js';
import rbacClusterAdminBinding from './rbac-cluster-admin-binding.js';
import rbacEscalation from './rbac-escalation.js';
import rbacExecAttach from './rbac-exec-attach.js';
import rbacSecretsAccess from './rbac-secrets-access.js';
import rbacSensitiveAccess from './rbac-sensitive-access.js';
import rbacWildcard from './rbac-wildcard.js';
import readinessProbeExternal from './readiness-probe-external.js';
import readinessProbeMissing from './readiness-probe-missing.js';
import readinessProbeSlow from './readiness-probe-slow.js';
import readonlyRootFsMissing from './readonly-root-fs-missing.js';
import referenceMissing from './reference-missing.js';
import replicasSingle from './replicas-single.js';
import requestsExceedNode from './requests-exceed-node.js';
import requestsMissing from './requests-missing.js';
import restartPolicyInvalid from './restart-policy-invalid.js';
import rolloutStrategyRisky from './rollout-strategy-risky.js';
import runAsRoot from './run-as-root.js';
import schemaInvalid from './schema-invalid.js';
import schemaMissing from './schema-missing.js';
import schemaUnknownField from './schema-unknown-field.js';
import secretPlaintext from './secret-plaintext.js';
import selectorMismatch from './selector-mismatch.js';
import serviceAccountTokenAutomount from './service-account-token-automount.js';
import serviceExposed from './service-exposed.js';
import serviceSelectsNothing from './service-selects-nothing.js';
import serviceSpecInvalid from './service-spec-invalid.js';
import serviceTargetPortUnknown from './service-target-port-unknown.js';
import servicemonitorSelectsNothing from './servicemonitor-selects-nothing.js';
import statefulBackupMissing from './stateful-backup-missing.js';
import statefulsetServiceMissing from './statefulset-service-missing.js';
import staticCloudCredentials from './static-cloud-credentials.js';
import storageclassImmediateBinding from './storageclass-immediate-binding.js';
import storageclassReclaimDelete from './storageclass-reclaim-delete.js';
import templatePlaceholder from './template-placeholder.js';
import terminationGraceTooShort from './termination-grace-too-short.js';
import unusedSuppression from './unused-suppression.js';
import vpaHpaConflict from './vpa-hpa-conflict.js';
import yamlSyntax from './yaml-syntax.js';
/** Every check, sorted by id. */
export const checks = [
    antiAffinityMissing,
    apiDeprecated,
    apiRemoved,
    apiVersionUnknown,
    autoscalingSpecInvalid,
    configmapCredential,
    cronjobDeadlineMissing,
    cronjobScheduleInvalid,
    dockerfileAddRemote,
    dockerfileBaseNotMinimal,
    dockerfileBaseUnpinned,
    dockerfilePackagesUnpinned,
    dockerfileSecretInBuild,
    dockerfileSyntax,
    dockerfileUserRoot,
    envDuplicate,
    envLiteralCredential,
    environmentsMixed,
    hpaMinReplicasLow,
    hpaMissingRequests,
    hpaReplicasConflict,
    hpaTargetMissing,
    imageDigestMissing,
    imageRegistryNotAllowed,
    imageRegistryPublic,
    imageUntagged,
    imageUserMismatch,
    ingressBackendMissing,
    ingressTlsMissing,
    jobTtlMissing,
    labelsRequired,
    livenessProbeAggressive,
    livenessProbeMissing,
    memoryLimitMissing,
    metadataInvalid,
    nameConvention,
    namespaceDefaultDenyMissing,
    namespaceLimitrangeMissing,
    namespacePodSecurityMissing,
    namespaceQuotaMissing,
    networkpolicyMissing,
    networkpolicySelectsNothing,
    networkpolicyUncovered,
    observabilityColocated,
    pdbBlocksEviction,
    pdbMissing,
    pdbOverlap,
    pdbSelectsNothing,
    pdbUnhealthyPolicyMissing,
    podSpecInvalid,
    prestopHookMissing,
    privilegeEscalationAllowed,
    probePortUnknown,
    probesIdentical,
    proxyLayersExcessive,
    pssApparmor,
    pssCapabilities,
    pssHostNamespaces,
    pssHostPathVolumes,
    pssHostPorts,
    pssHostProbes,
    pssHostProcess,
    pssPrivilegeEscalation,
    pssPrivileged,
    pssProcMount,
    pssRunAsNonRoot,
    pssRunAsUser,
    pssSeccomp,
    pssSelinux,
    pssSysctls,
    pssVolumeTypes,
    pvcRwoShared,
    rbacBroadSubjects,
    rbacClusterAdminBinding,
    rbacEscalation,
    rbacExecAttach,
    rbacSecretsAccess,
    rbacSensitiveAccess,
    rbacWildcard,
    readinessProbeExternal,
    readinessProbeMissing,
    readinessProbeSlow,
    readonlyRootFsMissing,
    referenceMissing,
    replicasSingle,
    requestsExceedNode,
    requestsMissing,
    restartPolicyInvalid,
    rolloutStrategyRisky,
    runAsRoot,
    schemaInvalid,
    schemaMissing,
    schemaUnknownField,
    secretPlaintext,
    selectorMismatch,
    serviceAccountTokenAutomount,
    serviceExposed,
    serviceSelectsNothing,
    serviceSpecInvalid,
    serviceTargetPortUnknown,
    servicemonitorSelectsNothing,
    statefulBackupMissing,
    statefulsetServiceMissing,
    staticCloudCredentials,
    storageclassImmediateBinding,
    storageclassReclaimDelete,
    templatePlaceholder,
    terminationGraceTooShort,
    unusedSuppression,
    vpaHpaConflict,
    yamlSyntax,
];
