import type { Path } from '../model/kinds.js';
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
  return trimmed !== '' && !trimmed.startsWith('#') && !/^(\{\{.*?\}\}\s*)+$/.test(trimmed);
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
    const value = line.slice(valueStart).replace(/(^|\s+)#.*$/, '').trimEnd();
    const scalar = last && value !== '' && !/^[|>]/.test(value);
    const hit = scalar
      ? { line: i, indent: keyIndent, start: valueStart, end: valueStart + value.length }
      : { line: i, indent: keyIndent, start: keyIndent, end: keyIndent + match[0].replace(/\s*:\s*$/, '').length };
    if (keyIndent === childIndent) return hit;
    candidates.push(hit);
  }
  return candidates[0];
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
