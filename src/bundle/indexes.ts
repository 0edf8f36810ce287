/**
 * Indexes built once from a validated bundle, and the selectors the views read. Views never walk
 * the raw arrays themselves: that keeps every lookup O(1) and every ordering rule in one place.
 */
import { headOfItem } from './split-bundle.ts';
import type {
  Body,
  Bundle,
  BundleIndexFile,
  Commitment,
  Figure,
  Issue,
  Item,
  ItemHead,
  IssueDetail,
  Meeting,
  OutcomeValue,
  SourceDocument,
  Structure,
  StructureStep,
} from './schema.ts';

/**
 * A source document as the index knows it: with its text where the bundle came as one file,
 * without it in a split bundle's index (the text is in the detail file of `issueId`).
 */
export type IndexedDocument = Pick<SourceDocument, 'id' | 'title' | 'kind'> & {
  text?: string;
  issueId?: string | null;
};

/**
 * The record as every view but an issue's own trail reads it: whole bundles and split indexes
 * alike. Items are heads (listed, counted, placed); an item in full comes with its issue's detail.
 */
export type IndexedRecord = Omit<BundleIndexFile, 'form' | 'documents'> & {
  documents: IndexedDocument[];
};

const EVERY_MENTION_KIND: IndexedRecord['mentionKinds'] = ['money', 'percent', 'count', 'date'];

/** A whole bundle as the index holds it: its items cut to heads, its documents kept whole. */
export function recordOfBundle(bundle: Bundle): IndexedRecord {
  return { ...bundle, items: bundle.items.map(headOfItem), mentionKinds: EVERY_MENTION_KIND };
}

/** Only an index says which mention kinds it holds: a whole bundle holds them all. */
function isWhole(input: IndexedRecord | Bundle): input is Bundle {
  return !('mentionKinds' in input);
}

export type BundleIndex = {
  bundle: IndexedRecord;
  issues: readonly Issue[];
  issueById: ReadonlyMap<string, Issue>;
  bodyById: ReadonlyMap<string, Body>;
  meetingById: ReadonlyMap<string, Meeting>;
  itemById: ReadonlyMap<string, ItemHead>;
  documentById: ReadonlyMap<string, IndexedDocument>;
  /** Meetings oldest first; meetings the record gives no date for come last, by id. */
  meetingsByDate: readonly Meeting[];
  /**
   * Each issue's items, decisions taken outside a meeting included, oldest first by the date of
   * their meeting or of the decision; items with no date in the record come last.
   */
  itemsByIssue: ReadonlyMap<string, readonly ItemHead[]>;
  /** The items of each meeting; a decision not taken at a meeting belongs to none. */
  itemsByMeeting: ReadonlyMap<string, readonly ItemHead[]>;
  figuresByItem: ReadonlyMap<string, readonly Figure[]>;
  commitmentsByItem: ReadonlyMap<string, readonly Commitment[]>;
  stepsByItem: ReadonlyMap<string, readonly { structure: Structure; step: StructureStep }[]>;
};

function groupBy<T>(list: readonly T[], key: (value: T) => string): Map<string, T[]> {
  const out = new Map<string, T[]>();
  for (const value of list) {
    const k = key(value);
    const bucket = out.get(k);
    if (bucket) bucket.push(value);
    else out.set(k, [value]);
  }
  return out;
}

// One collator for every comparison: localeCompare with options builds one per call, which on
// a ten-year council's 30,000 items is most of the time the index takes to build.
const ITEM_NUMBERS = new Intl.Collator('en-GB', { numeric: true });

/** Ids are ASCII slugs: compared as code units, the same order on every machine. */
function compareIds(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}

/** Item numbers are text ("5", "14", "5a"): compare numerically first so "14" follows "5". */
function compareItemNumbers(a: string | null, b: string | null): number {
  return ITEM_NUMBERS.compare(a ?? '', b ?? '');
}

/**
 * ISO days oldest first, with a missing date after every real one: the record does not say when,
 * so such a thing can be listed but never placed before or between dated ones.
 */
