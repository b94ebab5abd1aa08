import { isLineTerminator, isRegExpSpace } from '../model/text-scan.js';
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
export function findInTemplate(text, kind, occurrence, path) {
    const { lines, actions, blocks, sections } = read(text);
    const kindLine = new RegExp(`^kind:\\s*["']?${escape(kind)}["']?\\s*(#.*)?$`);
    const ofKind = [];
    for (const candidate of sections) {
        for (let i = candidate.from; i < candidate.to; i++) {
            const block = blocks[i];
            if (!block || !kindLine.test((lines[i] ?? '').trim()))
                continue;
            ofKind.push({ ...candidate, block });
            break;
        }
    }
    let approximate = false;
    let section = ofKind[occurrence];
    if (ofKind.length === 1 && ofKind[0]?.block.inRange) {
        // The only section of the kind, in a loop: every object the loop rendered comes from its lines.
        section = ofKind[0];
    }
    else if (section) {
        approximate = !sectionProven(ofKind, occurrence);
    }
    else {
        section = ofKind[0] ?? sections[0] ?? { from: 0, to: lines.length };
        approximate = true;
    }
    let hit;
    let cursor = section.from - 1;
    let parentIndent = -1;
    for (const [i, segment] of path.entries()) {
        const found = typeof segment === 'number'
            ? findItem(lines, actions, cursor, section.to, parentIndent, segment)
            : findKey(lines, cursor, section.to, parentIndent, segment, i === path.length - 1);
        if (!found) {
            approximate = true;
            break;
        }
        if (found.approximate)
            approximate = true;
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
// The findings of one object, or of one template, are placed one after the other: read its text once.
let lastRead;
function read(text) {
    if (lastRead?.text === text)
        return lastRead;
    const lines = text.split('\n');
    const actions = actionsByLine(text, lines.length);
    lastRead = { text, lines, actions, blocks: blocksByLine(actions), sections: sectionsOf(lines) };
    return lastRead;
}
/**
 * Whether the `occurrence`-th section of the kind is certainly the one that rendered the object: it is
 * in no loop, each section of the kind before it is in the blocks it is in or around them (so rendered
 * once whenever it is), and each after it is inside its blocks (so none can take its place when they
 * are not taken).
 */
function sectionProven(ofKind, occurrence) {
    const target = ofKind[occurrence]?.block;
    if (!target || target.inRange)
        return false;
    return ofKind.every(({ block }, i) => (i < occurrence ? encloses(block, target) : encloses(target, block)));
}
function sectionsOf(lines) {
    const sections = [];
    let from = 0;
    lines.forEach((line, i) => {
        if (/^---\s*(#.*)?$/.test(line)) {
            if (firstContentLine(lines, from, i) !== undefined)
                sections.push({ from, to: i });
            from = i + 1;
        }
    });
    if (firstContentLine(lines, from, lines.length) !== undefined)
        sections.push({ from, to: lines.length });
    return sections;
}
/** A line that holds YAML: not blank, not a comment, not only `{{ ... }}` actions. */
function isContent(line) {
    const trimmed = line.trim();
    return trimmed !== '' && !trimmed.startsWith('#') && !onlyActions(trimmed);
}
/**
 * Whether a trimmed line is `{{ ... }}` actions and spaces alone, as `^(\{\{.*?\}\}\s*)+$` says (in time
 * exponential in the number of actions): `{{`, anything, `}}`, where a line break other than \n (\r,
 * U+2028, U+2029; `.` does not cross them) may only stand in the spaces between a `}}` and a `{{`.
 */
function onlyActions(trimmed) {
    const isAction = (from, to) => to - from >= 4 && trimmed.startsWith('{{', from) && trimmed.startsWith('}}', to - 2);
    let from = 0;
    for (let i = 0; i < trimmed.length; i++) {
        if (!isLineTerminator(trimmed.charCodeAt(i)))
            continue;
        let to = i;
        while (to > from && isRegExpSpace(trimmed.charCodeAt(to - 1)))
            to--;
        if (!isAction(from, to))
            return false;
        while (i + 1 < trimmed.length && isRegExpSpace(trimmed.charCodeAt(i + 1)))
            i++;
        from = i + 1;
    }
    return isAction(from, trimmed.length);
}
function firstContentLine(lines, from, to) {
    for (let i = Math.max(0, from); i < to; i++)
        if (isContent(lines[i] ?? ''))
            return i;
    return undefined;
}
/** Column of the first key on a line, past any `- ` item markers, and the column of its dash if any. */
function shapeOf(line) {
    const match = /^(\s*)((?:-\s+)*)/.exec(line);
    const indent = match?.[1]?.length ?? 0;
    const dashes = match?.[2] ?? '';
    return { keyIndent: indent + dashes.length, dashIndent: dashes ? indent : undefined };
}
function findKey(lines, cursor, to, parentIndent, key, last) {
    const keyPattern = new RegExp(`^(?:${escape(key)}|"${escape(key)}"|'${escape(key)}')\\s*:(?:\\s|$)`);
    // The item line itself holds the item's first key (`- name: web`), so it is searched too.
    const startsOnItem = cursor >= 0 && shapeOf(lines[cursor] ?? '').dashIndent === parentIndent;
    let childIndent;
    const candidates = [];
    let first;
    for (let i = startsOnItem ? cursor : cursor + 1; i < to; i++) {
        const line = lines[i] ?? '';
        if (!isContent(line))
            continue;
        const { keyIndent, dashIndent } = shapeOf(line);
        const isOwnLine = i === cursor;
        if (!isOwnLine && (keyIndent <= parentIndent || (dashIndent !== undefined && dashIndent <= parentIndent)))
            break;
        childIndent ??= keyIndent;
        const rest = line.slice(keyIndent);
        const match = keyPattern.exec(rest);
        if (!match)
            continue;
        const valueStart = keyIndent + match[0].length + (rest.slice(match[0].length).search(/\S/) === -1 ? 0 : rest.slice(match[0].length).search(/\S/));
        const value = withoutComment(line.slice(valueStart)).trimEnd();
        const scalar = last && value !== '' && !/^[|>]/.test(value);
        // The key as written: the match less its colon and the spaces around it (match[0] ends with the colon).
        const keyText = match[0].trimEnd().slice(0, -1).trimEnd();
        const hit = scalar
            ? { line: i, indent: keyIndent, start: valueStart, end: valueStart + value.length }
            : { line: i, indent: keyIndent, start: keyIndent, end: keyIndent + keyText.length };
        if (keyIndent === childIndent) {
            if (first) {
                // Written twice in one mapping: the branches of an if and its else, of which the text does not say which ran.
                first.approximate = true;
                return first;
            }
            first = hit;
            continue;
        }
        candidates.push(hit);
    }
    return first ?? candidates[0];
}
/**
 * A value without its trailing comment: from the first `#` that starts the text or follows a space,
 * less the spaces before it, as `.replace(/(^|\s+)#.*$/, '')` did in time quadratic in a run of spaces.
 * Like `.` there, the comment cannot hold a line break (a lone \r), so a `#` before one does not count.
 */
function withoutComment(value) {
    let lastBreak = -1;
    for (let i = 0; i < value.length; i++)
        if (isLineTerminator(value.charCodeAt(i)))
            lastBreak = i;
    for (let hash = value.indexOf('#', lastBreak + 1); hash !== -1; hash = value.indexOf('#', hash + 1)) {
        if (hash === 0)
            return '';
        if (!isRegExpSpace(value.charCodeAt(hash - 1)))
            continue;
        let start = hash - 1;
        while (start > 0 && isRegExpSpace(value.charCodeAt(start - 1)))
            start--;
        return value.slice(0, start);
    }
    return value;
}
/**
 * The `index`-th item of the block sequence that starts after line `cursor`. Items are counted as
 * written, every block taken once by its first branch; the hit is approximate when a block or an action
 * that prints may have made the rendered count differ, or when the item itself is inside a block.
 */
function findItem(lines, actions, cursor, to, parentIndent, index) {
    let sequenceIndent;
    let count = -1;
    let uncertain = false;
    const frames = [];
    // Inside the else branch of a block opened before the list: its lines are another rendering, skipped.
    let skipping = 0;
    const variable = () => {
        const top = frames.at(-1);
        if (top)
            top.variable = true;
        else
            uncertain = true;
    };
    for (let i = cursor + 1; i < to; i++) {
        const line = lines[i] ?? '';
        if (skipping === 0 && isContent(line)) {
            const { keyIndent, dashIndent } = shapeOf(line);
            // Block sequences may sit at their key's own indentation (`containers:` then `- name:` below it).
            if (sequenceIndent === undefined) {
                if (dashIndent === undefined || dashIndent < parentIndent)
                    return undefined;
                sequenceIndent = dashIndent;
            }
            if (dashIndent === sequenceIndent) {
                count++;
                if (count === index) {
                    const approximate = uncertain || frames.length > 0;
                    return { line: i, indent: dashIndent, start: dashIndent, end: line.trimEnd().length, approximate };
                }
            }
            else if (keyIndent <= sequenceIndent) {
                return undefined;
            }
        }
        const printsHere = !isContent(line) && !line.trimStart().startsWith('#');
        for (const action of actions[i] ?? []) {
            if (skipping > 0) {
                if (action.type === 'open')
                    skipping++;
                else if (action.type === 'end')
                    skipping--;
                continue;
            }
            const top = frames.at(-1);
            switch (action.type) {
                case 'open':
                    frames.push({ keyword: action.keyword, before: count, ends: [], exhaustive: false, variable: false });
                    break;
                case 'else':
                    if (!top) {
                        skipping = 1;
                        break;
                    }
                    top.ends.push(count);
                    count = top.before;
                    if (action.exhaustive)
                        top.exhaustive = true;
                    break;
                case 'end': {
                    if (!top)
                        break; // closes a block opened before the list
                    frames.pop();
                    top.ends.push(count);
                    const written = top.ends.map((end) => end - top.before);
                    const first = written[0] ?? 0;
                    const same = written.every((n) => n === first);
                    const fixed = !top.variable && same && (first === 0 || ((top.keyword === 'if' || top.keyword === 'with') && top.exhaustive));
                    count = top.before + first;
                    if (!fixed)
                        variable();
                    break;
                }
                case 'print':
                    // Output at the list's indentation or left of it may be items; deeper, it is part of an item.
                    if (printsHere && (sequenceIndent === undefined || action.column <= sequenceIndent))
                        variable();
                    break;
                case 'silent':
                    break;
            }
        }
    }
    return undefined;
}
/**
 * The `{{ ... }}` actions of a template, by the line each starts on, in one pass: quoted strings, raw
 * strings and comments may hold `}}`. An action left open ends the scan (helm would not render it).
 */
function actionsByLine(text, lineCount) {
    const byLine = new Array(lineCount);
    let line = 0;
    let lineStart = 0;
    let scanned = 0;
    const advance = (until) => {
        for (; scanned < until; scanned++) {
            if (text.charCodeAt(scanned) === 10) {
                line++;
                lineStart = scanned + 1;
            }
        }
    };
    for (let open = text.indexOf('{{'); open !== -1; open = text.indexOf('{{', scanned)) {
        advance(open);
        const startLine = line;
        const indent = indentAt(text, lineStart);
        const close = actionEnd(text, open + 2);
        if (close === -1)
            break;
        (byLine[startLine] ??= []).push(classify(text.slice(open + 2, close), indent));
        advance(close + 2);
    }
    return byLine;
}
function indentAt(text, lineStart) {
    let i = lineStart;
    while (text.charCodeAt(i) === 32 || text.charCodeAt(i) === 9)
        i++;
    return i - lineStart;
}
/** The index of the `}}` that closes the action whose text starts at `from`, or -1. */
function actionEnd(text, from) {
    let i = from;
    if (text[i] === '-' && isRegExpSpace(text.charCodeAt(i + 1)))
        i++;
    while (isRegExpSpace(text.charCodeAt(i)))
        i++;
    if (text.startsWith('/*', i)) {
        // A comment runs to `*/`, then `}}` or ` -}}`.
        for (let end = text.indexOf('*/', i + 2); end !== -1; end = text.indexOf('*/', end + 2)) {
            let j = end + 2;
            while (isRegExpSpace(text.charCodeAt(j)))
                j++;
            if (text[j] === '-')
                j++;
            if (text.startsWith('}}', j))
                return j;
        }
        return -1;
    }
    for (; i < text.length; i++) {
        const char = text[i];
        if (char === '}' && text[i + 1] === '}')
            return i;
        if (char === '"' || char === "'") {
            // Interpreted strings and characters end at their quote, less escaped ones; a line break in one is an error.
            for (i++; i < text.length && text[i] !== char; i++) {
                if (text[i] === '\n')
                    return -1;
                if (text[i] === '\\')
                    i++;
            }
        }
        else if (char === '`') {
            i = text.indexOf('`', i + 1);
        }
        if (i === -1 || i >= text.length)
            return -1;
    }
    return -1;
}
function classify(inner, indent) {
    const body = inner.replace(/^-(?=\s)/, '').replace(/(?<=\s)-$/, '').trim();
    const action = { type: 'print', keyword: '', exhaustive: false, column: indent };
    const word = /^[A-Za-z_]\w*/.exec(body)?.[0] ?? '';
    if (body.startsWith('/*') || /^\$\w*\s*(?:,\s*\$\w*\s*)?:?=(?!=)/.test(body) || ['break', 'continue'].includes(word)) {
        action.type = 'silent';
    }
    else if (['if', 'with', 'range', 'define', 'block'].includes(word)) {
        action.type = 'open';
        action.keyword = word;
    }
    else if (word === 'else') {
        action.type = 'else';
        const next = /^[A-Za-z_]\w*/.exec(body.slice(4).trimStart())?.[0];
        action.exhaustive = next !== 'if' && next !== 'with';
    }
    else if (word === 'end') {
        action.type = 'end';
    }
    else {
        let last;
        for (const match of body.matchAll(/\bn?indent\s+(\d+)/g))
            last = match[1];
        if (last !== undefined)
            action.column = Number(last);
    }
    return action;
}
/** The branch each line starts in, in one walk over the actions. */
function blocksByLine(actions) {
    let clock = 0;
    let current = { parent: undefined, inRange: false, opened: 0, closed: Infinity };
    const blocks = new Array(actions.length);
    for (let i = 0; i < actions.length; i++) {
        blocks[i] = current;
        for (const action of actions[i] ?? []) {
            if (action.type === 'open') {
                current = { parent: current, inRange: current.inRange || action.keyword === 'range', opened: ++clock, closed: Infinity };
            }
            else if ((action.type === 'else' || action.type === 'end') && current.parent) {
                current.closed = ++clock;
                const parent = current.parent;
                current = action.type === 'else' ? { parent, inRange: parent.inRange, opened: ++clock, closed: Infinity } : parent;
            }
        }
    }
    return blocks;
}
/** Whether branch `outer` is `inner` or one of the branches around it. */
function encloses(outer, inner) {
    return outer.opened <= inner.opened && inner.closed <= outer.closed;
}
function escape(text) {
    return text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}
