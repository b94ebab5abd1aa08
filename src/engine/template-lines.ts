import type { Path } from '../model/kinds.js';
import { isLineTerminator, isRegExpSpace } from '../model/text-scan.js';
import type { Range } from './locate.js';

export interface TemplatePosition {
  range: Range;
  /** True when the path could not be followed to the end: the range is that of the deepest part found. */
  approximate: boolean;
}

interface Hit {
  line: number; // 0-based
  indent: number; // column of the key (or of the dash for an item), 0-based
  start: number;
  end: number;
}

/**
 * Finds, in a Helm template's text, the line that produced a field of a rendered object. Templates are
 * not YAML, so this follows the path's keys line by line, by indentation, skipping lines that hold only
 * template actions. A template may emit several documents: the object is the `occurrence`-th of its
 * `kind` that the template rendered, so the section is picked among those that spell out that kind
 * (sections skipped by an `if` do not shift it). A loop that renders one section many times, or a
 * templated kind, makes the result approximate.
 */
export function findInTemplate(text: string, kind: string, occurrence: number, path: Path): TemplatePosition {
  const lines = text.split('\n');
  const sections = sectionsOf(lines);
  const kindLine = new RegExp(`^kind:\\s*["']?${escape(kind)}["']?\\s*(#.*)?$`);
  const ofKind = sections.filter((candidate) => lines.slice(candidate.from, candidate.to).some((line) => kindLine.test(line.trim())));
  let approximate = false;
  let section = ofKind[occurrence];
  if (!section) {
    section = ofKind[0] ?? sections[0] ?? { from: 0, to: lines.length };
    approximate = true;
  }
  let hit: Hit | undefined;
  let cursor = section.from - 1;
  let parentIndent = -1;
  for (const [i, segment] of path.entries()) {
    const found =
      typeof segment === 'number'
        ? findItem(lines, cursor, section.to, parentIndent, segment)
        : findKey(lines, cursor, section.to, parentIndent, segment, i === path.length - 1);
    if (!found) {
      approximate = true;
      break;
    }
    hit = found;
    cursor = found.line;
    parentIndent = found.indent;
  }
  if (!hit) {
    const first = firstContentLine(lines, section.from, section.to) ?? section.from;
    const indent = (lines[first] ?? '').search(/\S|$/);
    hit = { line: first, indent, start: indent, end: (lines[first] ?? '').trimEnd().length };
    approximate = true;
  }
  return {
    range: { line: hit.line + 1, column: hit.start + 1, endLine: hit.line + 1, endColumn: Math.max(hit.end, hit.start) + 1 },
    approximate,
  };
}

