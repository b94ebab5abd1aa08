import type { Origin } from '../load/origin.js';
import type { Path } from '../model/kinds.js';
import { type Location, type Range } from './locate.js';
export interface Placement {
    file: string;
    range: Range;
    /** The line was inferred (a template searched by key, a field a patch added): close, not certain. */
    approximate: boolean;
}
/** Maps a finding in a rendered object back to the file a person edits. */
export declare function placeInOrigin(origin: Origin, path: Path, rendered: Location): Placement;
