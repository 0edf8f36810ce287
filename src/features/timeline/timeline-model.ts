/**
 * Shapes meetings, commitment due dates and structure phases onto one time axis. Each keeps the
 * precision the record gave it: a day is a point, a month or a financial year is the span it
 * covers. Events in a lane that would overlap are moved to rows of their own; a lane with too many
 * to draw one by one is drawn a month at a time (timeline-groups.ts), and the table keeps each.
 */
import { placeOfItem, type BundleIndex, type ItemPlace } from '@/bundle/indexes.ts';
import { dayRange, dayRangeOfIso, type DayRange } from '@/bundle/precise-date.ts';
import type {
  Body,
  Commitment,
  Issue,
  ItemHead,
  Meeting,
  PreciseDate,
  SourceSpan,
  Structure,
  StructureStep,
} from '@/bundle/schema.ts';
import { formatPreciseDate } from '@/bundle/calendar.ts';
import { strings } from '@/ui/strings.en.ts';
import {
  busiest,
  groupByMonth,
  groupMonth,
  inYear,
  MAX_MARKS,
  yearBounds,
  yearsOf,
  type MonthGroup,
} from './timeline-groups.ts';

export const LANES = ['meeting', 'due', 'phase'] as const;
export type Lane = (typeof LANES)[number];

type Base = {
  id: string;
  lane: Lane;
  date: PreciseDate;
  range: DayRange;
  source: SourceSpan;
};

export type TimelineEvent =
  | (Base & {
      lane: 'meeting';
      meeting: Meeting;
      body: Body | null;
      items: readonly ItemHead[];
      /** Some item here has a decision or a recorded outcome, so it is drawn filled. */
      decided: boolean;
    })
  | (Base & { lane: 'due'; commitment: Commitment; place: ItemPlace | null })
  | (Base & { lane: 'phase'; structure: Structure; step: StructureStep; place: ItemPlace | null });

/** A meeting the record names without a date: listed, never placed on the axis. */
export type UndatedMeeting = {
  id: string;
  meeting: Meeting;
  body: Body | null;
  items: readonly ItemHead[];
  decided: boolean;
};

/** What the chart draws: an event, or a month of one lane's events, with its row in the lane. */
export type TimelineMark = (TimelineEvent | MonthGroup<Lane>) & {
  /** The row inside its lane, so overlapping marks do not hide one another. */
  row: number;
};

export function isGroup(mark: TimelineMark): mark is MonthGroup<Lane> & { row: number } {
  return 'group' in mark;
}

/** `year` zooms the axis to one calendar year; absent or null, it shows them all. */
export type TimelineFilters = { body: string | null; issue: string | null; year?: string | null };

/** A grouped lane's columns take this many rows' height, so counts differ visibly. */
export const GROUP_ROWS = 3;

export type TimelineModel = {
  /** The events that pass the filters, oldest first: the table lists every one. */
  events: TimelineEvent[];
  /** What the chart draws for them, each lane one by one or a month at a time. */
  marks: TimelineMark[];
  /** Lanes drawn a month at a time because they hold more than MAX_MARKS events. */
  grouped: Record<Lane, boolean>;
  /** Meetings with no date that pass the filters, for the table only. */
  undated: UndatedMeeting[];
  /** Every event and undated meeting, before the filters. */
  total: number;
  bodies: readonly Body[];
  issues: readonly Issue[];
  /** Filters from the URL that name nothing in this record, so are not applied. */
  unknownBody: string | null;
  unknownIssue: string | null;
  /** Years with something dated in the record, for the zoom; the one zoomed to, if any. */
  years: number[];
  year: number | null;
  unknownYear: string | null;
  domain: [number, number] | null;
  /** Rows per lane, at least one for a lane with events. */
  rows: Record<Lane, number>;
};

const DAY_MS = 86_400_000;

function meetingFacts(index: BundleIndex, meeting: Meeting) {
  const items = index.itemsByMeeting.get(meeting.id) ?? [];
  return {
    meeting,
    body: index.bodyById.get(meeting.bodyId) ?? null,
    items,
    decided: items.some(isDecided),
  };
}

/** Meetings the record gives no date for: a made-up day would put them where they never were. */
function undatedMeetings(index: BundleIndex): UndatedMeeting[] {
  return index.meetingsByDate.flatMap((meeting) =>
    meeting.date === null ? [{ id: `meeting-${meeting.id}`, ...meetingFacts(index, meeting) }] : [],
  );
}