export function compareDays(a: string | null, b: string | null): number {
  if (a === b) return 0;
  if (a === null) return 1;
  if (b === null) return -1;
  return a < b ? -1 : 1;
}

/**
 * When an item happened: the date of its meeting, or for a decision not taken at a meeting the
 * day the record says it was made. Null where the record does not say.
 */
function itemDate(item: ItemHead, meetingById: ReadonlyMap<string, Meeting>): string | null {
  if (item.meetingId === null) return item.decidedOn;
  return meetingById.get(item.meetingId)?.date ?? null;
}

export function dateOfItem(index: BundleIndex, item: ItemHead): string | null {
  return itemDate(item, index.meetingById);
}

/** The record as the index holds it, from a split bundle's index or a whole bundle. */
export function asRecord(input: IndexedRecord | Bundle): IndexedRecord {
  return isWhole(input) ? recordOfBundle(input) : input;
}

/** Builds the index of a split bundle's index file, or of a whole bundle (cut to heads first). */
export function buildIndex(input: IndexedRecord | Bundle): BundleIndex {
  const bundle = asRecord(input);
  const meetingById = new Map(bundle.meetings.map((m) => [m.id, m]));
  const byItemDate = (a: ItemHead, b: ItemHead) =>
    compareDays(itemDate(a, meetingById), itemDate(b, meetingById)) ||
    compareItemNumbers(a.number, b.number) ||
    compareIds(a.id, b.id);

  const itemsByIssue = groupBy(bundle.items, (i) => i.issueId);
  for (const list of itemsByIssue.values()) list.sort(byItemDate);
  const itemsByMeeting = groupBy(
    bundle.items.filter((i): i is ItemHead & { meetingId: string } => i.meetingId !== null),
    (i) => i.meetingId,
  );
  for (const list of itemsByMeeting.values())
    list.sort((a, b) => compareItemNumbers(a.number, b.number));

  const steps = bundle.structure.flatMap((structure) =>
    structure.steps.map((step) => ({ structure, step })),
  );

  return {
    bundle,
    issues: bundle.issues,
    issueById: new Map(bundle.issues.map((i) => [i.id, i])),
    bodyById: new Map(bundle.bodies.map((b) => [b.id, b])),
    meetingById,
    itemById: new Map(bundle.items.map((i) => [i.id, i])),
    documentById: new Map(bundle.documents.map((d) => [d.id, d])),
    meetingsByDate: [...bundle.meetings].sort(
      (a, b) => compareDays(a.date, b.date) || compareIds(a.id, b.id),
    ),
    itemsByIssue,
    itemsByMeeting,
    figuresByItem: groupBy(bundle.figures, (f) => f.itemId),
    commitmentsByItem: groupBy(bundle.commitments, (c) => c.madeAt),
    stepsByItem: groupBy(steps, (s) => s.step.itemId),
  };
}

type StopBase = {
  item: Item;
  /** The meeting's date, or the decision's; null where the record does not say when. */
  date: string | null;
  figures: readonly Figure[];
  commitments: readonly Commitment[];
  steps: readonly { structure: Structure; step: StructureStep }[];
};

/**
 * One appearance of an issue in the record, with everything said there: an item on a meeting's
 * agenda, or a decision taken outside any meeting by the maker the record names.
 */
export type Stop =
  | (StopBase & { kind: 'meeting'; meeting: Meeting; body: Body })
  | (StopBase & { kind: 'decision'; meeting: null; body: null; maker: string | null });

/**
 * The stops of an issue, dated ones oldest first and then those the record gives no date for,
 * each with its item in full from the issue's detail; an item whose meeting or body is missing,
 * or which the detail does not hold, is left out.
 */
