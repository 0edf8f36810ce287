/**
 * Indexes built once from a validated bundle, and the selectors the views read. Views never walk
 * the raw arrays themselves: that keeps every lookup O(1) and every ordering rule in one place.
 */
import type {
  Body,
  Bundle,
  Commitment,
  Figure,
  Issue,
  Item,
  Meeting,
  OutcomeValue,
  SourceDocument,
  Structure,
  StructureStep,
} from './schema.ts';

export type BundleIndex = {
  bundle: Bundle;
  issues: readonly Issue[];
  issueById: ReadonlyMap<string, Issue>;
  bodyById: ReadonlyMap<string, Body>;
  meetingById: ReadonlyMap<string, Meeting>;
  itemById: ReadonlyMap<string, Item>;
  documentById: ReadonlyMap<string, SourceDocument>;
  /** Meetings oldest first. */
  meetingsByDate: readonly Meeting[];
  /** Each issue's items ordered by the date of their meeting, oldest first. */
  itemsByIssue: ReadonlyMap<string, readonly Item[]>;
  itemsByMeeting: ReadonlyMap<string, readonly Item[]>;
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

/** Item numbers are text ("5", "14", "5a"): compare numerically first so "14" follows "5". */
function compareItemNumbers(a: string | null, b: string | null): number {
  return (a ?? '').localeCompare(b ?? '', 'en-GB', { numeric: true });
}

export function buildIndex(bundle: Bundle): BundleIndex {
  const meetingById = new Map(bundle.meetings.map((m) => [m.id, m]));
  const meetingDate = (item: Item) => meetingById.get(item.meetingId)?.date ?? '';
  const byMeetingDate = (a: Item, b: Item) =>
    meetingDate(a).localeCompare(meetingDate(b)) || compareItemNumbers(a.number, b.number);

  const itemsByIssue = groupBy(bundle.items, (i) => i.issueId);
  for (const list of itemsByIssue.values()) list.sort(byMeetingDate);
  const itemsByMeeting = groupBy(bundle.items, (i) => i.meetingId);
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
      (a, b) => a.date.localeCompare(b.date) || a.id.localeCompare(b.id),
    ),
    itemsByIssue,
    itemsByMeeting,
    figuresByItem: groupBy(bundle.figures, (f) => f.itemId),
    commitmentsByItem: groupBy(bundle.commitments, (c) => c.madeAt),
    stepsByItem: groupBy(steps, (s) => s.step.itemId),
  };
}

/** One appearance of an issue on a meeting's agenda, with everything said there. */
export type Stop = {
  item: Item;
  meeting: Meeting;
  body: Body;
  figures: readonly Figure[];
  commitments: readonly Commitment[];
  steps: readonly { structure: Structure; step: StructureStep }[];
};

/** The stops of an issue, oldest first; an item whose meeting or body is missing is left out. */
export function stopsOfIssue(index: BundleIndex, issueId: string): Stop[] {
  const stops: Stop[] = [];
  for (const item of index.itemsByIssue.get(issueId) ?? []) {
    const meeting = index.meetingById.get(item.meetingId);
    const body = meeting && index.bodyById.get(meeting.bodyId);
    if (!meeting || !body) continue;
    stops.push({
      item,
      meeting,
      body,
      figures: index.figuresByItem.get(item.id) ?? [],
      commitments: index.commitmentsByItem.get(item.id) ?? [],
      steps: index.stepsByItem.get(item.id) ?? [],
    });
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

export function movementBetween(earlier: Stop, later: Stop): Movement {
  return {
    from: earlier.body,
    to: later.body,
    outcome: earlier.item.outcome.value,
    decided: earlier.item.decision !== null,
  };
}

/** Where an item sits: its issue, meeting and body, for "said at" links. */
export type ItemPlace = { item: Item; issue: Issue | undefined; meeting: Meeting; body: Body };

export function placeOfItem(index: BundleIndex, itemId: string): ItemPlace | null {
  const item = index.itemById.get(itemId);
  const meeting = item && index.meetingById.get(item.meetingId);
  const body = meeting && index.bodyById.get(meeting.bodyId);
  if (!item || !meeting || !body) return null;
  return { item, issue: index.issueById.get(item.issueId), meeting, body };
}

/** The first and last meeting dates (ISO days) of the whole record or of one issue. */
export function dateSpan(
  index: BundleIndex,
  issueId?: string,
): { first: string; last: string } | null {
  const dates = issueId
    ? (index.itemsByIssue.get(issueId) ?? []).flatMap((i) => {
        const m = index.meetingById.get(i.meetingId);
        return m ? [m.date] : [];
      })
    : index.meetingsByDate.map((m) => m.date);
  const sorted = [...dates].sort();
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
