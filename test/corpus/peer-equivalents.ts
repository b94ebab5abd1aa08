/**
 * Which checks of the peer linters (kube-score, Polaris, kube-linter) ask the same question as a
 * kubeready check, and why kubeready answers some of their test cases differently. peers.test.ts runs
 * kubeready over the peers' own test oracles (../shared/corpus/peers) with this data.
 *
 * How a peer's verdict is read:
 * - kube-score grades each check per object: CRITICAL and WARNING both mean the check found a problem
 *   (WARNING is kube-score's lower grade for the same question, e.g. requests missing while limits are
 *   set), so both count as "fails"; OK and a SKIPPED that the check itself decides (grade 0, or "not
 *   targeted by a service", "controlled by an HPA") count as "passes". Assertions about kube-score's
 *   own machinery (ignore annotations, whether an optional check is enabled) are not cases: see
 *   kubeScoreConfigs and kubeScoreAssertionsSetAside. An optional check turned on for the assertion
 *   (--enable-optional-test, a kube-score/enable annotation) is graded as any other.
 * - Polaris: a failure*.yaml must give at least one danger for the check, a success*.yaml none. The
 *   mutated*.yaml files are the expected output of its auto-fix, not oracle cases.
 * - kube-linter gives a report count per file; the cases are the objects (or, for the probe-port
 *   checks, the containers) the check judges, and `fires` names the ones the expected reports are
 *   about. The test cross-checks `fires` with the count and the kinds of the expected messages.
 *
 * kubeready "flags" a case when one of the mapped checks reports a finding in the file (kube-score,
 * Polaris) or on that object or container (kube-linter; for a binding, also on the role it binds when the
 * equivalence says throughRoleRef), whatever its severity. The checks run with their default options and
 * the baseline Pod Security level unless the equivalence names others: a restricted-only control (such as
 * allowPrivilegeEscalation) runs at restricted.
 */

import type { PodSecurityLevel } from '../../src/api.js';

export type Peer = 'kube-score' | 'polaris' | 'kube-linter';

export interface Equivalence {
  peer: Peer;
  peerCheck: string;
  /** The kubeready checks that answer the same question; each runs alone on the case's file. */
  checks: readonly string[];
  /** The peer check covers one part of a kubeready check: only findings whose message matches count. */
  only?: { part: string; message: RegExp };
  /** kube-linter: the kinds the check judges (each object of these kinds is a case). */
  subjects?: readonly string[];
  /** kube-linter: one case per regular container instead of per object. */
  perContainer?: boolean;
  /** kube-linter: the cases the expected reports are about (labels as peers.test.ts builds them). */
  fires?: readonly string[];
  /** kube-linter: how many reports the check gives per firing case, when more than one. */
  reportsPerCase?: number;
  /**
   * kube-linter: the check judges a binding and kubeready the role it binds, so a finding on a Role or
   * ClusterRole of the file counts for the bindings whose roleRef names it.
   */
  throughRoleRef?: boolean;
  /** The Pod Security level the checks hold workloads to (the run setting; default baseline). */
  level?: PodSecurityLevel;
  /** Options for some of the checks, as a kubeready config would set them (default: the checks' defaults). */
  options?: Readonly<Record<string, Readonly<Record<string, unknown>>>>;
  /** Why the meaning is the same, and where the scope differs. */
  why: string;
}

/** kube-linter's DeploymentLike scope. */
const deploymentLike = ['Deployment', 'DeploymentConfig', 'StatefulSet', 'DaemonSet', 'ReplicaSet', 'ReplicationController', 'Pod', 'Job', 'CronJob'];

// requests-missing names what is missing: "sets no cpu request", "sets no cpu or memory request".
const cpuRequest = { part: 'cpu part', message: /sets no cpu\b/ };
const memoryRequest = { part: 'memory part', message: /sets no (cpu or )?memory request/ };

