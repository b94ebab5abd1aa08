import type { Path } from '../model/kinds.js';
import type { Range } from './locate.js';
export interface TemplatePosition {
    range: Range;
    /** True when the path could not be followed to the end: the range is that of the deepest part found. */
    approximate: boolean;
}
/**
 * Finds, in a Helm template's text, the line that produced a field of a rendered object. Templates are
 * not YAML, so this follows the path's keys line by line, by indentation, skipping lines that hold only
 * template actions. A template may emit several documents: the object is the `occurrence`-th of its
 * `kind` that the template rendered, so the section is picked among those that spell out that kind.
 *
 * The text alone does not say which `{{ if }}`, `{{ with }}` or `{{ range }}` blocks ran, so the line is
 * exact only where the blocks cannot change the answer, and approximate (the best guess: every block
 * taken once, by its first branch) where they can:
 * - a section of the kind, when the sections of that kind before it, or the section itself, may have
 *   been left out or repeated (a loop that renders the only section of its kind many times is exact);
 * - a list item, when it sits in a block opened after the list began, or follows one that may have
 *   emitted another number of items at that list's level (a block whose branches all write the same
 *   number of items, or none, does not shift the count), or follows an action that may print items
 *   there (`{{ toYaml ... }}`, `{{ include ... }}` at the list's indentation);
 * - a key written more than once in its mapping (in the branches of an `if` and its `else`).
 */
export declare function findInTemplate(text: string, kind: string, occurrence: number, path: Path): TemplatePosition;
