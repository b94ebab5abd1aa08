import type { KubeObject, Path } from '../model/kinds.js';
/**
 * One change a fix makes to the object its finding is about, addressed by path as reports are.
 * Edits are data: the check says what the object should hold, the fixer decides how the file is edited.
 */
export type FixEdit = 
/** Sets the value at `path`, creating the mappings on the way that do not exist yet. */
{
    op: 'set';
    path: Path;
    value: unknown;
}
/** Appends `value` to the list at `path`, creating the list (and the mappings on the way) when missing. */
 | {
    op: 'append';
    path: Path;
    value: unknown;
};
/** What a check attaches to a report when the mitigation can be applied to the manifest as it is. */
export interface Fix {
    /** What the fix does, in one sentence a reviewer reads: "sets runAsNonRoot: true in the pod securityContext". */
    description: string;
    /** Changes to the object itself. */
    edits?: readonly FixEdit[];
    /** Objects written beside it, in the same file after it (a PodDisruptionBudget for its workload). */
    add?: readonly KubeObject[];
}
