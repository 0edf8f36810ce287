import {
  buildEmptyBundle,
  buildValidBundle,
  buildVersion2Bundle,
} from '~mocks/fixtures/bundles.ts';
import { buildSeedBundle } from '~mocks/fixtures/seed-bundle.ts';
import { buildIndex } from '@/bundle/indexes.ts';
import { dayRange, dayRangeOfIso } from '@/bundle/precise-date.ts';
import {
  bodyOf,
  domainOf,
  keyMarks,
  packRows,
  timelineModel,
  timelineSummary,
  type TimelineEvent,
} from './timeline-model.ts';

const none = { body: null, issue: null };
const DAY = 86_400_000;

describe('timelineModel', () => {
  it('puts the seed’s meetings, due dates and phases on one axis, oldest first', () => {
    const model = timelineModel(buildIndex(buildSeedBundle()), none);
    expect(model.events.map((e) => `${e.lane} ${e.range.first}..${e.range.last}`)).toEqual([
      'meeting 2010-10-28..2010-10-28',
      'phase 2010-10-28..2010-10-28',
      'meeting 2010-11-16..2010-11-16',
      'meeting 2010-12-13..2010-12-13',
      'due 2011-04-01..2011-04-30',
      'phase 2011-04-01..2011-04-30',
      'due 2012-10-01..2012-10-31',
      'phase 2012-10-01..2012-10-31',
    ]);
    expect(model.total).toBe(8);
    // Dates that do not overlap share one row.
    expect(model.rows.due).toBe(1);
  });

  it('marks meetings that decided something', () => {
    const seed = buildSeedBundle();
    const model = timelineModel(buildIndex(seed), none);
    const decided = model.events.flatMap((e) => (e.lane === 'meeting' ? [e.decided] : []));
    const expected = seed.meetings
      .map((m) => seed.items.filter((i) => i.meetingId === m.id))
      .map((items) => items.some((i) => i.decision !== null || i.outcome.value !== 'unknown'));
    expect(decided).toEqual(expected);
    // The fixture's parks cafe item records no outcome, so that meeting is not marked decided.
    const parks = timelineModel(buildIndex(buildValidBundle()), {
      body: null,
      issue: 'parks-cafe',
    });
    expect(parks.events[0]?.lane === 'meeting' && parks.events[0].decided).toBe(false);
  });

  it('filters by body, by the body where a promise or phase was said', () => {
    const index = buildIndex(buildValidBundle());
    const cabinet = timelineModel(index, { body: 'cabinet', issue: null });
    expect(cabinet.events.map((e) => e.id)).toEqual([
      'meeting-cabinet-2021-02-01',
      'meeting-cabinet-2021-04-12',
      'due-members-panel',
      'phase-harbour-masters-hm-phase-1',
      'due-report-progress',
    ]);
    const board = timelineModel(index, { body: 'harbour-board', issue: null });
    expect(board.events.map((e) => e.id)).toEqual([
      'due-emergency-works',
      'meeting-board-2021-03-01',
    ]);
  });

  it('filters by issue, listing only that issue’s items at a meeting', () => {
    const model = timelineModel(buildIndex(buildValidBundle()), {
      body: null,
      issue: 'parks-cafe',
    });
    expect(model.events.map((e) => e.id)).toEqual(['meeting-cabinet-2021-02-01']);
    const [meeting] = model.events;
    expect(meeting?.lane === 'meeting' && meeting.items.map((i) => i.id)).toEqual([
      'cabinet-2021-02-01-item-3',
    ]);
  });

  it('names an unknown filter and does not apply it', () => {
    const model = timelineModel(buildIndex(buildValidBundle()), {
      body: 'nobody',
      issue: 'harbour-wall',
    });
    expect(model.unknownBody).toBe('nobody');
    expect(model.unknownIssue).toBeNull();
    expect(model.events.every((e) => e.id !== 'meeting-cabinet-2021-02-01')).toBe(true);
    expect(model.events.length).toBeGreaterThan(0);
  });

  it('is empty, with no axis, for an empty bundle', () => {
    const model = timelineModel(buildIndex(buildEmptyBundle()), none);
    expect(model).toMatchObject({ events: [], total: 0, domain: null });
    expect(model.rows).toEqual({ meeting: 0, due: 0, phase: 0 });
  });

  it('gives a single event an axis around it', () => {
    const bundle = buildValidBundle();
    const model = timelineModel(
      buildIndex({
        ...bundle,
        meetings: bundle.meetings.slice(0, 1),
        commitments: [],
        structure: [],
      }),
      none,
    );
    expect(model.events).toHaveLength(1);
    const [start, end] = model.domain!;
    expect(start).toBeLessThan(Date.UTC(2021, 4, 20));
    expect(end).toBeGreaterThan(Date.UTC(2021, 4, 21));
  });
});

