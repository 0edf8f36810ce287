/**
 * The overview of a big council: how much each body met and dealt with, year by year, and the
 * latest decisions. Built in one pass over the meetings and one over the items, so it stays quick
 * at thousands of meetings and tens of thousands of items.
 */
import { dateOfItem, type BundleIndex, type ItemPlace } from '@/bundle/indexes.ts';
import type { Body } from '@/bundle/schema.ts';

/** Up to this many issues or meetings are listed one by one; more are summarised. */
export const LIST_AT_MOST = 20;
export const RECENT_DECISIONS = 10;

export type BodyActivity = {
  bodyId: string;
  /** Undefined where a meeting names a body the record does not describe. */
  body: Body | undefined;
  meetings: number;
  /** Issues before at least one of its meetings: what /issues?body= lists. */
  issues: number;
  /** Its latest dated meeting; null when the record dates none. */
  lastMet: string | null;
  meetingsByYear: ReadonlyMap<number, number>;
};

export type YearActivity = {
  year: number;
  meetings: number;
  /** Issues with a dated item that year, decisions outside meetings included: /issues?year=. */
  issues: number;
};

export type RecentDecision = Pick<ItemPlace, 'item' | 'issue' | 'body' | 'maker'> & {
  date: string;
};

type BodyTally = {
  bodyId: string;
  meetings: number;
  issueIds: Set<string>;
  lastMet: string | null;
  meetingsByYear: Map<number, number>;
};

const yearOf = (day: string) => Number(day.slice(0, 4));

function tallyOf(tallies: Map<string, BodyTally>, bodyId: string): BodyTally {
  let tally = tallies.get(bodyId);
  if (!tally) {
    tally = { bodyId, meetings: 0, issueIds: new Set(), lastMet: null, meetingsByYear: new Map() };
    tallies.set(bodyId, tally);
  }
  return tally;
}

/** Newer first; on one day the later item id first, so the order never depends on input order. */
const newerFirst = (a: RecentDecision, b: RecentDecision) =>
  a.date !== b.date
    ? a.date > b.date
      ? -1
      : 1
    : a.item.id === b.item.id
      ? 0
      : a.item.id > b.item.id
        ? -1
        : 1;

// Made once: `localeCompare` with a locale builds a collator on every call.
const byName = new Intl.Collator('en-GB').compare;

/**
 * Keeps the `limit` newest in `kept`, sorted: a bounded insertion, since sorting every decision
 * of a ten-year record to show ten of them is wasted work.
 */
function keepNewest(kept: RecentDecision[], candidate: RecentDecision, limit: number) {
  const last = kept[kept.length - 1];
  if (kept.length >= limit && last && newerFirst(candidate, last) >= 0) return;
  let at = kept.length;
  while (at > 0 && newerFirst(candidate, kept[at - 1]!) < 0) at -= 1;
  kept.splice(at, 0, candidate);
  if (kept.length > limit) kept.pop();
}

export function activityModel(index: BundleIndex) {
  const tallies = new Map<string, BodyTally>();
  // Every body the record describes has a row, even one that never met within it.
  for (const body of index.bundle.bodies) tallyOf(tallies, body.id);
  const meetingsByYear = new Map<number, number>();
  const issuesByYear = new Map<number, Set<string>>();
  let undatedMeetings = 0;

  for (const meeting of index.bundle.meetings) {
    const tally = tallyOf(tallies, meeting.bodyId);
    tally.meetings += 1;
    if (meeting.date === null) {
      undatedMeetings += 1;
      continue;
    }
    const year = yearOf(meeting.date);
    tally.meetingsByYear.set(year, (tally.meetingsByYear.get(year) ?? 0) + 1);
    meetingsByYear.set(year, (meetingsByYear.get(year) ?? 0) + 1);
    if (tally.lastMet === null || meeting.date > tally.lastMet) tally.lastMet = meeting.date;
  }

  const recentDecisions: RecentDecision[] = [];
  for (const item of index.bundle.items) {
    const meeting = item.meetingId === null ? undefined : index.meetingById.get(item.meetingId);
    if (meeting) tallyOf(tallies, meeting.bodyId).issueIds.add(item.issueId);
    const date = dateOfItem(index, item);
    if (date === null) continue;
    const year = yearOf(date);
    let issueIds = issuesByYear.get(year);
    if (!issueIds) issuesByYear.set(year, (issueIds = new Set()));
    issueIds.add(item.issueId);
    if (!item.decided) continue;
    keepNewest(
      recentDecisions,
      {
        item,
        issue: index.issueById.get(item.issueId),
        body: meeting ? (index.bodyById.get(meeting.bodyId) ?? null) : null,
        maker: meeting ? null : item.maker,
        date,
      },
      RECENT_DECISIONS,
    );
  }

  const years = [...meetingsByYear.keys()].sort((a, b) => a - b);
  // A year can hold items but no meeting: a decision outside one, or a planned date.
  const allYears = [...new Set([...years, ...issuesByYear.keys()])].sort((a, b) => a - b);
  const bodies: BodyActivity[] = [...tallies.values()]
    .map(({ issueIds, ...tally }) => ({
      ...tally,
      body: index.bodyById.get(tally.bodyId),
      issues: issueIds.size,
    }))
    // The busiest bodies first: at thirty bodies, that is what a reader looks for.
    .sort(
      (a, b) =>
        b.meetings - a.meetings || byName(a.body?.name ?? a.bodyId, b.body?.name ?? b.bodyId),
    );
  const byYear: YearActivity[] = allYears
    .map((year) => ({
      year,
      meetings: meetingsByYear.get(year) ?? 0,
      issues: issuesByYear.get(year)?.size ?? 0,
    }))
    .reverse();

  return {
    /** Years with a dated meeting, oldest first: the columns of the body-by-year table. */
    years,
    bodies,
    /** Newest year first. */
    byYear,
    undatedMeetings,
    recentDecisions,
  };
}

export type ActivityModel = ReturnType<typeof activityModel>;
