import { existsSync, mkdirSync, readFileSync, renameSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join, resolve } from 'node:path';
import { pathToFileURL } from 'node:url';

/**
 * A synthetic monorepo of Kubernetes manifests for benchmarks: teams with namespaces per environment,
 * one folder per application, multi-document files, platform folders (namespaces with quotas, RBAC,
 * storage), custom resources, JSON and List files, and a share of deliberate problems (moving tags,
 * missing probes, placeholders, plaintext secrets, selectors that match nothing, duplicate keys,
 * syntax errors). The same seed and size always give the same bytes.
 */

/** Bump when the templates change, so that a folder written by an older generator is not reused. */
const generatorVersion = 2;

export interface SyntheticOptions {
  /** Seed of the pseudo-random choices (default 1). */
  seed?: number;
  /** At least this many Kubernetes objects (default 20,000). */
  objects?: number;
  /** Where to write; default: a folder under os.tmpdir() named after the seed, size and generator version. */
  dir?: string;
}

export interface SyntheticRepo {
  dir: string;
  files: number;
  /** Objects in files that parse (what a linter should count). */
  objects: number;
  bytes: number;
  /** True when an existing folder written with the same seed and size was reused. */
  reused: boolean;
}

interface Manifest {
  seed: number;
  requested: number;
  version: number;
  files: number;
  objects: number;
  bytes: number;
}

// Not .yaml or .json, so that a linter walking the folder does not read it.
const manifestName = '.synthetic-manifest';

/** Writes the monorepo (or reuses the one already written for this seed and size) and says what is in it. */
export function syntheticMonorepo(options: SyntheticOptions = {}): SyntheticRepo {
  const seed = options.seed ?? 1;
  const requested = options.objects ?? 20_000;
  const dir = resolve(options.dir ?? join(tmpdir(), `kubeready-synthetic-v${generatorVersion}-seed${seed}-${requested}`));
  const existing = readManifest(join(dir, manifestName));
  if (existing && existing.seed === seed && existing.requested === requested && existing.version === generatorVersion) {
    return { dir, files: existing.files, objects: existing.objects, bytes: existing.bytes, reused: true };
  }
  const generated = generate(seed, requested);
  // Written beside the target and renamed at the end: an interrupted run never leaves a folder that looks complete.
  const staging = `${dir}.partial-${process.pid}`;
  rmSync(staging, { recursive: true, force: true });
  let bytes = 0;
  for (const [path, text] of generated.files) {
    const file = join(staging, path);
    mkdirSync(dirname(file), { recursive: true });
    writeFileSync(file, text);
    bytes += Buffer.byteLength(text);
  }
  const manifest: Manifest = { seed, requested, version: generatorVersion, files: generated.files.size, objects: generated.objects, bytes };
  writeFileSync(join(staging, manifestName), `${JSON.stringify(manifest, null, 2)}\n`);
  rmSync(dir, { recursive: true, force: true });
  mkdirSync(dirname(dir), { recursive: true });
  renameSync(staging, dir);
  return { dir, files: manifest.files, objects: manifest.objects, bytes, reused: false };
}

function readManifest(file: string): Manifest | undefined {
  if (!existsSync(file)) return undefined;
  try {
    const value: unknown = JSON.parse(readFileSync(file, 'utf8'));
    return typeof value === 'object' && value !== null ? (value as Manifest) : undefined;
  } catch {
    return undefined;
  }
}

/** mulberry32: small, fast, and the same on every platform. */
function randomSource(seed: number) {
  let state = seed >>> 0;
  const next = (): number => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
  return {
    chance: (probability: number) => next() < probability,
    int: (min: number, max: number) => min + Math.floor(next() * (max - min + 1)),
    pick: <T>(items: readonly T[]): T => items[Math.floor(next() * items.length)] as T,
  };
}
type Random = ReturnType<typeof randomSource>;

const teamNames = [
  'payments', 'checkout', 'catalog', 'search', 'identity', 'billing', 'shipping', 'inventory', 'pricing', 'reviews',
  'media', 'notifications', 'analytics', 'ledger', 'fraud', 'support', 'growth', 'partners', 'loyalty', 'maps',
  'pipelines', 'storage', 'messaging', 'gateway', 'reporting', 'recommendations', 'accounts', 'orders', 'tax', 'quotes',
];
const environments = ['dev', 'staging', 'prod'] as const;
type Environment = (typeof environments)[number];
const appWords = ['api', 'worker', 'web', 'sync', 'indexer', 'scheduler', 'gateway', 'proxy', 'exporter', 'consumer', 'publisher', 'cache', 'db', 'queue', 'admin', 'batch'];
const registries = ['registry.example.com', 'ghcr.io/acme', 'docker.io/library', 'quay.io/acme', '123456789012.dkr.ecr.eu-west-1.amazonaws.com', 'gcr.io/acme-prod'];
const languages = ['go', 'java', 'node', 'python', 'rust'];

