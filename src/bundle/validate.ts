/**
 * Checks a parsed JSON value against the bundle contract: first its shape (the zod schema), then
 * what a schema cannot say on its own: every quote matches its document, every reference points
 * at a record that exists, every amount is a single value or a low-high range.
 */
import type * as z from 'zod/mini';
import { bundleSchema, SCHEMA_VERSION, type Bundle, type SourceSpan } from './schema.ts';

export type Problem = {
  /** Where in the bundle, as a JSON path: `items[2].meetingId`. */
  path: string;
  /** What was expected, in plain words. */
  message: string;
};

export type ValidationResult = { ok: true; bundle: Bundle } | { ok: false; problems: Problem[] };

export function formatPath(path: ReadonlyArray<PropertyKey>): string {
  let out = '';
  for (const key of path) {
    if (typeof key === 'number') out += `[${key}]`;
    else out += out ? `.${String(key)}` : String(key);
  }
  return out || '(the bundle itself)';
}

function describe(value: unknown): string {
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

function explain(issue: z.core.$ZodIssue, root: unknown): string {
  const got = valueAt(root, issue.path);
  switch (issue.code) {
    case 'invalid_type':
      return got === undefined
        ? `is missing (expected ${issue.expected})`
        : `expected ${issue.expected}, got ${describe(got)}`;
    case 'invalid_value':
      return `expected one of ${issue.values.map((v) => JSON.stringify(v)).join(', ')}, got ${describe(got)}`;
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

export function validateBundle(input: unknown): ValidationResult {
  if (input === null || typeof input !== 'object' || Array.isArray(input)) {
    return {
      ok: false,
      problems: [
        { path: '(the bundle itself)', message: `expected an object, got ${describe(input)}` },
      ],
    };
  }
  const version = (input as { schemaVersion?: unknown }).schemaVersion;
  if (version !== SCHEMA_VERSION) {
    return {
      ok: false,
      problems: [
        {
          path: 'schemaVersion',
          message: `this app reads schema version ${SCHEMA_VERSION}, the bundle says ${describe(version)}`,
        },
      ],
    };
  }
  const parsed = bundleSchema.safeParse(input);
  if (!parsed.success) {
    return {
      ok: false,
      problems: parsed.error.issues.map((issue) => ({
        path: formatPath(issue.path),
        message: explain(issue, input),
      })),
    };
  }
  const problems = checkIntegrity(parsed.data);
  return problems.length ? { ok: false, problems } : { ok: true, bundle: parsed.data };
}

/** Cross-record rules that the shape alone cannot express. */
export function checkIntegrity(bundle: Bundle): Problem[] {
  const problems: Problem[] = [];
  const texts = new Map(bundle.documents.map((d) => [d.id, d.text]));
  const ids = {
    bodies: new Set(bundle.bodies.map((b) => b.id)),
    meetings: new Set(bundle.meetings.map((m) => m.id)),
    issues: new Set(bundle.issues.map((i) => i.id)),
    items: new Set(bundle.items.map((i) => i.id)),
    mentions: new Set(bundle.mentions.map((m) => m.id)),
  };

  const span = (path: string, s: SourceSpan | null) => {
    if (!s) return;
    const text = texts.get(s.documentId);
    if (text === undefined) {
      problems.push({
        path: `${path}.documentId`,
        message: `no document with id "${s.documentId}"`,
      });
    } else if (s.end < s.start || text.slice(s.start, s.end) !== s.quote) {
      problems.push({
        path: `${path}.quote`,
        message: `does not match the text of document "${s.documentId}" at ${s.start}-${s.end}`,
      });
    }
  };
  const ref = (path: string, kind: keyof typeof ids, value: string | null) => {
    if (value !== null && !ids[kind].has(value)) {
      problems.push({ path, message: `points to ${kind} "${value}", which is not in the bundle` });
    }
  };
  const amount = (path: string, r: { value?: unknown; low?: number; high?: number }) => {
    const single = r.value !== undefined;
    const range = r.low !== undefined && r.high !== undefined;
    if (single === range || (!range && (r.low !== undefined || r.high !== undefined))) {
      problems.push({ path, message: 'must have either a value, or both low and high' });
    } else if (range && r.low! > r.high!) {
      problems.push({ path, message: `low (${r.low}) is greater than high (${r.high})` });
    }
  };
  const unique = (name: string, list: ReadonlyArray<{ id: string }>) => {
    const seen = new Set<string>();
    list.forEach((r, i) => {
      if (seen.has(r.id))
        problems.push({ path: `${name}[${i}].id`, message: `"${r.id}" is used twice` });
      seen.add(r.id);
    });
  };

  unique('documents', bundle.documents);
  unique('bodies', bundle.bodies);
  unique('meetings', bundle.meetings);
  unique('issues', bundle.issues);
  unique('items', bundle.items);
  unique('mentions', bundle.mentions);
  unique('figures', bundle.figures);
  unique('structure', bundle.structure);
  unique('commitments', bundle.commitments);

  bundle.meetings.forEach((m, i) => {
    ref(`meetings[${i}].bodyId`, 'bodies', m.bodyId);
    span(`meetings[${i}].source`, m.source);
  });
  bundle.issues.forEach((issue, i) => {
    if (!texts.has(issue.documentId)) {
      problems.push({
        path: `issues[${i}].documentId`,
        message: `no document with id "${issue.documentId}"`,
      });
    }
  });
  bundle.items.forEach((item, i) => {
    const p = `items[${i}]`;
    ref(`${p}.issueId`, 'issues', item.issueId);
    ref(`${p}.meetingId`, 'meetings', item.meetingId);
    span(`${p}.source`, item.source);
    span(`${p}.outcome.source`, item.outcome.source);
    if (item.decision) {
      span(`${p}.decision.source`, item.decision.source);
      item.decision.resolutions.forEach((r, j) =>
        span(`${p}.decision.resolutions[${j}].source`, r.source),
      );
    }
    if (item.minutes) span(`${p}.minutes.source`, item.minutes.source);
  });
  bundle.mentions.forEach((m, i) => {
    const p = `mentions[${i}]`;
    ref(`${p}.itemId`, 'items', m.itemId);
    span(p, m);
    if (m.kind === 'money' || m.kind === 'percent') amount(p, m);
  });
  bundle.figures.forEach((f, i) => {
    const p = `figures[${i}]`;
    ref(`${p}.itemId`, 'items', f.itemId);
    f.mentionIds.forEach((m, j) => ref(`${p}.mentionIds[${j}]`, 'mentions', m));
    span(`${p}.source`, f.source);
    amount(p, f);
  });
  bundle.structure.forEach((s, i) => {
    s.steps.forEach((step, j) => {
      ref(`structure[${i}].steps[${j}].itemId`, 'items', step.itemId);
      span(`structure[${i}].steps[${j}].source`, step.source);
    });
    s.notes.forEach((n, j) => span(`structure[${i}].notes[${j}].source`, n.source));
  });
  bundle.commitments.forEach((c, i) => {
    ref(`commitments[${i}].madeAt`, 'items', c.madeAt);
    span(`commitments[${i}].source`, c.source);
    c.evidence.forEach((e, j) => span(`commitments[${i}].evidence[${j}].source`, e.source));
  });
  return problems;
}
