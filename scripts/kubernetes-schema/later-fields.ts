/**
 * Fields added to built-in kinds after the release the bundled types describe, with the release that
 * added them (alpha or later). A manifest targeting that release or a newer one may use them; an older
 * target is told the field does not exist there yet. Newer structures are checked loosely (their type
 * only); the fields around them are still held to the bundled schema.
 */
export interface LaterField {
  since: string;
  definition: string;
  property: string;
  schema: Readonly<Record<string, unknown>>;
}

const string = { type: 'string' } as const;
const integer = { type: 'integer' } as const;
const mapping = { type: 'object' } as const;
const list = { type: 'array' } as const;

export const laterFields: readonly LaterField[] = [
  { since: '1.31', definition: 'core.v1.PodSecurityContext', property: 'supplementalGroupsPolicy', schema: { type: 'string', enum: ['', 'Merge', 'Strict'] } },
  { since: '1.31', definition: 'core.v1.Volume', property: 'image', schema: { type: 'object', properties: { reference: string, pullPolicy: { type: 'string', enum: ['', 'Always', 'IfNotPresent', 'Never'] } }, additionalProperties: false } },
  { since: '1.31', definition: 'core.v1.PodResourceClaim', property: 'resourceClaimName', schema: string },
  { since: '1.31', definition: 'core.v1.PodResourceClaim', property: 'resourceClaimTemplateName', schema: string },
  { since: '1.31', definition: 'core.v1.ResourceClaim', property: 'request', schema: string },
  { since: '1.31', definition: 'coordination.v1.LeaseSpec', property: 'preferredHolder', schema: string },
  { since: '1.31', definition: 'coordination.v1.LeaseSpec', property: 'strategy', schema: string },
  { since: '1.31', definition: 'authorization.v1.ResourceAttributes', property: 'fieldSelector', schema: mapping },
  { since: '1.31', definition: 'authorization.v1.ResourceAttributes', property: 'labelSelector', schema: mapping },
  { since: '1.32', definition: 'core.v1.PodSpec', property: 'resources', schema: { $ref: '#/definitions/core.v1.ResourceRequirements' } },
  { since: '1.32', definition: 'core.v1.PodSecurityContext', property: 'seLinuxChangePolicy', schema: string },
  { since: '1.33', definition: 'core.v1.Lifecycle', property: 'stopSignal', schema: string },
  { since: '1.33', definition: 'autoscaling.v2.HPAScalingRules', property: 'tolerance', schema: { type: ['string', 'number'] } },
  { since: '1.33', definition: 'discovery.v1.EndpointHints', property: 'forNodes', schema: list },
  { since: '1.33', definition: 'core.v1.PodCondition', property: 'observedGeneration', schema: integer },
  { since: '1.33', definition: 'storage.v1.CSIDriverSpec', property: 'nodeAllocatableUpdatePeriodSeconds', schema: integer },
  { since: '1.34', definition: 'core.v1.PodSpec', property: 'hostnameOverride', schema: string },
  { since: '1.34', definition: 'core.v1.Container', property: 'restartPolicyRules', schema: list },
  { since: '1.34', definition: 'core.v1.EphemeralContainer', property: 'restartPolicyRules', schema: list },
  { since: '1.34', definition: 'core.v1.EnvVarSource', property: 'fileKeyRef', schema: mapping },
  { since: '1.34', definition: 'core.v1.VolumeProjection', property: 'podCertificate', schema: mapping },
  { since: '1.35', definition: 'storage.v1.CSIDriverSpec', property: 'serviceAccountTokenInSecrets', schema: { type: 'boolean' } },
  { since: '1.36', definition: 'core.v1.PodSpec', property: 'schedulingGroup', schema: mapping },
  { since: '1.36', definition: 'storage.v1.CSIDriverSpec', property: 'preventPodSchedulingIfMissing', schema: { type: 'boolean' } },
];