type WorkloadKind = 'Deployment' | 'StatefulSet' | 'DaemonSet' | 'CronJob';

interface App {
  name: string;
  team: string;
  environment: Environment;
  namespace: string;
  kind: WorkloadKind;
  replicas: number;
  port: number;
  image: string;
  language: string;
}

class Output {
  readonly files = new Map<string, string>();
  objects = 0;

  /** A file of YAML documents; `countable` says how many of its objects a parser will see. */
  add(path: string, documents: readonly string[], countable = documents.length): void {
    this.files.set(path, documents.map((document) => document.trimEnd()).join('\n---\n') + '\n');
    this.objects += countable;
  }
}

/**
 * The monorepo's files in memory, path to text. `teams` fixes the number of teams (namespaces are three per
 * team), so that a larger repository has larger namespaces rather than more of them.
 */
export function syntheticFiles(seed: number, objects: number, teams?: number): ReadonlyMap<string, string> {
  return generate(seed, objects, teams).files;
}

function generate(seed: number, requested: number, teams = Math.round(requested / 850)): Output {
  const random = randomSource(seed);
  const output = new Output();
  const teamCount = Math.max(3, Math.min(teamNames.length, teams));
  const teamList = teamNames.slice(0, teamCount);
  platformFiles(output, teamList, random);
  let serial = 0;
  // Applications are dealt to teams and environments round-robin until there are enough objects.
  while (output.objects < requested) {
    const team = teamList[serial % teamList.length] as string;
    const environment = environments[Math.floor(serial / teamList.length) % environments.length] as Environment;
    const round = Math.floor(serial / (teamList.length * environments.length));
    const name = `${appWords[round % appWords.length]}${round >= appWords.length ? `-${Math.floor(round / appWords.length) + 1}` : ''}`;
    appFiles(output, makeApp(team, environment, name, random), random);
    serial++;
  }
  return output;
}

function makeApp(team: string, environment: Environment, word: string, random: Random): App {
  const kind: WorkloadKind = random.pick(['Deployment', 'Deployment', 'Deployment', 'Deployment', 'Deployment', 'StatefulSet', 'CronJob', 'DaemonSet'] as const);
  const name = `${team}-${word}`;
  const replicas = kind === 'DaemonSet' || kind === 'CronJob' ? 1 : environment === 'prod' ? random.int(2, 6) : random.pick([1, 1, 2]);
  const tag = random.chance(0.08) ? 'latest' : random.chance(0.04) ? '' : `${random.int(1, 4)}.${random.int(0, 30)}.${random.int(0, 9)}`;
  const registry = random.pick(registries);
  const image = `${registry}/${team}/${word}${tag ? `:${tag}` : ''}`;
  return {
    name,
    team,
    environment,
    namespace: `${team}-${environment}`,
    kind,
    replicas,
    port: random.pick([8080, 8000, 3000, 9090, 5000]),
    image: random.chance(0.01) ? `${registry}/${team}/${word}:\${IMAGE_TAG}` : image,
    language: random.pick(languages),
  };
}

function labels(app: App, indent: string): string {
  return [
    `app.kubernetes.io/name: ${app.name}`,
    `app.kubernetes.io/part-of: ${app.team}`,
    `app.kubernetes.io/managed-by: kubectl`,
    `environment: ${app.environment}`,
  ].map((line) => `${indent}${line}`).join('\n');
}

