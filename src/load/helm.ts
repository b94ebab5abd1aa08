import { existsSync } from 'node:fs';
import { dirname, join, relative, resolve } from 'node:path';
import type { RunError } from '../engine/finding.js';
import { type ParsedSource, parseSource } from './parse.js';
import { findExecutable, oneLine, runTool } from './tools.js';
import { readTextIfExists } from './read.js';

export interface HelmOptions {
  /** The helm binary: a name looked up on PATH, or a path. Default: helm. */
  bin?: string;
  /** Values files, in order (helm's -f). */
  values?: readonly string[];
  /** key=value pairs (helm's --set). */
  set?: readonly string[];
  /** Values files and --set pairs of one chart (by absolute folder), applied after those of every chart. */
  charts?: Readonly<Record<string, { values?: readonly string[]; set?: readonly string[] }>>;
  releaseName?: string;
  namespace?: string;
  kubeVersion?: string;
}

export type Rendered = { parsed: ParsedSource; error?: undefined } | { error: RunError; parsed?: undefined };

/**
 * Renders a chart with `helm template` and parses the output, each object remembering the template it
 * came from. Chart tests are left out (they are not deployed); CRDs are kept.
 */
export async function renderChart(dir: string, cwd: string, options: HelmOptions = {}): Promise<Rendered> {
  const shown = relative(cwd, dir) || '.';
  const bin = findExecutable(options.bin ?? 'helm', cwd);
  if (!bin) {
    const why = options.bin ? `--helm-bin ${options.bin} is not an executable file` : 'helm was not found on PATH (install Helm, or pass --helm-bin)';
    return { error: { file: shown, message: `cannot render the chart: ${why}` } };
  }
  const args = ['template', options.releaseName ?? 'release-name', dir, '--skip-tests', '--include-crds'];
  if (options.namespace) args.push('--namespace', options.namespace);
  if (options.kubeVersion) args.push('--kube-version', options.kubeVersion);
  const own = options.charts?.[resolve(cwd, dir)];
  for (const file of [...(options.values ?? []), ...(own?.values ?? [])]) args.push('--values', resolve(cwd, file));
  for (const pair of [...(options.set ?? []), ...(own?.set ?? [])]) args.push('--set', pair);
  const result = await runTool(bin, args, cwd);
  if (!result.ok) {
    const message = oneLine(result.stderr);
    return { error: { ...helmErrorPosition(message, dir, cwd, shown), message: `helm template failed: ${message}` } };
  }
  const parsed = parseSource(shown, result.stdout);
  attachHelmOrigins(parsed, cwd, (source) => {
    const withinChart = source.split('/').slice(1).join('/'); // "<chart name>/templates/x.yaml"
    return join(dir, withinChart);
  });
  return { parsed };
}

/**
 * Gives every object of a rendered stream its template, from the `# Source:` comment Helm writes
 * before each document. `locateTemplate` turns that path into a file; when the file cannot be read
 * (a subchart packed as .tgz), the finding names it without a line.
 */
export function attachHelmOrigins(parsed: ParsedSource, cwd: string, locateTemplate: (source: string) => string | undefined): void {
  const occurrences = new Map<string, number>();
  const texts = new Map<string, string | undefined>();
  for (const entry of parsed.objects) {
    const source = entry.sourceComment;
    if (!source) continue;
    const key = `${source}\n${entry.object.kind}`;
    occurrences.set(key, (occurrences.get(key) ?? -1) + 1);
    const file = locateTemplate(source);
    if (file !== undefined && !texts.has(file)) texts.set(file, readTextIfExists(file));
    entry.origin = {
      via: 'helm',
      file: file ? relative(cwd, file) : source,
      text: file ? texts.get(file) : undefined,
      kind: entry.object.kind,
      occurrence: occurrences.get(key) ?? 0,
    };
  }
}

/** For rendered Helm output read from a file or stdin: the template next to it, or under the cwd. */
export function templateNear(renderedFile: string | undefined, cwd: string): (source: string) => string | undefined {
  const bases = [...(renderedFile ? [dirname(resolve(cwd, renderedFile))] : []), cwd];
  return (source) => {
    const withinChart = source.split('/').slice(1).join('/');
    const candidates = bases.flatMap((base) => [join(base, source), join(base, 'charts', source), join(base, withinChart)]);
    return candidates.find((file) => existsSync(file));
  };
}

/** Helm names the template and line that failed (`Error: chart/templates/x.yaml:4:18 ...`): point there. */
function helmErrorPosition(message: string, dir: string, cwd: string, shown: string): { file: string; line?: number } {
  const match = /^Error: (?:template: )?([^\s:]+):(\d+)(?::\d+)?/.exec(message);
  if (!match?.[1] || !match[2]) return { file: shown };
  const template = join(dir, match[1].split('/').slice(1).join('/'));
  return existsSync(template) ? { file: relative(cwd, template), line: Number(match[2]) } : { file: shown };
}

