/**
 * The bundle contract, version 2. This zod schema is the single source of truth: the TypeScript
 * types below are inferred from it, the importer validates what it writes with it, the app
 * validates what it reads with it, and `public/data/bundle.schema.json` is generated from it.
 *
 * `zod/mini` keeps the validator small in the app's first chunk.
 */
import * as z from 'zod/mini';

import { isRealDay } from './calendar.ts';
import { SCHEMA_VERSION } from './schema-version.ts';

export { SCHEMA_VERSION };

const nonEmpty = () => z.string().check(z.minLength(1));
const id = () => z.string().check(z.regex(/^[a-z0-9][a-z0-9-]*$/, 'a lower-case slug id'));
const isoDay = () =>
  z.string().check(
    z.regex(/^\d{4}-\d{2}-\d{2}$/, 'a date as YYYY-MM-DD'),
    z.refine(
      (iso) => !/^\d{4}-\d{2}-\d{2}$/.test(iso) || isRealDay(iso),
      'is not a day that exists',
    ),
  );
const pounds = () => z.int().check(z.minimum(0));

/** A date that keeps the precision the record gave it: "April 2011" is a month, not a day. */
export const datePrecision = z.enum(['day', 'month', 'year', 'financial-year']);
const DATE_SHAPES: Record<z.infer<typeof datePrecision>, RegExp> = {
  day: /^\d{4}-\d{2}-\d{2}$/,
  month: /^\d{4}-\d{2}$/,
  year: /^\d{4}$/,
  // "2011/12": the UK financial year from April 2011 to March 2012.
  'financial-year': /^\d{4}\/\d{2}$/,
};
/** Beyond its shape: a real day, a month 01-12, a financial year whose years follow on. */
function isRealPreciseDate({ date, precision }: { date: string; precision: string }): boolean {
  if (precision === 'day') return isRealDay(date);
  if (precision === 'month') return Number(date.slice(5, 7)) >= 1 && Number(date.slice(5, 7)) <= 12;
  if (precision === 'financial-year') {
    return (Number(date.slice(0, 4)) + 1) % 100 === Number(date.slice(5, 7));
  }
  return true;
}
export const preciseDate = z.object({ date: z.string(), precision: datePrecision }).check(
  z.refine((d) => DATE_SHAPES[d.precision].test(d.date), {
    message:
      'date must match its precision (day YYYY-MM-DD, month YYYY-MM, year YYYY, financial-year YYYY/YY)',
  }),
  z.refine((d) => !DATE_SHAPES[d.precision].test(d.date) || isRealPreciseDate(d), {
    message:
      'is not a date that exists (a real day, a month 01-12, a financial year such as 2011/12)',
  }),
);

/** Whether the record says it in so many words, or an editor (or the importer) read it in. */
export const basis = z.enum(['stated', 'editor', 'inferred']);

/** A span of a source document; `quote === document.text.slice(start, end)` always holds. */
export const sourceSpan = z.object({
  documentId: id(),
  start: z.int().check(z.minimum(0)),
  end: z.int().check(z.minimum(0)),
  quote: nonEmpty(),
});

export const document = z.object({
  id: id(),
  title: nonEmpty(),
  /** What kind of page it was, e.g. "moderngov-issue-meetings". */
  kind: nonEmpty(),
  /** The file name it was imported from, relative to the seeds folder. */
  fileName: nonEmpty(),
  sha256: z.string().check(z.regex(/^[0-9a-f]{64}$/, 'a hex SHA-256 digest')),
  /** The source text as imported, after line-ending normalisation only. */
  text: z.string(),
});

export const bodyKind = z.enum(['council', 'cabinet', 'committee', 'working-group', 'other']);
export const body = z.object({
  id: id(),
  name: nonEmpty(),
  kind: bodyKind,
  status: z.enum(['active', 'dissolved']),
});

/**
 * Where two sources disagree on one value (a meeting's date, an item's title), the bundle keeps
 * the value it shows in the record's own field and every other value here, each with its source.
 */
export const disputedValue = z.object({
  /** The field the value belongs to: "date", "title", "reportOf"... */
  field: nonEmpty(),
  value: nonEmpty(),
  source: sourceSpan,
});

/** A labelled line a page states and the bundle has no field of its own for ("Lead member"). */
export const fact = z.object({
  /** The label as printed, without its colon. */
  label: nonEmpty(),
  text: nonEmpty(),
  source: sourceSpan,
});

/** Only what the record states; absent where it says nothing about the meeting taking place. */
export const meetingStatus = z.enum(['cancelled']);