function appFiles(output: Output, app: App, random: Random): void {
  const folder = `teams/${app.team}/${app.environment}/${app.name}`;
  const workload = workloadDocument(app, random);
  const documents = [workload];
  const served = app.kind !== 'CronJob';
  if (served) documents.push(serviceDocument(app, random));
  if (app.replicas > 1 && random.chance(0.8)) documents.push(budgetDocument(app, random));
  if (app.kind === 'Deployment' && app.replicas > 1 && random.chance(0.5)) documents.push(autoscalerDocument(app, random));
  if (app.kind === 'StatefulSet' && random.chance(0.3)) documents.push(storageClaimDocument(app));
  let syntax = '';
  if (random.chance(0.003)) syntax = 'duplicate';
  else if (random.chance(0.002)) syntax = 'broken';
  if (syntax === 'duplicate') {
    // The repeated key keeps the document parseable: it still counts.
    documents[0] = workload.replace(/^( {4}app\.kubernetes\.io\/name: .*)$/m, '$1\n    app.kubernetes.io/name: duplicated');
  }
  const broken = syntax === 'broken';
  if (broken) documents[0] = workload.replace(/^spec:\n {2}/m, 'spec:\n\t');
  output.add(`${folder}/${app.kind.toLowerCase()}.yaml`, documents, broken ? documents.length - 1 : documents.length);

  const config = [configMapDocument(app, random)];
  if (random.chance(0.6)) config.push(secretDocument(app, random));
  if (random.chance(0.15)) {
    output.files.set(`${folder}/config.json`, `${configMapJson(app)}\n`);
    output.objects += 1;
  }
  output.add(`${folder}/config.yaml`, config);

  const network: string[] = [];
  if (served && random.chance(0.7)) network.push(networkPolicyDocument(app, random));
  if (served && app.kind === 'Deployment' && random.chance(0.35)) network.push(ingressDocument(app, random));
  if (random.chance(0.3)) network.push(serviceMonitorDocument(app));
  if (network.length > 0) output.add(`${folder}/network.yaml`, network);

  if (random.chance(0.2)) output.add(`${folder}/rbac.yaml`, [serviceAccountDocument(app), ...roleDocuments(app, random)]);
  if (random.chance(0.04)) output.add(`${folder}/list.yaml`, [listDocument(app)], 2);
}

function resourcesBlock(random: Random, indent: string): string {
  if (random.chance(0.1)) return '';
  const cpu = random.pick(['50m', '100m', '250m', '500m', '1']);
  const memory = random.pick(['64Mi', '128Mi', '256Mi', '512Mi', '1Gi', '2Gi']);
  const limits = random.chance(0.7) ? `\n${indent}  limits:\n${indent}    memory: ${memory}` + (random.chance(0.3) ? `\n${indent}    cpu: "2"` : '') : '';
  return `\n${indent}resources:\n${indent}  requests:\n${indent}    cpu: ${cpu}\n${indent}    memory: ${memory}${limits}`;
}

function probesBlock(app: App, random: Random, indent: string): string {
  if (app.kind === 'CronJob' || random.chance(0.12)) return '';
  const path = random.pick(['/healthz', '/health', '/ready', '/livez']);
  const readinessPath = random.chance(0.15) ? path : '/ready';
  const liveness = random.chance(0.1)
    ? ''
    : `\n${indent}livenessProbe:\n${indent}  httpGet:\n${indent}    path: ${path}\n${indent}    port: http\n${indent}  periodSeconds: ${random.pick([5, 10, 20])}\n${indent}  failureThreshold: ${random.pick([1, 3, 5])}`;
  const readiness = random.chance(0.08)
    ? `\n${indent}readinessProbe:\n${indent}  tcpSocket:\n${indent}    port: ${app.port}\n${indent}  initialDelaySeconds: ${random.pick([0, 5, 120])}`
    : `\n${indent}readinessProbe:\n${indent}  httpGet:\n${indent}    path: ${readinessPath}\n${indent}    port: http\n${indent}  periodSeconds: 5`;
  return liveness + readiness;
}

function securityBlock(app: App, random: Random, indent: string): string {
  if (app.kind === 'DaemonSet' && random.chance(0.4)) {
    return `\n${indent}securityContext:\n${indent}  privileged: true\n${indent}  capabilities:\n${indent}    add: ["NET_ADMIN", "SYS_TIME"]`;
  }
  if (random.chance(0.3)) return '';
  return [
    `\n${indent}securityContext:`,
    `${indent}  runAsNonRoot: true`,
    `${indent}  allowPrivilegeEscalation: false`,
    `${indent}  readOnlyRootFilesystem: ${random.chance(0.7)}`,
    `${indent}  capabilities:`,
    `${indent}    drop: [ALL]`,
    `${indent}  seccompProfile:`,
    `${indent}    type: RuntimeDefault`,
  ].join('\n');
}

