import type { Fix, FixEdit } from '../engine/fix.js';
import { type ApiLifecycle, apiVersionOf, lifecycleOf, migrationAt } from './api-lifecycle.js';
import { isEmptySelector } from './disruptions.js';
import { canSetAt, stringLabels, valueAt } from './fix-paths.js';
import { type KubeObject, isRecord } from './kinds.js';

/**
 * Which moves of the Deprecated API Migration Guide --fix makes, and what each takes besides the apiVersion.
 * A step answers for one object: the further edits (none for a plain rename), or undefined when this object
 * needs more than the fix can do. Moves missing here are never fixed: the guide lists changes of shape for
 * them (Ingress backends, webhook and CRD fields, HPA v2beta1 metrics, EndpointSlice topology, Events,
 * CertificateSigningRequest signers, the access reviews' spec.group) or defaults that change behaviour
 * (PriorityLevelConfiguration's nominalConcurrencyShares), or they are alpha versions the guide does not
 * cover (rbac v1alpha1 subjects have apiVersion instead of apiGroup).
 */
type Step = (object: KubeObject) => { edits: FixEdit[]; notes: string[] } | undefined;

const rename: Step = () => ({ edits: [], notes: [] });

/** Moves the guide lists with "No notable changes", or with none listed. */
const renames = [
  'extensions/v1beta1 NetworkPolicy',
  'extensions/v1beta1 PodSecurityPolicy',
  // To networking.k8s.io/v1beta1, the same shape; the next move, to networking.k8s.io/v1, is not mechanical.
  'extensions/v1beta1 Ingress',
  'networking.k8s.io/v1beta1 IngressClass',
  'apiregistration.k8s.io/v1beta1 APIService',
  'authentication.k8s.io/v1beta1 TokenReview',
  'coordination.k8s.io/v1beta1 Lease',
  'rbac.authorization.k8s.io/v1beta1 ClusterRole',
  'rbac.authorization.k8s.io/v1beta1 ClusterRoleBinding',
  'rbac.authorization.k8s.io/v1beta1 Role',
  'rbac.authorization.k8s.io/v1beta1 RoleBinding',
  'scheduling.k8s.io/v1beta1 PriorityClass',
  'storage.k8s.io/v1beta1 CSIDriver',
  'storage.k8s.io/v1beta1 CSINode',
  'storage.k8s.io/v1beta1 StorageClass',
  'storage.k8s.io/v1beta1 VolumeAttachment',
  'storage.k8s.io/v1beta1 CSIStorageCapacity',
  'batch/v1beta1 CronJob',
  'node.k8s.io/v1beta1 RuntimeClass',
  'flowcontrol.apiserver.k8s.io/v1beta1 FlowSchema',
  'flowcontrol.apiserver.k8s.io/v1beta1 PriorityLevelConfiguration',
  'flowcontrol.apiserver.k8s.io/v1beta2 FlowSchema',
  'flowcontrol.apiserver.k8s.io/v1beta3 FlowSchema',
];

const steps = new Map<string, Step>(renames.map((type) => [type, rename]));

// policy/v1 reads an empty selector ({}) as every pod of the namespace, policy/v1beta1 as none.
steps.set('policy/v1beta1 PodDisruptionBudget', (object) => (isEmptySelector(valueAt(object, ['spec', 'selector'])) ? undefined : rename(object)));

// v2beta2 and v2 have the same fields; the guide's note (targetAverageUtilization) is about v2beta1's, which a
// v2beta2 manifest may still carry by mistake: then the metric needs rewriting, not a rename.
steps.set('autoscaling/v2beta2 HorizontalPodAutoscaler', (object) => {
  const metrics = valueAt(object, ['spec', 'metrics']);
  if (metrics !== undefined && !Array.isArray(metrics)) return undefined;
  const oldShape = (metrics ?? []).some(
    (metric: unknown) => isRecord(metric) && Object.values(metric).some((source) => isRecord(source) && Object.keys(source).some((key) => key.startsWith('target') && key !== 'target')),
  );
  return oldShape ? undefined : rename(object);
});

// The core workloads to apps/v1: the selector became required ("use the existing template labels as the selector
// for seamless upgrades"), spec.rollbackTo and spec.templateGeneration are gone, and two kinds changed the
// default update strategy from OnDelete to RollingUpdate, which the fix writes out to keep behaviour.
for (const [apiVersion, kinds] of [
  ['extensions/v1beta1', ['Deployment', 'DaemonSet', 'ReplicaSet']],
  ['apps/v1beta1', ['Deployment', 'StatefulSet', 'ReplicaSet']],
  ['apps/v1beta2', ['Deployment', 'StatefulSet', 'DaemonSet', 'ReplicaSet']],
] as const) {
  for (const kind of kinds) {
    const keepsOnDelete = (apiVersion === 'extensions/v1beta1' && kind === 'DaemonSet') || (apiVersion === 'apps/v1beta1' && kind === 'StatefulSet');
    steps.set(`${apiVersion} ${kind}`, (object) => toAppsV1(object, keepsOnDelete));
  }
}

