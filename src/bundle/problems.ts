/** Plain-words descriptions of what is wrong in a bundle, and where. */
import type * as z from 'zod/mini';
import { orList } from './plurals-and-lists.ts';

export type Problem = {
  /** Where in the bundle, as a JSON path: `items[2].meetingId`. */
  path: string;
  /** What was expected, in plain words. */
  message: string;
};

export const WHOLE_BUNDLE = '(the bundle itself)';

export function formatPath(path: ReadonlyArray<PropertyKey>): string {
  let out = '';
  for (const key of path) {
    if (typeof key === 'number') out += `[${key}]`;
    else out += out ? `.${String(key)}` : String(key);
  }
  return out || WHOLE_BUNDLE;
}

export function describe(value: unknown): string {
  if (value === undefined) return 'nothing';
  if (value === null) return 'null';
  if (Array.isArray(value)) return 'a list';
  if (typeof value === 'string') return `"${value.length > 40 ? `${value.slice(0, 40)}…` : value}"`;
  if (typeof value === 'object') return 'an object';
  return `${typeof value} ${String(value)}`;
}

function valueAt(root: unknown, path: ReadonlyArray<PropertyKey>): unknown {
  let here: unknown = root;
  for (const key of path) {
    if (here === null || typeof here !== 'object') return undefined;
    here = (here as Record<PropertyKey, unknown>)[key];
  }
  return here;
}

/** Turns a zod issue into a sentence that says what was expected and what was found. */
export function explain(issue: z.core.$ZodIssue, root: unknown): string {
  const got = valueAt(root, issue.path);
  switch (issue.code) {
    case 'invalid_type':
      return got === undefined
        ? `is missing (expected ${issue.expected})`
        : `expected ${issue.expected}, got ${describe(got)}`;
    case 'invalid_value':
      return `expected one of ${orList(issue.values.map((v) => JSON.stringify(v)))}, got ${describe(got)}`;
    case 'invalid_format':
      return `expected ${issue.format === 'regex' ? issue.message : `a ${issue.format}`}, got ${describe(got)}`;
    case 'too_small':
      return `must be at least ${String(issue.minimum)}${issue.origin === 'string' ? ' characters long' : ''}, got ${describe(got)}`;
    case 'too_big':
      return `must be at most ${String(issue.maximum)}, got ${describe(got)}`;
    case 'invalid_union':
      return `does not match any allowed form (got ${describe(got)})`;
    default:
      return issue.message && issue.message !== 'Invalid input' ? issue.message : 'is not valid';
  }
}

/** The problems of one failed parse, with paths below `prefix`. */
export function problemsFromIssues(
  issues: readonly z.core.$ZodIssue[],
  value: unknown,
  prefix: ReadonlyArray<PropertyKey> = [],
): Problem[] {
  return issues.map((issue) => ({
    path: formatPath([...prefix, ...issue.path]),
    message: explain(issue, value),
  }));
}