export function stopsOfIssue(
  index: BundleIndex,
  detail: Pick<IssueDetail, 'issueId' | 'items'>,
): Stop[] {
  const stops: Stop[] = [];
  const full = new Map(detail.items.map((i) => [i.id, i]));
  for (const head of index.itemsByIssue.get(detail.issueId) ?? []) {
    const item = full.get(head.id);
    if (!item) continue;
    const said = {
      item,
      date: dateOfItem(index, head),
      figures: index.figuresByItem.get(item.id) ?? [],
      commitments: index.commitmentsByItem.get(item.id) ?? [],
      steps: index.stepsByItem.get(item.id) ?? [],
    };
    if (item.meetingId === null) {
      const maker = item.details?.maker ?? null;
      stops.push({ ...said, kind: 'decision', meeting: null, body: null, maker });
      continue;
    }
    const meeting = index.meetingById.get(item.meetingId);
    const body = meeting && index.bodyById.get(meeting.bodyId);
    if (!meeting || !body) continue;
    stops.push({ ...said, kind: 'meeting', meeting, body });
  }
  return stops;
}

/** How an issue moved from one stop to the next: what the earlier body did, and where it went. */
export type Movement = {
  from: Body;
  to: Body;
  outcome: OutcomeValue;
  /** Whether the earlier stop's decision text is in the record, whatever its outcome reading. */
  decided: boolean;
};

/**
 * The movement between two meetings, or null where the record cannot show one: a decision
 * outside a meeting was passed on by no body, and a stop with no date has no known place in the
 * order, so nothing can be said to have come before it.
 */
export function movementBetween(earlier: Stop, later: Stop): Movement | null {
  if (earlier.kind !== 'meeting' || later.kind !== 'meeting') return null;
  if (earlier.date === null || later.date === null) return null;
  return {
    from: earlier.body,
    to: later.body,
    outcome: earlier.item.outcome.value,
    decided: earlier.item.decision !== null,
  };
}

/**
 * Where an item sits, for "said at" links: at a meeting of a body, or (meeting and body null)
 * in a decision taken outside a meeting by `maker`. `date` is null where the record says no date.
 */
export type ItemPlace = {
  item: ItemHead;
  issue: Issue | undefined;
  meeting: Meeting | null;
  body: Body | null;
  maker: string | null;
  date: string | null;
};

export function placeOfItem(index: BundleIndex, itemId: string): ItemPlace | null {
  const item = index.itemById.get(itemId);
  if (!item) return null;
  const issue = index.issueById.get(item.issueId);
  const date = dateOfItem(index, item);
  if (item.meetingId === null) {
    return { item, issue, meeting: null, body: null, maker: item.maker, date };
  }
  const meeting = index.meetingById.get(item.meetingId);
  const body = meeting && index.bodyById.get(meeting.bodyId);
  if (!meeting || !body) return null;
  return { item, issue, meeting, body, maker: null, date };
}

/**
 * The first and last dates (ISO days) of the whole record's meetings, or of one issue's meetings
 * and decisions. Things the record gives no date for are left out; null when nothing is dated.
 */
export function dateSpan(
  index: BundleIndex,
  issueId?: string,
): { first: string; last: string } | null {
  const dates = issueId
    ? (index.itemsByIssue.get(issueId) ?? []).map((i) => dateOfItem(index, i))
    : index.meetingsByDate.map((m) => m.date);
  const sorted = dates.filter((d): d is string => d !== null).sort();
  const first = sorted[0];
  const last = sorted[sorted.length - 1];
  return first && last ? { first, last } : null;
}

/** Recurring savings: kept apart from one-off costs, because they are not alike. */
export function recurringSavings(index: BundleIndex): Figure[] {
  return index.bundle.figures.filter(
    (f) =>
      f.kind === 'saving' &&
      f.unit === 'GBP' &&
      (f.recurrence === 'annual' || f.recurrence === 'full-year'),
  );
}

export function oneOffCosts(index: BundleIndex): Figure[] {
  return index.bundle.figures.filter(
    (f) => f.kind === 'cost' && f.unit === 'GBP' && f.recurrence === 'one-off',
  );
}

/** The change in posts of each structure, from its first step to its last. */
export type StructureChange = {
  structure: Structure;
  first: StructureStep;
  last: StructureStep;
};

export function structureChanges(index: BundleIndex): StructureChange[] {
  return index.bundle.structure.flatMap((structure) => {
    const first = structure.steps[0];
    const last = structure.steps[structure.steps.length - 1];
    return first && last && structure.steps.length > 1 ? [{ structure, first, last }] : [];
  });
}