function toAppsV1(object: KubeObject, keepsOnDelete: boolean): ReturnType<Step> {
  const spec: unknown = object['spec'];
  if (!isRecord(spec) || Object.hasOwn(spec, 'rollbackTo') || Object.hasOwn(spec, 'templateGeneration')) return undefined;
  const edits: FixEdit[] = [];
  const notes: string[] = [];
  const selector = workloadSelector(object);
  if (!selector) return undefined;
  if (selector.defaulted) {
    edits.push({ op: 'set', path: ['spec', 'selector'], value: selector.selector });
    notes.push('spec.selector from the template labels');
  }
  if (keepsOnDelete) {
    const strategy = spec['updateStrategy'];
    if (strategy !== undefined && strategy !== null && !isRecord(strategy)) return undefined;
    const type = isRecord(strategy) ? strategy['type'] : undefined;
    if (type === undefined || type === null || type === '') {
      edits.push({ op: 'set', path: ['spec', 'updateStrategy', 'type'], value: 'OnDelete' });
      notes.push('updateStrategy.type OnDelete, the default of the old version');
    }
  }
  return { edits, notes };
}

/** The versions whose API server made a missing spec.selector from the template labels (apps/v1beta2 and apps/v1 require one). */
const selectorDefaulted: ReadonlySet<string> = new Set([
  'extensions/v1beta1 Deployment',
  'extensions/v1beta1 DaemonSet',
  'extensions/v1beta1 ReplicaSet',
  'apps/v1beta1 Deployment',
  'apps/v1beta1 StatefulSet',
  'apps/v1beta1 ReplicaSet',
]);

/**
 * A workload's selector as the API server holds it: spec.selector as written, or, where an old apiVersion
 * defaulted a missing one, matchLabels of the template labels (what the apps/v1 move writes out, so that
 * fixes built on the selector agree with it in one run). Undefined when neither is a mapping.
 */
export function workloadSelector(object: KubeObject): { selector: Record<string, unknown>; defaulted: boolean } | undefined {
  const selector = valueAt(object, ['spec', 'selector']);
  if (isRecord(selector)) return { selector, defaulted: false };
  if (selector !== undefined && selector !== null) return undefined;
  if (!selectorDefaulted.has(`${object.apiVersion.trim()} ${object.kind}`)) return undefined;
  const labels = stringLabels(valueAt(object, ['spec', 'template', 'metadata', 'labels']));
  return labels && { selector: { matchLabels: labels }, defaulted: true };
}

/** What --fix does for api-deprecated and api-removed, which share the migration. */
export const apiMigrationFixText =
  'Sets apiVersion to the replacement where the Deprecated API Migration Guide lists no change of shape for the move ' +
  '(RBAC, PriorityClass, storage, CronJob, PodDisruptionBudget unless its selector is empty, HorizontalPodAutoscaler ' +
  'v2beta2, FlowSchema, NetworkPolicy, RuntimeClass...). The core workloads move to apps/v1 with spec.selector made ' +
  'from the template labels where it was unset, and updateStrategy.type OnDelete written out where the old version ' +
  'defaulted to it (extensions/v1beta1 DaemonSet, apps/v1beta1 StatefulSet); apps/v1\'s other defaults apply from then ' +
  'on. Moves that change fields (Ingress to networking.k8s.io/v1, webhooks, CustomResourceDefinition, HPA v2beta1) ' +
  'and kinds without a successor (PodSecurityPolicy) get no fix.';

/**
 * The fix for an object whose apiVersion is deprecated or removed at the target: the apiVersion the lifecycle
 * table recommends, when every move on the way there is mechanical for this object and that version is served
 * at the target.
 */
export function apiMigrationFix(object: KubeObject, entry: ApiLifecycle, target: readonly [number, number]): Fix | undefined {
  const migration = migrationAt(entry, target);
  const apiVersion = migration.apiVersion;
  if (apiVersion === undefined || migration.servedFrom !== undefined) return undefined;
  const edits: FixEdit[] = [{ op: 'set', path: ['apiVersion'], value: apiVersion }];
  const notes: string[] = [];
  let current: ApiLifecycle | undefined = entry;
  for (let hops = 0; current; hops++) {
    const moved = hops < 8 ? steps.get(`${apiVersionOf(current)} ${current.kind}`)?.(object) : undefined;
    if (!moved) return undefined;
    edits.push(...moved.edits);
    notes.push(...moved.notes);
    if (current.replacement === apiVersion) break;
    current = lifecycleOf(current.replacement, current.kind);
  }
  if (!current || !edits.every((edit) => canSetAt(object, edit.path))) return undefined;
  const also = notes.length > 0 ? `, with ${notes.join(' and ')}` : '';
  return { description: `sets apiVersion to ${apiVersion}${also}`, edits };
}
