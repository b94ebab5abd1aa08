import { describe, expect, it } from 'vitest';
import { locate, rangeOfOffsets } from '../src/engine/locate.js';
import { parseSource } from '../src/load/parse.js';
function objectAt(parsed, index) {
    const entry = parsed.objects[index];
    if (!entry)
        throw new Error(`no object #${index}`);
    return entry;
}
/** The located range, without the depth (asserted separately where it matters). */
function where(entry, path) {
    const { depth: _depth, ...range } = locate(entry.positions, entry.source.lineStarts, [...entry.basePath, ...path]);
    return range;
}
function at(line, column, endLine, endColumn, exact = true) {
    return { line, column, endLine, endColumn, exact };
}
const podYaml = [
    'apiVersion: v1', // 1
    'kind: Pod', // 2
    'metadata:', // 3
    '  name: web', // 4
    '  namespace: "prod"', // 5
    '  "labels":', // 6
    '    app: web', // 7
    'spec:', // 8
    '  resources:', // 9
    '  containers:', // 10
    '  - name: app', // 11
    '    image: nginx', // 12
    '    args:', // 13
    '    - --flag', // 14
    '  - sidecar', // 15
    '',
].join('\n');
describe('locate', () => {
    const pod = objectAt(parseSource('pod.yaml', podYaml), 0);
    it('locates a scalar at the value itself', () => {
        expect(where(pod, ['metadata', 'name'])).toEqual(at(4, 9, 4, 12));
        expect(where(pod, ['kind'])).toEqual(at(2, 7, 2, 10));
    });
    it('includes the quotes of a quoted scalar', () => {
        expect(where(pod, ['metadata', 'namespace'])).toEqual(at(5, 14, 5, 20));
    });
    it('locates a mapping or sequence value at its key', () => {
        expect(where(pod, ['metadata'])).toEqual(at(3, 1, 3, 9));
        expect(where(pod, ['spec', 'containers'])).toEqual(at(10, 3, 10, 13));
        expect(where(pod, ['spec', 'containers', 0, 'args'])).toEqual(at(13, 5, 13, 9));
    });
    it('locates a keyless sequence item at its first line only', () => {
        // the item spans lines 11 to 14; only "name: app" is reported
        expect(where(pod, ['spec', 'containers', 0])).toEqual(at(11, 5, 11, 14));
    });
    it('locates a scalar sequence item at the scalar', () => {
        expect(where(pod, ['spec', 'containers', 1])).toEqual(at(15, 5, 15, 12));
        expect(where(pod, ['spec', 'containers', 0, 'args', 0])).toEqual(at(14, 7, 14, 13));
    });
    it('finds a value under a quoted key, and the quoted key itself', () => {
        expect(where(pod, ['metadata', 'labels'])).toEqual(at(6, 3, 6, 11));
        expect(where(pod, ['metadata', 'labels', 'app'])).toEqual(at(7, 10, 7, 13));
    });
    it('falls back to the nearest existing ancestor, not exact', () => {
        expect(where(pod, ['spec', 'containers', 0, 'livenessProbe'])).toEqual(at(11, 5, 11, 14, false));
        expect(where(pod, ['spec', 'containers', 0, 'livenessProbe', 'httpGet', 'port'])).toEqual(at(11, 5, 11, 14, false));
        expect(where(pod, ['spec', 'containers', 7])).toEqual(at(10, 3, 10, 13, false));
        expect(where(pod, ['metadata', 'annotations'])).toEqual(at(3, 1, 3, 9, false));
        expect(where(pod, ['metadata', 'name', 'deeper'])).toEqual(at(4, 9, 4, 12, false));
        expect(where(pod, ['status'])).toEqual(at(1, 1, 1, 15, false));
    });
    it('locates the whole object (empty path) at its first line', () => {
        expect(where(pod, [])).toEqual(at(1, 1, 1, 15));
    });
    it('finds an empty value on the line of its key, exactly', () => {
        const location = where(pod, ['spec', 'resources']);
        expect(location.line).toBe(9);
        expect(location.endLine).toBe(9);
        expect(location.exact).toBe(true);
    });
    it('locates an empty value (resources:) at its key', () => {
        expect(where(pod, ['spec', 'resources'])).toEqual(at(9, 3, 9, 12));
        expect(where(pod, ['spec', 'resources', 'limits'])).toEqual(at(9, 3, 9, 12, false));
    });
    it('counts lines from the start of the file in a later document', () => {
        const parsed = parseSource('two.yaml', 'apiVersion: v1\nkind: A\n---\napiVersion: v1\nkind: Second\n');
        const second = objectAt(parsed, 1);
        expect(where(second, ['kind'])).toEqual(at(5, 7, 5, 13));
        expect(where(second, ['metadata'])).toEqual(at(4, 1, 4, 15, false));
    });
    it('locates in JSON input: multi-line objects at their key, one-line ones at the value', () => {
        const json = [
            '{', // 1
            '  "apiVersion": "v1",', // 2
            '  "kind": "Pod",', // 3
            '  "metadata": {', // 4
            '    "name": "web"', // 5
            '  },', // 6
            '  "spec": {', // 7
            '    "containers": [{"name": "a", "image": "nginx"}]', // 8
            '  }', // 9
            '}', // 10
            '',
        ].join('\n');
        const parsed = parseSource('pod.json', json);
        expect(parsed.problems).toEqual([]);
        const object = objectAt(parsed, 0);
        expect(where(object, ['kind'])).toEqual(at(3, 11, 3, 16));
        expect(where(object, ['metadata'])).toEqual(at(4, 3, 4, 13));
        expect(where(object, ['metadata', 'name'])).toEqual(at(5, 13, 5, 18));
        expect(where(object, ['spec'])).toEqual(at(7, 3, 7, 9));
        expect(where(object, ['spec', 'containers'])).toEqual(at(8, 19, 8, 52));
        expect(where(object, ['spec', 'containers', 0])).toEqual(at(8, 20, 8, 51));
        expect(where(object, ['spec', 'containers', 0, 'image'])).toEqual(at(8, 43, 8, 50));
        expect(where(object, ['spec', 'containers', 0, 'resources'])).toEqual(at(8, 20, 8, 51, false));
        expect(where(object, ['spec', 'containers', 3])).toEqual(at(8, 5, 8, 17, false));
    });
    it('locates objects inside a List through their basePath', () => {
        const list = [
            'apiVersion: v1', // 1
            'kind: List', // 2
            'items:', // 3
            '- apiVersion: v1', // 4
            '  kind: Service', // 5
            '  metadata:', // 6
            '    name: svc', // 7
            '- apiVersion: apps/v1', // 8
            '  kind: Deployment', // 9
            '  metadata:', // 10
            '    name: deploy', // 11
            '',
        ].join('\n');
        const parsed = parseSource('list.yaml', list);
        const service = objectAt(parsed, 0);
        const deployment = objectAt(parsed, 1);
        expect(deployment.basePath).toEqual(['items', 1]);
        expect(where(service, ['metadata', 'name'])).toEqual(at(7, 11, 7, 14));
        expect(where(deployment, ['metadata', 'name'])).toEqual(at(11, 11, 11, 17));
        expect(where(deployment, [])).toEqual(at(8, 3, 8, 22));
        expect(where(deployment, ['spec'])).toEqual(at(8, 3, 8, 22, false));
        // without the basePath the path means something else: the List has no metadata
        expect(locate(deployment.positions, deployment.source.lineStarts, ['metadata', 'name'])).toMatchObject(at(1, 1, 1, 15, false));
    });
});
describe('rangeOfOffsets', () => {
    const { lineStarts } = parseSource('x.yaml', 'abc: 1\ndefgh: 2\n').source;
    it('turns offsets into 1-based lines and columns, end exclusive', () => {
        expect(rangeOfOffsets(lineStarts, 0, 3)).toEqual({ line: 1, column: 1, endLine: 1, endColumn: 4 });
        expect(rangeOfOffsets(lineStarts, 7, 12)).toEqual({ line: 2, column: 1, endLine: 2, endColumn: 6 });
        expect(rangeOfOffsets(lineStarts, 1, 9)).toEqual({ line: 1, column: 2, endLine: 2, endColumn: 3 });
    });
    it('clamps an end before the start to the start', () => {
        expect(rangeOfOffsets(lineStarts, 8, 2)).toEqual({ line: 2, column: 2, endLine: 2, endColumn: 2 });
    });
    it('places a parse problem where it is', () => {
        const parsed = parseSource('bad.yaml', 'apiVersion: v1\nkind: A\nx: @foo\n');
        const problem = parsed.problems[0];
        expect(problem?.code).toBe('BAD_SCALAR_START');
        expect(rangeOfOffsets(parsed.source.lineStarts, problem?.start ?? -1, problem?.end ?? -1)).toEqual({
            line: 3,
            column: 4,
            endLine: 3,
            endColumn: 5,
        });
    });
});
