import { spawnSync } from 'node:child_process';
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { checks } from '../checks/index.js';
const root = join(import.meta.dirname, '..');
const readme = readFileSync(join(root, 'README.md'), 'utf8');
describe('README', () => {
    it('starts with exactly the two set-up commands', () => {
        const commands = [...readme.matchAll(/```sh\n(.+)\n```/g)].map((match) => match[1]);
        expect(commands.slice(0, 2)).toEqual(['npm install && npx kubeready examples/', 'npm install && npm test']);
    });
    it('shows the real output of `kubeready examples/`', () => {
        const shown = /npx kubeready examples\/\n```\n\n```text\n([\s\S]+?)\n```/.exec(readme)?.[1];
        const actual = spawnSync(process.execPath, [join(root, 'dist', 'src', 'cli.js'), 'examples/'], {
            cwd: root,
            encoding: 'utf8',
            env: { ...process.env, NO_COLOR: '1' },
        }).stdout;
        expect(shown).toBe(actual.trimEnd());
    });
    it('links the check reference, which lists every check with its severity and category', () => {
        expect(readme).toContain('(docs/checks.md)');
        const reference = readFileSync(join(root, 'docs', 'checks.md'), 'utf8');
        for (const { meta } of checks) {
            const severity = meta.enabledByDefault === false ? `${meta.severity} (off by default)` : meta.severity;
            expect(reference).toContain(`| [\`${meta.id}\`](#${meta.id}) | ${severity} | ${meta.category} | ${meta.title} |`);
        }
        expect(readme).toContain(`${checks.length} checks`);
    });
    it('links only documents that exist, and keeps to what a newcomer needs', () => {
        for (const [, target] of readme.matchAll(/\]\(((?:docs\/)?[\w./-]+\.md|LICENSE)(?:#[\w-]+)?\)/g)) {
            expect(existsSync(join(root, target ?? '')), target).toBe(true);
        }
        // The quick start's output is as wide as kubeready prints it; the rest fits two screens.
        const rest = readme.slice(readme.indexOf('## Install'));
        expect(rest.split('\n').length).toBeLessThan(130);
    });
});
/** A config example as a .kubeready.yaml in a folder that has the chart it names. */
async function loadExample(example) {
    const { mkdtempSync, mkdirSync, writeFileSync, rmSync } = await import('node:fs');
    const { tmpdir } = await import('node:os');
    const { loadConfigFile } = await import('../src/config/config-file.js');
    expect(example).toBeDefined();
    const dir = mkdtempSync(join(tmpdir(), 'kubeready-readme-'));
    try {
        mkdirSync(join(dir, 'charts', 'api'), { recursive: true });
        writeFileSync(join(dir, 'charts', 'api', 'Chart.yaml'), 'apiVersion: v2\nname: api\nversion: 1.0.0\n');
        writeFileSync(join(dir, '.kubeready.yaml'), example ?? '');
        return loadConfigFile(join(dir, '.kubeready.yaml'), dir).config;
    }
    finally {
        rmSync(dir, { recursive: true, force: true });
    }
}
describe('configuration examples', () => {
    it("the README's is a valid .kubeready.yaml", async () => {
        const config = await loadExample(/## Configuration[\s\S]+?```yaml\n([\s\S]+?)\n```/.exec(readme)?.[1]);
        expect(config.failOn).toBe('warning');
        expect(config.ignore?.[0]).toMatchObject({ checks: ['run-as-root'], kind: 'Deployment', line: 7 });
    });
    it("docs/configuration.md's is a valid .kubeready.yaml", async () => {
        const reference = readFileSync(join(root, 'docs', 'configuration.md'), 'utf8');
        const config = await loadExample(/```yaml\n([\s\S]+?)\n```/.exec(reference)?.[1]);
        expect(config.failOn).toBe('warning');
        expect(config.ignore?.[0]).toMatchObject({ checks: ['run-as-root'], kind: 'Deployment', line: 19 });
    });
});