export const equivalences: readonly Equivalence[] = [
  // kube-score (zegl/kube-score)
  { peer: 'kube-score', peerCheck: 'cronjob-has-deadline', checks: ['cronjob-deadline-missing'], why: 'a CronJob without startingDeadlineSeconds' },
  {
    peer: 'kube-score',
    peerCheck: 'cronjob-restartpolicy',
    checks: ['restart-policy-invalid'],
    why: 'a CronJob whose job template restarts Always or sets no restartPolicy (the API server requires OnFailure or Never)',
  },
  { peer: 'kube-score', peerCheck: 'deployment-strategy', checks: ['rollout-strategy-risky'], why: 'a Deployment rollout strategy that takes the service down' },
  { peer: 'kube-score', peerCheck: 'environment-variable-key-duplication', checks: ['env-duplicate'], why: 'the same env name twice in one container' },
  { peer: 'kube-score', peerCheck: 'service-type', checks: ['service-exposed'], why: 'a Service exposed on every node (NodePort)' },
  { peer: 'kube-score', peerCheck: 'stable-version', checks: ['api-deprecated', 'api-removed'], why: 'an apiVersion with a newer stable replacement' },
  { peer: 'kube-score', peerCheck: 'statefulset-has-servicename', checks: ['statefulset-service-missing'], why: 'a StatefulSet whose serviceName names no headless Service' },
  {
    peer: 'kube-score',
    peerCheck: 'statefulset-pod-selector-labels-match-template-metadata-labels',
    checks: ['selector-mismatch'],
    why: "the StatefulSet's selector does not select its template labels",
  },
  {
    peer: 'kube-score',
    peerCheck: 'container-ports-check',
    checks: ['pod-spec-invalid', 'schema-invalid'],
    why: 'container port names and numbers the API server rejects (a port without containerPort lacks a required field: schema-invalid)',
  },
  { peer: 'kube-score', peerCheck: 'container-image-tag', checks: ['image-untagged'], why: 'image without a tag or tagged latest' },
  { peer: 'kube-score', peerCheck: 'pod-probes-identical', checks: ['probes-identical'], why: 'liveness and readiness probe identical' },
  {
    peer: 'kube-score',
    peerCheck: 'pod-probes',
    checks: ['readiness-probe-missing'],
    why: 'its readiness part: a container of a pod a Service targets needs a readinessProbe (the oracle asserts no comment on liveness)',
  },
  {
    peer: 'kube-score',
    peerCheck: 'container-resources',
    checks: ['requests-missing', 'memory-limit-missing'],
    why: 'requests and a memory limit on every container; kube-score also wants a cpu limit, kubeready does not',
  },
  {
    peer: 'kube-score',
    peerCheck: 'deployment-has-host-podantiaffinity',
    checks: ['anti-affinity-missing'],
    why: 'replicas of a Deployment kept apart on kubernetes.io/hostname by a term that selects its own pods',
  },
  { peer: 'kube-score', peerCheck: 'statefulset-has-host-podantiaffinity', checks: ['anti-affinity-missing'], why: 'the same for StatefulSets' },
  { peer: 'kube-score', peerCheck: 'deployment-has-poddisruptionbudget', checks: ['pdb-missing'], why: 'a PodDisruptionBudget of the namespace selects the pods' },
  { peer: 'kube-score', peerCheck: 'statefulset-has-poddisruptionbudget', checks: ['pdb-missing'], why: 'the same for StatefulSets' },
  { peer: 'kube-score', peerCheck: 'service-targets-pod', checks: ['service-selects-nothing'], why: 'the selector matches pods of the namespace' },
  { peer: 'kube-score', peerCheck: 'ingress-targets-service', checks: ['ingress-backend-missing'], why: 'every backend names an existing Service and port' },
  { peer: 'kube-score', peerCheck: 'horizontalpodautoscaler-has-target', checks: ['hpa-target-missing'], why: 'scaleTargetRef names an object in the manifests' },
  {
    peer: 'kube-score',
    peerCheck: 'deployment-targeted-by-hpa-does-not-have-replicas-configured',
    checks: ['hpa-replicas-conflict'],
    why: 'spec.replicas left out of an autoscaled Deployment',
  },
  { peer: 'kube-score', peerCheck: 'horizontalpodautoscaler-replicas', checks: ['hpa-min-replicas-low'], why: 'minReplicas at least 2 (kube-score: --min-replicas-hpa, default 2)' },
  {
    peer: 'kube-score',
    peerCheck: 'deployment-replicas',
    checks: ['replicas-single'],
    why: 'a Deployment a Service targets runs more than one replica unless an HPA scales it (kube-score: --min-replicas-deployment, default 2)',
  },
  // kube-score, security (its optional checks, enabled in the oracle with --enable-optional-test)
  { peer: 'kube-score', peerCheck: 'container-security-context-privileged', checks: ['pss-privileged'], why: 'a container with securityContext.privileged: true' },
  {
    peer: 'kube-score',
    peerCheck: 'container-security-context-readonlyrootfilesystem',
    checks: ['readonly-root-fs-missing'],
    why: 'a container without securityContext.readOnlyRootFilesystem: true',
  },
  {
    peer: 'kube-score',
    peerCheck: 'container-security-context-user-group-id',
    checks: ['run-as-root'],
    why: 'the uid a container runs as; kube-score wants runAsUser and runAsGroup above 10000, kubeready a non-root uid (runAsNonRoot: true or a non-zero runAsUser)',
  },
  {
    peer: 'kube-score',
    peerCheck: 'container-seccomp-profile',
    checks: ['pss-seccomp'],
    level: 'restricted',
    why: 'a seccomp profile set on the pod or on every container: the restricted Pod Security control (baseline only forbids Unconfined)',
  },
  {
    peer: 'kube-score',
    peerCheck: 'pod-networkpolicy',
    checks: ['networkpolicy-uncovered'],
    why: 'a NetworkPolicy of the namespace selects the pod; kube-score also grades which directions the selecting policies cover',
  },
  {
    peer: 'kube-score',
    peerCheck: 'networkpolicy-targets-pod',
    checks: ['networkpolicy-selects-nothing'],
    why: 'the podSelector of a NetworkPolicy matches pods of its namespace',
  },

  // Polaris (FairwindsOps/polaris)
  { peer: 'polaris', peerCheck: 'tagNotSpecified', checks: ['image-untagged'], why: 'image without a tag or tagged latest' },
  { peer: 'polaris', peerCheck: 'sensitiveConfigmapContent', checks: ['configmap-credential'], why: 'a credential or private key in ConfigMap data' },
  { peer: 'polaris', peerCheck: 'tlsSettingsMissing', checks: ['ingress-tls-missing'], why: 'an Ingress host served without TLS' },
  { peer: 'polaris', peerCheck: 'livenessProbeMissing', checks: ['liveness-probe-missing'], why: 'long-running container without a liveness probe' },
  {
    peer: 'polaris',
    peerCheck: 'readinessProbeMissing',
    checks: ['readiness-probe-missing'],
    why: 'container without a readiness probe; Polaris asks every container, kubeready the ones a Service sends traffic to',
  },
  { peer: 'polaris', peerCheck: 'cpuRequestsMissing', checks: ['requests-missing'], only: cpuRequest, why: 'the cpu part of requests-missing' },
  { peer: 'polaris', peerCheck: 'memoryRequestsMissing', checks: ['requests-missing'], only: memoryRequest, why: 'the memory part of requests-missing' },
  { peer: 'polaris', peerCheck: 'memoryLimitsMissing', checks: ['memory-limit-missing'], why: 'container without a memory limit' },
  { peer: 'polaris', peerCheck: 'missingPodDisruptionBudget', checks: ['pdb-missing'], why: 'a PodDisruptionBudget selects the Deployment\'s pods' },
  { peer: 'polaris', peerCheck: 'pdbDisruptionsIsZero', checks: ['pdb-blocks-eviction'], why: 'maxUnavailable 0 or minAvailable 100% allows no eviction' },
  {
    peer: 'polaris',
    peerCheck: 'pdbMinAvailableGreaterThanHPAMinReplicas',
    checks: ['pdb-blocks-eviction'],
    why: 'a minAvailable the autoscaled workload cannot exceed at its floor allows no eviction',
  },
  { peer: 'polaris', peerCheck: 'hpaMinAvailability', checks: ['hpa-min-replicas-low'], why: 'HPA minReplicas at least 2' },
  {
    peer: 'polaris',
    peerCheck: 'deploymentMissingReplicas',
    checks: ['replicas-single'],
    why: 'a single replica is a single point of failure; Polaris asks every Deployment, kubeready the served ones without an autoscaler',
  },
  {
    peer: 'polaris',
    peerCheck: 'topologySpreadConstraint',
    checks: ['anti-affinity-missing'],
    why: 'pods spread over failure domains; Polaris wants any topologySpreadConstraint on every pod spec, kubeready node spreading of 2+ replicas',
  },

  // Polaris, security
  { peer: 'polaris', peerCheck: 'runAsPrivileged', checks: ['pss-privileged'], why: 'a container with securityContext.privileged: true' },
  {
    peer: 'polaris',
    peerCheck: 'privilegeEscalationAllowed',
    checks: ['pss-privilege-escalation'],
    level: 'restricted',
    why: 'allowPrivilegeEscalation not set to false (unset counts as allowed): the restricted Pod Security control',
  },
  {
    peer: 'polaris',
    peerCheck: 'runAsRootAllowed',
    checks: ['run-as-root'],
    why: 'neither runAsNonRoot: true nor a non-zero runAsUser, on the container or inherited from the pod',
  },
  {
    peer: 'polaris',
    peerCheck: 'notReadOnlyRootFilesystem',
    checks: ['readonly-root-fs-missing'],
    why: 'a container without readOnlyRootFilesystem: true',
  },
  ...(
    [
      ['hostIPCSet', 'hostIPC'],
      ['hostPIDSet', 'hostPID'],
      ['hostNetworkSet', 'hostNetwork'],
    ] as const
  ).map(
    ([peerCheck, field]): Equivalence => ({
      peer: 'polaris',
      peerCheck,
      checks: ['pss-host-namespaces'],
      only: { part: `${field} part`, message: new RegExp(`sets ${field}:`) },
      why: `the pod sets ${field}: true`,
    }),
  ),
  { peer: 'polaris', peerCheck: 'hostPathSet', checks: ['pss-host-path-volumes'], why: 'a hostPath volume' },
  { peer: 'polaris', peerCheck: 'hostPortSet', checks: ['pss-host-ports'], why: 'a container port with a hostPort other than 0' },
  { peer: 'polaris', peerCheck: 'hostProcess', checks: ['pss-host-process'], why: 'windowsOptions.hostProcess: true on the pod or a container' },
  { peer: 'polaris', peerCheck: 'procMount', checks: ['pss-proc-mount'], why: 'a container procMount other than Default' },
  {
    peer: 'polaris',
    peerCheck: 'dangerousCapabilities',
    checks: ['pss-capabilities'],
    why: 'capabilities added beyond the safe set: Polaris names ALL, SYS_ADMIN and NET_ADMIN, the baseline control everything outside the runtime defaults',
  },
  {
    peer: 'polaris',
    peerCheck: 'insecureCapabilities',
    checks: ['pss-capabilities'],
    only: { part: 'drop part', message: /requires dropping ALL/ },
    level: 'restricted',
    why: 'capabilities.drop must include ALL: the drop half of the restricted control (Polaris also accepts a drop of every runtime default one by one)',
  },
  {
    peer: 'polaris',
    peerCheck: 'automountServiceAccountToken',
    checks: ['service-account-token-automount'],
    why: 'the pod, or its ServiceAccount when the pod leaves it unset, turns the token automount off',
  },
  {
    peer: 'polaris',
    peerCheck: 'missingNetworkPolicy',
    checks: ['networkpolicy-uncovered'],
    why: 'a NetworkPolicy selects the pod; Polaris also wants that policy to hold ingress and egress rules',
  },
  {
    peer: 'polaris',
    peerCheck: 'sensitiveContainerEnvVar',
    checks: ['env-literal-credential', 'static-cloud-credentials'],
    only: { part: 'literal values', message: /literal/ },
    why: 'a credential written as a literal env value, found by its name (password, token, secret, cloud keys) or a PEM private key; valueFrom passes',
  },
  { peer: 'polaris', peerCheck: 'clusterrolebindingClusterAdmin', checks: ['rbac-cluster-admin-binding'], why: 'a ClusterRoleBinding to cluster-admin or to a role granting everything' },
  {
    peer: 'polaris',
    peerCheck: 'rolebindingClusterAdminClusterRole',
    checks: ['rbac-cluster-admin-binding'],
    why: 'a RoleBinding to cluster-admin or to a ClusterRole granting everything',
  },
  { peer: 'polaris', peerCheck: 'rolebindingClusterAdminRole', checks: ['rbac-cluster-admin-binding'], why: 'a RoleBinding to a Role granting everything' },
  ...(['clusterrolePodExecAttach', 'rolePodExecAttach'] as const).map(
    (peerCheck): Equivalence => ({
      peer: 'polaris',
      peerCheck,
      checks: ['rbac-exec-attach'],
      why: `a ${peerCheck.startsWith('cluster') ? 'ClusterRole' : 'Role'} rule granting create or get on pods/exec or pods/attach`,
    }),
  ),
  ...(['clusterrolebindingPodExecAttach', 'rolebindingClusterRolePodExecAttach', 'rolebindingRolePodExecAttach'] as const).map(
    (peerCheck): Equivalence => ({
      peer: 'polaris',
      peerCheck,
      checks: ['rbac-exec-attach'],
      why: 'a binding to a role that allows exec or attach: kubeready reports the rule of the role itself, whatever binds it',
    }),
  ),

  // kube-linter (stackrox/kube-linter)
  {
    peer: 'kube-linter',
    peerCheck: 'latest-tag',
    checks: ['image-untagged'],
    subjects: deploymentLike,
    fires: ['Deployment app', 'DeploymentConfig app'],
    why: 'image without a tag or tagged latest',
  },
  {
    peer: 'kube-linter',
    peerCheck: 'no-anti-affinity',
    checks: ['anti-affinity-missing'],
    subjects: deploymentLike,
    fires: ['Deployment app1', 'DeploymentConfig app2', 'Deployment fire-namespaced-with-namespaces-selector-not-matching'],
    why: '2+ replicas kept apart by a pod anti-affinity term that covers their own namespace',
  },
  {
    peer: 'kube-linter',
    peerCheck: 'no-liveness-probe',
    checks: ['liveness-probe-missing'],
    subjects: deploymentLike,
    fires: ['Deployment app1', 'DeploymentConfig app2'],
    why: 'container without a liveness probe',
  },
  {
    peer: 'kube-linter',
    peerCheck: 'no-readiness-probe',
    checks: ['readiness-probe-missing'],
    subjects: deploymentLike,
    fires: ['Deployment app1', 'DeploymentConfig app2'],
    why: 'container without a readiness probe; kube-linter asks every container, kubeready the ones a Service sends traffic to',
  },
  {
    peer: 'kube-linter',
    peerCheck: 'unset-cpu-requirements',
    checks: ['requests-missing'],
    only: cpuRequest,
    subjects: deploymentLike,
    fires: ['Deployment app1', 'DeploymentConfig app2'],
    why: 'its default parameters (requirementsType request) ask for a cpu request: the cpu part of requests-missing',
  },
  {
    peer: 'kube-linter',
    peerCheck: 'unset-memory-requirements',
    checks: ['memory-limit-missing'],
    subjects: deploymentLike,
    fires: ['Deployment app1', 'DeploymentConfig app2'],
    why: 'its default parameters (requirementsType limit) ask for a memory limit',
  },
  {
    peer: 'kube-linter',
    peerCheck: 'dangling-service',
    checks: ['service-selects-nothing'],
    subjects: ['Service'],
    fires: ['Service app1', 'Service app2'],
    why: 'the selector matches no pod template in the manifests',
  },
  {
    peer: 'kube-linter',
    peerCheck: 'dangling-ingress',
    checks: ['ingress-backend-missing'],
    subjects: ['Ingress'],
    fires: ['Ingress missing-service', 'Ingress bad-port'],
    why: 'a backend names a Service, or a port of it, that does not exist',
  },
  {
    peer: 'kube-linter',
    peerCheck: 'dangling-horizontalpodautoscaler',
    checks: ['hpa-target-missing'],
    subjects: ['HorizontalPodAutoscaler'],
    fires: ['HorizontalPodAutoscaler hpa1'],
    why: 'scaleTargetRef names no object in the manifests',
  },
  {
    peer: 'kube-linter',
    peerCheck: 'pdb-max-unavailable',
    checks: ['pdb-blocks-eviction'],
    subjects: ['PodDisruptionBudget'],
    fires: ['PodDisruptionBudget foo'],
    why: 'maxUnavailable 0 allows no eviction',
  },
  {
    peer: 'kube-linter',
    peerCheck: 'pdb-min-available',
    checks: ['pdb-blocks-eviction'],
    subjects: ['PodDisruptionBudget'],
    fires: ['PodDisruptionBudget baz', 'PodDisruptionBudget baz2', 'PodDisruptionBudget baz3'],
    why: 'minAvailable not below the replicas (or the autoscaler floor) of the selected workload',
  },
  ...(['liveness-port', 'readiness-port', 'startup-port'] as const).map(
    (peerCheck): Equivalence => ({
      peer: 'kube-linter',
      peerCheck,
      checks: ['probe-port-unknown'],
      subjects: deploymentLike,
      perContainer: true,
      fires: [
        'Deployment (unnamed) container fire-deployment-name',
        'Deployment (unnamed) container fire-deployment-int',
        'Deployment (unnamed) container fire-deployment-udp',
        peerCheck === 'liveness-port' ? 'StatefulSet (unnamed) container fire-stateful-name' : 'Deployment (unnamed) container fire-deployment-grpc',
      ],
      why: 'a probe on a port the container does not declare',
    }),
  ),
  {
    peer: 'kube-linter',
    peerCheck: 'hpa-minimum-three-replicas',
    checks: ['hpa-min-replicas-low'],
    subjects: ['HorizontalPodAutoscaler'],
    fires: ['HorizontalPodAutoscaler app'],
    why: 'an HPA floor too low for availability (kube-linter: 3, kubeready: 2)',
  },
  {
    peer: 'kube-linter',
    peerCheck: 'minimum-three-replicas',
    checks: ['replicas-single'],
    subjects: deploymentLike,
    fires: ['Deployment app', 'DeploymentConfig app'],
    why: 'too few replicas for availability (kube-linter: 3 on every Deployment, kubeready: 2 on served ones)',
  },

  // kube-linter, security
  {
    peer: 'kube-linter',
    peerCheck: 'privileged-container',
    checks: ['pss-privileged'],
    subjects: deploymentLike,
    fires: ['Deployment app1', 'DeploymentConfig app2'],
    why: 'a container with securityContext.privileged: true',
  },
  {
    peer: 'kube-linter',
    peerCheck: 'privilege-escalation-container',
    checks: ['pss-privilege-escalation'],
    level: 'restricted',
    subjects: deploymentLike,
    fires: ['Deployment app1', 'DeploymentConfig app2'],
    why: 'allowPrivilegeEscalation allowed; kube-linter reports an explicit true, the restricted control also an unset field',
  },
  {
    peer: 'kube-linter',
    peerCheck: 'run-as-non-root',
    checks: ['run-as-root'],
    subjects: deploymentLike,
    fires: ['Deployment app1', 'DeploymentConfig app2', 'Deployment group-zero', 'DeploymentConfig group-zero'],
    why: 'neither runAsNonRoot: true nor a non-zero runAsUser, on the container or from the pod',
  },
  {
    peer: 'kube-linter',
    peerCheck: 'no-read-only-root-fs',
    checks: ['readonly-root-fs-missing'],
    subjects: deploymentLike,
    fires: ['Deployment app1', 'DeploymentConfig app2'],
    why: 'a container without readOnlyRootFilesystem: true',
  },
  ...(
    [
      ['host-ipc', 'hostIPC'],
      ['host-pid', 'hostPID'],
      ['host-network', 'hostNetwork'],
    ] as const
  ).map(
    ([peerCheck, field]): Equivalence => ({
      peer: 'kube-linter',
      peerCheck,
      checks: ['pss-host-namespaces'],
      only: { part: `${field} part`, message: new RegExp(`sets ${field}:`) },
      subjects: deploymentLike,
      fires: ['Deployment app', 'DeploymentConfig app'],
      why: `the pod sets ${field}: true`,
    }),
  ),
  {
    peer: 'kube-linter',
    peerCheck: 'docker-sock',
    checks: ['pss-host-path-volumes'],
    subjects: deploymentLike,
    fires: ['Deployment app', 'DeploymentConfig app'],
    why: 'the container runtime socket mounted from the node: kube-linter looks for docker.sock, the baseline control forbids every hostPath volume',
  },
  {
    peer: 'kube-linter',
    peerCheck: 'sensitive-host-mounts',
    checks: ['pss-host-path-volumes'],
    subjects: deploymentLike,
    fires: ['Deployment app1', 'DeploymentConfig app2'],
    why: 'a system directory of the node mounted: kube-linter lists sensitive paths, the baseline control forbids every hostPath volume',
  },
  {
    peer: 'kube-linter',
    peerCheck: 'writable-host-mount',
    checks: ['pss-host-path-volumes'],
    subjects: deploymentLike,
    fires: ['Deployment app1', 'DeploymentConfig app2'],
    why: 'a node directory mounted writable: kube-linter spares read-only mounts, the baseline control forbids every hostPath volume',
  },
  {
    peer: 'kube-linter',
    peerCheck: 'unsafe-proc-mount',
    checks: ['pss-proc-mount'],
    subjects: deploymentLike,
    fires: ['Deployment app1', 'DeploymentConfig app2'],
    why: 'a container procMount other than Default (Unmasked)',
  },
  {
    peer: 'kube-linter',
    peerCheck: 'unsafe-sysctls',
    checks: ['pss-sysctls'],
    subjects: deploymentLike,
    fires: ['Deployment app1', 'DeploymentConfig app2'],
    why: 'a pod sysctl outside the safe, namespaced set',
  },
  {
    peer: 'kube-linter',
    peerCheck: 'drop-net-raw-capability',
    checks: ['pss-capabilities'],
    level: 'restricted',
    subjects: deploymentLike,
    reportsPerCase: 2,
    fires: ['Deployment app', 'DeploymentConfig app'],
    why: 'NET_RAW kept: kube-linter asks for NET_RAW dropped and not added, the restricted control for drop ALL and nothing added but NET_BIND_SERVICE',
  },
  {
    peer: 'kube-linter',
    peerCheck: 'access-to-secrets',
    checks: ['rbac-secrets-access'],
    subjects: ['ClusterRoleBinding', 'RoleBinding'],
    throughRoleRef: true,
    fires: ['RoleBinding role-binding1'],
    why: 'a binding to a role that reads Secrets: kube-linter reports the binding, kubeready the rule of the role',
  },
  {
    peer: 'kube-linter',
    peerCheck: 'cluster-admin-role-binding',
    checks: ['rbac-cluster-admin-binding'],
    subjects: ['ClusterRoleBinding'],
    fires: ['ClusterRoleBinding role-binding1'],
    why: 'a ClusterRoleBinding to the ClusterRole cluster-admin',
  },
  {
    peer: 'kube-linter',
    peerCheck: 'wildcard-in-rules',
    checks: ['rbac-wildcard'],
    subjects: ['ClusterRole', 'Role'],
    fires: ['Role role1 (document 2)'],
    why: 'a * in the verbs, resources or apiGroups of a rule',
  },
  {
    peer: 'kube-linter',
    peerCheck: 'env-var-secret',
    checks: ['env-literal-credential'],
    subjects: deploymentLike,
    fires: ['Deployment app', 'DeploymentConfig app'],
    why: 'a literal env value whose name says it is a secret',
  },
  {
    peer: 'kube-linter',
    peerCheck: 'non-isolated-pod',
    checks: ['networkpolicy-uncovered'],
    subjects: deploymentLike,
    fires: ['Deployment app1', 'DeploymentConfig app2'],
    why: 'no NetworkPolicy selects the pods',
  },
  {
    peer: 'kube-linter',
    peerCheck: 'dangling-networkpolicy',
    checks: ['networkpolicy-selects-nothing'],
    subjects: ['NetworkPolicy'],
    fires: ['NetworkPolicy app'],
    why: 'the podSelector matches no pod template in the manifests',
  },
  {
    peer: 'kube-linter',
    peerCheck: 'job-ttl-seconds-after-finished',
    checks: ['job-ttl-missing'],
    subjects: ['Job', 'CronJob'],
    fires: ['Job bad-job', 'CronJob bad-cronjob'],
    why: 'its standalone-Job part: a Job no CronJob owns sets no ttlSecondsAfterFinished',
  },
  {
    peer: 'kube-linter',
    peerCheck: 'pdb-unhealthy-pod-eviction-policy',
    checks: ['pdb-unhealthy-policy-missing'],
    subjects: ['PodDisruptionBudget'],
    fires: ['PodDisruptionBudget fire'],
    why: 'a budget without unhealthyPodEvictionPolicy (kubeready asks for AlwaysAllow: IfHealthyBudget, set explicitly, still blocks draining crash-looping pods)',
  },
  {
    peer: 'kube-linter',
    peerCheck: 'mismatching-selector',
    checks: ['selector-mismatch'],
    subjects: deploymentLike,
    fires: ['Deployment app1', 'DeploymentConfig app2'],
    why: "the workload's selector does not select its own template labels, which the API server rejects",
  },
  {
    peer: 'kube-linter',
    peerCheck: 'dangling-servicemonitor',
    checks: ['servicemonitor-selects-nothing'],
    subjects: ['ServiceMonitor'],
    fires: ['ServiceMonitor app1 (document 6)', 'ServiceMonitor app2', 'ServiceMonitor app1 (document 10)', 'ServiceMonitor app1 (document 12)'],
    why: 'a ServiceMonitor whose selector and namespaceSelector match no Service of the manifests',
  },
  {
    peer: 'kube-linter',
    peerCheck: 'exposed-services',
    checks: ['service-exposed'],
    subjects: ['Service'],
    fires: ['Service app'],
    why: 'a NodePort Service (kubeready also reports LoadBalancers open to every source and externalIPs)',
  },
  {
    peer: 'kube-linter',
    peerCheck: 'duplicate-env-var',
    checks: ['env-duplicate'],
    subjects: deploymentLike,
    perContainer: true,
    fires: ['Deployment (unnamed) container fire-deployment', 'StatefulSet (unnamed) container fire-stateful'],
    why: 'the same env name twice in one container',
  },
  {
    peer: 'kube-linter',
    peerCheck: 'invalid-target-ports',
    checks: ['service-spec-invalid', 'pod-spec-invalid'],
    subjects: ['Service', 'Deployment'],
    fires: ['Service invalid-target-ports', 'Deployment invalid-target-ports'],
    reportsPerCase: 2,
    why: "targetPort and container port names and numbers the API server rejects: a Service's (service-spec-invalid) and a container's (pod-spec-invalid)",
  },
  {
    peer: 'kube-linter',
    peerCheck: 'no-extensions-v1beta',
    checks: ['api-removed'],
    subjects: ['NetworkPolicy'],
    fires: ['NetworkPolicy app (document 2)'],
    why: 'an extensions/v1beta1 object, which the target release no longer serves',
  },
  {
    peer: 'kube-linter',
    peerCheck: 'access-to-create-pods',
    checks: ['rbac-sensitive-access'],
    subjects: ['ClusterRoleBinding', 'RoleBinding'],
    throughRoleRef: true,
    fires: ['RoleBinding role-binding1'],
    why: 'a binding to a role that creates pods: kube-linter reports the binding, kubeready the rule of the role',
  },
  {
    peer: 'kube-linter',
    peerCheck: 'non-existent-service-account',
    checks: ['reference-missing'],
    subjects: deploymentLike,
    fires: ['Deployment app', 'DeploymentConfig app'],
    why: 'a serviceAccountName that names no ServiceAccount of the manifests, where they declare ServiceAccounts of that namespace',
  },
  {
    peer: 'kube-linter',
    peerCheck: 'env-value-from',
    checks: ['reference-missing'],
    subjects: deploymentLike,
    fires: ['Deployment should-fire-secret', 'Deployment should-fire-configmap', 'Deployment should-fire-missing-configmap', 'Deployment should-fire-missing-secret'],
    why: 'an env valueFrom naming a ConfigMap or Secret, or a key of one, that the manifests do not declare',
  },
  {
    peer: 'kube-linter',
    peerCheck: 'required-label-owner',
    checks: ['labels-required'],
    options: { 'labels-required': { requiredLabels: ['owner'] } },
    subjects: deploymentLike,
    fires: ['Deployment app1', 'DeploymentConfig app2'],
    why: 'its label owner required on every workload: labels-required with requiredLabels [owner]',
  },
];

