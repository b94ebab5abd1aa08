import { mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, afterEach, describe, expect, it } from 'vitest';
import { checks } from '../checks/index.js';
import { lintText } from '../src/api.js';
import { loadConfigFile } from '../src/config/config-file.js';
import { ConfigError } from '../src/engine/config.js';
import { runMain } from './support/cli.js';
const root = mkdtempSync(join(tmpdir(), 'kubeready-fix-config-'));
const home = process.cwd();
afterAll(() => rmSync(root, { recursive: true, force: true }));
afterEach(() => process.chdir(home));
let folders = 0;
function project(config) {
    const dir = join(root, `p${++folders}`);
    mkdirSync(join(dir, '.git'), { recursive: true });
    writeFileSync(join(dir, '.kubeready.yaml'), config);
    return dir;
}
function errorOf(config) {
    const dir = project(config);
    try {
        loadConfigFile('.kubeready.yaml', dir);
    }
    catch (error) {
        expect(error).toBeInstanceOf(ConfigError);
        return error.message;
    }
    throw new Error('expected a ConfigError');
}
const storageClass = 'apiVersion: storage.k8s.io/v1\nkind: StorageClass\nmetadata:\n  name: ssd\nprovisioner: ebs.csi.aws.com\n';
describe('the config and --fix', () => {
    it('checks.<id>.fix: false turns a check\'s fixes off: its findings carry none, and --fix leaves them', async () => {
        const dir = project('checks:\n  storageclass-reclaim-delete: { fix: false }\n');
        const { config } = loadConfigFile('.kubeready.yaml', dir);
        expect(config.checks?.['storageclass-reclaim-delete']).toEqual({ fix: false });
        const findings = lintText(storageClass, 'class.yaml', checks, config.checks).findings;
        expect(findings.map((finding) => [finding.checkId, finding.fix !== undefined])).toEqual([
            ['storageclass-immediate-binding', true],
            ['storageclass-reclaim-delete', false],
        ]);
        writeFileSync(join(dir, 'class.yaml'), storageClass);
        process.chdir(dir);
        await runMain(['--fix', 'class.yaml']);
        expect(readFileSync(join(dir, 'class.yaml'), 'utf8')).toBe(`${storageClass}volumeBindingMode: WaitForFirstConsumer\n`);
    });
    it('fix.defaultRequests reaches the run settings', () => {
        const { config } = loadConfigFile('.kubeready.yaml', project('fix:\n  defaultRequests: { cpu: 100m, memory: 128Mi }\n'));
        expect(config.fix).toEqual({ defaultRequests: { cpu: '100m', memory: '128Mi' } });
        expect(loadConfigFile('.kubeready.yaml', project('fix:\n  defaultRequests: { memory: "0.5Gi" }\n')).config.fix).toEqual({ defaultRequests: { memory: '0.5Gi' } });
    });
    it('the examples of docs/configuration.md and docs/fix.md are valid configs', () => {
        for (const doc of ['configuration.md', 'fix.md']) {
            const text = readFileSync(join(import.meta.dirname, '..', 'docs', doc), 'utf8');
            const example = [...text.matchAll(/```yaml\n([\s\S]+?)\n```/g)].map((match) => match[1] ?? '').find((block) => block.includes('defaultRequests'));
            expect(example, doc).toBeDefined();
            const { config } = loadConfigFile('.kubeready.yaml', project(example ?? ''));
            expect(config.fix, doc).toEqual({ defaultRequests: { cpu: '100m', memory: '128Mi' } });
            expect(config.checks?.['readonly-root-fs-missing'], doc).toEqual({ fix: false });
        }
    });
    it('refuses what is not a request, an unknown key and fix on a check that has no fixes, with the line', () => {
        expect(errorOf('fix:\n  defaultRequests: { cpu: "1; rm -rf /" }\n')).toMatch(/^\.kubeready\.yaml:2:\d+: fix\.defaultRequests\.cpu: /);
        expect(errorOf('fix:\n  defaultRequests: { cpu: "-1" }\n')).toMatch(/^\.kubeready\.yaml:2:\d+: fix\.defaultRequests\.cpu: /);
        expect(errorOf(`fix:\n  defaultRequests: { memory: "${'9'.repeat(40)}" }\n`)).toMatch(/^\.kubeready\.yaml:2:\d+: fix\.defaultRequests\.memory: /);
        expect(loadConfigFile('.kubeready.yaml', project('fix:\n  defaultRequests: { cpu: 1 }\n')).config.fix).toEqual({ defaultRequests: { cpu: '1' } });
        expect(errorOf('fix:\n  defaultRequests: { cpu: 0 }\n')).toMatch(/^\.kubeready\.yaml:2:\d+: fix\.defaultRequests\.cpu/);
        expect(errorOf('fix:\n  defaultRequests: { cpu: 1, gpu: 1 }\n')).toMatch(/^\.kubeready\.yaml:2:\d+: fix\.defaultRequests/);
        expect(errorOf('fix:\n  everything: true\n')).toMatch(/^\.kubeready\.yaml:2:\d+: fix/);
        expect(errorOf('fix: yes please\n')).toMatch(/^\.kubeready\.yaml:1:\d+: fix/);
        expect(errorOf('checks:\n  storageclass-reclaim-delete: { fix: "no" }\n')).toMatch(/^\.kubeready\.yaml:2:\d+: checks\.storageclass-reclaim-delete/);
        expect(errorOf('checks:\n  image-untagged: { fix: false }\n')).toMatch(/^\.kubeready\.yaml:2:\d+: checks\.image-untagged/);
    });
});
