import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import fg from 'fast-glob';
import { describe, expect, it } from 'vitest';
import { parseFast } from '../src/load/fast-yaml.js';
import { parseYamlValues } from '../src/load/parse.js';
import { decodeSource } from '../src/load/read.js';
import { compareWithDocuments } from './support/parse-equivalence.js';
import { loadSeeds, mutate } from './support/fuzz.js';
/**
 * The fast reader (src/load/fast-yaml.ts) against the yaml package's documents, which parseSource used
 * for every file before (parseSourceWithDocuments): the same objects, positions, problems, line starts
 * and Helm source comments, on every file of the repository's fixtures and examples, on thousands of
 * fuzzed variants of them, and on the cases below; test/corpus/fast-yaml.test.ts does the same on the
 * real corpus.
 */
const root = join(import.meta.dirname, '..');
function differencesOf(file, text) {
    return compareWithDocuments(file, text).differences.map((difference) => `${file}: ${difference}`);
}
describe('the fast reader', () => {
    it('reads every fixture and example as the yaml package does, most of them itself', () => {
        const files = fg.sync(['test/fixtures/**/*.{yaml,yml,json}', 'test/projects/**/*.{yaml,yml,json}', 'examples/**/*.{yaml,yml,json}'], { cwd: root }).sort();
        let fast = 0;
        const found = [];
        for (const file of files) {
            const comparison = compareWithDocuments(file, readFileSync(join(root, file), 'utf8'));
            if (comparison.fast)
                fast++;
            found.push(...comparison.differences.map((difference) => `${file}: ${difference}`));
        }
        expect(found).toEqual([]);
        expect(files.length).toBeGreaterThan(400);
        expect(fast).toBeGreaterThan(files.length * 0.7);
    });
    it('reads 4,000 fuzzed fixtures and examples as the yaml package does', () => {
        const seeds = loadSeeds(root, ['test/fixtures/**/*.{yaml,yml}', 'examples/**/*.{yaml,yml}'], 200, 23);
        const found = [];
        let fast = 0;
        for (let n = 0; n < 4000; n++) {
            const seed = seeds[n % seeds.length];
            if (!seed)
                continue;
            const { bytes, applied } = mutate(seed, n);
            const text = decodeSource(bytes).text;
            const comparison = compareWithDocuments(seed.name, text);
            if (comparison.fast)
                fast++;
            found.push(...comparison.differences.map((difference) => `case ${n} (${seed.name}; ${applied.join(', ')}): ${difference}`));
        }
        expect(found.slice(0, 20)).toEqual([]);
        // enough of the mutated files stay in the subset for the comparison to mean something
        expect(fast).toBeGreaterThan(1000);
    }, 120_000);
    const cases = {
        'YAML 1.1 and go-yaml scalars': 'apiVersion: v1\nkind: ConfigMap\ndata:\n  a: yes\n  b: off\n  c: 0755\n  d: 0x1F\n  e: 1_000\n  f: 1:20\n  g: 2001-12-14\n  h: .inf\n  i: -.Inf\n  j: .NaN\n  k: ~\n  l: 1e400\n  m: -0b101\n  n: 08\n  o: -0\n  p: 1.5\n  q: "yes"\n  r: \'0755\'\n  s: Null\n  t: y\n',
        'keys written as JSON writes them': 'apiVersion: v1\nkind: ConfigMap\ndata:\n  on: 1\n  1.0: 2\n  0x10: 3\n  ~: 4\n  "quoted": 5\n  \'single\': 6\n  1e3: 7\n  -0: 8\n',
        'repeated keys, the last value kept': 'apiVersion: v1\nkind: ConfigMap\nmetadata:\n  name: a\n  name: b\ndata:\n  on: x\n  true: y\n  "1": p\n  1: q\n  {a: 1, a: 2}: x\n',
        'repeated keys in flow mappings': 'apiVersion: v1\nkind: ConfigMap\ndata: {a: 1, "a": 2, b: 3}\n',
        'block scalars': 'apiVersion: v1\nkind: ConfigMap\ndata:\n  a: |\n    one\n      two\n\n    three\n\n\n  b: |-\n    x\n  c: |+\n    y\n\n  d: >\n    folded\n    text\n\n    para\n      more\n    end\n  e: >-\n    z\n  f: |\n    trailing\n    \n  g: | # comment\n    h\n  i: |\n    x\n        \n\n      \n  j: >-\n    y\n\n       \n   \n  k: 1\n  l: |-\n  m: |+\n  n: >\n---\napiVersion: v1\nkind: ConfigMap\ndata:\n  o: |',
        'multi-line plain and quoted scalars': 'apiVersion: v1\nkind: ConfigMap\ndata:\n  a: one\n    two\n\n    three\n  b: "x\n    y \\\n    z\n\n    w"\n  c: \'it\'\'s\n    folded\'\n  d:\n    next line\n    * bullet\n    - dash\n',
        'flow collections': 'apiVersion: v1\nkind: Pod\nspec:\n  containers: [{name: a, image: "b:1", args: [--x, "y", \'z\']}]\n  a: []\n  b: {}\n  c: [ 1 , 2 ]\n',
        'empty values and items': 'apiVersion: v1\nkind: Pod\nmetadata:\n  name:\n  labels:   # none\nspec:\n  list:\n  -\n  - # comment\n  - x\n  -   \n  - a: # comment\n      b: 1\n  - a: #not a comment\n',
        'sequences at the mapping\'s indentation and compact ones': 'apiVersion: v1\nkind: Pod\nspec:\n  containers:\n  - name: a\n    ports:\n    - containerPort: 80\n  -   name: b\n      args:\n        - - nested\n          - more\n',
        'Helm source comments': '---\n# Source: chart/templates/a.yaml\napiVersion: v1\nkind: ConfigMap\n---\n\n# Source: chart/templates/b.yaml\n# more\n\napiVersion: v1\nkind: ConfigMap\n--- # Source: chart/templates/c.yaml\napiVersion: v1\nkind: ConfigMap\n---\n# Source:\n# d.yaml\napiVersion: v1\nkind: ConfigMap\n',
        'Helm source comments left to the yaml package': '# Source: chart/templates/a.yaml\napiVersion: v1\nkind: ConfigMap\n---\napiVersion: v1\nkind: ConfigMap\n',
        'documents, empty ones and comments': '# head\n\n---\n---\napiVersion: v1\nkind: A\n# tail\n---\n# only a comment\n---\napiVersion: v1\nkind: List\nitems:\n- apiVersion: v1\n  kind: B\n- nope\n',
        'indented roots and no final line break': '  apiVersion: v1\n  kind: A\n  x: y',
        'anchors with merge keys and tags': 'apiVersion: v1\nkind: A\nx: &a {b: 1}\ny: *a\nz:\n  <<: *a\nt: !!str 1\n',
        'syntax errors': 'apiVersion: v1\nkind: A\nx: a: b\n---\napiVersion: v1\nkind: B\n  bad: indent\n---\napiVersion: v1\nkind: C\ny: "open\n',
        'nulls the converter notes': 'apiVersion: v1\nkind: A\nx: null\n---\napiVersion: v1\nkind: B\nx: [~]\n---\napiVersion: v1\nkind: C\nx: 1\n',
    };
    // Flow collections over several lines (an RBAC rule's resources, a container's args), read by the fast
    // reader itself; and what it leaves to the yaml package: the lines its lexer refuses (an error each), and
    // a plain scalar going on below (valid, outside the subset).
    const multiLineFlows = {
        'a sequence, its bracket at the key\'s indentation, a trailing comma and comments': 'apiVersion: v1\nkind: Pod\nspec:\n  args: [\n    # what runs\n    "-a", "x",\n\n    "-b", y, # last\n  ]\n  next: 1\n',
        'a sequence closed on its last item\'s line, under a sequence item': 'apiVersion: v1\nkind: ClusterRole\nrules:\n- apiGroups: [""]\n  resources: ["pods", "pods/log",\n              "services"]\n  verbs: [get,\n    list]\n',
        'nested flows and a mapping': 'apiVersion: v1\nkind: A\nx: [[a,\n  b], {c: 1,\n   d: [e]},\n  f\n ]\ny: {p: q,\n  r: s}\n',
        'an item of a block sequence': 'apiVersion: v1\nkind: A\nx:\n- [a,\n   b]\n- - [c,\n     d]\n',
        'a flow on the line after its key': 'apiVersion: v1\nkind: A\nx:\n  [a,\n b]\n',
    };
    // Anchors and aliases in block collections (labels shared with a selector, an affinity reused).
    const anchorsAndAliases = {
        'a mapping shared by an alias': 'apiVersion: apps/v1\nkind: Deployment\nmetadata:\n  labels: &labels\n    app: web\n    tier: front\nspec:\n  selector:\n    matchLabels: *labels\n  template:\n    metadata:\n      labels: *labels  # the same\n',
        'scalars, flows, sequences and empty values': 'apiVersion: v1\nkind: A\na: &x 1\nb: *x\nc: &f [1, 2]\nd: *f\ne:\n- &s item\n- *s\n- &q\n  - z\n- *q\n- &n\n- *n\ng: &e\nh: *e\ni: &b |\n  text\nj: *b\nk: &m   \n  - p\nl: *m\n',
        'an anchor redefined, and anchors per document': 'apiVersion: v1\nkind: A\na: &x one\nb: *x\nc: &x two\nd: *x\n---\napiVersion: v1\nkind: B\nx: &x three\ny: *x\n',
    };
    for (const [name, text] of Object.entries(anchorsAndAliases)) {
        it(`reads itself, as the yaml package does, ${name}`, () => {
            expect(parseFast(text)).toBeDefined();
            expect(differencesOf('case.yaml', text)).toEqual([]);
        });
    }
    const aliasesLeftToTheYamlPackage = {
        'an unknown anchor': 'apiVersion: v1\nkind: A\na: *nope\n',
        'an alias inside its own anchor': 'apiVersion: v1\nkind: A\na: &a\n  b: *a\n',
        'an anchor from another document': 'apiVersion: v1\nkind: A\na: &a 1\n---\napiVersion: v1\nkind: B\nb: *a\n',
        'an anchor on a key': 'apiVersion: v1\nkind: A\n- &k a: 1\n',
        'an anchor on a compact mapping in a sequence': 'apiVersion: v1\nkind: A\nx:\n- &k a: 1\n  b: 2\n',
        'an anchor and a tag': 'apiVersion: v1\nkind: A\na: &a !!str 1\n',
        'an alias followed by more': 'apiVersion: v1\nkind: A\na: &a 1\nb: *a extra\n',
        'a billion laughs': `apiVersion: v1\nkind: A\na: &a [x, x, x, x, x, x, x, x, x, x]\nb: &b [*a, *a, *a, *a, *a, *a, *a, *a, *a, *a]\nc: &c\n${Array.from({ length: 10 }, () => '- *b').join('\n')}\nd: &d\n${Array.from({ length: 10 }, () => '- *c').join('\n')}\ne:\n${Array.from({ length: 20 }, () => '- *d').join('\n')}\n`,
        'a merge key': 'apiVersion: v1\nkind: A\nbase: &b {x: 1}\nc:\n  <<: *b\n  y: 2\n',
        'more alias expansions than the subset takes': `apiVersion: v1\nkind: A\na: &a\n${'- x\n'.repeat(10)}b: &b\n${'- *a\n'.repeat(10)}c: &c\n${'- *b\n'.repeat(10)}d:\n${'- *c\n'.repeat(10)}`,
    };
    for (const [name, text] of Object.entries(aliasesLeftToTheYamlPackage)) {
        it(`leaves to the yaml package ${name}`, () => {
            expect(parseFast(text)).toBeUndefined();
            expect(differencesOf('case.yaml', text)).toEqual([]);
        });
    }
    it('reads a long line of flow collections in linear time', () => {
        // Each flow asked whether it spanned lines by looking for the next line break: a 2 MB line of them took seconds.
        const text = `apiVersion: v1\nkind: A\nx: [${Array.from({ length: 400_000 }, () => '[y]').join(', ')}]\n`;
        const started = performance.now();
        const documents = parseFast(text);
        expect(performance.now() - started).toBeLessThan(1000);
        expect((documents?.[0]?.value).x).toHaveLength(400_000);
    });
    const leftToTheYamlPackage = {
        'a line at the key\'s indentation': 'apiVersion: v1\nkind: A\nx:\n  y: [a,\n  b]\n',
        'an inner bracket at the key\'s indentation': 'apiVersion: v1\nkind: A\nx: [[a,\n]]\n',
        'a plain scalar going on below (valid)': 'apiVersion: v1\nkind: A\nx: [a\n  b, c]\n',
        'a comment without a space before it': 'apiVersion: v1\nkind: A\nx: [a,#c\n  b]\n',
        'a document marker inside': 'apiVersion: v1\nkind: A\nx: [a,\n---\n  b]\n',
        'never closed': 'apiVersion: v1\nkind: A\nx: [a,\n  b\n',
    };
    for (const [name, text] of Object.entries(multiLineFlows)) {
        it(`reads itself, as the yaml package does, ${name}`, () => {
            expect(parseFast(text)).toBeDefined();
            expect(differencesOf('case.yaml', text)).toEqual([]);
        });
    }
    for (const [name, text] of Object.entries(leftToTheYamlPackage)) {
        it(`leaves to the yaml package ${name}`, () => {
            expect(parseFast(text)).toBeUndefined();
            expect(differencesOf('case.yaml', text)).toEqual([]);
        });
    }
    for (const [name, text] of Object.entries(cases)) {
        it(`agrees on ${name}`, () => {
            expect(differencesOf('case.yaml', text)).toEqual([]);
        });
    }
    it('reads the subset itself and leaves the rest to the yaml package', () => {
        const fast = (text) => parseFast(text) !== undefined;
        expect(fast(cases['block scalars'])).toBe(true);
        expect(fast(cases['multi-line plain and quoted scalars'])).toBe(true);
        expect(fast(cases['Helm source comments'])).toBe(true);
        expect(fast(cases['empty values and items'])).toBe(true);
        expect(fast(cases['repeated keys, the last value kept'])).toBe(false); // a flow mapping as a key
        expect(fast(cases['anchors with merge keys and tags'])).toBe(false);
        expect(fast(cases['syntax errors'])).toBe(false);
        expect(fast(cases['Helm source comments left to the yaml package'])).toBe(false);
        expect(fast('a: 1\r\nb: 2\r\n')).toBe(false);
        expect(fast('a:\tb\n')).toBe(false);
    });
});
describe('parseYamlValues, how kustomizations and plugin configs are read', () => {
    // kustomize reads them through sigs.k8s.io/yaml: YAML 1.1 booleans, 0755 as octal, underscores in numbers.
    const kustomization = 'resources:\n- base\n- "on"\n- on\n- 0755\n- 1_000\nnamespace: prod\n';
    it('gives the values of every document with Kubernetes scalars, through the one-pass reader', () => {
        expect(parseFast(kustomization)).toBeDefined();
        expect(parseYamlValues(`${kustomization}---\nkind: Component\n`)).toEqual([{ resources: ['base', 'on', true, 493, 1000], namespace: 'prod' }, { kind: 'Component' }]);
    });
    it('gives the same values through the yaml package when the text leaves the subset', () => {
        const tagged = `${kustomization}nameSuffix: !!str 0755\n`;
        expect(parseFast(tagged)).toBeUndefined();
        expect(parseYamlValues(tagged)).toEqual([{ resources: ['base', 'on', true, 493, 1000], namespace: 'prod', nameSuffix: '0755' }]);
    });
    it('keeps what a broken document says before its error, as kustomize reports the rest', () => {
        expect(parseYamlValues('resources:\n- base\n- [unclosed\n')?.[0]).toMatchObject({ resources: expect.arrayContaining(['base']) });
    });
});