function envBlock(app: App, random: Random, indent: string): string {
  const lines = [
    `${indent}env:`,
    `${indent}  - name: ENVIRONMENT`,
    `${indent}    value: ${app.environment}`,
    `${indent}  - name: POD_NAME`,
    `${indent}    valueFrom:`,
    `${indent}      fieldRef:`,
    `${indent}        fieldPath: metadata.name`,
    `${indent}  - name: LOG_LEVEL`,
    `${indent}    value: "${random.pick(['info', 'debug', 'warn'])}"`,
  ];
  if (random.chance(0.05)) lines.push(`${indent}  - name: DB_PASSWORD`, `${indent}    value: "s3cr3t-${random.int(1000, 9999)}"`);
  else lines.push(`${indent}  - name: DB_PASSWORD`, `${indent}    valueFrom:`, `${indent}      secretKeyRef:`, `${indent}        name: ${app.name}`, `${indent}        key: password`);
  if (random.chance(0.02)) lines.push(`${indent}  - name: UPSTREAM_URL`, `${indent}    value: "http://\${UPSTREAM_HOST}:8080"`);
  if (app.language === 'java') lines.push(`${indent}  - name: JAVA_TOOL_OPTIONS`, `${indent}    value: "-XX:MaxRAMPercentage=75 -XX:+ExitOnOutOfMemoryError"`);
  return `\n${lines.join('\n')}`;
}

function containerBlock(app: App, random: Random, indent: string): string {
  const ports = app.kind === 'CronJob' ? '' : `\n${indent}  ports:\n${indent}    - name: http\n${indent}      containerPort: ${app.port}\n${indent}      protocol: TCP`;
  const preStop = app.kind !== 'CronJob' && random.chance(0.5) ? `\n${indent}  lifecycle:\n${indent}    preStop:\n${indent}      exec:\n${indent}        command: ["sleep", "10"]` : '';
  const command = app.kind === 'CronJob' ? `\n${indent}  command: ["/bin/sh", "-c"]\n${indent}  args:\n${indent}    - |\n${indent}      echo "running \${JOB_NAME}"\n${indent}      /app/run --once` : '';
  const inner = `${indent}  `;
  const mounts = `\n${inner}volumeMounts:\n${inner}  - name: config\n${inner}    mountPath: /etc/${app.name}\n${inner}    readOnly: true` +
    (app.kind === 'StatefulSet' ? `\n${inner}  - name: data\n${inner}    mountPath: /var/lib/${app.name}` : '') +
    (app.kind === 'DaemonSet' ? `\n${inner}  - name: host-logs\n${inner}    mountPath: /var/log/host` : '');
  const sidecar = random.chance(0.15)
    ? `\n${indent}- name: envoy\n${indent}  image: docker.io/envoyproxy/envoy:v1.${random.int(25, 31)}.${random.int(0, 5)}\n${indent}  ports:\n${indent}    - containerPort: 15001\n${indent}  resources:\n${indent}    requests: { cpu: 50m, memory: 64Mi }\n${indent}    limits: { memory: 128Mi }`
    : '';
  return (
    `${indent}- name: ${app.name.split('-').slice(1).join('-') || 'main'}\n${indent}  image: ${app.image.includes(':') ? `"${app.image}"` : app.image}` +
    `\n${indent}  imagePullPolicy: IfNotPresent${command}${ports}${envBlock(app, random, inner)}${resourcesBlock(random, inner)}` +
    `${probesBlock(app, random, inner)}${securityBlock(app, random, inner)}${preStop}${mounts}${sidecar}`
  );
}