/** Peer checks with oracle cases that kubeready has no equivalent for: no kubeready check asks their question, or one only looks alike. */
export const notEquivalent: Readonly<Record<Peer, Readonly<Record<string, string>>>> = {
  'kube-score': {
    'container-image-pull-policy': 'pull policy Always (image pull secrets re-checked): no kubeready check',
    'container-ephemeral-storage-request-and-limit': 'kubeready does not judge ephemeral storage',
    'container-ephemeral-storage-request-equals-limit': 'kubeready does not ask requests to equal limits',
    'container-cpu-requests-equal-limits': 'kubeready does not ask requests to equal limits',
    'container-memory-requests-equal-limits': 'kubeready does not ask requests to equal limits',
    'container-resource-requests-equal-limits': 'kubeready does not ask requests to equal limits',
    'poddisruptionbudget-has-policy': 'a budget with neither minAvailable nor maxUnavailable: pdb-blocks-eviction judges values, not their absence',
    'pod-topology-spread-constraints': 'validity of maxSkew, minDomains, whenUnsatisfiable: schema validation, not anti-affinity-missing',
  },
  polaris: {
    linuxHardening:
      'asks for any one of AppArmor, seccomp, SELinux options or dropped capabilities; kubeready judges each control on its own (pss-apparmor, pss-seccomp, pss-selinux, pss-capabilities), and none asks for one of four',
    pullPolicyNotAlways: 'pull policy Always: no kubeready check',
    cpuLimitsMissing: 'kubeready deliberately does not ask for cpu limits (they throttle; requests-missing covers scheduling)',
    hpaMaxAvailability: 'maxReplicas above minReplicas: no kubeready check',
    metadataAndInstanceMismatched: 'label consistency (app.kubernetes.io/instance): no kubeready check',
    nakedPod: 'custom check of the test suite (a Pod without a controller): no kubeready check',
    oneController: 'custom check of the test suite: no kubeready check',
    priorityClassNotSet: 'no kubeready check on priority classes',
    resourceRange: 'custom check of the test suite (resource ranges): no kubeready check',
  },
  'kube-linter': {
    'default-service-account': 'pods on the default ServiceAccount: no kubeready check (service-account-token-automount asks whether a token is mounted, whatever the account)',
    'deprecated-service-account-field': 'the deprecated serviceAccount field: no kubeready check',
    'read-secret-from-env-var': 'env from a secretKeyRef: no kubeready check; env-literal-credential recommends exactly that over a literal value',
    'dangling-networkpolicypeer-podselector': 'the podSelector of a from/to peer matching nothing: networkpolicy-selects-nothing judges spec.podSelector only',
    'privileged-ports': 'containerPort below 1024: no kubeready check',
    'scc-deny-privileged-container': 'OpenShift SecurityContextConstraints: not a kind kubeready reviews',
    'ssh-port': 'a container port 22: no kubeready check',
    'dnsconfig-options': 'DNS ndots: no kubeready check',
    'no-node-affinity': 'node affinity presence: no kubeready check',
    'no-rolling-update-strategy': 'rollout strategy: no kubeready check',
    'priority-class-name': 'priority classes: no kubeready check',
    'required-annotation-email': 'a required annotation: no kubeready check (labels-required judges labels)',
    'restart-policy':
      'kube-linter accepts only Always or OnFailure anywhere; restart-policy-invalid asks what the API server rejects, where Never is right for a Job and Always is refused: different questions',
    'sorted-keys': 'key order: style, no kubeready check',
    'use-namespace': 'default namespace: no kubeready check',
  },
};

