/**
 * The shape of an editor's annotation file (the format is described in annotations.ts). Only what
 * can be told from the file alone is checked here; whether each quote is on the page and says
 * what the entry claims is the join's work. Messages are said of a field ("must be ...") because
 * the reader puts the entry and the field's name in front of them.
 */
import * as z from 'zod/mini';
import {
  basis,
  bodyKind,
  commitment,
  figure,
  figureKind,
  outcomeValue,
  recurrence,
  remarkKind,
} from '../bundle/schema.ts';
import { parsePreciseDate } from './editor-dates.ts';

const maybe = <T extends z.ZodMiniType>(schema: T) => z.optional(z.nullable(schema));

const text = z.string().check(z.refine((s) => s.trim() !== '', 'must not be empty'));
const id = z.string().check(
  z.refine((s) => /^[a-z0-9][a-z0-9-]*$/.test(s), {
    error: (issue) =>
      `must be lower-case letters, digits and hyphens, got ${JSON.stringify(issue.input)}`,
  }),
);
const amount = z.number().check(z.minimum(0));

const DATE_HELP = 'try "April 2011", "2011-04", "2010-10-28" or "2011/12"';
/** A year written bare ("2011") reads as a number in YAML; it is still a date. */
const dateText = z.pipe(
  z.pipe(
    z.transform((v: unknown) => (typeof v === 'number' ? String(v) : v)),
    z.string().check(
      z.refine((raw) => parsePreciseDate(raw.trim()) !== undefined, {
        error: (issue) => `cannot be read as a date: ${JSON.stringify(issue.input)} (${DATE_HELP})`,
      }),
    ),
  ),
  z.transform((raw) => parsePreciseDate(raw.trim())!),
);
const day = z.pipe(
  dateText,
  z.custom<{ date: string; precision: 'day' }>(
    (d) => (d as { precision: string }).precision === 'day',
    'must be a day (YYYY-MM-DD)',
  ),
);
const ISO_INSTANT = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}(?:\.\d+)?Z$/;
const instant = z.string().check(
  z.refine((s) => ISO_INSTANT.test(s) && !Number.isNaN(Date.parse(s)), {
    error: (issue) =>
      `must be an ISO time in UTC such as 2026-11-26T09:00:00Z, got ${JSON.stringify(issue.input)}`,
  }),
);

/** Where an entry's words are on the page: the quote, and which one where it appears twice. */
const quoteFields = {
  quote: text,
  occurrence: maybe(z.int().check(z.minimum(1))),
};
const quoteOnly = z.strictObject(quoteFields);

const council = z.strictObject({ name: text, basis, note: maybe(text) });

const body = z.strictObject({ name: text, kind: bodyKind });

const outcome = z
  .strictObject({
    item: maybe(text),
    value: outcomeValue,
    basis,
    note: maybe(text),
    quote: maybe(text),
    occurrence: quoteFields.occurrence,
  })
  .check(
    z.refine(
      (o) => o.item != null || o.quote != null,
      'give the "item" id, or a "quote" from the item',
    ),
    z.refine(
      (o) => o.value !== 'unknown' || o.note != null,
      'an unknown outcome needs a "note" saying why',
    ),
  );

const figureEntry = z
  .strictObject({
    id,
    kind: figureKind,
    value: maybe(amount),
    low: maybe(amount),
    high: maybe(amount),
    unit: figure.shape.unit,
    recurrence: maybe(recurrence),
    period: maybe(dateText),
    indicative: maybe(z.boolean()),
    label: text,
    note: maybe(text),
    basis,
    ...quoteFields,
    /** Words holding the one amount the figure is reckoned from ("10-15%" of budgets). */
    qualifiers: maybe(z.array(quoteOnly)),
  })
  .check(
    z.refine((f) => {
      const single = f.value != null;
      const range = f.low != null && f.high != null;
      return single !== range && (range || (f.low == null && f.high == null));
    }, 'give either "value", or both "low" and "high"'),
  );

const step = z.strictObject({
  label: text,
  fte: amount,
  date: maybe(dateText),
  condition: maybe(text),
  note: maybe(text),
  basis,
  ...quoteFields,
});

const structureNote = z.strictObject({ text, basis, ...quoteFields });

const structure = z.strictObject({
  id,
  unit: text,
  role: text,
  steps: maybe(z.array(step)),
  notes: maybe(z.array(structureNote)),
});

const evidence = z.strictObject({ text, ...quoteFields });

/** Written out even as null, so that "nobody named" is a choice, not an omission. */
const owner = z.nullable(
  z
    .string({
      error: (issue) =>
        issue.input === undefined
          ? 'must be written out, as null where the record names nobody'
          : undefined,
    })
    .check(z.refine((s) => s.trim() !== '', 'must not be empty')),
);

const commitmentEntry = z.strictObject({
  id,
  text,
  owner,
  due: maybe(dateText),
  status: maybe(commitment.shape.status),
  basis,
  ...quoteFields,
  /** More words the promise rests on, where the one quote does not hold all its text says. */
  furtherQuotes: maybe(z.array(quoteOnly)),
  evidence: maybe(z.array(evidence)),
});

const remark = z.strictObject({
  kind: remarkKind,
  by: maybe(text),
  text,
  basis,
  ...quoteFields,
});

export const annotationFile = z.strictObject({
  page: text,
  reviewed: instant,
  asOf: maybe(day),
  council: maybe(council),
  bodies: maybe(z.array(body)),
  outcomes: maybe(z.array(outcome)),
  figures: maybe(z.array(figureEntry)),
  structure: maybe(z.array(structure)),
  commitments: maybe(z.array(commitmentEntry)),
  remarks: maybe(z.array(remark)),
});

export type AnnotationFile = z.output<typeof annotationFile>;
export type QuoteFields = z.output<typeof quoteOnly>;

/** How messages name an entry: list names in the singular, counted from 1. */
const SINGULAR: Record<string, string> = {
  bodies: 'body',
  outcomes: 'outcome',
  figures: 'figure',
  structure: 'structure',
  steps: 'step',
  notes: 'note',
  commitments: 'commitment',
  evidence: 'evidence',
  furtherQuotes: 'further quote',
  qualifiers: 'qualifier',
  remarks: 'remark',
};

export function entryName(path: ReadonlyArray<string | number>): string {
  const words: string[] = [];
  for (let k = 0; k < path.length; k++) {
    const key = path[k]!;
    const next = path[k + 1];
    if (typeof key === 'string' && typeof next === 'number') {
      words.push(`${SINGULAR[key] ?? key} ${next + 1}`);
      k += 1;
    } else {
      words.push(String(key));
    }
  }
  return words.join(' ');
}