function podSpec(app: App, random: Random, indent: string): string {
  const lines: string[] = [];
  if (random.chance(0.6)) lines.push(`${indent}serviceAccountName: ${app.name}`);
  if (random.chance(0.5)) lines.push(`${indent}automountServiceAccountToken: false`);
  if (app.kind === 'DaemonSet' && random.chance(0.3)) lines.push(`${indent}hostNetwork: true`);
  if (app.kind === 'CronJob') lines.push(`${indent}restartPolicy: OnFailure`);
  if (random.chance(0.4)) lines.push(`${indent}terminationGracePeriodSeconds: ${random.pick([5, 30, 60])}`);
  if (app.replicas > 1 && random.chance(0.6)) {
    lines.push(
      `${indent}topologySpreadConstraints:`,
      `${indent}  - maxSkew: 1`,
      `${indent}    topologyKey: ${random.pick(['kubernetes.io/hostname', 'topology.kubernetes.io/zone'])}`,
      `${indent}    whenUnsatisfiable: ScheduleAnyway`,
      `${indent}    labelSelector:`,
      `${indent}      matchLabels:`,
      `${indent}        app.kubernetes.io/name: ${app.name}`,
    );
  }
  if (random.chance(0.1)) lines.push(`${indent}nodeSelector:`, `${indent}  kubernetes.io/os: linux`, `${indent}  node.kubernetes.io/instance-type: m5.xlarge`);
  if (random.chance(0.1)) lines.push(`${indent}tolerations:`, `${indent}  - key: dedicated`, `${indent}    operator: Equal`, `${indent}    value: ${app.team}`, `${indent}    effect: NoSchedule`);
  lines.push(`${indent}containers:`, containerBlock(app, random, `${indent}  `));
  lines.push(`${indent}volumes:`, `${indent}  - name: config`, `${indent}    configMap:`, `${indent}      name: ${app.name}`);
  if (app.kind === 'DaemonSet') lines.push(`${indent}  - name: host-logs`, `${indent}    hostPath:`, `${indent}      path: /var/log`, `${indent}      type: Directory`);
  return lines.join('\n');
}

function workloadDocument(app: App, random: Random): string {
  const header = (apiVersion: string) =>
    `apiVersion: ${apiVersion}\nkind: ${app.kind}\nmetadata:\n  name: ${app.name}\n  namespace: ${app.namespace}\n  labels:\n${labels(app, '    ')}\n` +
    `  annotations:\n    owner: "${app.team}@example.com"\n    description: ${app.kind} of team ${app.team}, ${app.environment}\n`;
  const template = (indent: string) =>
    `${indent}template:\n${indent}  metadata:\n${indent}    labels:\n${labels(app, `${indent}      `)}\n${indent}  spec:\n${podSpec(app, random, `${indent}    `)}`;
  const selectorLabels = `    matchLabels:\n      app.kubernetes.io/name: ${app.name}\n      environment: ${app.environment}`;
  switch (app.kind) {
    case 'Deployment':
      return `${header('apps/v1')}spec:\n  replicas: ${app.replicas}\n  revisionHistoryLimit: 5\n  strategy:\n    type: RollingUpdate\n    rollingUpdate: { maxSurge: 25%, maxUnavailable: 0 }\n  selector:\n${selectorLabels}\n${template('  ')}`;
    case 'StatefulSet':
      return (
        `${header('apps/v1')}spec:\n  replicas: ${app.replicas}\n  serviceName: ${app.name}\n  podManagementPolicy: Parallel\n  selector:\n${selectorLabels}\n${template('  ')}\n` +
        `  volumeClaimTemplates:\n    - metadata:\n        name: data\n      spec:\n        accessModes: ["ReadWriteOnce"]\n        storageClassName: ${random.pick(['standard', 'fast-ssd'])}\n        resources:\n          requests:\n            storage: ${random.pick(['10Gi', '50Gi', '200Gi'])}`
      );
    case 'DaemonSet':
      return `${header('apps/v1')}spec:\n  updateStrategy:\n    type: RollingUpdate\n  selector:\n${selectorLabels}\n${template('  ')}`;
    case 'CronJob':
      return (
        `${header('batch/v1')}spec:\n  schedule: "${random.int(0, 59)} ${random.int(0, 23)} * * *"\n  concurrencyPolicy: Forbid\n  successfulJobsHistoryLimit: 3\n` +
        `  jobTemplate:\n    spec:\n      backoffLimit: 2\n${template('      ')}`
      );
  }
}

function serviceDocument(app: App, random: Random): string {
  // A few selectors carry a typo, so that service-selects-nothing has something to find.
  const selected = random.chance(0.03) ? `${app.name}-v2` : app.name;
  const headless = app.kind === 'StatefulSet' ? '\n  clusterIP: None' : '';
  return (
    `apiVersion: v1\nkind: Service\nmetadata:\n  name: ${app.name}\n  namespace: ${app.namespace}\n  labels:\n${labels(app, '    ')}\n` +
    `spec:\n  type: ${random.chance(0.05) ? 'LoadBalancer' : 'ClusterIP'}${headless}\n  selector:\n    app.kubernetes.io/name: ${selected}\n` +
    `  ports:\n    - name: http\n      port: 80\n      targetPort: http\n      protocol: TCP`
  );
}