/**
 * How each kube-score run configuration is reproduced: the checks it leaves out, or why the assertion is
 * no case for this comparison. A configuration kubeready cannot express (another replica floor) runs
 * with kubeready's defaults, and the outcome is compared as it is.
 */
export const kubeScoreConfigs: Readonly<Record<string, { without?: readonly string[] } | { exclude: string }>> = {
  'k8s 1.18': {},
  'k8s 1.21': {},
  'k8s 1.4': { exclude: 'a Kubernetes 1.4 target, older than every release kubeready knows (it judges apiVersions against 1.16 and later)' },
  nil: {},
  'IgnoreContainerCpuLimitRequirement=false': {},
  'IgnoreContainerCpuLimitRequirement=true (--ignore-container-cpu-limit)': {},
  'IgnoreContainerCpuLimitRequirement=true, IgnoreContainerMemoryLimitRequirement=true': { without: ['memory-limit-missing'] },
  'MinReplicasHPA=1': {},
  'MinReplicasHPA=2 (the CLI default)': {},
  'MinReplicasHPA=5': {},
  'MinReplicasDeployment=1': {},
  'MinReplicasDeployment=2 (the CLI default)': {},
  'MinReplicasDeployment=5': {},
  'UseIgnoreChecksAnnotation=true': { exclude: "asserts that kube-score's kube-score/ignore annotation skips the check, not a verdict" },
  'UseIgnoreChecksAnnotation=true, UseOptionalChecksAnnotation=true': { exclude: "asserts that kube-score's kube-score/ignore annotation skips the check, not a verdict" },
  'UseIgnoreChecksAnnotation=false': {},
  'UseIgnoreChecksAnnotation=false, UseOptionalChecksAnnotation=true': { exclude: 'asserts only that the check was not skipped; no grade is asserted' },
  // An optional check turned on, by --enable-optional-test or by a kube-score/enable annotation: kubeready's checks run anyway.
  'UseOptionalChecksAnnotation=true': {},
  'EnabledOptionalTests={container-security-context-privileged}': {},
  'EnabledOptionalTests={container-security-context-readonlyrootfilesystem}': {},
  'EnabledOptionalTests={container-security-context-user-group-id}': {},
  'EnabledOptionalTests={container-seccomp-profile}': {},
  'EnabledOptionalTests={environment-variable-key-duplication}': {},
  'EnabledOptionalTests={container-ports-check}': {},
};

