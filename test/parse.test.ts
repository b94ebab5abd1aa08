import { afterEach, describe, expect, it, vi } from 'vitest';
import { rangeOfOffsets } from '../src/engine/locate.js';
import { type ParsedSource, parseSource } from '../src/load/parse.js';

/** kind, documentIndex and basePath of every object, the shape most assertions need. */
function summary(parsed: ParsedSource): [string, number, readonly (string | number)[]][] {
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
    expect(parsed.objects[0]?.document).not.toBe(parsed.objects[1]?.document);
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
    expect(parsed.objects[0]?.document).toBe(parsed.objects[1]?.document);
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
    expect(rangeOfOffsets(parsed.source.lineCounter, brace, brace + 1)).toEqual({ line: 4, column: 1, endLine: 4, endColumn: 2 });
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
    // reported at the start of the offending document, its `---` marker
    const documentStart = text.indexOf('---\napiVersion: v1\nkind: ConfigMap');
    expect(parsed.problems).toEqual([
      { code: 'ALIAS_LIMIT', message: 'Too many alias expansions', start: documentStart, end: documentStart },
    ]);
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
