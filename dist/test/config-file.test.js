import { mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import { checks } from '../checks/index.js';
import { defaultRunSettings } from '../src/engine/check.js';
import { ConfigError, configureChecks } from '../src/engine/config.js';
import { findConfigFile, loadConfigFile, matchesIgnoreEntry } from '../src/config/config-file.js';
import { buildConfigSchema, renderConfigSchema } from '../src/config/config-schema.js';
import { renderStarterConfig, starterConfig } from '../src/config/starter.js';
const root = mkdtempSync(join(tmpdir(), 'kubeready-config-'));
afterAll(() => rmSync(root, { recursive: true, force: true }));
let folders = 0;
/** A fresh folder holding .kubeready.yaml with `text`; returns the folder. */
function project(text, name = '.kubeready.yaml') {
    const dir = join(root, `p${++folders}`);
    mkdirSync(dir, { recursive: true });
    writeFileSync(join(dir, name), text);
    return dir;
}
function load(text) {
    const dir = project(text);
    return { dir, ...loadConfigFile('.kubeready.yaml', dir) };
}
function errorOf(text) {
    const dir = project(text);
    try {
        loadConfigFile(join(dir, '.kubeready.yaml'), dir);
    }
    catch (error) {
        expect(error).toBeInstanceOf(ConfigError);
        return error.message;
    }
    throw new Error('expected a ConfigError');
}
describe('findConfigFile', () => {
    it('finds the file in the folder itself', () => {
        const dir = project('failOn: error\n');
        expect(findConfigFile(dir)).toBe(join(dir, '.kubeready.yaml'));
    });
    it('walks up to the nearest folder that holds one', () => {
        const dir = project('failOn: error\n');
        const deep = join(dir, 'a', 'b', 'c');
        mkdirSync(deep, { recursive: true });
        expect(findConfigFile(deep)).toBe(join(dir, '.kubeready.yaml'));
        const nearer = join(dir, 'a');
        writeFileSync(join(nearer, '.kubeready.yml'), 'failOn: info\n');
        expect(findConfigFile(deep)).toBe(join(nearer, '.kubeready.yml'));
    });
    it('prefers .kubeready.yaml over .kubeready.yml in one folder', () => {
        const dir = project('failOn: info\n', '.kubeready.yml');
        writeFileSync(join(dir, '.kubeready.yaml'), 'failOn: error\n');
        expect(findConfigFile(dir)).toBe(join(dir, '.kubeready.yaml'));
    });
    it('skips a folder named like the config file, and returns undefined when there is none', () => {
        const dir = join(root, 'none');
        mkdirSync(join(dir, '.kubeready.yaml'), { recursive: true });
        expect(findConfigFile(dir)).toBeUndefined();
    });
});
describe('loadConfigFile', () => {
    it('reads an explicit file given relative to the cwd, whatever its name', () => {
        const dir = project('failOn: error\nkubernetesVersion: "1.31"\npodSecurity: { level: restricted }\nstrictKinds: true\ninlineSuppressions: false\n', 'ci.yaml');
        const loaded = loadConfigFile('ci.yaml', dir);
        expect(loaded.file).toBe(join(dir, 'ci.yaml'));
        expect(loaded.config).toEqual({
            failOn: 'error',
            kubernetesVersion: '1.31',
            podSecurityLevel: 'restricted',
            strictKinds: true,
            inlineSuppressions: false,
        });
    });
    it('treats an empty file, or one of comments only, as an empty config', () => {
        expect(load('').config).toEqual({});
        expect(load('# nothing yet\n').config).toEqual({});
    });
    it('keeps check settings and merges the shortcuts into the checks', () => {
        const { config } = load([
            'checks:',
            '  pdb-missing: error',
            '  liveness-probe-missing: off',
            '  labels-required: info',
            '  readiness-probe-slow: { severity: warning, options: { maxSeconds: 30 } }',
            '  requests-exceed-node: { options: { minPodsPerNode: 2 } }',
            'nodeProfiles:',
            '  - { name: m5.large, allocatable: { cpu: 1930m, memory: 7518Mi, pods: 29 } }',
            'allowedRegistries: [ghcr.io/acme]',
            'governance:',
            '  requiredLabels: [team]',
            '  namePattern: { "*": "[a-z-]+" }',
        ].join('\n'));
        expect(config.checks).toEqual({
            'pdb-missing': 'error',
            'liveness-probe-missing': 'off',
            'labels-required': { severity: 'info', options: { requiredLabels: ['team'] } },
            'readiness-probe-slow': { severity: 'warning', options: { maxSeconds: 30 } },
            'requests-exceed-node': {
                options: { minPodsPerNode: 2, nodeProfiles: [{ name: 'm5.large', allocatable: { cpu: '1930m', memory: '7518Mi', pods: 29 } }] },
            },
            'image-registry-not-allowed': { options: { allowedRegistries: ['ghcr.io/acme'] } },
            'name-convention': { options: { namePattern: { '*': '[a-z-]+' } } },
        });
        // The engine takes the merged settings as they are.
        const configured = configureChecks(checks, config.checks);
        const registry = configured.find((entry) => entry.check.meta.id === 'image-registry-not-allowed');
        expect(registry?.options).toEqual({ allowedRegistries: ['ghcr.io/acme'] });
        const labels = configured.find((entry) => entry.check.meta.id === 'labels-required');
        expect(labels?.severity).toBe('info');
        expect(configured.some((entry) => entry.check.meta.id === 'liveness-probe-missing')).toBe(false);
    });
    it('resolves paths against the folder of the config file, not the cwd', () => {
        const dir = project([
            'exclude: ["*.generated.yaml", "k8s/vendor/**", "vendor/", "../shared/x.yaml"]',
            'crds: [crds/, shared/crds/a.yaml]',
            'helm:',
            '  releaseName: shop',
            '  namespace: shop',
            '  values: [deploy/values.yaml]',
            '  set: [image.tag=1.2]',
            '  charts:',
            '    charts/api:',
            '      values: [charts/api/prod.yaml]',
            '      set: { image.tag: "1.4.2", replicas: 3, debug: false, extra: null }',
        ].join('\n'));
        mkdirSync(join(dir, 'charts', 'api'), { recursive: true });
        writeFileSync(join(dir, 'charts', 'api', 'Chart.yaml'), 'apiVersion: v2\nname: api\nversion: 0.1.0\n');
        const cwd = join(dir, 'k8s');
        mkdirSync(cwd, { recursive: true });
        const { config } = loadConfigFile(join(dir, '.kubeready.yaml'), cwd);
        expect(config.exclude).toEqual(['*.generated.yaml', './vendor/**', 'vendor/', '../../shared/x.yaml']);
        expect(config.crds).toEqual([join(dir, 'crds'), join(dir, 'shared', 'crds', 'a.yaml')]);
        expect(config.helm).toEqual({
            releaseName: 'shop',
            namespace: 'shop',
            values: [join(dir, 'deploy', 'values.yaml')],
            set: ['image.tag=1.2'],
            charts: {
                [join(dir, 'charts', 'api')]: {
                    values: [join(dir, 'charts', 'api', 'prod.yaml')],
                    set: ['image.tag=1.4.2', 'replicas=3', 'debug=false', 'extra=null'],
                },
            },
        });
    });
    it('reads ignore entries with the line each starts on', () => {
        const { config } = load([
            'failOn: error',
            'ignore:',
            '  - checks: [run-as-root, pdb-missing]',
            '    kind: Deploy*',
            '    namespace: ""',
            '    reason: "  legacy image  "',
            '  - { checks: [image-untagged], file: k8s/dev/**, reason: dev follows latest }',
        ].join('\n'));
        expect(config.ignore).toEqual([
            { checks: ['run-as-root', 'pdb-missing'], kind: 'Deploy*', namespace: '', reason: 'legacy image', line: 3 },
            { checks: ['image-untagged'], file: 'k8s/dev/**', reason: 'dev follows latest', line: 7 },
        ]);
    });
});
describe('loadConfigFile errors: one line, file:line:column: key path: problem', () => {
    const cases = [
        ['an unknown top-level key', 'failOn: error\nfailOnn: error\n', '2:1: failOnn: unknown key (did you mean failOn?)'],
        [
            'an unknown key with nothing near it',
            'podSecurity:\n  enforce: restricted\n',
            '2:3: podSecurity.enforce: unknown key (expected level)',
        ],
        [
            'an unknown check',
            'checks:\n  pdb-mising: off\n',
            '2:3: checks.pdb-mising: unknown check "pdb-mising" (did you mean pdb-missing? kubeready --list-checks lists them)',
        ],
        [
            'a bad severity',
            'checks:\n  pdb-missing: warn\n',
            '2:16: checks.pdb-missing: must be off, info, warning or error, or a mapping { severity, fix } (got "warn")',
        ],
        [
            'a bad severity in the long form',
            'checks:\n  readiness-probe-slow:\n    severity: high\n',
            '3:15: checks.readiness-probe-slow.severity: must be off, info, warning or error (got "high")',
        ],
        ['options on a check without options', 'checks:\n  pdb-missing:\n    options: {}\n', '3:5: checks.pdb-missing.options: pdb-missing has no options'],
        [
            'an unknown option',
            'checks:\n  readiness-probe-slow:\n    options: { maxSecs: 30 }\n',
            '3:16: checks.readiness-probe-slow.options.maxSecs: unknown option (expected maxSeconds)',
        ],
        [
            'an option out of range',
            'checks:\n  readiness-probe-slow: { options: { maxSeconds: 0 } }\n',
            '2:50: checks.readiness-probe-slow.options.maxSeconds: must be >= 1 (got 0)',
        ],
        [
            'a bad shortcut value, checked against the option schema of its check',
            'nodeProfiles:\n  - name: m5.large\n    allocatble: { cpu: 2 }\n',
            '3:5: nodeProfiles[0].allocatble: unknown key (did you mean allocatable?)',
        ],
        [
            'a shortcut set twice',
            'checks:\n  image-registry-not-allowed: { options: { allowedRegistries: [a.io] } }\nallowedRegistries: [b.io]\n',
            '3:1: allowedRegistries: also set as checks.image-registry-not-allowed.options.allowedRegistries; keep one of the two',
        ],
        [
            'an unquoted version',
            'kubernetesVersion: 1.30\n',
            '1:20: kubernetesVersion: must be quoted, as in kubernetesVersion: "1.31" (unquoted, YAML reads a version like 1.30 as the number 1.3)',
        ],
        ['a version that is not one', 'kubernetesVersion: latest\n', '1:20: kubernetesVersion: must look like "1.31" or "v1.31.2" (got "latest")'],
        ['a wrong type', 'strictKinds: "yes"\n', '1:14: strictKinds: must be true or false (got "yes")'],
        ['a key without a value', 'exclude:\nfailOn: error\n', '1:1: exclude: must be a list (got no value)'],
        ['a bad enum', 'failOn: warn\n', '1:9: failOn: must be info, warning or error (got "warn")'],
        ['a --set item without =', 'helm:\n  set: [replicas]\n', '2:9: helm.set[0]: must be key=value (got "replicas")'],
        [
            'a chart folder without Chart.yaml',
            'helm:\n  charts:\n    charts/nope: { values: [a.yaml] }\n',
            '3:5: helm.charts["charts/nope"]: no Chart.yaml in ',
        ],
        [
            'an ignore entry without a reason',
            'ignore:\n  - checks: [run-as-root]\n    name: api\n',
            '2:5: ignore[0]: missing "reason": every ignore entry says why the findings are accepted',
        ],
        [
            'an ignore entry with a blank reason',
            'ignore:\n  - checks: [run-as-root]\n    reason: "  "\n',
            '3:13: ignore[0].reason: must not be empty: say why the findings are accepted',
        ],
        [
            'an ignore entry naming an unknown check',
            'ignore:\n  - checks: [run-as-root, run-as-rot]\n    reason: x\n',
            '2:27: ignore[0].checks[1]: unknown check "run-as-rot" (did you mean run-as-root? kubeready --list-checks lists them)',
        ],
        [
            'an ignore entry with no checks, and a second problem counted',
            'ignore:\n  - checks: []\n    reason: x\n    kinds: Deployment\n',
            '2:13: ignore[0].checks: must name at least one check (and 1 more)',
        ],
        ['a file that is not a mapping', '- failOn: error\n', '1:1: must be a mapping (got a list)'],
        ['malformed YAML', 'failOn: error\nexclude: [a,\n', '3:1: invalid YAML: Flow sequence in block collection must be sufficiently indented and end with a ]'],
        ['a duplicate key', 'failOn: error\nfailOn: info\n', '2:1: duplicate key "failOn"'],
        ['several documents', 'failOn: error\n---\nfailOn: info\n', '2:1: the config file must hold one YAML document, not several'],
    ];
    it.each(cases)('%s', (_name, text, expected) => {
        const message = errorOf(text);
        const prefix = `.kubeready.yaml:${expected}`;
        expect(message.slice(0, prefix.length)).toBe(prefix);
        expect(message).not.toContain('\n');
    });
    it('names the file relative to the cwd', () => {
        const dir = project('failOn: never\n');
        const cwd = join(dir, 'deploy');
        mkdirSync(cwd);
        expect(() => loadConfigFile(join(dir, '.kubeready.yaml'), cwd)).toThrow(new ConfigError('../.kubeready.yaml:1:9: failOn: must be info, warning or error (got "never")'));
    });
    it('reports the first problem in file order', () => {
        expect(errorOf('checks:\n  pdb-missing: nope\nfailOnn: error\nstrictKinds: 1\n')).toBe('.kubeready.yaml:2:16: checks.pdb-missing: must be off, info, warning or error, or a mapping { severity, fix } (got "nope") (and 2 more)');
    });
    it('says when the file cannot be read', () => {
        expect(() => loadConfigFile('missing.yaml', root)).toThrow(new ConfigError('missing.yaml: cannot read the config file (no such file)'));
    });
});
describe('matchesIgnoreEntry', () => {
    const entry = { checks: ['run-as-root'], kind: 'deploy*', namespace: 'shop-?', name: 'api-*', container: 'app', reason: 'r', line: 1 };
    const subject = { checkId: 'run-as-root', kind: 'Deployment', namespace: 'shop-a', name: 'api-v2', container: 'app' };
    it('needs every glob the entry sets to match; kind ignores case', () => {
        expect(matchesIgnoreEntry(entry, subject, root)).toBe(true);
        expect(matchesIgnoreEntry(entry, { ...subject, checkId: 'pdb-missing' }, root)).toBe(false);
        expect(matchesIgnoreEntry(entry, { ...subject, namespace: 'shop-ab' }, root)).toBe(false);
        expect(matchesIgnoreEntry(entry, { ...subject, container: undefined }, root)).toBe(false);
        expect(matchesIgnoreEntry({ ...entry, name: 'API-*' }, subject, root)).toBe(false);
    });
    it('matches an unset namespace as the empty string', () => {
        const any = { checks: ['run-as-root'], namespace: '*', reason: 'r', line: 1 };
        expect(matchesIgnoreEntry(any, { checkId: 'run-as-root' }, root)).toBe(true);
        expect(matchesIgnoreEntry({ ...any, namespace: '' }, { checkId: 'run-as-root', namespace: '' }, root)).toBe(true);
        expect(matchesIgnoreEntry({ ...any, namespace: 'default' }, { checkId: 'run-as-root' }, root)).toBe(false);
    });
    it('matches file globs relative to the config folder', () => {
        const byFile = { checks: ['image-untagged'], file: 'k8s/dev/**', reason: 'r', line: 1 };
        expect(matchesIgnoreEntry(byFile, { checkId: 'image-untagged', file: join(root, 'k8s', 'dev', 'a', 'x.yaml') }, root)).toBe(true);
        expect(matchesIgnoreEntry(byFile, { checkId: 'image-untagged', file: join(root, 'k8s', 'prod', 'x.yaml') }, root)).toBe(false);
        const anyDepth = { ...byFile, file: 'values-*.yaml' };
        expect(matchesIgnoreEntry(anyDepth, { checkId: 'image-untagged', file: join(root, 'charts', 'values-dev.yaml') }, root)).toBe(true);
    });
});
describe('starter config', () => {
    it('loads as it is, with the defaults it shows', () => {
        const { config } = load(starterConfig());
        expect(config).toEqual({
            failOn: 'warning',
            podSecurityLevel: defaultRunSettings.podSecurityLevel,
            strictKinds: false,
            inlineSuppressions: true,
        });
    });
    it('loads with every example uncommented', () => {
        const dir = project(renderStarterConfig(true));
        mkdirSync(join(dir, 'charts', 'api'), { recursive: true });
        writeFileSync(join(dir, 'charts', 'api', 'Chart.yaml'), 'apiVersion: v2\nname: api\nversion: 0.1.0\n');
        const { config } = loadConfigFile('.kubeready.yaml', dir);
        expect(config.kubernetesVersion).toBe('1.31');
        expect(config.ignore?.map((entry) => entry.checks)).toEqual([['run-as-root'], ['image-digest-missing', 'image-untagged']]);
        expect(Object.keys(config.checks ?? {}).sort()).toEqual([
            'image-digest-missing',
            'image-registry-not-allowed',
            'labels-required',
            'liveness-probe-missing',
            'name-convention',
            'pdb-missing',
            'readiness-probe-slow',
            'requests-exceed-node',
        ]);
    });
    it('shows every top-level key, each with a comment above it', () => {
        const text = starterConfig();
        const keys = Object.keys((buildConfigSchema(checks)['properties'] ?? {})).filter((key) => key !== '$schema');
        for (const key of keys) {
            const index = text.split('\n').findIndex((line) => line.startsWith(`${key}:`) || line.startsWith(`# ${key}:`));
            expect(index, key).toBeGreaterThan(0);
            expect(text.split('\n')[index - 1]?.startsWith('# '), key).toBe(true);
        }
        expect(Object.keys(parse(renderStarterConfig(true))).sort()).toEqual([...keys].sort());
    });
});
describe('schemas/config.schema.json', () => {
    it('is what the checks generate (run `npm run docs` after changing a check)', () => {
        const onDisk = readFileSync(join(import.meta.dirname, '..', 'schemas', 'config.schema.json'), 'utf8');
        expect(onDisk).toBe(renderConfigSchema(checks));
    });
    it('lists every check with its options', () => {
        const schema = buildConfigSchema(checks);
        const listed = schema.properties.checks.properties;
        expect(Object.keys(listed).sort()).toEqual(checks.map((check) => check.meta.id).sort());
        expect(Object.keys(listed['readiness-probe-slow']?.anyOf[1]?.properties ?? {})).toEqual(['severity', 'options', 'fix']);
        expect(Object.keys(listed['pdb-missing']?.anyOf[1]?.properties ?? {})).toEqual(['severity', 'fix']);
        expect(Object.keys(listed['image-untagged']?.anyOf[1]?.properties ?? {})).toEqual(['severity']);
    });
});
