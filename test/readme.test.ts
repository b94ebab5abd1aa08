import { spawnSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
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

  it('lists every check with its severity and category', () => {
    for (const { meta } of checks) {
      const severity = meta.enabledByDefault === false ? `${meta.severity} (off)` : meta.severity;
      expect(readme).toContain(`| \`${meta.id}\` | ${severity} | ${meta.category} | ${meta.title} |`);
    }
  });
});

describe('README configuration example', () => {
  it('is a valid .kubeready.yaml', async () => {
    const { mkdtempSync, mkdirSync, writeFileSync, rmSync } = await import('node:fs');
    const { tmpdir } = await import('node:os');
    const { loadConfigFile } = await import('../src/config/config-file.js');
    const example = /## Configuration[\s\S]+?```yaml\n([\s\S]+?)\n```/.exec(readme)?.[1];
    expect(example).toBeDefined();
    const dir = mkdtempSync(join(tmpdir(), 'kubeready-readme-'));
    try {
      mkdirSync(join(dir, 'charts', 'api'), { recursive: true });
      writeFileSync(join(dir, 'charts', 'api', 'Chart.yaml'), 'apiVersion: v2\nname: api\nversion: 1.0.0\n');
      writeFileSync(join(dir, '.kubeready.yaml'), example ?? '');
      const { config } = loadConfigFile(join(dir, '.kubeready.yaml'), dir);
      expect(config.failOn).toBe('warning');
      expect(config.ignore?.[0]).toMatchObject({ checks: ['run-as-root'], kind: 'Deployment', line: 17 });
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });
});