function budgetDocument(app: App, random: Random): string {
  const apiVersion = random.chance(0.03) ? 'policy/v1beta1' : 'policy/v1';
  const budget = random.chance(0.05) ? 'maxUnavailable: 0' : random.chance(0.5) ? 'minAvailable: 1' : 'maxUnavailable: 25%';
  return `apiVersion: ${apiVersion}\nkind: PodDisruptionBudget\nmetadata:\n  name: ${app.name}\n  namespace: ${app.namespace}\nspec:\n  ${budget}\n  selector:\n    matchLabels:\n      app.kubernetes.io/name: ${app.name}`;
}

function autoscalerDocument(app: App, random: Random): string {
  const target = random.chance(0.03) ? `${app.name}-old` : app.name;
  const minimum = random.pick([1, 2, 3]);
  return (
    `apiVersion: autoscaling/v2\nkind: HorizontalPodAutoscaler\nmetadata:\n  name: ${app.name}\n  namespace: ${app.namespace}\nspec:\n` +
    `  scaleTargetRef:\n    apiVersion: apps/v1\n    kind: Deployment\n    name: ${target}\n  minReplicas: ${minimum}\n  maxReplicas: ${minimum * random.int(2, 5)}\n` +
    `  metrics:\n    - type: Resource\n      resource:\n        name: cpu\n        target:\n          type: Utilization\n          averageUtilization: ${random.pick([60, 70, 80])}`
  );
}

function storageClaimDocument(app: App): string {
  return `apiVersion: v1\nkind: PersistentVolumeClaim\nmetadata:\n  name: ${app.name}-backup\n  namespace: ${app.namespace}\nspec:\n  accessModes: [ReadWriteOnce]\n  resources:\n    requests:\n      storage: 20Gi`;
}

function configMapDocument(app: App, random: Random): string {
  const nginx = [
    '    server {',
    `      listen ${app.port};`,
    '      location / {',
    '        proxy_pass http://127.0.0.1:9000;',
    '        proxy_set_header Host $host;',
    '      }',
    '    }',
  ].join('\n');
  const extra = random.chance(0.02) ? '\n  feature_flag: {{FEATURE_FLAG}}' : '';
  return (
    `apiVersion: v1\nkind: ConfigMap\nmetadata:\n  name: ${app.name}\n  namespace: ${app.namespace}\n  labels:\n${labels(app, '    ')}\ndata:\n` +
    `  LOG_FORMAT: json\n  TIMEOUT_SECONDS: "${random.pick([5, 10, 30])}"\n  APP_ENV: ${app.environment}\n  app.properties: |\n` +
    `    server.port=${app.port}\n    cache.ttl=${random.int(10, 600)}\n    upstream=http://\${UPSTREAM}:80\n  nginx.conf: |\n${nginx}${extra}`
  );
}

function secretDocument(app: App, random: Random): string {
  const body = random.chance(0.1)
    ? `stringData:\n  password: "${random.pick(['hunter2', 'changeme', 'P@ssw0rd!'])}"\n  username: ${app.team}`
    : `data:\n  password: ${Buffer.from(`pw-${app.name}`).toString('base64')}\n  username: ${Buffer.from(app.team).toString('base64')}`;
  return `apiVersion: v1\nkind: Secret\nmetadata:\n  name: ${app.name}\n  namespace: ${app.namespace}\ntype: Opaque\n${body}`;
}

function configMapJson(app: App): string {
  return JSON.stringify(
    {
      apiVersion: 'v1',
      kind: 'ConfigMap',
      metadata: { name: `${app.name}-features`, namespace: app.namespace, labels: { 'app.kubernetes.io/name': app.name } },
      data: { 'features.json': JSON.stringify({ darkLaunch: false, ratio: 0.25 }), REGION: 'eu-west-1' },
    },
    null,
    2,
  );
}

function networkPolicyDocument(app: App, random: Random): string {
  const podLabel = random.chance(0.03) ? `${app.name}-legacy` : app.name;
  return (
    `apiVersion: networking.k8s.io/v1\nkind: NetworkPolicy\nmetadata:\n  name: ${app.name}-ingress\n  namespace: ${app.namespace}\nspec:\n` +
    `  podSelector:\n    matchLabels:\n      app.kubernetes.io/name: ${podLabel}\n  policyTypes: [Ingress]\n  ingress:\n    - from:\n` +
    `        - namespaceSelector:\n            matchLabels:\n              kubernetes.io/metadata.name: ingress-nginx\n        - podSelector:\n            matchLabels:\n              app.kubernetes.io/part-of: ${app.team}\n` +
    `      ports:\n        - port: ${app.port}\n          protocol: TCP`
  );
}

