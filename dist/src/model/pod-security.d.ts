import type { PodSecurityLevel, Report, RunSettings } from '../engine/check.js';
import { type KubeObject, type Path, type PodTemplate } from './kinds.js';
import { type ObjectIndex, type ObjectRef } from './object-index.js';
export declare const enforceLabel = "pod-security.kubernetes.io/enforce";
/** The level a workload is held to, and the namespace whose enforce label set it, if one did. */
export interface PodSecurityJudgement {
    level: PodSecurityLevel;
    enforcedBy: string | undefined;
}
/**
 * A Namespace object of the scope that carries `pod-security.kubernetes.io/enforce` decides the level
 * for its workloads (admission will reject violating pods there); otherwise the run's configured level.
 */
export declare function judgementFor(ref: ObjectRef, index: ObjectIndex, settings: RunSettings): PodSecurityJudgement;
/**
 * The pod of a workload that a control applies to, with the judgement that made it apply; undefined
 * when the object has no pod or its level does not include the control.
 */
export declare function podUnderControl(object: KubeObject, context: {
    ref: ObjectRef;
    index: ObjectIndex;
    settings: RunSettings;
}, control: 'baseline' | 'restricted' | undefined): {
    pod: PodTemplate;
    judgement: PodSecurityJudgement;
} | undefined;
/** Whether a control tagged `control` is part of `level`. */
export declare function includes(level: PodSecurityLevel, control: 'baseline' | 'restricted'): boolean;
/**
 * Turns a control's violation into a report: an error that says admission would reject the pod when
 * the namespace enforces the level, else the check's own severity.
 */
export declare function violation(path: Path, message: string, judgement: PodSecurityJudgement): Report;
/** Pods that declare spec.os.name windows, which some restricted controls exempt. */
export declare function isWindowsPod(object: KubeObject): boolean;
