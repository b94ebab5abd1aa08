import type { Origin } from '../load/origin.js';
import type { Path } from '../model/kinds.js';
import { type Location, type Range, locate } from './locate.js';
import { findInTemplate } from './template-lines.js';

export interface Placement {
  file: string;
  range: Range;
  /** The line was inferred (a template searched by key, a field a patch added): close, not certain. */
  approximate: boolean;
}

const firstLine: Range = { line: 1, column: 1, endLine: 1, endColumn: 1 };

/** Maps a finding in a rendered object back to the file a person edits. */
export function placeInOrigin(origin: Origin, path: Path, rendered: Location): Placement {
  if (origin.via === 'helm') {
    if (origin.text === undefined) return { file: origin.file, range: firstLine, approximate: true };
    const { range, approximate } = findInTemplate(origin.text, origin.kind, origin.occurrence, path);
    return { file: origin.file, range, approximate };
  }
  if (!origin.source) return { file: origin.file, range: firstLine, approximate: true };
  const { positions, lineStarts, basePath } = origin.source;
  const { line, column, endLine, endColumn, depth } = locate(positions, lineStarts, [...basePath, ...path]);
  // The built object goes deeper than this file: a patch or transformer added that part.
  return { file: origin.file, range: { line, column, endLine, endColumn }, approximate: rendered.depth > depth - basePath.length };
}