/** kube-score assertions of a mapped check that are no case, one by one ("check | case label"), and why. */
export const kubeScoreAssertionsSetAside: Readonly<Record<string, string>> = {
  'container-seccomp-profile | pod-seccomp-no-annotation.yaml': 'asserts that the optional check is skipped when not enabled, not a verdict (the same file is WARNING with the check on)',
};

export interface Explanation {
  peer: Peer;
  peerCheck: string;
  /** The case label: kube-score file (with its run configuration when not the default), Polaris file, kube-linter object. */
  case: string;
  /** One line. "BUG:" when kubeready is wrong and the fix is pending. */
  reason: string;
}

/** Lines shared by several cases. */
const unsetReplicas = 'spec.replicas is unset, so the workload runs 1 pod';
const budgetFromTwo = `${unsetReplicas}: kubeready asks for a budget from 2 replicas (over one pod a budget either blocks every drain or allows the outage)`;
const notServed = 'no Service selects these pods: kubeready asks for a readiness probe only where a Service sends traffic (as kube-score pod-probes does)';
const limitsOnly = 'limits only: Kubernetes defaults each request to its limit, so the pod has cpu and memory requests; kube-score grades the unwritten requests WARNING';
const selectedAnyDirection =
  'a NetworkPolicy selects the pod, which is what networkpolicy-uncovered asks; whether each direction is denied by default is namespace-default-deny-missing\'s question, asked on the Namespace object (none in the file)';
