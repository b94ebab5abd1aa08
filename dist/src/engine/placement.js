import { locate } from './locate.js';
import { findInTemplate } from './template-lines.js';
const firstLine = { line: 1, column: 1, endLine: 1, endColumn: 1 };
/** Maps a finding in a rendered object back to the file a person edits. */
export function placeInOrigin(origin, path, rendered) {
    if (origin.via === 'helm') {
        if (origin.text === undefined)
            return { file: origin.file, range: firstLine, approximate: true };
        const { range, approximate } = findInTemplate(origin.text, origin.kind, origin.occurrence, path);
        return { file: origin.file, range, approximate };
    }
    if (!origin.source)
        return { file: origin.file, range: firstLine, approximate: true };
    const { positions, lineStarts, basePath } = origin.source;
    const { line, column, endLine, endColumn, depth } = locate(positions, lineStarts, [...basePath, ...path]);
    // The built object goes deeper than this file: a patch or transformer added that part.
    return { file: origin.file, range: { line, column, endLine, endColumn }, approximate: rendered.depth > depth - basePath.length };
}
