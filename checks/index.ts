import type { Check } from '../src/engine/check.js';
import antiAffinityMissing from './anti-affinity-missing.js';
import imageUntagged from './image-untagged.js';
import probesIdentical from './probes-identical.js';
import requestsMissing from './requests-missing.js';
import templatePlaceholder from './template-placeholder.js';
import yamlSyntax from './yaml-syntax.js';

/** Every check, sorted by id. */
export const checks: readonly Check[] = [
  antiAffinityMissing,
  imageUntagged,
  probesIdentical,
  requestsMissing,
  templatePlaceholder,
  yamlSyntax,
];
