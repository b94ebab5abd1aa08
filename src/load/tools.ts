import { execFile } from 'node:child_process';
import { accessSync, constants, statSync } from 'node:fs';
import { delimiter, isAbsolute, join, resolve } from 'node:path';

/** The first executable of that name on PATH, or a path given explicitly (checked to exist). */
export function findExecutable(nameOrPath: string, cwd: string, pathVariable = process.env['PATH'] ?? ''): string | undefined {
  const candidates = nameOrPath.includes('/') || isAbsolute(nameOrPath)
    ? [resolve(cwd, nameOrPath)]
    : pathVariable.split(delimiter).filter(Boolean).map((dir) => join(dir, nameOrPath));
  return candidates.find(isExecutableFile);
}

function isExecutableFile(file: string): boolean {
  try {
    accessSync(file, constants.X_OK);
    return statSync(file).isFile();
  } catch {
    return false;
  }
}

export interface ToolResult {
  ok: boolean;
  stdout: string;
  /** The tool's own complaint, whole. */
  stderr: string;
}

/** Runs a tool without a shell and collects its output; never rejects. */
export function runTool(file: string, args: readonly string[], cwd: string): Promise<ToolResult> {
  return new Promise((done) => {
    execFile(file, [...args], { cwd, maxBuffer: 512 * 1024 * 1024, encoding: 'utf8', env: process.env }, (error, stdout, stderr) => {
      done({ ok: !error, stdout, stderr: error && !stderr.trim() ? error.message : stderr });
    });
  });
}

/**
 * Tools explain themselves over several lines; a run error is one line. Keeps the first `Error:` line
 * with its indented continuation lines (helm's "executing ... nil pointer"), and drops hints.
 */
export function oneLine(text: string): string {
  const lines = text.split('\n');
  const first = lines.findIndex((line) => /^(Error|error)\b/.test(line));
  let kept = lines.filter((line) => line.trim() !== '');
  if (first !== -1) {
    const end = lines.findIndex((line, i) => i > first && !/^\s+\S/.test(line));
    kept = lines.slice(first, end === -1 ? undefined : end);
  }
  return shorten(kept.map((line) => line.trim()).join(' '));
}

export function shorten(text: string, limit = 600): string {
  return text.length > limit ? `${text.slice(0, limit - 3)}...` : text;
}

/** Runs tasks with at most `limit` in flight, keeping results in input order. */
export async function mapLimited<T, R>(items: readonly T[], limit: number, task: (item: T, index: number) => Promise<R>): Promise<R[]> {
  const results: R[] = new Array<R>(items.length);
  let next = 0;
  const worker = async () => {
    while (next < items.length) {
      const index = next++;
      results[index] = await task(items[index] as T, index);
    }
  };
  await Promise.all(Array.from({ length: Math.max(1, Math.min(limit, items.length)) }, worker));
  return results;
}
