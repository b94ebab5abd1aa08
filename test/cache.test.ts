import { cpSync, existsSync, mkdirSync, mkdtempSync, readFileSync, renameSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { afterAll, afterEach, beforeAll, beforeEach, describe, expect, it, vi } from 'vitest';
import { type LintOptions, type LintResult, lint } from '../src/api.js';
import { checks as allChecks } from '../checks/index.js';
import type { ObjectCheck } from '../src/engine/check.js';
import { openParseCache } from '../src/load/parse-cache.js';
import { parseSource } from '../src/load/parse.js';
import { spawnSync } from 'node:child_process';

const root = join(import.meta.dirname, '..');
const bin = join(root, 'dist', 'src', 'cli.js');

function runCli(args: string[], options: { cwd: string }) {
  const result = spawnSync(process.execPath, [bin, ...args], { cwd: options.cwd, encoding: 'utf8', env: { ...process.env, NO_COLOR: '' } });
  return { code: result.status, stdout: result.stdout, stderr: result.stderr };
}
let work: string;
let repo: string;

/** The result without what the cache says of itself: what must not depend on the cache. */
function withoutCacheStats(result: LintResult): Omit<LintResult, 'cache'> {
  const { cache: _cache, ...rest } = result;
  return rest;
}

async function lintRepo(options: LintOptions = {}): Promise<LintResult> {
  return lint(['.'], { cwd: repo, jobs: 1, ...options });
}

beforeAll(() => {
  work = mkdtempSync(join(tmpdir(), 'kubeready-cache-'));
  // The key that signs caches is made in here, never in the real home (the CLI's runs inherit it).
  vi.stubEnv('XDG_CACHE_HOME', join(work, 'xdg-cache'));
  repo = join(work, 'repo');
  cpSync(join(root, 'examples'), repo, { recursive: true });
  // Schema findings (verdicts are cached too), two files with the same text, a NaN the cache cannot keep.
  writeFileSync(
    join(repo, 'typos.yaml'),
    ['apiVersion: apps/v1', 'kind: Deployment', 'metadata: {name: typo}', 'spec:', '  replicas: three', '  selector: {matchLabels: {app: t}}', '  template:', '    metadata: {labels: {app: t}}', '    spec:', '      containers:', '      - name: app', '        image: nginx:1.27', '        imagePullPolicy: always', ''].join('\n'),
  );
  const hpa = ['apiVersion: autoscaling/v2', 'kind: HorizontalPodAutoscaler', 'metadata: {name: web}', 'spec:', '  scaleTargetRef: {apiVersion: apps/v1, kind: Deployment, name: typo}', '  minReplicas: 2', '  maxReplicas: 4', ''].join('\n');
  writeFileSync(join(repo, 'hpa-a.yaml'), hpa);
  writeFileSync(join(repo, 'hpa-b.yaml'), hpa);
  writeFileSync(join(repo, 'nan.yaml'), 'apiVersion: v1\nkind: ConfigMap\nmetadata:\n  name: nan\n  annotations: {ratio: .nan}\n');
});

afterAll(() => {
  vi.unstubAllEnvs();
  rmSync(work, { recursive: true, force: true });
});

describe('--cache', () => {
  it('gives the same result cold, warm and without a cache, and parses nothing the second time', async () => {
    const cacheFile = join(work, 'same', 'parse-cache');
    const uncached = await lintRepo();
    const cold = await lintRepo({ cacheFile });
    const warm = await lintRepo({ cacheFile });
    expect(uncached.findings.some((finding) => finding.checkId === 'schema-invalid')).toBe(true);
    expect(uncached.findings.some((finding) => finding.checkId === 'hpa-replicas-conflict')).toBe(true);
    expect(withoutCacheStats(cold)).toEqual(uncached);
    expect(withoutCacheStats(warm)).toEqual(uncached);
    expect(cold.cache).toMatchObject({ hits: 0, misses: uncached.summary.files, loaded: 'fresh', written: true });
    // Everything but the file with a NaN (JSON cannot hold it) comes from the cache; nothing new to write.
    expect(warm.cache).toMatchObject({ hits: uncached.summary.files - 1, misses: 1, loaded: 'read', written: false });
  });

  it('parses only the file that changed', async () => {
    const cacheFile = join(work, 'changed', 'parse-cache');
    await lintRepo({ cacheFile });
    const file = join(repo, 'typos.yaml');
    const before = readFileSync(file, 'utf8');
    try {
      writeFileSync(file, before.replace('replicas: three', 'replicas: 3'));
      const warm = await lintRepo({ cacheFile });
      expect(warm.cache).toMatchObject({ misses: 2, written: true });
      expect(withoutCacheStats(warm)).toEqual(await lintRepo());
    } finally {
      writeFileSync(file, before);
    }
  });

  it('ignores and rebuilds a cache that is truncated, altered, of another build or not a cache at all', async () => {
    const cacheFile = join(work, 'broken', 'parse-cache');
    const expected = await lintRepo();
    await lintRepo({ cacheFile });
    const good = readFileSync(cacheFile);
    const corruptions: [string, Buffer][] = [
      ['truncated', good.subarray(0, Math.floor(good.length / 2))],
      ['one byte changed', Buffer.concat([good.subarray(0, good.length - 10), Buffer.from([(good[good.length - 10] ?? 0) ^ 0xff]), good.subarray(good.length - 9)])],
      ['another build', Buffer.from(good.toString('latin1').replace(/"build":"[0-9a-f]+"/, '"build":"0000"'), 'latin1')],
      ['garbage', Buffer.from('{"not": "a cache"}')],
      ['empty', Buffer.alloc(0)],
    ];
    for (const [name, bytes] of corruptions) {
      writeFileSync(cacheFile, bytes);
      const result = await lintRepo({ cacheFile });
      expect(withoutCacheStats(result), name).toEqual(expected);
      expect(result.cache, name).toMatchObject({ loaded: 'rejected', hits: 0, written: true });
      expect((await lintRepo({ cacheFile })).cache?.loaded, name).toBe('read');
    }
  });

  it('never trusts an entry whose checksum matches but whose content is not what it parsed', () => {
    const cacheFile = join(work, 'direct', 'parse-cache');
    const text = 'apiVersion: v1\nkind: ConfigMap\nmetadata: {name: a}\n';
    const key = Buffer.alloc(32, 1);
    const cache = openParseCache(cacheFile, 'build-1', key);
    cache.store(text, parseSource('a.yaml', text), []);
    cache.save();
    // Another text, even under the same file name, is another key.
    expect(openParseCache(cacheFile, 'build-1', key).lookup('a.yaml', `${text}data: {}\n`, [])).toBeUndefined();
    // A .json file is held to JSON's grammar first: the same text as YAML is another entry.
    expect(openParseCache(cacheFile, 'build-1', key).lookup('a.json', text, [])).toBeUndefined();
    expect(openParseCache(cacheFile, 'build-1', key).lookup('b.yaml', text, [])?.objects[0]?.object.metadata?.name).toBe('a');
    expect(openParseCache(cacheFile, 'build-2', key).lookup('a.yaml', text, [])).toBeUndefined();
    // Nor under another key: that cache was not written by this user.
    expect(openParseCache(cacheFile, 'build-1', Buffer.alloc(32, 2)).stats.loaded).toBe('rejected');
  });

  it('still lints when the cache cannot be written, and says why', async () => {
    writeFileSync(join(work, 'not-a-folder'), '');
    const result = await lintRepo({ cacheFile: join(work, 'not-a-folder', 'parse-cache') });
    expect(withoutCacheStats(result)).toEqual(await lintRepo());
    expect(result.cache?.written).toBe(false);
    expect(result.cache?.error).toMatch(/ENOTDIR|EEXIST/);
  });

  it('keeps the default cache under node_modules/.cache/kubeready and takes --cache-location as a folder or a file', () => {
    const project = join(work, 'cli');
    cpSync(join(root, 'examples', 'shop'), project, { recursive: true });
    const first = runCli(['--cache', '--format', 'json', '.'], { cwd: project });
    expect(existsSync(join(project, 'node_modules', '.cache', 'kubeready', 'parse-cache'))).toBe(true);
    const again = runCli(['--cache', '--format', 'json', '.'], { cwd: project });
    expect(again.stdout).toBe(first.stdout);
    expect(again.code).toBe(first.code);
    runCli(['--cache-location', 'elsewhere/', '.'], { cwd: project });
    expect(existsSync(join(project, 'elsewhere', 'parse-cache'))).toBe(true);
    runCli(['--cache-location', 'one-file.cache', '.'], { cwd: project });
    expect(existsSync(join(project, 'one-file.cache'))).toBe(true);
  });

  it('warns on stderr, and keeps the exit code, when the cache cannot be written', () => {
    const project = join(work, 'cli-readonly');
    cpSync(join(root, 'examples', 'shop-ready'), project, { recursive: true });
    writeFileSync(join(project, 'blocker'), ''); // a file where the cache's folder would be
    const result = runCli(['--cache-location', 'blocker/parse-cache', '.'], { cwd: project });
    expect(result.code).toBe(0);
    expect(result.stderr).toMatch(/^kubeready: warning: cache not written to blocker\/parse-cache: .+\n$/);
  });
});

describe('--cache keeps what the checks said', () => {
  let shop: string;
  const write = (name: string, lines: string[]) => writeFileSync(join(shop, name), `${lines.join('\n')}\n`);
  const namespace = (level: string) => ['apiVersion: v1', 'kind: Namespace', 'metadata:', '  name: shop', '  labels:', `    pod-security.kubernetes.io/enforce: ${level}`];
  const budget = (app: string) => ['apiVersion: policy/v1', 'kind: PodDisruptionBudget', 'metadata: {name: web, namespace: shop}', 'spec:', '  maxUnavailable: 1', `  selector: {matchLabels: {app: ${app}}}`];
  const deployment = (image: string) => [
    'apiVersion: apps/v1',
    'kind: Deployment',
    'metadata: {name: web, namespace: shop}',
    'spec:',
    '  replicas: 3',
    '  selector: {matchLabels: {app: web}}',
    '  template:',
    '    metadata: {labels: {app: web}}',
    '    spec:',
    '      containers:',
    '      - name: web',
    `        image: ${image}`,
  ];
  const lintShop = (options: LintOptions = {}) => lint(['.'], { cwd: shop, jobs: 1, ...options });
  const imageUntagged = allChecks.find((check) => check.meta.id === 'image-untagged');
  const pdbMissing = allChecks.find((check) => check.meta.id === 'pdb-missing');

  beforeEach(() => {
    shop = mkdtempSync(join(work, 'shop-'));
    write('namespace.yaml', namespace('baseline'));
    write('budget.yaml', budget('web'));
    write('deployment.yaml', deployment('nginx'));
  });
  afterEach(() => vi.restoreAllMocks());

  it('runs no check again over a scope whose files, checks and settings are unchanged', async () => {
    const cacheFile = join(shop, '.cache');
    const cold = await lintShop({ cacheFile });
    // One check that reads its object alone, one that reads the other objects of the scope.
    const spies = [imageUntagged, pdbMissing].map((check) => vi.spyOn(check as ObjectCheck, 'check'));
    const warm = await lintShop({ cacheFile });
    // Byte for byte: the JSON output must not change, not even the order of a finding's fields.
    expect(JSON.stringify(withoutCacheStats(warm))).toBe(JSON.stringify(withoutCacheStats(cold)));
    expect(warm.findings.some((finding) => finding.checkId === 'image-untagged')).toBe(true);
    for (const spy of spies) expect(spy).not.toHaveBeenCalled();
  });

  it('runs no check again over a run of many folders, each lending objects of their namespace to the others', async () => {
    // Six units, more than the cache once kept; each checked with the others' objects of namespace shop.
    for (const team of ['a', 'b', 'c', 'd', 'e', 'f']) {
      mkdirSync(join(shop, team));
      write(join(team, 'deployment.yaml'), deployment(`nginx:${team}`).map((line) => line.replace('name: web', `name: web-${team}`)));
    }
    const cacheFile = join(shop, '.cache');
    const cold = await lintShop({ cacheFile });
    const spy = vi.spyOn(pdbMissing as ObjectCheck, 'check');
    const warm = await lintShop({ cacheFile });
    expect(JSON.stringify(withoutCacheStats(warm))).toBe(JSON.stringify(withoutCacheStats(cold)));
    expect(spy).not.toHaveBeenCalled();
    expect(warm.cache).toMatchObject({ misses: 0, written: false });
  });

  it('checks a folder again when a file of another folder it borrows from its namespace changed', async () => {
    // The Deployment's folder holds no budget: the one that selects its pods is another folder's, its context.
    mkdirSync(join(shop, 'app'));
    mkdirSync(join(shop, 'policies'));
    for (const file of ['deployment.yaml', 'budget.yaml']) rmSync(join(shop, file));
    write('app/deployment.yaml', deployment('nginx:1.27'));
    write('policies/budget.yaml', budget('web'));
    const cacheFile = join(shop, '.cache');
    const cold = await lintShop({ cacheFile });
    expect(cold.findings.some((finding) => finding.checkId === 'pdb-missing')).toBe(false);
    write('policies/budget.yaml', budget('other'));
    const warm = await lintShop({ cacheFile });
    expect(warm.findings.some((finding) => finding.checkId === 'pdb-missing' && finding.file === 'app/deployment.yaml')).toBe(true);
    expect(withoutCacheStats(warm)).toEqual(await lintShop());
  });

  it('checks again only the objects of a changed file with the checks that read their object alone', async () => {
    const cacheFile = join(shop, '.cache');
    await lintShop({ cacheFile });
    const spy = vi.spyOn(imageUntagged as ObjectCheck, 'check');
    write('deployment.yaml', deployment('nginx:1.27'));
    const warm = await lintShop({ cacheFile });
    expect(spy).toHaveBeenCalledTimes(1); // the Deployment, not the Namespace or the budget
    expect(withoutCacheStats(warm)).toEqual(await lintShop());
  });

  it('runs the checks that read other objects again when another file changed', async () => {
    const cacheFile = join(shop, '.cache');
    const cold = await lintShop({ cacheFile });
    expect(cold.findings.some((finding) => finding.checkId === 'pdb-missing')).toBe(false);
    write('budget.yaml', budget('other'));
    const warm = await lintShop({ cacheFile });
    expect(warm.findings.some((finding) => finding.checkId === 'pdb-missing' && finding.file === 'deployment.yaml')).toBe(true);
    expect(withoutCacheStats(warm)).toEqual(await lintShop());
  });

  it('sees a changed namespace label in the checks that read it through a per-scope answer', async () => {
    const cacheFile = join(shop, '.cache');
    const cold = await lintShop({ cacheFile });
    write('namespace.yaml', namespace('restricted'));
    const warm = await lintShop({ cacheFile });
    const restricted = (result: LintResult) => result.findings.filter((finding) => finding.checkId.startsWith('pss-')).map((finding) => finding.checkId);
    expect(restricted(warm).length).toBeGreaterThan(restricted(cold).length + 1);
    expect(withoutCacheStats(warm)).toEqual(await lintShop());
  });

  it('does not take what the checks said under other settings, severities or options', async () => {
    const cacheFile = join(shop, '.cache');
    await lintShop({ cacheFile });
    const variants: LintOptions[] = [
      { podSecurityLevel: 'restricted' },
      { kubernetesVersion: '1.24' },
      { config: { 'image-untagged': 'info' } },
      { config: { 'labels-required': { options: { requiredLabels: ['team'] } } } },
    ];
    for (const variant of variants) {
      const uncached = await lintShop(variant);
      expect(withoutCacheStats(await lintShop({ ...variant, cacheFile }))).toEqual(uncached);
      expect(withoutCacheStats(await lintShop({ ...variant, cacheFile }))).toEqual(uncached);
    }
  });

  it('checks custom resources again when a definition given with --crd changed', async () => {
    const cacheFile = join(shop, '.cache');
    const crdFile = join(work, `${shop.split('/').pop() ?? 'shop'}-crd.yaml`);
    const definition = (type: string) =>
      [
        'apiVersion: apiextensions.k8s.io/v1',
        'kind: CustomResourceDefinition',
        'metadata: {name: widgets.example.com}',
        'spec:',
        '  group: example.com',
        '  scope: Namespaced',
        '  names: {kind: Widget, plural: widgets}',
        '  versions:',
        '  - name: v1',
        '    served: true',
        '    storage: true',
        '    schema:',
        '      openAPIV3Schema:',
        '        type: object',
        `        properties: {spec: {type: object, properties: {size: {type: ${type}}}}}`,
        '',
      ].join('\n');
    write('widget.yaml', ['apiVersion: example.com/v1', 'kind: Widget', 'metadata: {name: big, namespace: shop}', 'spec: {size: big}']);
    writeFileSync(crdFile, definition('integer'));
    const cold = await lintShop({ cacheFile, crds: [crdFile] });
    expect(cold.findings.some((finding) => finding.checkId === 'schema-invalid' && finding.file === 'widget.yaml')).toBe(true);
    writeFileSync(crdFile, definition('string'));
    const warm = await lintShop({ cacheFile, crds: [crdFile] });
    expect(warm.findings.some((finding) => finding.checkId === 'schema-invalid')).toBe(false);
    expect(withoutCacheStats(warm)).toEqual(await lintShop({ crds: [crdFile] }));
  });

  it('names files as they are now when one was renamed or moved', async () => {
    const cacheFile = join(shop, '.cache');
    await lintShop({ cacheFile });
    renameSync(join(shop, 'deployment.yaml'), join(shop, 'deploy.yaml')); // the files keep their order
    const warm = await lintShop({ cacheFile });
    expect(warm.findings.some((finding) => finding.file === 'deploy.yaml')).toBe(true);
    expect(withoutCacheStats(warm)).toEqual(await lintShop());
  });

  it('places findings of saved helm template output in the template as it is now', async () => {
    const cacheFile = join(shop, '.cache');
    const template = join(shop, 'web', 'templates', 'deployment.yaml');
    mkdirSync(dirname(template), { recursive: true });
    writeFileSync(template, `${deployment('nginx').join('\n')}\n`);
    writeFileSync(join(shop, 'web', 'Chart.yaml'), 'apiVersion: v2\nname: web\nversion: 0.1.0\n');
    write('rendered.yaml', ['---', '# Source: web/templates/deployment.yaml', ...deployment('nginx')]);
    const lintRendered = (options: LintOptions = {}) => lint(['rendered.yaml'], { cwd: shop, jobs: 1, ...options });
    const cold = await lintRendered({ cacheFile });
    const line = (result: LintResult) => result.findings.find((finding) => finding.checkId === 'image-untagged')?.line;
    expect(cold.findings.find((finding) => finding.checkId === 'image-untagged')?.file).toBe(join('web', 'templates', 'deployment.yaml'));
    writeFileSync(template, `# a comment line\n${deployment('nginx').join('\n')}\n`);
    const warm = await lintRendered({ cacheFile });
    expect(line(warm)).toBe((line(cold) ?? 0) + 1);
    expect(withoutCacheStats(warm)).toEqual(await lintRendered());
  });

  it('reads back text that is not ASCII as it was', async () => {
    const cacheFile = join(shop, '.cache');
    write('unicode.yaml', ['apiVersion: apps/v1', 'kind: Deployment', 'metadata: {name: café-☃-😀, namespace: shop}', 'spec:', '  template:', '    spec:', '      containers:', '      - {name: ünïcode, image: nginx}']);
    const uncached = await lintShop();
    expect(uncached.findings.some((finding) => finding.object?.name === 'café-☃-😀' && finding.container === 'ünïcode')).toBe(true);
    await lintShop({ cacheFile });
    const warm = await lintShop({ cacheFile });
    expect(warm.cache).toMatchObject({ misses: 0 });
    expect(JSON.stringify(withoutCacheStats(warm))).toBe(JSON.stringify(uncached));
  });

  it('tells a byte that is not UTF-8 from a U+FFFD written out, though both decode to the same text', async () => {
    const cacheFile = join(shop, '.cache');
    const configMap = (bytes: number[]) => Buffer.concat([Buffer.from('apiVersion: v1\nkind: ConfigMap\nmetadata: {name: odd, namespace: shop}\ndata: {a: "x'), Buffer.from(bytes), Buffer.from('"}\n')]);
    writeFileSync(join(shop, 'odd.yaml'), configMap([0xef, 0xbf, 0xbd]));
    await lintShop({ cacheFile });
    writeFileSync(join(shop, 'odd.yaml'), configMap([0xff]));
    const warm = await lintShop({ cacheFile });
    expect(warm.findings.some((finding) => finding.file === 'odd.yaml' && /UTF-8/.test(finding.message))).toBe(true);
    expect(withoutCacheStats(warm)).toEqual(await lintShop());
  });
});
