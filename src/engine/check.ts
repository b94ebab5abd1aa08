import type { KubeObject, Path } from '../model/kinds.js';
import type { ObjectIndex, ObjectRef } from '../model/object-index.js';
import type { ParseProblem } from '../load/parse.js';

export type Severity = 'error' | 'warning' | 'info';
export const severities: readonly Severity[] = ['error', 'warning', 'info'];

export type Category = 'reliability' | 'security' | 'resources' | 'images' | 'correctness' | 'networking' | 'storage';

/** What a person reads about a check: the list, the docs, every finding. */
export interface CheckMeta {
  /** kebab-case, equal to the file name under checks/. */
  id: string;
  title: string;
  severity: Severity;
  category: Category;
  /** What can go wrong in production when the finding is ignored. */
  risk: string;
  /** What to change. */
  mitigation: string;
}

/** A check reports a path into the object; the engine turns it into a file position. */
export interface Report {
  path: Path;
  message: string;
}

export interface CheckContext {
  readonly ref: ObjectRef;
  /** Every object of the scope, read-only. */
  readonly index: ObjectIndex;
}

/** A check over one Kubernetes object. Pure: no I/O, no state, never throws on odd input. */
export interface ObjectCheck {
  meta: CheckMeta;
  target: 'object';
  check(object: KubeObject, context: CheckContext): Iterable<Report>;
}

/** A report at offsets into the source text, for problems that exist before there are objects. */
export interface SourceReport {
  start: number;
  end: number;
  message: string;
}

/** A check over a parsed file's problems (syntax errors). Pure as well. */
export interface SourceCheck {
  meta: CheckMeta;
  target: 'source';
  check(problems: readonly ParseProblem[]): Iterable<SourceReport>;
}

export type Check = ObjectCheck | SourceCheck;

export function defineObjectCheck(check: Omit<ObjectCheck, 'target'>): ObjectCheck {
  return { ...check, target: 'object' };
}

export function defineSourceCheck(check: Omit<SourceCheck, 'target'>): SourceCheck {
  return { ...check, target: 'source' };
}