const bindingNamedExempt = (name: string) =>
  `Polaris exempts a binding by its name (${name}); a binding's name grants and hides nothing, and kubeready judges what User testuser gets`;
const execRuleOfRole = (name: string) =>
  `Polaris exempts a binding by its name (${name}); kubeready reports the exec rule of the role it binds, whatever the binding is called`;
const missingRole =
  'only the binding is in the file, and the role it names is not in the manifests: kubeready reports the rule where a role writes it; Polaris fails a binding it cannot resolve';
const systemRoleRules =
  'the bound role is named system:*, the prefix Kubernetes reserves for its own roles (system:aggregate-to-edit grants exec by design), which the rule checks leave alone; Polaris judges the binding to it';
const sevenVerbs =
  'the role lists seven verbs (get to delete) on * of *, not verbs *: it lacks escalate, bind and impersonate, so rbac-cluster-admin-binding does not count it as cluster-admin (rbac-wildcard and rbac-secrets-access report the rule)';
const gkeRoleName =
  'a role named gce:podsecuritypolicy:calico-sa, which Polaris exempts as a GKE default; kubeready leaves alone only the roles Kubernetes maintains (cluster-admin, admin, edit, view, system:*)';
const dropEachDefault =
  'drops the runtime-default capabilities one by one but not ALL: the restricted control requires ALL, which also covers what a runtime grants beyond that list; Polaris accepts the list';