export const meeting = z.object({
  id: id(),
  bodyId: id(),
  /** Null where the record names the meeting but never says when it was. */
  date: z.nullable(isoDay()),
  /** The meeting line, or for an inferred date the words the date was read from. */
  source: sourceSpan,
  /** Absent means "stated"; "inferred" where the page gives the date only in prose. */
  basis: z.optional(basis),
  /**
   * Where the body was read from prose or from a document's committee name rather than a line
   * that names the meeting: "inferred", with the words it came from.
   */
  bodyBasis: z.optional(basis),
  bodySource: z.optional(sourceSpan),
  /** The council site's own id for the meeting (ModernGov's meeting id), where a page gives it. */
  siteId: z.optional(nonEmpty()),
  status: z.optional(meetingStatus),
  /** What the meeting page says of the meeting itself: "Venue", "Contact". */
  facts: z.optional(z.array(fact)),
  disputed: z.optional(z.array(disputedValue)),
});

/**
 * A decision a forward plan says is to be taken: a plan, never a meeting that happened. `due`
 * keeps the precision printed ("Mar 2019" is a month).
 */
export const plannedDecision = z.object({
  due: z.nullable(preciseDate),
  /** Who is to take it, as printed ("Cabinet", "Executive Member for Housing"). */
  maker: z.nullable(nonEmpty()),
  /** Where the plan was changed: the due date it had before, as printed. */
  previouslyDue: z.nullable(nonEmpty()),
  source: sourceSpan,
});

export const issue = z.object({
  id: id(),
  title: nonEmpty(),
  subtitle: z.nullable(nonEmpty()),
  documentId: id(),
  planned: z.optional(z.array(plannedDecision)),
  facts: z.optional(z.array(fact)),
  disputed: z.optional(z.array(disputedValue)),
});

export const itemDocument = z.object({
  title: nonEmpty(),
  /** "PDF", "DOC"...; null where the page gives no format. */
  format: z.nullable(nonEmpty()),
  sizeKb: z.nullable(z.number().check(z.minimum(0))),
  role: z.enum(['report', 'additional']),
  /** The link the page gives, absolute where the importer was told the site's address. */
  url: z.optional(z.nullable(nonEmpty())),
});

export const resolution = z.object({
  /** As printed, without trailing punctuation: "1", "a", "237/2008". */
  number: nonEmpty(),
  text: nonEmpty(),
  source: sourceSpan,
});

export const decision = z.object({
  text: nonEmpty(),
  resolutions: z.array(resolution),
  source: sourceSpan,
});

export const minutes = z.object({
  /** The minutes as published, without the "view the full minutes text" marker. */
  text: z.string(),
  /** True where the page cut the minutes short. */
  truncated: z.boolean(),
  source: sourceSpan,
  /** The minute's own number where it differs from the item's ("81" for agenda item 5). */
  number: z.optional(z.nullable(nonEmpty())),
});

/**
 * What a ModernGov "Decision details" page states about a decision, each field null where the
 * page does not say. Where two fields contradict each other both are kept and the importer warns.
 */
export const decisionDetails = z.object({
  maker: z.nullable(nonEmpty()),
  /** As printed: "Recommendations Approved", "For Determination". */
  status: z.nullable(nonEmpty()),
  keyDecision: z.nullable(z.boolean()),
  published: z.nullable(isoDay()),
  decidedOn: z.nullable(isoDay()),
  /** The "Decided at meeting:" line, as printed. */
  decidedAtMeeting: z.nullable(nonEmpty()),
  effectiveFrom: z.nullable(isoDay()),
  source: sourceSpan,
});

export const outcomeValue = z.enum(['endorsed', 'recommended', 'approved', 'noted', 'unknown']);
export const outcome = z.object({
  value: outcomeValue,
  basis,
  /** The words the outcome was read from; null where the record does not say (value "unknown"). */
  source: z.nullable(sourceSpan),
  note: z.nullable(nonEmpty()),
});

/**
 * What a scrutiny committee would look for in an item's record beside its decision: an
 * invitation to take part, a concern raised, a question put. An editor records each from the
 * words that say it.
 */
export const remarkKind = z.enum(['invitation', 'concern', 'question']);
export const remark = z.object({
  kind: remarkKind,
  /** Who said it, as the record names them ("the Leader", "a member"); null where it does not. */
  by: z.nullable(nonEmpty()),
  text: nonEmpty(),
  source: sourceSpan,
  basis,
});

/** What the agenda said the item was for ("To consider the report of..."), as published. */
export const agendaText = z.object({
  text: nonEmpty(),
  source: sourceSpan,
});