function allEvents(index: BundleIndex): TimelineEvent[] {
  const meetings = index.meetingsByDate.flatMap((meeting) =>
    meeting.date === null
      ? []
      : [
          {
            id: `meeting-${meeting.id}`,
            lane: 'meeting' as const,
            date: { date: meeting.date, precision: 'day' as const },
            range: dayRangeOfIso(meeting.date),
            source: meeting.source,
            ...meetingFacts(index, meeting),
          },
        ],
  );
  const dues = index.bundle.commitments.flatMap((commitment) =>
    commitment.due
      ? [
          {
            id: `due-${commitment.id}`,
            lane: 'due' as const,
            date: commitment.due,
            range: dayRange(commitment.due),
            source: commitment.source,
            commitment,
            place: placeOfItem(index, commitment.madeAt),
          },
        ]
      : [],
  );
  const phases = index.bundle.structure.flatMap((structure) =>
    structure.steps.flatMap((step) =>
      step.date
        ? [
            {
              id: `phase-${structure.id}-${step.id}`,
              lane: 'phase' as const,
              date: step.date,
              range: dayRange(step.date),
              source: step.source,
              structure,
              step,
              place: placeOfItem(index, step.itemId),
            },
          ]
        : [],
    ),
  );
  return [...meetings, ...dues, ...phases];
}

export function isDecided(item: ItemHead): boolean {
  return item.decided || item.outcome !== 'unknown';
}

function passes(
  event: TimelineEvent | (UndatedMeeting & { lane: 'meeting' }),
  body: string | null,
  issue: string | null,
): boolean {
  if (event.lane === 'meeting') {
    return (
      (!body || event.meeting.bodyId === body) &&
      (!issue || event.items.some((i) => i.issueId === issue))
    );
  }
  // A promise or a phase belongs to the body and issue of the item where it was said.
  const place = event.place;
  return (!body || place?.body?.id === body) && (!issue || place?.item.issueId === issue);
}

/**
 * Greedy rows: each event takes the first row whose last event ended at least `gap` before it
 * starts. `gap` keeps single-day dots apart as well as spans. Past `maxRows` a crowded lane
 * (years of weekly meetings) reuses the row that frees up soonest, so the chart keeps a
 * readable height and the table carries every event.
 */
export function packRows<T extends { range: DayRange }>(
  events: readonly T[],
  gap: number,
  maxRows = 6,
): (T & { row: number })[] {
  const ends: number[] = [];
  return [...events]
    .sort((a, b) => a.range.start - b.range.start || a.range.end - b.range.end)
    .map((event) => {
      let row = ends.findIndex((end) => end + gap <= event.range.start);
      if (row < 0 && ends.length < Math.max(1, maxRows)) row = ends.length;
      if (row < 0) row = ends.indexOf(Math.min(...ends));
      ends[row] = Math.max(event.range.end, event.range.start + DAY_MS);
      return { ...event, row };
    });
}

export function timelineModel(index: BundleIndex, filters: TimelineFilters): TimelineModel {
  const unknownBody = filters.body && !index.bodyById.has(filters.body) ? filters.body : null;
  const unknownIssue = filters.issue && !index.issueById.has(filters.issue) ? filters.issue : null;
  const body = unknownBody ? null : filters.body;
  const issue = unknownIssue ? null : filters.issue;

  const everything = allEvents(index);
  const years = yearsOf(everything.map((e) => e.range));
  const year = filters.year && years.includes(Number(filters.year)) ? Number(filters.year) : null;
  const unknownYear = filters.year && year === null ? filters.year : null;

  const undatedAll = undatedMeetings(index);
  // A meeting with no date cannot be said to fall in the year zoomed to.
  const undated = undatedAll
    .filter((m) => year === null && passes({ ...m, lane: 'meeting' }, body, issue))
    .map((m) => (issue ? { ...m, items: m.items.filter((i) => i.issueId === issue) } : m));
  const kept = everything
    .filter((e) => passes(e, body, issue) && (year === null || inYear(e.range, year)))
    .map((e) =>
      // A meeting shown for one issue lists only that issue's items.
      e.lane === 'meeting' && issue
        ? { ...e, items: e.items.filter((i) => i.issueId === issue) }
        : e,
    );

  const domain = year === null ? domainOf(kept.map((e) => e.range)) : yearDomain(year);
  const { marks, rows, grouped } = placeMarks(kept, domain);

  return {
    events: [...kept].sort(byTime),
    marks,
    grouped,
    undated,
    total: everything.length + undatedAll.length,
    bodies: index.bundle.bodies,
    issues: index.issues,
    unknownBody,
    unknownIssue,
    years,
    year,
    unknownYear,
    domain,
    rows,
  };
}

function byTime(a: { range: DayRange; lane: Lane }, b: { range: DayRange; lane: Lane }): number {
  return (
    a.range.start - b.range.start ||
    a.range.end - b.range.end ||
    LANES.indexOf(a.lane) - LANES.indexOf(b.lane)
  );
}

