import { mkdirSync, mkdtempSync, realpathSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join, relative } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { globToRegExp, matchesAnyGlob } from '../src/load/glob.js';
import { STDIN, UsageError, walk } from '../src/load/walk.js';
let base = '';
function write(path, content = 'apiVersion: v1\nkind: ConfigMap\n') {
    const file = join(base, path);
    mkdirSync(dirname(file), { recursive: true });
    writeFileSync(file, content);
}
/** Runs walk() from `base` and shows the results relative to it, `-` left alone. */
/** The files to lint, without the context a named file's folder adds (tested on its own below). */
async function walked(paths, exclude = [], cwd = base) {
    const { files } = await walk(paths, { cwd, exclude, context: false });
    return files.map((file) => (file === STDIN ? file : relative(base, file)));
}
beforeAll(() => {
    base = realpathSync(mkdtempSync(join(tmpdir(), 'kubeready-walk-')));
    // Created out of order on purpose, so that a sorted result is not an accident of creation order.
    write('proj/z.yaml');
    write('proj/sub/f.yaml');
    write('proj/a.yaml');
    write('proj/c.json', '{"apiVersion": "v1", "kind": "ConfigMap"}');
    write('proj/b.yml');
    write('proj/notes.txt');
    write('proj/README.md');
    write('proj/node_modules/pkg/g.yaml');
    write('proj/sub/node_modules/pkg/g2.yaml');
    write('proj/.git/h.yaml');
    write('proj/gen/i.yaml');
    write('proj/sub/gen/j.yaml');
    write('proj/dev/k.yaml');
    write('proj/test/l.yaml');
    write('proj/prod/m.yaml');
    write('outside/secret.yaml');
    write('outside/dir/x.yaml');
    write('links/real.yaml');
    symlinkSync(join(base, 'outside/secret.yaml'), join(base, 'links/link-out.yaml'));
    symlinkSync(join(base, 'links/real.yaml'), join(base, 'links/link-in.yaml'));
    symlinkSync(join(base, 'outside/dir'), join(base, 'links/linkdir'));
});
afterAll(() => {
    if (base)
        rmSync(base, { recursive: true, force: true });
});
const everything = [
    'proj/a.yaml',
    'proj/b.yml',
    'proj/c.json',
    'proj/dev/k.yaml',
    'proj/gen/i.yaml',
    'proj/prod/m.yaml',
    'proj/sub/f.yaml',
    'proj/sub/gen/j.yaml',
    'proj/test/l.yaml',
    'proj/z.yaml',
];
describe('walk', () => {
    it('lists the YAML and JSON of a directory, sorted, without node_modules, .git, .txt or .md', async () => {
        expect(await walked(['proj'])).toEqual(everything);
    });
    it('reads the other manifests of a named file\'s folder as its context, leaving out excluded ones and the folder\'s kustomization', async () => {
        const { files, contextOnly } = await walk(['proj/a.yaml'], { cwd: base, exclude: ['z.yaml'] });
        const shown = (list) => list.map((file) => relative(base, file));
        expect(shown(contextOnly)).toEqual(['proj/b.yml', 'proj/c.json']);
        expect(shown(files)).toEqual(['proj/a.yaml', 'proj/b.yml', 'proj/c.json']);
    });
    it('takes explicit files whatever their extension', async () => {
        expect(await walked(['proj/notes.txt', 'proj/README.md', 'proj/a.yaml'])).toEqual([
            'proj/notes.txt',
            'proj/README.md',
            'proj/a.yaml',
        ]);
    });
    it('skips node_modules and .git at any depth', async () => {
        const files = await walked(['proj']);
        expect(files.filter((file) => file.includes('node_modules') || file.includes('.git'))).toEqual([]);
        expect(await walked(['proj/sub'])).toEqual(['proj/sub/f.yaml', 'proj/sub/gen/j.yaml']);
    });
    it('excludes with a slash-less pattern matching a name at any depth', async () => {
        expect(await walked(['proj'], ['gen'])).toEqual(everything.filter((file) => !file.includes('/gen/')));
        expect(await walked(['proj'], ['*.json'])).toEqual(everything.filter((file) => file !== 'proj/c.json'));
    });
    it('excludes with **/gen/**', async () => {
        expect(await walked(['proj'], ['**/gen/**'])).toEqual(everything.filter((file) => !file.includes('/gen/')));
    });
    it('excludes with a pattern relative to the working directory', async () => {
        expect(await walked(['proj'], ['proj/sub/**'])).toEqual(everything.filter((file) => !file.startsWith('proj/sub/')));
        // the same pattern from a different working directory no longer applies
        expect(await walked(['.'], ['proj/sub/**'], join(base, 'proj'))).toEqual(everything);
    });
    it('excludes with a pattern relative to the walked directory', async () => {
        expect(await walked(['proj'], ['sub/**'])).toEqual(everything.filter((file) => !file.startsWith('proj/sub/')));
    });
    it('excludes with a {a,b} alternation', async () => {
        expect(await walked(['proj'], ['{dev,test}/**'])).toEqual(everything.filter((file) => !file.startsWith('proj/dev/') && !file.startsWith('proj/test/')));
        expect(await walked(['proj'], ['*.{yml,json}'])).toEqual(everything.filter((file) => file !== 'proj/b.yml' && file !== 'proj/c.json'));
    });
    it('applies excludes to explicit files too', async () => {
        expect(await walked(['proj/notes.txt', 'proj/a.yaml'], ['*.txt'])).toEqual(['proj/a.yaml']);
    });
    it('passes - through as the STDIN marker, once', async () => {
        expect(STDIN).toBe('-');
        expect(await walked(['-', 'proj/a.yaml', '-'])).toEqual(['-', 'proj/a.yaml']);
    });
    it('throws UsageError for a path that does not exist', async () => {
        await expect(walk(['proj/missing.yaml'], { cwd: base, exclude: [] })).rejects.toBeInstanceOf(UsageError);
        await expect(walk(['proj/missing.yaml'], { cwd: base, exclude: [] })).rejects.toThrow('proj/missing.yaml: no such file or directory');
    });
    it('does not return a symlink to a file outside the walked directory', async () => {
        const files = await walked(['links']);
        expect(files).toContain('links/real.yaml');
        expect(files).not.toContain('links/link-out.yaml');
        expect(files.filter((file) => file.startsWith('outside/'))).toEqual([]);
    });
    it('returns a symlink to a file inside the walked directory', async () => {
        expect(await walked(['links'])).toEqual(['links/link-in.yaml', 'links/real.yaml']);
    });
    it('does not follow a symlinked directory that points outside', async () => {
        const files = await walked(['links']);
        expect(files.filter((file) => file.includes('linkdir') || file.includes('x.yaml'))).toEqual([]);
    });
    it('keeps a stable order: command-line order, each directory sorted', async () => {
        const first = await walked(['proj/sub', 'proj/b.yml', 'proj/a.yaml']);
        expect(first).toEqual(['proj/sub/f.yaml', 'proj/sub/gen/j.yaml', 'proj/b.yml', 'proj/a.yaml']);
        expect(await walked(['proj/sub', 'proj/b.yml', 'proj/a.yaml'])).toEqual(first);
    });
    it('lists a file given twice (or also through its directory) once', async () => {
        expect(await walked(['proj/a.yaml', 'proj/a.yaml', './proj/../proj/a.yaml'])).toEqual(['proj/a.yaml']);
        expect(await walked(['proj/a.yaml', 'proj', 'proj/'])).toEqual(everything);
    });
    it('does not crash on an --exclude pattern with an unbalanced brace', async () => {
        const outcome = await walk(['proj'], { cwd: base, exclude: ['{a'] }).then(() => 'ok', (error) => (error instanceof UsageError ? 'usage' : 'crash'));
        expect(outcome).not.toBe('crash');
    });
});
describe('globToRegExp / matchesAnyGlob', () => {
    const table = [
        ['*.yaml', 'a.yaml', true],
        ['*.yaml', 'deep/er/a.yaml', true],
        ['*.yaml', 'a.yml', false],
        ['*.yaml', 'a.yaml.bak', false],
        ['a.yaml', 'axyaml', false],
        ['gen', 'gen', true],
        ['gen', 'gen/x.yaml', true],
        ['gen', 'a/gen/x.yaml', true],
        ['gen', 'generated/x.yaml', false],
        ['gen', 'agen/x.yaml', false],
        ['**/gen/**', 'gen/x.yaml', true],
        ['**/gen/**', 'a/b/gen/c/x.yaml', true],
        ['**/gen/**', 'a/generated/x.yaml', false],
        ['src/*.yaml', 'src/a.yaml', true],
        ['src/*.yaml', 'src/sub/a.yaml', false],
        ['src/*.yaml', 'other/src/a.yaml', false],
        ['src/**/*.yaml', 'src/a.yaml', true],
        ['src/**/*.yaml', 'src/x/y/a.yaml', true],
        ['./src/a.yaml', 'src/a.yaml', true],
        ['a?.yaml', 'ab.yaml', true],
        ['a?.yaml', 'abc.yaml', false],
        ['*.{yml,json}', 'x.json', true],
        ['*.{yml,json}', 'x.yml', true],
        ['*.{yml,json}', 'x.yaml', false],
        ['{dev,test}/**', 'test/a.yaml', true],
        ['{dev,test}/**', 'prod/a.yaml', false],
        ['build/', 'build/x.yaml', true],
        ['build/', 'builder/x.yaml', false],
        ['x(1)+.yaml', 'x(1)+.yaml', true],
        ['x(1)+.yaml', 'x1.yaml', false],
    ];
    it.each(table)('%s against %s is %s', (pattern, path, matches) => {
        expect(globToRegExp(pattern).test(path)).toBe(matches);
        expect(matchesAnyGlob(path, [globToRegExp(pattern)])).toBe(matches);
    });
    it('normalizes backslashes and matches any of several patterns', () => {
        const patterns = [globToRegExp('**/gen/**'), globToRegExp('*.json')];
        expect(matchesAnyGlob('a\\gen\\x.yaml', patterns)).toBe(true);
        expect(matchesAnyGlob('a/x.json', patterns)).toBe(true);
        expect(matchesAnyGlob('a/x.yaml', patterns)).toBe(false);
        expect(matchesAnyGlob('a/x.yaml', [])).toBe(false);
    });
    it('treats a trailing-slash-only pattern as matching at any depth, as .gitignore does', () => {
        expect(globToRegExp('gen/').test('a/gen/x.yaml')).toBe(true);
    });
});
describe('walk: charts and kustomizations', () => {
    let tree = '';
    const put = (path, content = 'apiVersion: v1\nkind: ConfigMap\n') => {
        mkdirSync(dirname(join(tree, path)), { recursive: true });
        writeFileSync(join(tree, path), content);
    };
    const shown = (dirs) => dirs.map((dir) => relative(tree, dir) || '.');
    beforeAll(() => {
        tree = realpathSync(mkdtempSync(join(tmpdir(), 'kubeready-discover-')));
        put('plain/cm.yaml');
        put('app/Chart.yaml', 'apiVersion: v2\nname: app\nversion: 0.1.0\n');
        put('app/templates/deployment.yaml');
        put('app/charts/sub/Chart.yaml', 'apiVersion: v2\nname: sub\nversion: 0.1.0\n');
        put('app/charts/sub/templates/x.yaml');
        put('deploy/base/kustomization.yaml', 'resources: [cm.yaml]\n');
        put('deploy/base/cm.yaml');
        put('deploy/prod/kustomization.yml', 'resources: [../base]\n');
        put('deploy/prod/patch.yaml');
        put('deploy/legacy/Kustomization', 'bases: [../base]\n');
        put('deploy/components/debug/kustomization.yaml', 'apiVersion: kustomize.config.k8s.io/v1alpha1\nkind: Component\n');
        put('deploy/standalone/kustomization.yaml', 'resources: [https://example.com/x.yaml, cm.yaml]\n');
        put('deploy/standalone/cm.yaml');
    });
    afterAll(() => rmSync(tree, { recursive: true, force: true }));
    it('finds charts (not their subcharts) and kustomizations of every file name, and no raw files in them', async () => {
        const inputs = await walk([tree], { cwd: tree, exclude: [] });
        expect(shown(inputs.charts)).toEqual(['app']);
        expect(shown(inputs.kustomizations)).toEqual(['deploy/legacy', 'deploy/prod', 'deploy/standalone']);
        expect(shown(inputs.files)).toEqual(['plain/cm.yaml']);
    });
    it('lints a base itself only when it is named, and a chart or kustomization named directly', async () => {
        const inputs = await walk(['deploy/base', 'app', 'deploy/prod'], { cwd: tree, exclude: [] });
        expect(shown(inputs.kustomizations)).toEqual(['deploy/base', 'deploy/prod']);
        expect(shown(inputs.charts)).toEqual(['app']);
        expect(inputs.files).toEqual([]);
    });
    it('excludes charts and kustomizations with --exclude like files', async () => {
        const inputs = await walk([tree], { cwd: tree, exclude: ['app', 'deploy/legacy/**'] });
        expect(shown(inputs.charts)).toEqual([]);
        expect(shown(inputs.kustomizations)).toEqual(['deploy/prod', 'deploy/standalone']);
    });
});
describe('walk: files named inside a chart or kustomization (as pre-commit passes them)', () => {
    let tree = '';
    const put = (path, content = 'apiVersion: v1\nkind: ConfigMap\n') => {
        mkdirSync(dirname(join(tree, path)), { recursive: true });
        writeFileSync(join(tree, path), content);
    };
    const shown = (dirs) => dirs.map((dir) => relative(tree, dir) || '.');
    const named = async (paths, options = {}) => {
        const inputs = await walk(paths, { cwd: options.cwd ?? tree, exclude: options.exclude ?? [] });
        return { files: shown(inputs.files), charts: shown(inputs.charts), kustomizations: shown(inputs.kustomizations) };
    };
    beforeAll(() => {
        tree = realpathSync(mkdtempSync(join(tmpdir(), 'kubeready-owners-')));
        put('plain/cm.yaml');
        put('app/Chart.yaml', 'apiVersion: v2\nname: app\nversion: 0.1.0\n');
        put('app/values.yaml', 'replicaCount: 1\n');
        put('app/templates/deployment.yaml', 'replicas: {{ .Values.replicaCount }}\n');
        put('app/templates/service.yaml');
        put('app/charts/sub/Chart.yaml', 'apiVersion: v2\nname: sub\nversion: 0.1.0\n');
        put('app/charts/sub/templates/x.yaml');
        put('deploy/base/kustomization.yaml', 'resources: [cm.yaml]\n');
        put('deploy/base/cm.yaml');
        put('deploy/prod/kustomization.yml', 'resources: [../base]\ncomponents: [../components/debug]\npatches: [{ path: patches/replicas.yaml }]\n');
        put('deploy/prod/patches/replicas.yaml');
        put('deploy/components/debug/kustomization.yaml', 'apiVersion: kustomize.config.k8s.io/v1alpha1\nkind: Component\nresources: [pod.yaml]\n');
        put('deploy/components/debug/pod.yaml');
        put('deploy/components/unused/kustomization.yaml', 'kind: Component\nresources: [pod.yaml]\n');
        put('deploy/components/unused/pod.yaml');
        put('outer/Chart.yaml', 'apiVersion: v2\nname: outer\nversion: 0.1.0\n');
        put('outer/inner/x.yaml');
        put('repo/.git/HEAD', 'ref: refs/heads/main\n');
        put('repo/Chart.yaml', 'apiVersion: v2\nname: repo\nversion: 0.1.0\n');
        put('repo/templates/y.yaml');
        put('repo/nested/.git', 'gitdir: ../.git/modules/nested\n');
        put('repo/nested/z.yaml');
    });
    afterAll(() => rmSync(tree, { recursive: true, force: true }));
    it('lints the chart (rendered), once, for any of its files, subcharts included', async () => {
        expect(await named(['app/templates/deployment.yaml', 'app/templates/service.yaml', 'app/values.yaml', 'app/charts/sub/templates/x.yaml', 'app/Chart.yaml'])).toEqual({ files: [], charts: ['app'], kustomizations: [] });
    });
    it('lints the nearest kustomization for a file in an overlay, even a file in a subfolder of it', async () => {
        expect(await named(['deploy/prod/patches/replicas.yaml', 'deploy/prod/kustomization.yml'])).toEqual({
            files: [],
            charts: [],
            kustomizations: ['deploy/prod'],
        });
    });
    it('lints a base by itself for a file in it, although an overlay uses it', async () => {
        expect((await named(['deploy/base/cm.yaml'])).kustomizations).toEqual(['deploy/base']);
        expect((await named(['deploy/base/cm.yaml', 'deploy/prod/patches/replicas.yaml'])).kustomizations).toEqual(['deploy/base', 'deploy/prod']);
        // with the folders walked as well, the base stays: one of its files was named
        expect((await named(['deploy', 'deploy/base/cm.yaml'])).kustomizations).toEqual(['deploy/base', 'deploy/prod']);
        expect((await named(['deploy'])).kustomizations).toEqual(['deploy/prod']);
    });
    it('lints the kustomizations that use a component for a file in it, and nothing for an unused component', async () => {
        expect(await named(['deploy/components/debug/pod.yaml'])).toEqual({ files: [], charts: [], kustomizations: ['deploy/prod'] });
        expect(await named(['deploy/components/unused/pod.yaml'])).toEqual({ files: [], charts: [], kustomizations: [] });
    });
    it('keeps a file outside any unit a plain file, in command-line order, next to units', async () => {
        expect(await named(['plain/cm.yaml', 'app/values.yaml', 'deploy/base/cm.yaml'])).toEqual({
            files: ['plain/cm.yaml'],
            charts: ['app'],
            kustomizations: ['deploy/base'],
        });
    });
    it('looks no higher than the working directory when there is no repository', async () => {
        expect(await named(['x.yaml'], { cwd: join(tree, 'outer', 'inner') })).toEqual({ files: ['outer/inner/x.yaml'], charts: [], kustomizations: [] });
        expect((await named(['outer/inner/x.yaml'])).charts).toEqual(['outer']);
        // outside the working directory, only the file's own folder counts
        expect(await named(['../outer/inner/x.yaml'], { cwd: join(tree, 'plain') })).toEqual({ files: ['outer/inner/x.yaml'], charts: [], kustomizations: [] });
        expect((await named(['../app/values.yaml'], { cwd: join(tree, 'plain') })).charts).toEqual(['app']);
    });
    it('looks up to the repository root (a folder holding .git, directory or file), not beyond', async () => {
        expect((await named(['y.yaml'], { cwd: join(tree, 'repo', 'templates') })).charts).toEqual(['repo']);
        expect(await named(['repo/nested/z.yaml'])).toEqual({ files: ['repo/nested/z.yaml'], charts: [], kustomizations: [] });
    });
    it('drops a unit excluded by its folder or by the file that makes it one', async () => {
        expect(await named(['app/templates/service.yaml'], { exclude: ['app'] })).toEqual({ files: [], charts: [], kustomizations: [] });
        expect(await named(['deploy/prod/patches/replicas.yaml'], { exclude: ['deploy/prod/kustomization.yml'] })).toEqual({
            files: [],
            charts: [],
            kustomizations: [],
        });
        expect((await named(['app/values.yaml'], { exclude: ['deploy/**'] })).charts).toEqual(['app']);
    });
});
describe('walk: dot-folders, dot-files and names holding a newline', () => {
    let tree = '';
    const put = (path, content = 'apiVersion: v1\nkind: ConfigMap\n') => {
        mkdirSync(dirname(join(tree, path)), { recursive: true });
        writeFileSync(join(tree, path), content);
    };
    const shown = (paths) => paths.map((path) => relative(tree, path) || '.');
    const found = async (paths, exclude = []) => {
        const inputs = await walk(paths, { cwd: tree, exclude });
        return { files: shown(inputs.files), charts: shown(inputs.charts), kustomizations: shown(inputs.kustomizations) };
    };
    beforeAll(() => {
        tree = realpathSync(mkdtempSync(join(tmpdir(), 'kubeready-dots-')));
        put('dots/.deploy/pod.yaml');
        put('dots/.pod.yaml');
        put('dots/.git/h.yaml');
        put('dots/.deploy/.git/h.yaml');
        put('dots/.deploy/node_modules/g.yaml');
        put('dots/.charts/app/Chart.yaml', 'apiVersion: v2\nname: app\nversion: 0.1.0\n');
        put('dots/.charts/app/templates/deployment.yaml');
        put('dots/.overlays/prod/kustomization.yaml', 'resources: [cm.yaml]\ncomponents: [../../comp]\n');
        put('dots/.overlays/prod/cm.yaml');
        put('dots/comp/kustomization.yaml', 'apiVersion: kustomize.config.k8s.io/v1alpha1\nkind: Component\n');
        put('dots/comp/patch.yaml');
        put('newline/a\nb/pod.yaml');
        put('newline/c\nd/.e\nf/pod.yaml');
        put('newline/vendor/x\ny/pod.yaml');
    });
    afterAll(() => rmSync(tree, { recursive: true, force: true }));
    it('walks dot-folders and dot-files, but not .git or node_modules', async () => {
        expect((await found(['dots'])).files).toEqual(['dots/.deploy/pod.yaml', 'dots/.pod.yaml']);
    });
    it('finds a chart and a kustomization in a dot-folder', async () => {
        expect(await found(['dots'])).toMatchObject({ charts: ['dots/.charts/app'], kustomizations: ['dots/.overlays/prod'] });
    });
    it('finds the kustomization in a dot-folder that uses a component, for a file named in the component', async () => {
        expect(await found(['dots/comp/patch.yaml'])).toEqual({ files: [], charts: [], kustomizations: ['dots/.overlays/prod'] });
    });
    it('walks folders whose names hold a newline', async () => {
        expect((await found(['newline'])).files).toEqual(['newline/a\nb/pod.yaml', 'newline/c\nd/.e\nf/pod.yaml', 'newline/vendor/x\ny/pod.yaml']);
    });
    it('excludes under a folder whose name holds a newline with ** and *', async () => {
        expect((await found(['newline'], ['newline/vendor/**', 'c\nd/**'])).files).toEqual(['newline/a\nb/pod.yaml']);
        expect(matchesAnyGlob('vendor/x\ny/pod.yaml', [globToRegExp('vendor/**')])).toBe(true);
        expect(matchesAnyGlob('a\nb/gen/pod.yaml', [globToRegExp('**/gen/**')])).toBe(true);
    });
});