function ingressDocument(app: App, random: Random): string {
  const legacy = random.chance(0.05);
  const backend = legacy
    ? `            backend:\n              serviceName: ${app.name}\n              servicePort: 80`
    : `            pathType: Prefix\n            backend:\n              service:\n                name: ${random.chance(0.03) ? `${app.name}-svc` : app.name}\n                port:\n                  name: http`;
  return (
    `apiVersion: ${legacy ? 'extensions/v1beta1' : 'networking.k8s.io/v1'}\nkind: Ingress\nmetadata:\n  name: ${app.name}\n  namespace: ${app.namespace}\n` +
    `  annotations:\n    cert-manager.io/cluster-issuer: letsencrypt\n    nginx.ingress.kubernetes.io/proxy-body-size: 8m\nspec:\n  ingressClassName: nginx\n` +
    `  tls:\n    - hosts: [${app.name}.${app.environment}.example.com]\n      secretName: ${app.name}-tls\n  rules:\n    - host: ${app.name}.${app.environment}.example.com\n` +
    `      http:\n        paths:\n          - path: /\n${backend}`
  );
}

function serviceMonitorDocument(app: App): string {
  return (
    `apiVersion: monitoring.coreos.com/v1\nkind: ServiceMonitor\nmetadata:\n  name: ${app.name}\n  namespace: ${app.namespace}\nspec:\n` +
    `  selector:\n    matchLabels:\n      app.kubernetes.io/name: ${app.name}\n  endpoints:\n    - port: http\n      interval: 30s\n      path: /metrics\n` +
    `      relabelings:\n        - sourceLabels: [__meta_kubernetes_pod_node_name]\n          targetLabel: node\n          replacement: "{{ $labels.node }}"`
  );
}

function serviceAccountDocument(app: App): string {
  return `apiVersion: v1\nkind: ServiceAccount\nmetadata:\n  name: ${app.name}\n  namespace: ${app.namespace}\nautomountServiceAccountToken: false`;
}

function roleDocuments(app: App, random: Random): string[] {
  const rules = random.chance(0.05)
    ? `rules:\n  - apiGroups: ["*"]\n    resources: ["*"]\n    verbs: ["*"]`
    : random.chance(0.1)
      ? `rules:\n  - apiGroups: [""]\n    resources: [secrets, pods/exec]\n    verbs: [get, list, create]`
      : `rules:\n  - apiGroups: [""]\n    resources: [configmaps]\n    verbs: [get, list, watch]\n  - apiGroups: [coordination.k8s.io]\n    resources: [leases]\n    verbs: [get, create, update]`;
  return [
    `apiVersion: rbac.authorization.k8s.io/v1\nkind: Role\nmetadata:\n  name: ${app.name}\n  namespace: ${app.namespace}\n${rules}`,
    `apiVersion: rbac.authorization.k8s.io/v1\nkind: RoleBinding\nmetadata:\n  name: ${app.name}\n  namespace: ${app.namespace}\nroleRef:\n  apiGroup: rbac.authorization.k8s.io\n  kind: Role\n  name: ${app.name}\nsubjects:\n  - kind: ServiceAccount\n    name: ${app.name}\n    namespace: ${app.namespace}`,
  ];
}

function listDocument(app: App): string {
  return (
    `apiVersion: v1\nkind: List\nitems:\n` +
    `  - apiVersion: v1\n    kind: ConfigMap\n    metadata:\n      name: ${app.name}-extra\n      namespace: ${app.namespace}\n    data:\n      key: value\n` +
    `  - apiVersion: v1\n    kind: ServiceAccount\n    metadata:\n      name: ${app.name}-reader\n      namespace: ${app.namespace}`
  );
}