/**
 * Each lane's marks and rows: its events one by one, or past MAX_MARKS one column a month (in
 * the lane's first GROUP_ROWS rows) with any year-long spans packed in rows below them.
 */
export function placeMarks(
  events: readonly TimelineEvent[],
  domain: [number, number] | null,
): Pick<TimelineModel, 'marks' | 'rows' | 'grouped'> {
  // Points closer than about 4% of the axis would overlap on a phone-sized chart.
  const gap = domain ? (domain[1] - domain[0]) * 0.04 : 0;
  const rows: Record<Lane, number> = { meeting: 0, due: 0, phase: 0 };
  const grouped: Record<Lane, boolean> = { meeting: false, due: false, phase: false };
  const marks: TimelineMark[] = [];
  for (const lane of LANES) {
    const inLane = events.filter((e) => e.lane === lane);
    const { groups, spans } =
      inLane.length > MAX_MARKS
        ? groupByMonth<Lane, TimelineEvent>(inLane)
        : { groups: [], spans: inLane };
    grouped[lane] = groups.length > 0;
    const below = groups.length ? GROUP_ROWS : 0;
    const packed = packRows(spans, gap).map((e) => ({ ...e, row: e.row + below }));
    rows[lane] = packed.length ? Math.max(...packed.map((e) => e.row)) + 1 : below;
    marks.push(...groups.map((g) => ({ ...g, row: 0 })), ...packed);
  }
  return { marks: marks.sort(byTime), rows, grouped };
}

/** A year zoomed to fills the axis, with a few days' margin so a mark on 1 January is whole. */
function yearDomain(year: number): [number, number] {
  const { start, end } = yearBounds(year);
  return [start - 6 * DAY_MS, end + 6 * DAY_MS];
}

/** The axis: every range, with a margin so points at the ends are not cut in half. */
export function domainOf(ranges: readonly DayRange[]): [number, number] | null {
  if (ranges.length === 0) return null;
  const start = Math.min(...ranges.map((r) => r.start));
  const end = Math.max(...ranges.map((r) => r.end));
  const pad = Math.max(15 * DAY_MS, (end - start) * 0.04);
  return [start - pad, end + pad];
}

/** The one-line summary the chart is named by: how many of each kind, from first to last. */
export function timelineSummary(model: TimelineModel): string {
  const count = (lane: TimelineEvent['lane']) => model.events.filter((e) => e.lane === lane).length;
  const first = model.events[0];
  const last = model.events.reduce<TimelineEvent | undefined>(
    (latest, e) => (!latest || e.range.end > latest.range.end ? e : latest),
    undefined,
  );
  return strings.timeline.summary(
    count('meeting'),
    count('due'),
    count('phase'),
    first ? formatPreciseDate(first.date) : '',
    last ? formatPreciseDate(last.date) : '',
    LANES.filter((lane) => model.grouped[lane]),
  );
}

/** For each lane drawn by month, its busiest month: "41 meetings in March 2015". */
export function busiestMonths(model: Pick<TimelineModel, 'marks'>): string[] {
  return LANES.flatMap((lane) => {
    const top = busiest(model.marks.filter(isGroup).filter((g) => g.lane === lane));
    return top ? [strings.timeline.monthCount(lane, top.count, groupMonth(top))] : [];
  });
}

/** The body an event belongs to: a meeting's own, or that of the item a promise was said at. */
export function bodyOf(event: TimelineEvent): Body | null {
  return event.lane === 'meeting' ? event.body : (event.place?.body ?? null);
}

/** A kind of mark the chart's key explains. */
export type KeyMark = 'decided' | 'undecided' | 'due' | 'phase' | `${Lane}-month`;

/** The marks the chart draws, in the key's order, so the key names nothing that is not there. */
export function keyMarks(model: Pick<TimelineModel, 'marks'>): KeyMark[] {
  const has = (test: (mark: TimelineMark) => boolean) => model.marks.some(test);
  const month = (lane: Lane) => (m: TimelineMark) => isGroup(m) && m.lane === lane;
  const single = (lane: Lane) => (m: TimelineMark) => !isGroup(m) && m.lane === lane;
  const marks: [KeyMark, boolean][] = [
    ['meeting-month', has(month('meeting'))],
    ['decided', has((m) => !isGroup(m) && m.lane === 'meeting' && m.decided)],
    ['undecided', has((m) => !isGroup(m) && m.lane === 'meeting' && !m.decided)],
    ['due-month', has(month('due'))],
    ['due', has(single('due'))],
    ['phase-month', has(month('phase'))],
    ['phase', has(single('phase'))],
  ];
  return marks.flatMap(([mark, drawn]) => (drawn ? [mark] : []));
}
