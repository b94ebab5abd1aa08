/** Where a finding sits: 1-based lines and columns, the end column exclusive, as findings carry them. */
export interface FrameRange {
    line: number;
    /** Missing or 0: the line is marked without an underline. */
    column?: number;
    endLine?: number;
    endColumn?: number;
}
export type FrameAccent = 'red' | 'yellow' | 'blue';
export interface CodeFrameOptions {
    /** Lines shown before the range (default 2). */
    linesAbove?: number;
    /** Lines shown after the range (default 2). */
    linesBelow?: number;
    /** ANSI colours for the gutter, the markers and the underline (default false). */
    color?: boolean;
    /** Colour of the markers and underline when color is on (default red). */
    accent?: FrameAccent;
    /** Tab stops every this many cells (default 4); tabs are expanded so the underline lines up anywhere. */
    tabWidth?: number;
    /** Longest stretch of a source line shown, in cells (default 120); longer lines are cut around the range. */
    maxWidth?: number;
    /** A range over more lines than this shows its first and last lines around a gap (default 6). */
    maxMarkedLines?: number;
}
/**
 * A code frame in the manner of Babel's and ESLint's: numbered lines around a range, `>` before the lines
 * of the range and `^` under its columns when it lies on one line. Pure: the caller reads the source.
 */
export declare function codeFrame(source: string, range: FrameRange, options?: CodeFrameOptions): string;
