import { afterEach, describe, expect, it, vi } from 'vitest';
import { parse as parseYaml } from 'yaml';
import { locate, rangeOfOffsets } from '../src/engine/locate.js';
import { maxNestingDepth, parseSource } from '../src/load/parse.js';
/** kind, documentIndex and basePath of every object, the shape most assertions need. */
function summary(parsed) {
    return parsed.objects.map((entry) => [entry.object.kind, entry.documentIndex, entry.basePath]);
}
afterEach(() => {
    vi.restoreAllMocks();
});
describe('parseSource', () => {
    it('keeps the file name and text, and yields one object per document', () => {
        const text = 'apiVersion: v1\nkind: ConfigMap\nmetadata:\n  name: one\n---\napiVersion: apps/v1\nkind: Deployment\n';
        const parsed = parseSource('dir/a.yaml', text);
        expect(parsed.source.file).toBe('dir/a.yaml');
        expect(parsed.source.text).toBe(text);
        expect(summary(parsed)).toEqual([
            ['ConfigMap', 0, []],
            ['Deployment', 1, []],
        ]);
        expect(parsed.objects[0]?.object.metadata?.name).toBe('one');
        expect(parsed.objects[1]?.object.apiVersion).toBe('apps/v1');
        expect(parsed.objects.every((entry) => entry.source === parsed.source)).toBe(true);
        expect(parsed.objects[0]?.positions.root).not.toBe(parsed.objects[1]?.positions.root);
        expect(parsed.objects[0]?.positions.table).toBe(parsed.objects[1]?.positions.table);
        expect(parsed.problems).toEqual([]);
    });
    it('flattens a kind: List into its items, with basePath [items, i]', () => {
        const text = [
            'apiVersion: v1',
            'kind: List',
            'items:',
            '- apiVersion: v1',
            '  kind: Service',
            '- not an object',
            '- apiVersion: apps/v1',
            '  kind: Deployment',
            '',
        ].join('\n');
        const parsed = parseSource('list.yaml', text);
        expect(summary(parsed)).toEqual([
            ['Service', 0, ['items', 0]],
            ['Deployment', 0, ['items', 2]],
        ]);
        expect(parsed.objects[0]?.positions).toEqual(parsed.objects[1]?.positions);
        expect(parsed.problems).toEqual([]);
    });
    it('flattens a ConfigMapList too', () => {
        const text = [
            'apiVersion: v1',
            'kind: ConfigMapList',
            'items:',
            '- {apiVersion: v1, kind: ConfigMap, metadata: {name: a}}',
            '- {apiVersion: v1, kind: ConfigMap, metadata: {name: b}}',
            '',
        ].join('\n');
        const parsed = parseSource('list.yaml', text);
        expect(summary(parsed)).toEqual([
            ['ConfigMap', 0, ['items', 0]],
            ['ConfigMap', 0, ['items', 1]],
        ]);
        expect(parsed.objects.map((entry) => entry.object.metadata?.name)).toEqual(['a', 'b']);
    });
    it('keeps a List-like kind whose items are not a list as an object of its own', () => {
        const parsed = parseSource('x.yaml', 'apiVersion: v1\nkind: List\nitems: nope\n');
        expect(summary(parsed)).toEqual([['List', 0, []]]);
    });
    it('skips documents that are not Kubernetes objects, silently', () => {
        const text = [
            'apiVersion: v1',
            'kind: First',
            '---',
            '# only a comment',
            '---',
            '---',
            'just a scalar',
            '---',
            '- a',
            '- sequence',
            '---',
            'foo: bar',
            '---',
            'apiVersion: v1',
            '---',
            'kind: OnlyKind',
            '---',
            'apiVersion: 1',
            'kind: NumericApiVersion',
            '---',
            'apiVersion: v1',
            'kind: Kept',
            '',
        ].join('\n');
        const parsed = parseSource('mixed.yaml', text);
        expect(summary(parsed)).toEqual([
            ['First', 0, []],
            ['Kept', 9, []],
        ]);
        expect(parsed.problems).toEqual([]);
    });
    it('yields nothing and no problem for an empty text', () => {
        const parsed = parseSource('empty.yaml', '');
        expect(parsed.objects).toEqual([]);
        expect(parsed.problems).toEqual([]);
    });
    it('reports a syntax error in one document and still yields the documents around it', () => {
        const text = 'apiVersion: v1\nkind: A\n---\napiVersion: v1\nkind: B\nx: @foo\n---\napiVersion: v1\nkind: C\n';
        const parsed = parseSource('broken.yaml', text);
        expect(summary(parsed)).toEqual([
            ['A', 0, []],
            ['C', 2, []],
        ]);
        expect(parsed.problems).toHaveLength(1);
        const at = text.indexOf('@');
        expect(parsed.problems[0]).toEqual({
            code: 'BAD_SCALAR_START',
            message: 'Plain value cannot start with reserved character @',
            start: at,
            end: at + 1,
        });
    });
    it('reports only the first syntax error of a document, at its offset', () => {
        // `  bad: 1` under `kind: B` makes the parser complain twice about the same spot
        const text = 'apiVersion: v1\nkind: A\n---\napiVersion: v1\nkind: B\n  bad: 1\n---\napiVersion: v1\nkind: C\n';
        const parsed = parseSource('broken.yaml', text);
        expect(summary(parsed)).toEqual([
            ['A', 0, []],
            ['C', 2, []],
        ]);
        const at = text.indexOf('B\n  bad');
        expect(parsed.problems).toEqual([
            { code: 'BLOCK_AS_IMPLICIT_KEY', message: 'Nested mappings are not allowed in compact mappings', start: at, end: at + 1 },
        ]);
    });
    it('reports a duplicate key by name and still returns the object, with the last value', () => {
        const text = 'apiVersion: v1\nkind: ConfigMap\nmetadata:\n  name: first\n  name: second\n';
        const parsed = parseSource('dup.yaml', text);
        const second = text.lastIndexOf('name');
        expect(parsed.problems).toEqual([{ code: 'DUPLICATE_KEY', message: 'Duplicate key "name"', start: second, end: second + 4 }]);
        expect(summary(parsed)).toEqual([['ConfigMap', 0, []]]);
        expect(parsed.objects[0]?.object.metadata?.name).toBe('second');
    });
    it('names a quoted duplicate key as written', () => {
        const text = "apiVersion: v1\nkind: ConfigMap\ndata:\n  'k': a\n  'k': b\n";
        const parsed = parseSource('dup.yaml', text);
        const second = text.lastIndexOf("'k'");
        expect(parsed.problems).toEqual([{ code: 'DUPLICATE_KEY', message: "Duplicate key 'k'", start: second, end: second + 3 }]);
        expect(parsed.objects).toHaveLength(1);
    });
    it('parses JSON text', () => {
        const text = '{\n  "apiVersion": "v1",\n  "kind": "Pod",\n  "metadata": {"name": "p", "labels": {"app": "web"}}\n}\n';
        const parsed = parseSource('pod.json', text);
        expect(summary(parsed)).toEqual([['Pod', 0, []]]);
        expect(parsed.objects[0]?.object).toEqual({ apiVersion: 'v1', kind: 'Pod', metadata: { name: 'p', labels: { app: 'web' } } });
        expect(parsed.problems).toEqual([]);
    });
    it('holds a .json file to JSON grammar: a trailing comma is one problem, and no object', () => {
        const text = '{\n  "apiVersion": "v1",\n  "kind": "Pod",\n}\n';
        const parsed = parseSource('pod.json', text);
        expect(parsed.objects).toEqual([]);
        expect(parsed.problems).toHaveLength(1);
        const problem = parsed.problems[0];
        const brace = text.lastIndexOf('}');
        expect(problem?.code).toBe('JSON_SYNTAX');
        expect(problem?.message).toMatch(/^Invalid JSON: /);
        expect(problem?.message).not.toMatch(/position|\n/);
        expect([problem?.start, problem?.end]).toEqual([brace, brace + 1]);
        // the lines are still counted, so the problem can be shown at line 4, column 1
        expect(rangeOfOffsets(parsed.source.lineStarts, brace, brace + 1)).toEqual({ line: 4, column: 1, endLine: 4, endColumn: 2 });
        // the same text is valid YAML
        expect(summary(parseSource('pod.yaml', text))).toEqual([['Pod', 0, []]]);
    });
    it('reports an empty .json file', () => {
        const parsed = parseSource('empty.json', '  \n');
        expect(parsed.objects).toEqual([]);
        expect(parsed.problems.map((problem) => [problem.code, problem.start, problem.end])).toEqual([['JSON_EMPTY', 0, 0]]);
    });
    it('reports an alias bomb as ALIAS_LIMIT instead of expanding it', () => {
        const lines = ['apiVersion: v1', 'kind: ConfigMap', 'a0: &a0 [x, x, x, x, x, x, x, x, x]'];
        for (let i = 1; i <= 9; i++) {
            const previous = `*a${i - 1}`;
            lines.push(`a${i}: &a${i} [${Array.from({ length: 9 }, () => previous).join(', ')}]`);
        }
        const bomb = lines.join('\n') + '\n';
        const text = `apiVersion: v1\nkind: Before\n---\n${bomb}---\napiVersion: v1\nkind: After\n`;
        const started = Date.now();
        const parsed = parseSource('bomb.yaml', text);
        expect(Date.now() - started).toBeLessThan(4000);
        expect(summary(parsed)).toEqual([
            ['Before', 0, []],
            ['After', 2, []],
        ]);
        // reported at the first alias that takes the document over 100,000 expanded nodes (plus ten per
        // node written, about 1,000 here): a4 expands to 66,430 nodes, and the aliases before it added 74,718
        const alias = text.indexOf('*a4');
        expect(parsed.problems).toEqual([{ code: 'ALIAS_LIMIT', message: 'Too many alias expansions', start: alias, end: alias + 3 }]);
    });
    it('accepts a few aliases', () => {
        const text = 'apiVersion: v1\nkind: ConfigMap\nmetadata:\n  labels: &l {app: web}\n  annotations: *l\n';
        const parsed = parseSource('alias.yaml', text);
        expect(parsed.problems).toEqual([]);
        expect(parsed.objects[0]?.object.metadata?.annotations).toEqual({ app: 'web' });
    });
    it('prints no warning for an unquoted {{VAR}}', () => {
        const emitWarning = vi.spyOn(process, 'emitWarning').mockImplementation(() => undefined);
        const stderr = vi.spyOn(process.stderr, 'write').mockImplementation(() => true);
        const consoleWarn = vi.spyOn(console, 'warn').mockImplementation(() => undefined);
        const parsed = parseSource('tpl.yaml', 'apiVersion: v1\nkind: ConfigMap\ndata:\n  x: {{VAR}}\n');
        expect(emitWarning).not.toHaveBeenCalled();
        expect(stderr).not.toHaveBeenCalled();
        expect(consoleWarn).not.toHaveBeenCalled();
        expect(parsed.problems).toEqual([]);
        expect(parsed.objects[0]?.object['data']).toEqual({ x: { '{ VAR }': null } });
    });
});
/** The first object's data of a ConfigMap written with the given data lines. */
function dataOf(lines) {
    const parsed = parseSource('cm.yaml', `apiVersion: v1\nkind: ConfigMap\ndata:\n${lines}`);
    expect(parsed.problems).toEqual([]);
    return parsed.objects[0]?.object['data'];
}
/** What a YAML 1.2 parser (the yaml package's core schema, which kubeready used before) reads. */
function yaml12(lines) {
    return parseYaml(`data:\n${lines}`).data;
}
// Kubernetes turns YAML into JSON with sigs.k8s.io/yaml, which uses go-yaml v2: YAML 1.1 scalars,
// with go-yaml's own choices where it departs from YAML 1.1. One test per difference with YAML 1.2.
describe('parseSource reads scalars as Kubernetes does (go-yaml v2), not as YAML 1.2', () => {
    it('reads every YAML 1.1 boolean spelling as a boolean, where YAML 1.2 keeps strings', () => {
        const lines = ['y', 'Y', 'yes', 'Yes', 'YES', 'on', 'On', 'ON', 'n', 'N', 'no', 'No', 'NO', 'off', 'Off', 'OFF']
            .map((word, i) => `  k${i}: ${word}\n`)
            .join('');
        expect(Object.values(dataOf(lines))).toEqual([true, true, true, true, true, true, true, true, false, false, false, false, false, false, false, false]);
        expect(Object.values(yaml12(lines)).every((value) => typeof value === 'string')).toBe(true);
    });
    it('keeps mixed-case and quoted spellings strings, as go-yaml does', () => {
        expect(dataOf('  a: yEs\n  b: "yes"\n  c: \'on\'\n  d: oN\n')).toEqual({ a: 'yEs', b: 'yes', c: 'on', d: 'oN' });
    });
    it('turns an `on:` key (GitHub-workflow style) into the key "true", and `no:` into "false"', () => {
        expect(dataOf('  on: push\n  no: 1\n')).toEqual({ true: 'push', false: 1 });
        expect(dataOf('  y: 1\n  n: 2\n')).toEqual({ true: 1, false: 2 });
        expect(yaml12('  on: push\n  no: 1\n')).toEqual({ on: 'push', no: 1 });
    });
    it('still locates a field under a key that became "true"', () => {
        const text = 'apiVersion: v1\nkind: ConfigMap\ndata:\n  on: push\n';
        const entry = parseSource('cm.yaml', text).objects[0];
        if (!entry)
            throw new Error('no object');
        expect(locate(entry.positions, entry.source.lineStarts, ['data', 'true'])).toEqual({ line: 4, column: 7, endLine: 4, endColumn: 11, exact: true, depth: 2 });
    });
    it('reads a leading zero as octal: defaultMode: 0644 is 420, not 644', () => {
        expect(dataOf('  mode: 0644\n  neg: -010\n  o: 0o17\n  z: 0\n')).toEqual({ mode: 420, neg: -8, o: 15, z: 0 });
        expect(yaml12('  mode: 0644\n')).toEqual({ mode: 644 });
    });
    it('reads 08 and 09, which are not octal, as the decimal numbers go-yaml falls back to', () => {
        expect(dataOf('  a: 08\n  b: 0089\n')).toEqual({ a: 8, b: 89 });
    });
    it('reads signed and upper-case hexadecimal and binary, which YAML 1.2 keeps as strings', () => {
        expect(dataOf('  a: 0x1F\n  b: -0x1F\n  c: 0X1f\n  d: 0b1010\n  e: +0B11\n')).toEqual({ a: 31, b: -31, c: 31, d: 10, e: 3 });
        expect(yaml12('  b: -0x1F\n  c: 0X1f\n  d: 0b1010\n')).toEqual({ b: '-0x1F', c: '0X1f', d: '0b1010' });
    });
    it('drops underscores in numbers: 1_000 is 1000, where YAML 1.2 keeps a string', () => {
        expect(dataOf('  a: 1_000\n  b: 1_000.5\n  c: 0x_FF\n  d: _1\n')).toEqual({ a: 1000, b: 1000.5, c: 255, d: '_1' });
        expect(yaml12('  a: 1_000\n')).toEqual({ a: '1_000' });
    });
    it('keeps 1:20 a string: go-yaml has no base-60 numbers, though YAML 1.1 (and the yaml package in 1.1 mode) reads 80', () => {
        expect(dataOf('  time: 1:20\n  port: 22:22\n')).toEqual({ time: '1:20', port: '22:22' });
        expect(parseYaml('t: 1:20\n', { version: '1.1' })).toEqual({ t: 80 });
    });
    it('keeps timestamps strings: go-yaml hands them over as text, where YAML 1.1 makes a date', () => {
        expect(dataOf('  day: 2001-12-14\n  at: 2001-12-14T21:59:43.10Z\n')).toEqual({ day: '2001-12-14', at: '2001-12-14T21:59:43.10Z' });
        expect(parseYaml('d: 2001-12-14\n', { version: '1.1' }).d).toBeInstanceOf(Date);
    });
    it('applies merge keys (<<), which YAML 1.2 reads as an ordinary key', () => {
        const lines = '  base: &base {a: 1, b: 2}\n  derived:\n    <<: *base\n    b: 3\n';
        expect(dataOf(lines)['derived']).toEqual({ a: 1, b: 3 });
        expect(yaml12(lines)['derived']).toEqual({ '<<': { a: 1, b: 2 }, b: 3 });
    });
    it('merges where << stands, as go-yaml v2: it overwrites keys written before it; earlier maps of a list win', () => {
        const lines = '  one: &one {a: 1, b: 1}\n  two: &two {b: 2, c: 2}\n  m:\n    a: 0\n    <<: [*one, *two]\n    c: 3\n';
        expect(dataOf(lines)['m']).toEqual({ a: 1, b: 1, c: 3 });
    });
    it('reports a merge of something that is not a mapping, which kubectl refuses', () => {
        const text = 'apiVersion: v1\nkind: ConfigMap\nlist: &list [a]\ndata:\n  <<: *list\n';
        const parsed = parseSource('cm.yaml', text);
        expect(parsed.objects).toEqual([]);
        const at = text.lastIndexOf('*list');
        expect(parsed.problems).toEqual([
            { code: 'MERGE_NOT_MAP', message: 'A merge key (<<) needs a mapping, an alias of one, or a sequence of them', start: at, end: at + 5 },
        ]);
    });
    it('decodes !!binary into text, where the yaml package makes bytes', () => {
        expect(dataOf('  b: !!binary aGVsbG8=\n')).toEqual({ b: 'hello' });
        expect(yaml12('  b: !!binary aGVsbG8=\n').b).toBeInstanceOf(Uint8Array);
    });
    it('keeps a number too large for a float a string, as strconv refuses it', () => {
        expect(dataOf('  big: 1e400\n')).toEqual({ big: '1e400' });
        expect(yaml12('  big: 1e400\n')).toEqual({ big: Infinity });
    });
    it('writes float keys as Go formats them', () => {
        expect(Object.keys(dataOf('  1.5e6: a\n  0.5: b\n  1e-5: c\n  7: d\n'))).toEqual(['7', '1.5e+06', '0.5', '1e-05']);
    });
    it('ends a line at a lone CR, as go-yaml does', () => {
        const text = 'apiVersion: v1\rkind: ConfigMap\rdata:\r  a: 1\r';
        const parsed = parseSource('cr.yaml', text);
        expect(parsed.problems).toEqual([]);
        expect(parsed.objects[0]?.object['data']).toEqual({ a: 1 });
        expect(rangeOfOffsets(parsed.source.lineStarts, text.indexOf('a: 1'), text.indexOf('a: 1') + 1).line).toBe(4);
    });
});
describe('parseSource on hostile input', () => {
    it('reports an anchor whose value contains an alias to itself, which kubectl refuses', () => {
        const text = 'apiVersion: v1\nkind: ConfigMap\ndata: &d\n  self: *d\n';
        const parsed = parseSource('cycle.yaml', text);
        expect(parsed.objects).toEqual([]);
        const at = text.indexOf('*d');
        expect(parsed.problems).toEqual([{ code: 'ALIAS_CYCLE', message: 'The value of anchor "d" contains itself', start: at, end: at + 2 }]);
    });
    it('reports an alias to an anchor that does not exist', () => {
        const text = 'apiVersion: v1\nkind: ConfigMap\ndata: *nowhere\n';
        const at = text.indexOf('*');
        expect(parseSource('x.yaml', text).problems).toEqual([
            { code: 'ALIAS_UNKNOWN', message: 'Unknown anchor "nowhere" referenced by an alias', start: at, end: at + 8 },
        ]);
    });
    it('lints 150 levels of nesting, and reports 250 at the first level too deep', () => {
        const shallow = parseSource('ok.yaml', `apiVersion: v1\nkind: ConfigMap\ndata: ${'['.repeat(149)}${']'.repeat(149)}\n`);
        expect(shallow.problems).toEqual([]);
        expect(shallow.objects).toHaveLength(1);
        const text = `apiVersion: v1\nkind: ConfigMap\ndata: ${'['.repeat(249)}${']'.repeat(249)}\n---\napiVersion: v1\nkind: After\n`;
        const parsed = parseSource('deep.yaml', text);
        const at = text.indexOf('[') + 199; // the document's map is level 1, data's first [ level 2
        expect(parsed.problems).toEqual([{ code: 'NESTING_LIMIT', message: `Mappings and sequences nested deeper than ${maxNestingDepth} levels`, start: at, end: at + 1 }]);
        expect(summary(parsed)).toEqual([['After', 1, []]]);
    });
    it('reports 10,000 unclosed [ as one nesting problem, quickly', () => {
        const text = `apiVersion: v1\nkind: ConfigMap\ndata: ${'['.repeat(10_000)}\n`;
        const started = Date.now();
        const parsed = parseSource('deep.yaml', text);
        expect(Date.now() - started).toBeLessThan(3000);
        expect(parsed.objects).toEqual([]);
        expect(parsed.problems.map((problem) => problem.code)).toEqual(['NESTING_LIMIT']);
    });
    it('counts nesting through aliases: chained anchors cannot build a value deeper than the limit', () => {
        const lines = ['apiVersion: v1', 'kind: ConfigMap', `a0: &a0 ${'['.repeat(100)}${']'.repeat(100)}`, 'a1: &a1 [[[[[[[[[[*a0]]]]]]]]]]'];
        for (let i = 2; i <= 12; i++)
            lines.push(`a${i}: &a${i} [[[[[[[[[[*a${i - 1}]]]]]]]]]]`);
        const parsed = parseSource('chain.yaml', lines.join('\n') + '\n');
        expect(parsed.problems.map((problem) => problem.code)).toEqual(['NESTING_LIMIT']);
    });
    it('bounds aliases per file: many small bombs each under the document limit still stop', () => {
        const bomb = ['apiVersion: v1', 'kind: ConfigMap', 'a0: &a0 [x, x, x, x, x, x, x, x, x]'];
        for (let i = 1; i <= 4; i++)
            bomb.push(`a${i}: &a${i} [${Array.from({ length: 9 }, () => `*a${i - 1}`).join(', ')}]`);
        const documents = Array.from({ length: 20 }, () => bomb.join('\n')).join('\n---\n');
        const parsed = parseSource('bombs.yaml', documents + '\n');
        // each document adds 74,718 nodes: 13 fit into the file's 1,000,000 (plus ten per node written)
        expect(parsed.objects).toHaveLength(13);
        expect(parsed.problems).toHaveLength(7);
        expect(new Set(parsed.problems.map((problem) => problem.code))).toEqual(new Set(['ALIAS_LIMIT']));
    });
    it('reports a control character at its place and still lints the file, which kubectl would refuse', () => {
        const text = 'apiVersion: v1\nkind: ConfigMap\ndata:\n  a: b\u0000c\n';
        const parsed = parseSource('nul.yaml', text);
        const at = text.indexOf('\u0000');
        expect(parsed.problems).toEqual([{ code: 'CONTROL_CHARACTER', message: 'Control character U+0000 is not allowed in YAML', start: at, end: at + 1 }]);
        expect(parsed.objects).toHaveLength(1);
        expect(parseSource('esc.yaml', 'a: \u001b[31m\n').problems[0]?.message).toBe('Control character U+001B is not allowed in YAML');
    });
    it('accepts tabs inside values and a byte order mark, in YAML and in JSON', () => {
        expect(parseSource('tab.yaml', 'apiVersion: v1\nkind: ConfigMap\ndata:\n  a: "x\ty"\n  b: x\ty\n').problems).toEqual([]);
        expect(summary(parseSource('bom.yaml', '\uFEFFapiVersion: v1\nkind: A\n'))).toEqual([['A', 0, []]]);
        expect(summary(parseSource('bom.json', '\uFEFF{"apiVersion": "v1", "kind": "A"}'))).toEqual([['A', 0, []]]);
        const broken = parseSource('bom.json', '\uFEFF{"apiVersion": "v1",}');
        expect(broken.problems.map((problem) => [problem.code, problem.start])).toEqual([['JSON_SYNTAX', 21]]);
    });
    it('reports tab indentation as a syntax error at the tab', () => {
        const text = 'apiVersion: v1\nkind: ConfigMap\ndata:\n\ta: 1\n';
        expect(parseSource('tab.yaml', text).problems.map((problem) => [problem.code, problem.start])).toEqual([['TAB_AS_INDENT', text.indexOf('\t')]]);
    });
    it('keeps CRLF positions on the right lines', () => {
        const text = 'apiVersion: v1\r\nkind: ConfigMap\r\ndata:\r\n  a: 1\r\n  a: 2\r\n';
        const parsed = parseSource('crlf.yaml', text);
        expect(parsed.problems.map((problem) => [problem.code, rangeOfOffsets(parsed.source.lineStarts, problem.start, problem.end)])).toEqual([
            ['DUPLICATE_KEY', { line: 5, column: 3, endLine: 5, endColumn: 4 }],
        ]);
    });
    it('parses a 5 MB scalar', () => {
        const text = `apiVersion: v1\nkind: ConfigMap\ndata:\n  big: ${'x'.repeat(5 * 1024 * 1024)}\n`;
        const started = Date.now();
        const parsed = parseSource('big.yaml', text);
        expect(Date.now() - started).toBeLessThan(5000);
        expect((parsed.objects[0]?.object['data']).big).toHaveLength(5 * 1024 * 1024);
    });
    it('lets a large file reuse an anchor many times', () => {
        const keys = Array.from({ length: 150_000 }, (_, i) => `  k${i}: *a\n`).join('');
        const parsed = parseSource('reuse.yaml', `apiVersion: v1\nkind: ConfigMap\nshared: &a x\ndata:\n${keys}`);
        expect(parsed.problems).toEqual([]);
        expect(Object.keys(parsed.objects[0]?.object['data'])).toHaveLength(150_000);
    });
    it('finds repeated keys in linear time, and counts keys equal in JSON as repeats', () => {
        const text = `apiVersion: v1\nkind: ConfigMap\ndata:\n${'  k: v\n'.repeat(100_000)}  on: 1\n  true: 2\n  1: a\n  "1": b\n`;
        const started = Date.now();
        const parsed = parseSource('dups.yaml', text);
        expect(Date.now() - started).toBeLessThan(10_000);
        expect(parsed.problems).toHaveLength(100_001);
        expect(parsed.problems.slice(-2).map((problem) => problem.message)).toEqual(['Duplicate key "true"', 'Duplicate key "1"']);
    });
    it('puts the problems found while reading first', () => {
        const carried = [{ code: 'INVALID_UTF8', message: 'Not valid UTF-8: byte 0xFF at byte offset 3', start: 3, end: 4 }];
        const parsed = parseSource('x.yaml', 'a: \uFFFD\nb: @x\n', carried);
        expect(parsed.problems.map((problem) => problem.code)).toEqual(['INVALID_UTF8', 'BAD_SCALAR_START']);
    });
});
describe('yaml-syntax says what kubectl does with what the parser reports', () => {
    it('names the consequence of the problems kubectl refuses', async () => {
        const { lintText } = await import('../src/api.js');
        const { checks } = await import('../checks/index.js');
        const yamlSyntax = checks.filter((check) => check.meta.id === 'yaml-syntax');
        const messages = (text) => lintText(text, 'x.yaml', yamlSyntax).findings.map((f) => f.message);
        expect(messages('a: *nope\n')).toEqual(['Unknown anchor "nope" referenced by an alias: kubectl refuses the document.']);
        expect(messages('a: {<<: [1]}\n')).toEqual(['A merge key (<<) needs a mapping, an alias of one, or a sequence of them: kubectl refuses the document.']);
    });
});
