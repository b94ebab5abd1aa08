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
 *   kubeScoreConfigs.
 * - Polaris: a failure*.yaml must give at least one danger for the check, a success*.yaml none. The
 *   mutated*.yaml files are the expected output of its auto-fix, not oracle cases.
 * - kube-linter gives a report count per file; the cases are the objects (or, for the probe-port
 *   checks, the containers) the check judges, and `fires` names the ones the expected reports are
 *   about. The test cross-checks `fires` with the count and the kinds of the expected messages.
 *
 * kubeready "flags" a case when one of the mapped checks reports a finding in the file (kube-score,
 * Polaris) or on that object or container (kube-linter), whatever its severity.
 */

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

  // Polaris (FairwindsOps/polaris)
  { peer: 'polaris', peerCheck: 'tagNotSpecified', checks: ['image-untagged'], why: 'image without a tag or tagged latest' },
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
];

/**
 * Peer checks with oracle cases that kubeready has no equivalent for. The security ones belong to
 * another issue; the rest ask a question no kubeready check asks, or only look alike.
 */
export const notEquivalent: Readonly<Record<Peer, Readonly<Record<string, string>>>> = {
  'kube-score': {
    'container-security-context-privileged': 'security: other issue',
    'container-security-context-readonlyrootfilesystem': 'security: other issue',
    'container-security-context-user-group-id': 'security: other issue',
    'container-seccomp-profile': 'security: other issue',
    'pod-networkpolicy': 'security (network isolation): other issue',
    'networkpolicy-targets-pod': 'security (network isolation): other issue',
    'container-image-pull-policy': 'pull policy Always (image pull secrets re-checked): security, other issue',
    'container-ephemeral-storage-request-and-limit': 'kubeready does not judge ephemeral storage',
    'container-ephemeral-storage-request-equals-limit': 'kubeready does not ask requests to equal limits',
    'container-cpu-requests-equal-limits': 'kubeready does not ask requests to equal limits',
    'container-memory-requests-equal-limits': 'kubeready does not ask requests to equal limits',
    'container-resource-requests-equal-limits': 'kubeready does not ask requests to equal limits',
    'container-ports-check': 'port name and containerPort validity: not a readiness question kubeready asks',
    'environment-variable-key-duplication': 'duplicate env names: no kubeready check (yaml-syntax covers repeated YAML keys only)',
    'cronjob-has-deadline': 'no kubeready check on CronJob deadlines',
    'cronjob-restartpolicy': 'no kubeready check on restart policies',
    'deployment-strategy': 'no kubeready check on the rollout strategy',
    'poddisruptionbudget-has-policy': 'a budget with neither minAvailable nor maxUnavailable: pdb-blocks-eviction judges values, not their absence',
    'pod-topology-spread-constraints': 'validity of maxSkew, minDomains, whenUnsatisfiable: schema validation, not anti-affinity-missing',
    'service-type': 'NodePort Services: exposure, other issue',
    'stable-version': 'deprecated API versions: no kubeready check',
    'statefulset-has-servicename': 'headless serviceName of a StatefulSet: no kubeready check',
    'statefulset-pod-selector-labels-match-template-metadata-labels': 'selector/template mismatch: rejected by the API server, no kubeready check',
  },
  polaris: {
    automountServiceAccountToken: 'security: other issue',
    clusterrolePodExecAttach: 'security (RBAC): other issue',
    clusterrolebindingClusterAdmin: 'security (RBAC): other issue',
    clusterrolebindingPodExecAttach: 'security (RBAC): other issue',
    dangerousCapabilities: 'security: other issue',
    hostIPCSet: 'security: other issue',
    hostNetworkSet: 'security: other issue',
    hostPIDSet: 'security: other issue',
    hostPathSet: 'security: other issue',
    hostPortSet: 'security: other issue',
    hostProcess: 'security: other issue',
    insecureCapabilities: 'security: other issue',
    linuxHardening: 'security: other issue',
    missingNetworkPolicy: 'security (network isolation): other issue',
    notReadOnlyRootFilesystem: 'security: other issue',
    privilegeEscalationAllowed: 'security: other issue',
    procMount: 'security: other issue',
    pullPolicyNotAlways: 'pull policy Always: security, other issue',
    rolePodExecAttach: 'security (RBAC): other issue',
    rolebindingClusterAdminClusterRole: 'security (RBAC): other issue',
    rolebindingClusterAdminRole: 'security (RBAC): other issue',
    rolebindingClusterRolePodExecAttach: 'security (RBAC): other issue',
    rolebindingRolePodExecAttach: 'security (RBAC): other issue',
    runAsPrivileged: 'security: other issue',
    runAsRootAllowed: 'security: other issue',
    sensitiveConfigmapContent: 'security (secrets): other issue',
    sensitiveContainerEnvVar: 'security (secrets): other issue',
    tlsSettingsMissing: 'security (TLS on Ingress): other issue',
    cpuLimitsMissing: 'kubeready deliberately does not ask for cpu limits (they throttle; requests-missing covers scheduling)',
    hpaMaxAvailability: 'maxReplicas above minReplicas: no kubeready check',
    metadataAndInstanceMismatched: 'label consistency (app.kubernetes.io/instance): no kubeready check',
    nakedPod: 'custom check of the test suite (a Pod without a controller): no kubeready check',
    oneController: 'custom check of the test suite: no kubeready check',
    priorityClassNotSet: 'no kubeready check on priority classes',
    resourceRange: 'custom check of the test suite (resource ranges): no kubeready check',
  },
  'kube-linter': {
    'access-to-create-pods': 'security (RBAC): other issue',
    'access-to-secrets': 'security (RBAC): other issue',
    'cluster-admin-role-binding': 'security (RBAC): other issue',
    'default-service-account': 'security: other issue',
    'deprecated-service-account-field': 'security: other issue',
    'docker-sock': 'security: other issue',
    'drop-net-raw-capability': 'security: other issue',
    'env-var-secret': 'security (secrets): other issue',
    'read-secret-from-env-var': 'security (secrets): other issue',
    'exposed-services': 'security (exposure): other issue',
    'host-ipc': 'security: other issue',
    'host-network': 'security: other issue',
    'host-pid': 'security: other issue',
    'no-read-only-root-fs': 'security: other issue',
    'non-existent-service-account': 'security (service accounts): other issue',
    'non-isolated-pod': 'security (network isolation): other issue',
    'dangling-networkpolicy': 'security (network isolation): other issue',
    'dangling-networkpolicypeer-podselector': 'security (network isolation): other issue',
    'privilege-escalation-container': 'security: other issue',
    'privileged-container': 'security: other issue',
    'privileged-ports': 'security: other issue',
    'run-as-non-root': 'security: other issue',
    'scc-deny-privileged-container': 'security: other issue',
    'sensitive-host-mounts': 'security: other issue',
    'ssh-port': 'security: other issue',
    'unsafe-proc-mount': 'security: other issue',
    'unsafe-sysctls': 'security: other issue',
    'wildcard-in-rules': 'security (RBAC): other issue',
    'writable-host-mount': 'security: other issue',
    'dangling-servicemonitor': 'ServiceMonitor selectors: no kubeready check',
    'dnsconfig-options': 'DNS ndots: no kubeready check',
    'duplicate-env-var': 'duplicate env names: no kubeready check',
    'env-value-from': 'env valueFrom references: no kubeready check',
    'invalid-target-ports': 'port name syntax: schema validation, no kubeready check',
    'job-ttl-seconds-after-finished': 'Job cleanup: no kubeready check',
    'mismatching-selector': 'selector/template mismatch: rejected by the API server, no kubeready check',
    'no-extensions-v1beta': 'deprecated API versions: no kubeready check',
    'no-node-affinity': 'node affinity presence: no kubeready check',
    'no-rolling-update-strategy': 'rollout strategy: no kubeready check',
    'pdb-unhealthy-pod-eviction-policy': 'unhealthyPodEvictionPolicy presence: no kubeready check',
    'priority-class-name': 'priority classes: no kubeready check',
    'required-annotation-email': 'organisation-specific metadata: no kubeready check',
    'required-label-owner': 'organisation-specific metadata: no kubeready check',
    'restart-policy': 'restart policies: no kubeready check',
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
  'UseIgnoreChecksAnnotation=false, UseOptionalChecksAnnotation=true': { exclude: 'asserts only that the check was not skipped; no grade is asserted' },
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
const deploymentConfig = 'an OpenShift DeploymentConfig (apps.openshift.io/v1), which is not a kind kubeready reviews';
const limitsOnly = 'limits only: Kubernetes defaults each request to its limit, so the pod has cpu and memory requests; kube-score grades the unwritten requests WARNING';

export const explanations: readonly Explanation[] = [
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
    reason: 'replicas 1, but no Service selects the pods (and apiVersion v1 serves no Deployment kind): kubeready asks only served workloads for a second replica',
  },
  { peer: 'polaris', peerCheck: 'topologySpreadConstraint', case: 'failure.empty.yaml', reason: `${unsetReplicas}: there is nothing to spread, and kubeready asks for node spreading from 2 replicas` },
  {
    peer: 'polaris',
    peerCheck: 'topologySpreadConstraint',
    case: 'failure.nospreadconstraint.yaml',
    reason: `${unsetReplicas}: there is nothing to spread, and kubeready asks for node spreading from 2 replicas`,
  },

  // kube-linter
  ...(
    [
      ['latest-tag', 'DeploymentConfig app'],
      ['no-anti-affinity', 'DeploymentConfig app2'],
      ['no-liveness-probe', 'DeploymentConfig app2'],
      ['no-readiness-probe', 'DeploymentConfig app2'],
      ['unset-cpu-requirements', 'DeploymentConfig app2'],
      ['unset-memory-requirements', 'DeploymentConfig app2'],
      ['minimum-three-replicas', 'DeploymentConfig app'],
    ] as const
  ).map(([peerCheck, label]): Explanation => ({ peer: 'kube-linter', peerCheck, case: label, reason: deploymentConfig })),
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
    peerCheck: 'minimum-three-replicas',
    case: 'Deployment app',
    reason: '2 replicas, and no Service: kube-linter asks every Deployment for 3, kubeready asks served ones for 2',
  },
];