export const item = z.object({
  id: id(),
  issueId: id(),
  /**
   * Null for a decision not taken at a meeting (by one executive member or an officer): its
   * maker and date are in `details`.
   */
  meetingId: z.nullable(id()),
  /** The item number as text, without trailing punctuation ("6." is "6"). */
  number: z.nullable(nonEmpty()),
  title: nonEmpty(),
  /** Who reported, as printed ("the Chief Executive"); null where the page does not say. */
  reportOf: z.nullable(nonEmpty()),
  documents: z.array(itemDocument),
  /** True where the page has an "Additional documents:" heading but lists none under it. */
  additionalDocumentsUnlisted: z.boolean(),
  decision: z.nullable(decision),
  outcome,
  minutes: z.nullable(minutes),
  agendaText: z.optional(agendaText),
  source: sourceSpan,
  details: z.optional(decisionDetails),
  facts: z.optional(z.array(fact)),
  disputed: z.optional(z.array(disputedValue)),
  remarks: z.optional(z.array(remark)),
});

const quantity = {
  id: id(),
  documentId: id(),
  itemId: z.nullable(id()),
  start: z.int().check(z.minimum(0)),
  end: z.int().check(z.minimum(0)),
  quote: nonEmpty(),
};
/** A quantity the importer found by itself, before anyone said what it means. */
export const mention = z.discriminatedUnion('kind', [
  z.object({
    ...quantity,
    kind: z.literal('money'),
    unit: z.literal('GBP'),
    value: z.optional(pounds()),
    low: z.optional(pounds()),
    high: z.optional(pounds()),
    /** The exact amount in pence where the record gives pence ("45p", "£2.50"). */
    pence: z.optional(z.int().check(z.minimum(0))),
    /** For a rate, what it is per ("hour" for "£1/hr"): a rate is not a total. */
    per: z.optional(nonEmpty()),
  }),
  z.object({
    ...quantity,
    kind: z.literal('percent'),
    unit: z.literal('percent'),
    value: z.optional(z.number()),
    low: z.optional(z.number()),
    high: z.optional(z.number()),
  }),
  z.object({
    ...quantity,
    kind: z.literal('count'),
    unit: z.literal('count'),
    value: z.number(),
    /** What is counted, as printed: "Assistant Directors". */
    noun: nonEmpty(),
  }),
  z.object({
    ...quantity,
    kind: z.literal('date'),
    unit: z.literal('date'),
    value: preciseDate,
  }),
]);

export const figureKind = z.enum(['saving', 'cost', 'funding', 'headcount', 'share']);
export const recurrence = z.enum(['one-off', 'annual', 'full-year']);
export const figure = z.object({
  id: id(),
  kind: figureKind,
  /** A single amount, or an indicative range as low and high. */
  value: z.optional(z.number()),
  low: z.optional(z.number()),
  high: z.optional(z.number()),
  unit: z.enum(['GBP', 'percent', 'fte']),
  recurrence: z.nullable(recurrence),
  /** The period it applies to, where the record gives one ("2011/12"). */
  period: z.nullable(preciseDate),
  /** True for estimates the record calls indicative. */
  indicative: z.boolean(),
  label: nonEmpty(),
  note: z.nullable(nonEmpty()),
  itemId: id(),
  mentionIds: z.array(id()),
  /**
   * Mentions that say what the figure is reckoned from without being its amount: the "10-15%"
   * of budgets an indicative saving is worked out on.
   */
  qualifiedBy: z.optional(z.array(id())),
  source: sourceSpan,
  basis,
});

export const structureStep = z.object({
  id: id(),
  /** "Now", "Phase 1"... */
  label: nonEmpty(),
  date: z.nullable(preciseDate),
  fte: z.number().check(z.minimum(0)),
  /** A condition the record attaches to the post ("if required"). */
  condition: z.nullable(nonEmpty()),
  note: z.nullable(nonEmpty()),
  itemId: id(),
  source: sourceSpan,
  basis,
});

export const structureNote = z.object({
  text: nonEmpty(),
  source: sourceSpan,
  basis,
});

export const structure = z.object({
  id: id(),
  /** The part of the organisation: "Senior Leadership Team". */
  unit: nonEmpty(),
  role: nonEmpty(),
  steps: z.array(structureStep),
  notes: z.array(structureNote),
});

export const evidence = z.object({
  text: nonEmpty(),
  source: sourceSpan,
});

export const commitment = z.object({
  id: id(),
  text: nonEmpty(),
  owner: z.nullable(nonEmpty()),
  due: z.nullable(preciseDate),
  /** The item at which the promise was made. */
  madeAt: id(),
  /** What the record shows: "open" until evidence of delivery ("met") or withdrawal appears. */
  status: z.enum(['open', 'met', 'withdrawn']),
  evidence: z.array(evidence),
  source: sourceSpan,
  /** More words the promise rests on, where one quote does not hold all it says. */
  furtherSources: z.optional(z.array(sourceSpan)),
  basis,
});

export const council = z.object({
  name: nonEmpty(),
  basis,
  note: z.nullable(nonEmpty()),
});