function sectionsOf(lines: readonly string[]): { from: number; to: number }[] {
  const sections: { from: number; to: number }[] = [];
  let from = 0;
  lines.forEach((line, i) => {
    if (/^---\s*(#.*)?$/.test(line)) {
      if (firstContentLine(lines, from, i) !== undefined) sections.push({ from, to: i });
      from = i + 1;
    }
  });
  if (firstContentLine(lines, from, lines.length) !== undefined) sections.push({ from, to: lines.length });
  return sections;
}

/** A line that holds YAML: not blank, not a comment, not only `{{ ... }}` actions. */
function isContent(line: string): boolean {
  const trimmed = line.trim();
  return trimmed !== '' && !trimmed.startsWith('#') && !onlyActions(trimmed);
}

/**
 * Whether a trimmed line is `{{ ... }}` actions and spaces alone, as `^(\{\{.*?\}\}\s*)+$` says (in time
 * exponential in the number of actions): `{{`, anything, `}}`, where a line break other than \n (\r,
 * U+2028, U+2029; `.` does not cross them) may only stand in the spaces between a `}}` and a `{{`.
 */
function onlyActions(trimmed: string): boolean {
  const isAction = (from: number, to: number) => to - from >= 4 && trimmed.startsWith('{{', from) && trimmed.startsWith('}}', to - 2);
  let from = 0;
  for (let i = 0; i < trimmed.length; i++) {
    if (!isLineTerminator(trimmed.charCodeAt(i))) continue;
    let to = i;
    while (to > from && isRegExpSpace(trimmed.charCodeAt(to - 1))) to--;
    if (!isAction(from, to)) return false;
    while (i + 1 < trimmed.length && isRegExpSpace(trimmed.charCodeAt(i + 1))) i++;
    from = i + 1;
  }
  return isAction(from, trimmed.length);
}

function firstContentLine(lines: readonly string[], from: number, to: number): number | undefined {
  for (let i = Math.max(0, from); i < to; i++) if (isContent(lines[i] ?? '')) return i;
  return undefined;
}

/** Column of the first key on a line, past any `- ` item markers, and the column of its dash if any. */
function shapeOf(line: string): { keyIndent: number; dashIndent: number | undefined } {
  const match = /^(\s*)((?:-\s+)*)/.exec(line);
  const indent = match?.[1]?.length ?? 0;
  const dashes = match?.[2] ?? '';
  return { keyIndent: indent + dashes.length, dashIndent: dashes ? indent : undefined };
}

function findKey(lines: readonly string[], cursor: number, to: number, parentIndent: number, key: string, last: boolean): Hit | undefined {
  const keyPattern = new RegExp(`^(?:${escape(key)}|"${escape(key)}"|'${escape(key)}')\\s*:(?:\\s|$)`);
  // The item line itself holds the item's first key (`- name: web`), so it is searched too.
  const startsOnItem = cursor >= 0 && shapeOf(lines[cursor] ?? '').dashIndent === parentIndent;
  let childIndent: number | undefined;
  const candidates: Hit[] = [];
  for (let i = startsOnItem ? cursor : cursor + 1; i < to; i++) {
    const line = lines[i] ?? '';
    if (!isContent(line)) continue;
    const { keyIndent, dashIndent } = shapeOf(line);
    const isOwnLine = i === cursor;
    if (!isOwnLine && (keyIndent <= parentIndent || (dashIndent !== undefined && dashIndent <= parentIndent))) break;
    childIndent ??= keyIndent;
    const rest = line.slice(keyIndent);
    const match = keyPattern.exec(rest);
    if (!match) continue;
    const valueStart = keyIndent + match[0].length + (rest.slice(match[0].length).search(/\S/) === -1 ? 0 : rest.slice(match[0].length).search(/\S/));
    const value = withoutComment(line.slice(valueStart)).trimEnd();
    const scalar = last && value !== '' && !/^[|>]/.test(value);
    // The key as written: the match less its colon and the spaces around it (match[0] ends with the colon).
    const keyText = match[0].trimEnd().slice(0, -1).trimEnd();
    const hit = scalar
      ? { line: i, indent: keyIndent, start: valueStart, end: valueStart + value.length }
      : { line: i, indent: keyIndent, start: keyIndent, end: keyIndent + keyText.length };
    if (keyIndent === childIndent) return hit;
    candidates.push(hit);
  }
  return candidates[0];
}

/**
 * A value without its trailing comment: from the first `#` that starts the text or follows a space,
 * less the spaces before it, as `.replace(/(^|\s+)#.*$/, '')` did in time quadratic in a run of spaces.
 * Like `.` there, the comment cannot hold a line break (a lone \r), so a `#` before one does not count.
 */
function withoutComment(value: string): string {
  let lastBreak = -1;
  for (let i = 0; i < value.length; i++) if (isLineTerminator(value.charCodeAt(i))) lastBreak = i;
  for (let hash = value.indexOf('#', lastBreak + 1); hash !== -1; hash = value.indexOf('#', hash + 1)) {
    if (hash === 0) return '';
    if (!isRegExpSpace(value.charCodeAt(hash - 1))) continue;
    let start = hash - 1;
    while (start > 0 && isRegExpSpace(value.charCodeAt(start - 1))) start--;
    return value.slice(0, start);
  }
  return value;
}

function findItem(lines: readonly string[], cursor: number, to: number, parentIndent: number, index: number): Hit | undefined {
  let sequenceIndent: number | undefined;
  let count = -1;
  for (let i = cursor + 1; i < to; i++) {
    const line = lines[i] ?? '';
    if (!isContent(line)) continue;
    const { keyIndent, dashIndent } = shapeOf(line);
    // Block sequences may sit at their key's own indentation (`containers:` then `- name:` below it).
    if (sequenceIndent === undefined) {
      if (dashIndent === undefined || dashIndent < parentIndent) return undefined;
      sequenceIndent = dashIndent;
    }
    if (dashIndent === sequenceIndent) {
      count++;
      if (count === index) return { line: i, indent: dashIndent, start: dashIndent, end: line.trimEnd().length };
    } else if (keyIndent <= sequenceIndent) {
      return undefined;
    }
  }
  return undefined;
}

function escape(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}
