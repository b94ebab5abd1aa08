import type { Check } from '../src/engine/check.js';
import antiAffinityMissing from './anti-affinity-missing.js';
import environmentsMixed from './environments-mixed.js';
import hpaMinReplicasLow from './hpa-min-replicas-low.js';
import hpaMissingRequests from './hpa-missing-requests.js';
import hpaReplicasConflict from './hpa-replicas-conflict.js';
import hpaTargetMissing from './hpa-target-missing.js';
import imageDigestMissing from './image-digest-missing.js';
import imageRegistryNotAllowed from './image-registry-not-allowed.js';
import imageRegistryPublic from './image-registry-public.js';
import imageUntagged from './image-untagged.js';
import ingressBackendMissing from './ingress-backend-missing.js';
import livenessProbeAggressive from './liveness-probe-aggressive.js';
import livenessProbeMissing from './liveness-probe-missing.js';
import memoryLimitMissing from './memory-limit-missing.js';
import observabilityColocated from './observability-colocated.js';
import pdbBlocksEviction from './pdb-blocks-eviction.js';
import pdbMissing from './pdb-missing.js';
import pdbSelectsNothing from './pdb-selects-nothing.js';
import prestopHookMissing from './prestop-hook-missing.js';
import probePortUnknown from './probe-port-unknown.js';
import probesIdentical from './probes-identical.js';
import proxyLayersExcessive from './proxy-layers-excessive.js';
import readinessProbeExternal from './readiness-probe-external.js';
import readinessProbeMissing from './readiness-probe-missing.js';
import readinessProbeSlow from './readiness-probe-slow.js';
import replicasSingle from './replicas-single.js';
import requestsExceedNode from './requests-exceed-node.js';
import requestsMissing from './requests-missing.js';
import serviceSelectsNothing from './service-selects-nothing.js';
import statefulBackupMissing from './stateful-backup-missing.js';
import storageclassImmediateBinding from './storageclass-immediate-binding.js';
import storageclassReclaimDelete from './storageclass-reclaim-delete.js';
import templatePlaceholder from './template-placeholder.js';
import terminationGraceTooShort from './termination-grace-too-short.js';
import vpaHpaConflict from './vpa-hpa-conflict.js';
import yamlSyntax from './yaml-syntax.js';

/** Every check, sorted by id. */
export const checks: readonly Check[] = [
  antiAffinityMissing,
  environmentsMixed,
  hpaMinReplicasLow,
  hpaMissingRequests,
  hpaReplicasConflict,
  hpaTargetMissing,
  imageDigestMissing,
  imageRegistryNotAllowed,
  imageRegistryPublic,
  imageUntagged,
  ingressBackendMissing,
  livenessProbeAggressive,
  livenessProbeMissing,
  memoryLimitMissing,
  observabilityColocated,
  pdbBlocksEviction,
  pdbMissing,
  pdbSelectsNothing,
  prestopHookMissing,
  probePortUnknown,
  probesIdentical,
  proxyLayersExcessive,
  readinessProbeExternal,
  readinessProbeMissing,
  readinessProbeSlow,
  replicasSingle,
  requestsExceedNode,
  requestsMissing,
  serviceSelectsNothing,
  statefulBackupMissing,
  storageclassImmediateBinding,
  storageclassReclaimDelete,
  templatePlaceholder,
  terminationGraceTooShort,
  vpaHpaConflict,
  yamlSyntax,
];