describe('packRows', () => {
  const r = (iso: string) => ({ range: dayRangeOfIso(iso) });

  it('keeps apart events closer than the gap', () => {
    const rows = packRows([r('2010-10-28'), r('2010-11-16'), r('2010-12-13')], 20 * DAY);
    expect(rows.map((x) => x.row)).toEqual([0, 1, 0]);
  });

  it('puts far-apart events on one row, and overlapping spans on two', () => {
    expect(packRows([r('2010-01-01'), r('2011-01-01')], DAY).map((x) => x.row)).toEqual([0, 0]);
    const spans = [
      { range: dayRange({ date: '2011/12', precision: 'financial-year' }) },
      { range: dayRange({ date: '2011-04', precision: 'month' }) },
      { range: dayRange({ date: '2012-10', precision: 'month' }) },
    ];
    expect(packRows(spans, 0).map((x) => [x.range.first, x.row])).toEqual([
      ['2011-04-01', 0],
      ['2011-04-01', 1],
      ['2012-10-01', 0],
    ]);
  });

  it('caps the rows of a crowded lane, reusing the row that frees up first', () => {
    const weekly = Array.from({ length: 40 }, (_, i) => ({
      range: { ...dayRangeOfIso('2010-01-01'), start: i * 7 * DAY, end: i * 7 * DAY + DAY },
    }));
    const rows = packRows(weekly, 60 * DAY, 3).map((x) => x.row);
    expect(Math.max(...rows)).toBe(2);
    expect(rows.slice(0, 6)).toEqual([0, 1, 2, 0, 1, 2]);
  });

  it('is empty for no events', () => {
    expect(packRows([], DAY)).toEqual([]);
  });
});

describe('domainOf', () => {
  it('pads the span so end points are not cut', () => {
    const [start, end] = domainOf([dayRangeOfIso('2010-10-28'), dayRangeOfIso('2012-10-31')])!;
    expect(start).toBeLessThan(Date.UTC(2010, 9, 28));
    expect(end).toBeGreaterThan(Date.UTC(2012, 10, 1));
    expect(domainOf([])).toBeNull();
  });
});

describe('timelineModel with meetings the record gives no date for', () => {
  const index = buildIndex(buildVersion2Bundle());

  it('keeps an undated meeting off the axis and lists it apart', () => {
    const model = timelineModel(index, none);
    expect(model.events.some((e) => e.lane === 'meeting' && e.meeting.date === null)).toBe(false);
    expect(model.undated.map((m) => [m.meeting.id, m.body?.name, m.items.length])).toEqual([
      ['scrutiny-undated', 'Scrutiny Committee', 1],
    ]);
    expect(model.total).toBe(model.events.length + 1);
    // The axis is drawn from dated things only.
    expect(model.domain).toEqual(domainOf(model.events.map((e) => e.range)));
  });

  it('filters undated meetings like the rest', () => {
    expect(timelineModel(index, { body: 'cabinet', issue: null }).undated).toEqual([]);
    expect(timelineModel(index, { body: null, issue: 'harbour-wall' }).undated).toEqual([]);
    expect(timelineModel(index, { body: 'scrutiny', issue: 'library-hours' }).undated).toHaveLength(
      1,
    );
  });

  it('places a promise made at a decision outside a meeting, and filters it by issue', () => {
    const model = timelineModel(index, { body: null, issue: 'library-hours' });
    const due = model.events.find(
      (e) => e.lane === 'due' && e.commitment.id === 'review-saturday-hours',
    );
    expect(due).toMatchObject({
      place: { body: null, maker: 'Executive Member for Communities', date: '2022-02-01' },
    });
    // No body took it, so a body filter leaves it out rather than guessing one.
    const byCabinet = timelineModel(index, { body: 'cabinet', issue: null });
    expect(byCabinet.events.map((e) => e.id)).not.toContain('due-review-saturday-hours');
  });
});