export const explanations: readonly Explanation[] = [
  ...['failure.key_aws_secret_access_key.yaml', 'failure.key_azure_batch_key.yaml', 'failure.key_oci_cli_key_content.yaml'].map((label) => ({
    peer: 'polaris' as const,
    peerCheck: 'sensitiveConfigmapContent',
    case: label,
    reason:
      'the value is xxxxx, a fill-in: Polaris flags the key name whatever its value, kubeready flags a credential-named key only with a value that could be a credential (and finds shaped tokens and private keys under any name)',
  })),
  {
    peer: 'kube-score',
    peerCheck: 'stable-version',
    case: 'cronjob-batchv1beta1.yaml',
    reason:
      'kube-score judges against Kubernetes 1.18, before batch/v1 served CronJobs; kubeready against its target release (1.35 unless --kube-version), which no longer serves batch/v1beta1 (api-removed)',
  },
  {
    peer: 'kube-linter',
    peerCheck: 'dangling-servicemonitor',
    case: 'ServiceMonitor dont-fire (document 2)',
    reason:
      "no namespaceSelector: prometheus-operator then looks in the ServiceMonitor's own namespace (default), where no Service has the label; kube-linter matches the Service of namespace dontfire, which Prometheus would not scrape",
  },
  ...['ServiceMonitor app1 (document 10)', 'ServiceMonitor app1 (document 12)'].map((label) => ({
    peer: 'kube-linter' as const,
    peerCheck: 'dangling-servicemonitor',
    case: label,
    reason: 'the namespaceSelector names test2, where the manifests hold no Service at all: the Services may be deployed from elsewhere, so kubeready stays quiet',
  })),
  {
    peer: 'kube-linter',
    peerCheck: 'job-ttl-seconds-after-finished',
    case: 'CronJob bad-cronjob',
    reason: "kube-linter's other part warns when a CronJob's jobTemplate sets ttlSecondsAfterFinished (it may clean up before the history limits); kubeready gives no advice against setting it",
  },
  // kube-score
  { peer: 'kube-score', peerCheck: 'container-resources', case: 'pod-test-resources-only-limits.yaml', reason: limitsOnly },
  { peer: 'kube-score', peerCheck: 'container-resources', case: 'deployment-test-resources.yaml', reason: limitsOnly },
  { peer: 'kube-score', peerCheck: 'container-resources', case: 'statefulset-test-resources.yaml', reason: limitsOnly },
  {
    peer: 'kube-score',
    peerCheck: 'container-resources',
    case: 'pod-test-resources-limits-and-requests-no-cpu-limit.yaml (IgnoreContainerCpuLimitRequirement=false)',
    reason: 'only the cpu limit is missing: kube-score requires one unless --ignore-container-cpu-limit, kubeready never asks for cpu limits (they throttle; the request is what schedules)',
  },
  {
    peer: 'kube-score',
    peerCheck: 'statefulset-has-host-podantiaffinity',
    case: 'statefulset-host-antiaffinity-undefined-replicas.yaml',
    reason: `${unsetReplicas}, and one pod has nothing to be spread from; kube-score treats an unset count as several replicas`,
  },
  { peer: 'kube-score', peerCheck: 'deployment-has-poddisruptionbudget', case: 'deployment-poddisruptionbudget-v1-no-match.yaml', reason: budgetFromTwo },
  { peer: 'kube-score', peerCheck: 'deployment-has-poddisruptionbudget', case: 'deployment-poddisruptionbudget-v1beta1-no-match.yaml', reason: budgetFromTwo },
  { peer: 'kube-score', peerCheck: 'deployment-has-poddisruptionbudget', case: 'deployment-poddisruptionbudget-v1beta1-expression-no-match.yaml', reason: budgetFromTwo },
  {
    peer: 'kube-score',
    peerCheck: 'deployment-has-poddisruptionbudget',
    case: 'deployment-poddisruptionbudget-v1-different-namespace.yaml',
    reason: `${budgetFromTwo}; the budgets of other namespaces would not count either`,
  },
  { peer: 'kube-score', peerCheck: 'statefulset-has-poddisruptionbudget', case: 'statefulset-poddisruptionbudget-v1beta1-no-match.yaml', reason: budgetFromTwo },
  { peer: 'kube-score', peerCheck: 'statefulset-has-poddisruptionbudget', case: 'statefulset-poddisruptionbudget-v1beta1-expression-no-match.yaml', reason: budgetFromTwo },
  {
    peer: 'kube-score',
    peerCheck: 'ingress-targets-service',
    case: 'ingress_issue363.yaml',
    reason:
      'a networking.k8s.io/v1 Ingress written with the v1beta1 fields serviceName/servicePort: kubeready reads either shape and finds Service app-service with port http; that the API server rejects the unknown fields is schema validation, not this check',
  },
  {
    peer: 'kube-score',
    peerCheck: 'horizontalpodautoscaler-replicas',
    case: 'hpa-min-replicas-nok.yaml (MinReplicasHPA=1)',
    reason: "kube-score's floor lowered to 1 by --min-replicas-hpa; kubeready's floor is 2 with no option, so minReplicas 1 is still reported",
  },
  {
    peer: 'kube-score',
    peerCheck: 'deployment-replicas',
    case: 'service-target-deployment-replica-1.yaml (MinReplicasDeployment=1)',
    reason: "kube-score's floor lowered to 1 by --min-replicas-deployment; kubeready's is 2 with no option, so the single served replica is still reported",
  },
  {
    peer: 'kube-score',
    peerCheck: 'container-security-context-user-group-id',
    case: 'pod-security-context-low-group-id.yaml (EnabledOptionalTests={container-security-context-user-group-id})',
    reason: 'runAsUser 15000 with runAsGroup 0: the process is not root, and kubeready judges the uid, not the group; kube-score wants both above 10000',
  },
  ...['pod-seccomp-annotated.yaml (EnabledOptionalTests={container-seccomp-profile})', 'pod-seccomp-annotated-annotation-optional.yaml (UseOptionalChecksAnnotation=true)'].map(
    (label): Explanation => ({
      peer: 'kube-score',
      peerCheck: 'container-seccomp-profile',
      case: label,
      reason:
        'the only profile is the annotation seccomp.security.alpha.kubernetes.io/defaultProfileName (a PodSecurityPolicy annotation; the alpha seccomp annotations are ignored since Kubernetes 1.27), so the pod runs without a profile',
    }),
  ),
  {
    peer: 'kube-score',
    peerCheck: 'pod-networkpolicy',
    case: 'networkpolicy-not-matching.yaml',
    reason:
      'the Pod is in namespace default, which has no NetworkPolicy in the manifests (the one here is in testspace): networkpolicy-uncovered judges namespaces that use policies, namespace-default-deny-missing the others on their Namespace object (none here)',
  },
  { peer: 'kube-score', peerCheck: 'pod-networkpolicy', case: 'networkpolicy-matching-only-ingress.yaml', reason: selectedAnyDirection },
  { peer: 'kube-score', peerCheck: 'pod-networkpolicy', case: 'networkpolicy-matching-only-egress.yaml', reason: selectedAnyDirection },

  // Polaris
  { peer: 'polaris', peerCheck: 'readinessProbeMissing', case: 'failure.yaml', reason: notServed },
  ...['failure-bad-ns.yaml', 'failure.bad-name.yaml', 'failure.empty-labels.yaml', 'failure.no-labels.yaml', 'failure.no-metadata.yaml', 'failure.wrong-place.yaml', 'failure.yaml'].map(
    (file): Explanation => ({ peer: 'polaris', peerCheck: 'missingPodDisruptionBudget', case: file, reason: budgetFromTwo }),
  ),
  {
    peer: 'polaris',
    peerCheck: 'pdbMinAvailableGreaterThanHPAMinReplicas',
    case: 'success.equals.yaml',
    reason: 'minAvailable 5 equals the HPA floor of 5: at the floor no pod may be evicted, so kubeready reports it; Polaris flags only a minAvailable above the floor',
  },
  {
    peer: 'polaris',
    peerCheck: 'pdbMinAvailableGreaterThanHPAMinReplicas',
    case: 'success.hpa-no-match.yaml',
    reason: `the HPA scales another Deployment, and ${unsetReplicas}, which minAvailable 5 never lets go; Polaris compares only with an HPA of the Deployment`,
  },
  {
    peer: 'polaris',
    peerCheck: 'pdbMinAvailableGreaterThanHPAMinReplicas',
    case: 'success.no-hpa.yaml',
    reason: `no HPA, and ${unsetReplicas}, which minAvailable 5 never lets go; Polaris compares only with an HPA's minReplicas`,
  },
  {
    peer: 'polaris',
    peerCheck: 'pdbMinAvailableGreaterThanHPAMinReplicas',
    case: 'success.no-min-replicas.yaml',
    reason: 'the HPA leaves minReplicas unset, which means 1, below minAvailable 2; Polaris skips an HPA without a written minReplicas',
  },
  {
    peer: 'polaris',
    peerCheck: 'hpaMinAvailability',
    case: 'success.minReplicaAbsent.yaml',
    reason: 'minReplicas unset means 1, so the workload may scale down to a single pod; Polaris judges only a written value',
  },
  {
    peer: 'polaris',
    peerCheck: 'deploymentMissingReplicas',
    case: 'failure.yaml',
    reason: 'replicas 1, but no Service selects the pods: kubeready asks only served workloads for a second replica (api-version-unknown reports its apiVersion v1, which serves no Deployment)',
  },
  { peer: 'polaris', peerCheck: 'topologySpreadConstraint', case: 'failure.empty.yaml', reason: `${unsetReplicas}: there is nothing to spread, and kubeready asks for node spreading from 2 replicas` },
  {
    peer: 'polaris',
    peerCheck: 'topologySpreadConstraint',
    case: 'failure.nospreadconstraint.yaml',
    reason: `${unsetReplicas}: there is nothing to spread, and kubeready asks for node spreading from 2 replicas`,
  },
  {
    peer: 'polaris',
    peerCheck: 'insecureCapabilities',
    case: 'success.all.yaml',
    reason: 'drops "All": the restricted control compares the name exactly and requires ALL (kubeready says so in the message); Polaris matches it case-insensitively',
  },
  ...['success.case.yaml', 'success.pod.yaml', 'success.yaml'].map((file): Explanation => ({ peer: 'polaris', peerCheck: 'insecureCapabilities', case: file, reason: dropEachDefault })),
  ...['failure.netpol_missing_egress_in_policytypes.yaml', 'failure.netpol_missing_egress_rules.yaml', 'failure.netpol_missing_ingress_in_policytypes.yaml', 'failure.netpol_missing_ingress_rules.yaml'].map(
    (file): Explanation => ({
      peer: 'polaris',
      peerCheck: 'missingNetworkPolicy',
      case: file,
      reason: `${selectedAnyDirection}; Polaris also wants allow rules in both directions, which a default-deny policy does not have`,
    }),
  ),
  ...(['clusterrolebindingClusterAdmin', 'rolebindingClusterAdminClusterRole', 'rolebindingClusterAdminRole'] as const).flatMap((peerCheck): Explanation[] => [
    { peer: 'polaris', peerCheck, case: 'failure.all_verbs.yaml', reason: sevenVerbs },
    { peer: 'polaris', peerCheck, case: 'failure.all_verbs_different_order.yaml', reason: sevenVerbs },
    { peer: 'polaris', peerCheck, case: 'success.gce_calico_binding.yaml', reason: bindingNamedExempt('gce:podsecuritypolicy:calico-sa') },
    { peer: 'polaris', peerCheck, case: 'success.system_prefix_binding.yaml', reason: bindingNamedExempt('system:*') },
  ]),
  { peer: 'polaris', peerCheck: 'clusterrolePodExecAttach', case: 'success.gce_calico_clusterrole.yaml', reason: gkeRoleName },
  { peer: 'polaris', peerCheck: 'rolePodExecAttach', case: 'success.gce_calico_binding.yaml', reason: gkeRoleName },
  ...(['clusterrolebindingPodExecAttach', 'rolebindingClusterRolePodExecAttach', 'rolebindingRolePodExecAttach'] as const).flatMap((peerCheck): Explanation[] => [
    { peer: 'polaris', peerCheck, case: 'failure.binding_points_to_missing_ref.yaml', reason: missingRole },
    { peer: 'polaris', peerCheck, case: 'failure.binding_to_system_prefix.yaml', reason: systemRoleRules },
    { peer: 'polaris', peerCheck, case: 'success.gce_calico_binding.yaml', reason: execRuleOfRole('gce:podsecuritypolicy:calico-sa') },
    { peer: 'polaris', peerCheck, case: 'success.system_prefix_binding.yaml', reason: execRuleOfRole('system:*') },
  ]),
  {
    peer: 'polaris',
    peerCheck: 'rolebindingRolePodExecAttach',
    case: 'success.role_binding_cluster_role_binding.yaml',
    reason: 'the RoleBinding binds a ClusterRole, which this Polaris check (RoleBindings to Roles) does not follow; kubeready reports the ClusterRole\'s exec rule, whoever binds it',
  },

  // kube-linter
  // Its oracles' OpenShift DeploymentConfigs (apps.openshift.io/v1): kubeready reviews their pod templates as a
  // Deployment's, and disagrees only where it disagrees on the Deployment case beside them, for the same reason.
  ...(
    [
      ['no-readiness-probe', 'DeploymentConfig app2', notServed],
      ['minimum-three-replicas', 'DeploymentConfig app', '2 replicas, and no Service: kube-linter asks every DeploymentConfig for 3, kubeready asks served ones for 2'],
      ['run-as-non-root', 'DeploymentConfig group-zero', 'runAsUser 1001 with runAsGroup 0: the process is not root, and run-as-root judges the uid, not the group; kube-linter also reports group 0'],
      ['env-var-secret', 'DeploymentConfig app', 'SECRET_BLAH: the credential word is not the last word of the name, which kubeready reads as a name about a secret (as SECRET_NAME), not one; kube-linter matches secret anywhere in the name'],
      ['required-label-owner', 'DeploymentConfig app2', 'the DeploymentConfig has no spec.template, so it runs no pods kubeready can see, and labels-required looks at workloads; kube-linter asks every object of the kind'],
      ['docker-sock', 'DeploymentConfig dont-fire', 'a hostPath volume of /var/run/thing.sock: the baseline Pod Security control forbids every hostPath volume, not only the runtime socket'],
      [
        'drop-net-raw-capability',
        'DeploymentConfig dont-fire',
        'capabilities is empty, so the container keeps the runtime defaults, NET_RAW among them: the restricted control requires drop ALL; kube-linter skips a container without a capabilities mapping',
      ],
    ] as const
  ).map(([peerCheck, label, reason]): Explanation => ({ peer: 'kube-linter', peerCheck, case: label, reason })),
  { peer: 'kube-linter', peerCheck: 'no-readiness-probe', case: 'Deployment app1', reason: notServed },
  {
    peer: 'kube-linter',
    peerCheck: 'pdb-min-available',
    case: 'PodDisruptionBudget baz',
    reason: 'Deployment foo has no pod template at all, so there are no pod labels for the budget to select; kube-linter pairs them without pod labels',
  },
  ...(['liveness-port', 'readiness-port', 'startup-port'] as const).flatMap((peerCheck): Explanation[] => [
    {
      peer: 'kube-linter',
      peerCheck,
      case: 'Deployment (unnamed) container fire-deployment-int',
      reason: 'a numeric probe port needs no declaration: the kubelet probes 8080 as written, and ports[] is informational',
    },
    {
      peer: 'kube-linter',
      peerCheck,
      case: 'Deployment (unnamed) container fire-deployment-udp',
      reason: 'the name udp is declared, so the kubelet resolves it; probe-port-unknown checks names only, not that a TCP probe aims at a UDP port',
    },
    ...(peerCheck === 'liveness-port'
      ? []
      : [
          {
            peer: 'kube-linter',
            peerCheck,
            case: 'Deployment (unnamed) container fire-deployment-grpc',
            reason: 'a gRPC probe takes a port number, which needs no declaration: the kubelet probes 8080 as written',
          } as const,
        ]),
  ]),
  { peer: 'kube-linter', peerCheck: 'hpa-minimum-three-replicas', case: 'HorizontalPodAutoscaler app', reason: 'minReplicas 2: kube-linter asks for 3, kubeready for 2' },
  {
    peer: 'kube-linter',
    peerCheck: 'run-as-non-root',
    case: 'Deployment group-zero',
    reason: 'runAsUser 1001 with runAsGroup 0: the process is not root, and run-as-root judges the uid, not the group; kube-linter also reports group 0',
  },
  {
    peer: 'kube-linter',
    peerCheck: 'docker-sock',
    case: 'Deployment dont-fire',
    reason: 'a hostPath volume of /var/run/thing.sock: the baseline Pod Security control forbids every hostPath volume, not only the runtime socket',
  },
  {
    peer: 'kube-linter',
    peerCheck: 'drop-net-raw-capability',
    case: 'Deployment dont-fire',
    reason: 'capabilities is empty, so the container keeps the runtime defaults, NET_RAW among them: the restricted control requires drop ALL; kube-linter skips a container without a capabilities mapping',
  },
  {
    peer: 'kube-linter',
    peerCheck: 'env-var-secret',
    case: 'Deployment app',
    reason: 'SECRET_BLAH: the credential word is not the last word of the name, which kubeready reads as a name about a secret (as SECRET_NAME), not one; kube-linter matches secret anywhere in the name',
  },
  {
    peer: 'kube-linter',
    peerCheck: 'dangling-networkpolicy',
    case: 'NetworkPolicy app',
    reason: 'the file holds no workload at all: with none in its namespace, the pods may be deployed from elsewhere, so kubeready reports only a selector that matches a workload of another namespace',
  },
  {
    peer: 'kube-linter',
    peerCheck: 'minimum-three-replicas',
    case: 'Deployment app',
    reason: '2 replicas, and no Service: kube-linter asks every Deployment for 3, kubeready asks served ones for 2',
  },
];