export const bundleSchema = z.object({
  schemaVersion: z.literal(SCHEMA_VERSION),
  /**
   * When an editor last reviewed the sources (ISO timestamp, from the annotation files); where no
   * one has, midnight of `asOf`. Never the clock, so the same sources give the same bundle.
   */
  generatedAt: z.iso.datetime(),
  /** The last date the record speaks of. */
  asOf: isoDay(),
  council: z.nullable(council),
  documents: z.array(document),
  bodies: z.array(body),
  meetings: z.array(meeting),
  issues: z.array(issue),
  items: z.array(item),
  mentions: z.array(mention),
  figures: z.array(figure),
  structure: z.array(structure),
  commitments: z.array(commitment),
});

/*
 * The split form: a small index the app reads first, and one detail file per issue read when
 * the issue is opened. A ten-year council is hundreds of megabytes as one file; its index is a
 * few. Files sit side by side: `index.json`, `issues/{issueId}.json` for each issue, and
 * `search.json` (what search reads), all relative to the index's address.
 */

/** What the index says of an item: enough to list, count and place it, not its texts. */
export const itemHead = z.object({
  id: id(),
  issueId: id(),
  meetingId: z.nullable(id()),
  number: z.nullable(nonEmpty()),
  title: nonEmpty(),
  outcome: outcomeValue,
  /** Whether the record holds the text of a decision for it. */
  decided: z.boolean(),
  /** For a decision not taken at a meeting, who made it and when, where the record says. */
  maker: z.nullable(nonEmpty()),
  decidedOn: z.nullable(isoDay()),
});

/**
 * A source document as the index names it; `issueId` names the detail file that holds it in
 * full (its text, file name and digest), null where no issue's detail does.
 */
export const documentHead = z.object({
  id: id(),
  title: nonEmpty(),
  kind: nonEmpty(),
  issueId: z.nullable(id()),
});

export const bundleIndexSchema = z.object({
  schemaVersion: z.literal(SCHEMA_VERSION),
  form: z.literal('index'),
  generatedAt: bundleSchema.shape.generatedAt,
  asOf: bundleSchema.shape.asOf,
  council: z.nullable(council),
  documents: z.array(documentHead),
  bodies: z.array(body),
  meetings: z.array(meeting),
  issues: z.array(issue),
  items: z.array(itemHead),
  /**
   * The mentions of the kinds in `mentionKinds`, which record-wide views list, and any other a
   * figure points to; each issue's detail file holds all of its own, of every kind.
   */
  mentionKinds: z.array(z.enum(['money', 'percent', 'count', 'date'])),
  mentions: z.array(mention),
  figures: z.array(figure),
  structure: z.array(structure),
  commitments: z.array(commitment),
});

/** One issue's detail file: its items in full, the mentions found in them and their documents. */
export const issueDetailSchema = z.object({
  schemaVersion: z.literal(SCHEMA_VERSION),
  form: z.literal('issue'),
  issueId: id(),
  documents: z.array(document),
  items: z.array(item),
  mentions: z.array(mention),
});

export type PreciseDate = z.infer<typeof preciseDate>;
export type DatePrecision = z.infer<typeof datePrecision>;
export type Basis = z.infer<typeof basis>;
export type SourceSpan = z.infer<typeof sourceSpan>;
export type SourceDocument = z.infer<typeof document>;
export type Body = z.infer<typeof body>;
export type BodyKind = z.infer<typeof bodyKind>;
export type Meeting = z.infer<typeof meeting>;
export type Issue = z.infer<typeof issue>;
export type ItemDocument = z.infer<typeof itemDocument>;
export type Resolution = z.infer<typeof resolution>;
export type Decision = z.infer<typeof decision>;
export type Minutes = z.infer<typeof minutes>;
export type OutcomeValue = z.infer<typeof outcomeValue>;
export type Outcome = z.infer<typeof outcome>;
export type Item = z.infer<typeof item>;
export type DisputedValue = z.infer<typeof disputedValue>;
export type DecisionDetails = z.infer<typeof decisionDetails>;
export type Fact = z.infer<typeof fact>;
export type PlannedDecision = z.infer<typeof plannedDecision>;
export type AgendaText = z.infer<typeof agendaText>;
export type Remark = z.infer<typeof remark>;
export type RemarkKind = z.infer<typeof remarkKind>;
export type Mention = z.infer<typeof mention>;
export type Figure = z.infer<typeof figure>;
export type FigureKind = z.infer<typeof figureKind>;
export type StructureStep = z.infer<typeof structureStep>;
export type Structure = z.infer<typeof structure>;
export type Commitment = z.infer<typeof commitment>;
export type Council = z.infer<typeof council>;
export type Bundle = z.infer<typeof bundleSchema>;
export type ItemHead = z.infer<typeof itemHead>;
export type DocumentHead = z.infer<typeof documentHead>;
export type BundleIndexFile = z.infer<typeof bundleIndexSchema>;
export type IssueDetail = z.infer<typeof issueDetailSchema>;