function platformFiles(output: Output, teams: readonly string[], random: Random): void {
  for (const team of teams) {
    for (const environment of environments) {
      const namespace = `${team}-${environment}`;
      const level = environment === 'prod' ? 'restricted' : 'baseline';
      const documents = [
        `apiVersion: v1\nkind: Namespace\nmetadata:\n  name: ${namespace}\n  labels:\n    team: ${team}\n    environment: ${environment}` +
          (random.chance(0.8) ? `\n    pod-security.kubernetes.io/enforce: ${level}\n    pod-security.kubernetes.io/warn: restricted` : ''),
      ];
      if (random.chance(0.85)) {
        documents.push(
          `apiVersion: v1\nkind: ResourceQuota\nmetadata:\n  name: compute\n  namespace: ${namespace}\nspec:\n  hard:\n    requests.cpu: "${random.int(8, 64)}"\n    requests.memory: ${random.int(16, 256)}Gi\n    limits.memory: ${random.int(32, 512)}Gi\n    pods: "${random.int(50, 300)}"`,
        );
      }
      if (random.chance(0.7)) {
        documents.push(
          `apiVersion: v1\nkind: LimitRange\nmetadata:\n  name: defaults\n  namespace: ${namespace}\nspec:\n  limits:\n    - type: Container\n      default:\n        memory: 512Mi\n      defaultRequest:\n        cpu: 100m\n        memory: 256Mi`,
        );
      }
      if (random.chance(0.75)) {
        documents.push(
          `apiVersion: networking.k8s.io/v1\nkind: NetworkPolicy\nmetadata:\n  name: default-deny\n  namespace: ${namespace}\nspec:\n  podSelector: {}\n  policyTypes: [Ingress, Egress]`,
        );
      }
      output.add(`platform/namespaces/${namespace}.yaml`, documents);
    }
    output.add(`platform/rbac/${team}.yaml`, [
      `apiVersion: rbac.authorization.k8s.io/v1\nkind: ClusterRole\nmetadata:\n  name: ${team}-viewer\nrules:\n  - apiGroups: ["", apps, batch]\n    resources: [pods, deployments, jobs, services]\n    verbs: [get, list, watch]`,
      `apiVersion: rbac.authorization.k8s.io/v1\nkind: ClusterRoleBinding\nmetadata:\n  name: ${team}-viewer\nroleRef:\n  apiGroup: rbac.authorization.k8s.io\n  kind: ClusterRole\n  name: ${random.chance(0.1) ? 'cluster-admin' : `${team}-viewer`}\nsubjects:\n  - kind: Group\n    name: ${team}-engineers\n    apiGroup: rbac.authorization.k8s.io`,
    ]);
  }
  output.add('platform/storage/classes.yaml', [
    'apiVersion: storage.k8s.io/v1\nkind: StorageClass\nmetadata:\n  name: standard\nprovisioner: ebs.csi.aws.com\nreclaimPolicy: Delete\nvolumeBindingMode: Immediate',
    'apiVersion: storage.k8s.io/v1\nkind: StorageClass\nmetadata:\n  name: fast-ssd\nprovisioner: ebs.csi.aws.com\nreclaimPolicy: Retain\nvolumeBindingMode: WaitForFirstConsumer\nparameters:\n  type: gp3',
  ]);
  // Shared defaults through anchors and aliases, as some repositories write them.
  output.add('platform/priority-classes.yaml', [
    'apiVersion: scheduling.k8s.io/v1\nkind: PriorityClass\nmetadata:\n  name: critical\n  labels: &owner\n    owner: platform\n  annotations: *owner\nvalue: 1000000\nglobalDefault: false',
    'apiVersion: v1\nkind: ConfigMap\nmetadata:\n  name: shared-defaults\n  namespace: kube-system\ndata:\n  region: &region eu-west-1\n  backupRegion: *region',
  ]);
}

/** `node dist/scripts/synthetic.js [--seed N] [--objects N] [--dir DIR]`: writes the monorepo and prints its folder. */
async function main(args: readonly string[]): Promise<void> {
  const { parseArgs } = await import('node:util');
  const { values } = parseArgs({ args: [...args], options: { seed: { type: 'string' }, objects: { type: 'string' }, dir: { type: 'string' } } });
  const number = (value: string | undefined, name: string) => {
    if (value === undefined) return undefined;
    const parsed = Number(value);
    if (!Number.isInteger(parsed) || parsed < 1) throw new Error(`--${name} must be a positive integer`);
    return parsed;
  };
  const repo = syntheticMonorepo({ seed: number(values.seed, 'seed'), objects: number(values.objects, 'objects'), dir: values.dir });
  process.stdout.write(`${repo.dir}\n${repo.files} files, ${repo.objects} objects, ${(repo.bytes / 1e6).toFixed(1)} MB${repo.reused ? ' (reused)' : ''}\n`);
}

if (process.argv[1] && import.meta.url === pathToFileURL(resolve(process.argv[1])).href) {
  main(process.argv.slice(2)).catch((error: unknown) => {
    process.stderr.write(`synthetic: ${error instanceof Error ? error.message : String(error)}\n`);
    process.exitCode = 2;
  });
}