describe('timelineSummary', () => {
  it('counts each kind and names the first and last dates as the record gives them', () => {
    const model = timelineModel(buildIndex(buildSeedBundle()), none);
    expect(timelineSummary(model)).toBe(
      '3 meetings, 2 due dates and 3 phases, from 28 Oct 2010 to October 2012.',
    );
  });

  it('speaks of one of a kind in the singular', () => {
    const model = timelineModel(buildIndex(buildValidBundle()), {
      body: null,
      issue: 'parks-cafe',
    });
    expect(timelineSummary(model)).toBe(
      '1 meeting, 0 due dates and 0 phases, from 1 Feb 2021 to 1 Feb 2021.',
    );
  });

  it('ends at the event that ends last, not the one that starts last', () => {
    const seed = timelineModel(buildIndex(buildSeedBundle()), none);
    const april = seed.events.find((e) => e.lane === 'due' && e.date.date === '2011-04')!;
    const meeting = seed.events.find((e) => e.lane === 'meeting')!;
    // A meeting inside April starts after the month does, but the month runs on past it.
    const midApril = {
      ...meeting,
      date: { date: '2011-04-10', precision: 'day' as const },
      range: dayRangeOfIso('2011-04-10'),
    };
    expect(timelineSummary({ ...seed, events: [april, midApril] })).toBe(
      '1 meeting, 1 due date and 0 phases, from April 2011 to April 2011.',
    );
  });
});

describe('bodyOf', () => {
  const model = timelineModel(buildIndex(buildVersion2Bundle()), none);
  const event = (id: string) => model.events.find((e) => e.id === id)!;

  it('is a meeting’s own body', () => {
    expect(bodyOf(event('meeting-board-2021-03-01'))?.name).toBe('Harbour Board');
  });

  it('is the body of the meeting a promise or a phase was said at', () => {
    expect(bodyOf(event('due-emergency-works'))?.name).toBe('Harbour Board');
    expect(bodyOf(event('phase-harbour-masters-hm-phase-1'))?.name).toBe('Cabinet');
  });

  it('is null where no body took it, or its item is not in the record', () => {
    expect(bodyOf(event('due-review-saturday-hours'))).toBeNull();
    const due = event('due-report-progress');
    expect(bodyOf({ ...due, lane: 'due', place: null } as TimelineEvent)).toBeNull();
  });
});

describe('keyMarks', () => {
  it('names every kind of mark a chart with all of them draws, in the key’s order', () => {
    const model = timelineModel(buildIndex(buildSeedBundle()), none);
    expect(keyMarks(model)).toEqual(['decided', 'undecided', 'due', 'phase']);
  });

  it('names only the marks the filtered chart draws', () => {
    const parks = timelineModel(buildIndex(buildValidBundle()), {
      body: null,
      issue: 'parks-cafe',
    });
    expect(keyMarks(parks)).toEqual(['undecided']);
    const board = timelineModel(buildIndex(buildValidBundle()), {
      body: 'harbour-board',
      issue: null,
    });
    expect(keyMarks(board)).toEqual(['decided', 'due']);
  });

  it('is empty when nothing is drawn', () => {
    expect(keyMarks(timelineModel(buildIndex(buildEmptyBundle()), none))).toEqual([]);
  });
});
