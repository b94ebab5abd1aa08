import type { Fix } from './fix.js';
import { type FindingFix } from './finding.js';
import { type SourceObject } from '../load/parse.js';
/**
 * Where a report's fix applies: the object's own file, or for a Kustomize build the base or overlay that
 * defines it. A Helm template is text, not YAML, and a field a Kustomize patch or transformer wrote is not
 * in the file that defines the object: those fixes are left to a person (`manual`).
 */
export declare function placeFix(entry: SourceObject, fix: Fix): FindingFix;
