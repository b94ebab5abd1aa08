import type { Fix } from '../engine/fix.js';
import { type ApiLifecycle } from './api-lifecycle.js';
import { type KubeObject } from './kinds.js';
/**
 * A workload's selector as the API server holds it: spec.selector as written, or, where an old apiVersion
 * defaulted a missing one, matchLabels of the template labels (what the apps/v1 move writes out, so that
 * fixes built on the selector agree with it in one run). Undefined when neither is a mapping.
 */
export declare function workloadSelector(object: KubeObject): {
    selector: Record<string, unknown>;
    defaulted: boolean;
} | undefined;
/** What --fix does for api-deprecated and api-removed, which share the migration. */
export declare const apiMigrationFixText: string;
/**
 * The fix for an object whose apiVersion is deprecated or removed at the target: the apiVersion the lifecycle
 * table recommends, when every move on the way there is mechanical for this object and that version is served
 * at the target.
 */
export declare function apiMigrationFix(object: KubeObject, entry: ApiLifecycle, target: readonly [number, number]): Fix | undefined;
