/**
 * The timeline at the size of a real council: thousands of meetings drawn a month at a time, a
 * year to zoom to, and a table that still lists each one.
 */
import { buildVersion2Bundle } from '~mocks/fixtures/bundles.ts';
import { buildSeedBundle } from '~mocks/fixtures/seed-bundle.ts';
import { buildIndex } from '@/bundle/indexes.ts';
import { dayRangeOfIso } from '@/bundle/precise-date.ts';
import { buildSyntheticBundle } from '~mocks/fixtures/synthetic-bundle.ts';
import { MAX_MARKS } from './timeline-groups.ts';
import {
  busiestMonths,
  isGroup,
  keyMarks,
  placeMarks,
  timelineModel,
  timelineSummary,
  type TimelineEvent,
} from './timeline-model.ts';

const none = { body: null, issue: null };
const DAY = 86_400_000;

/** `n` copies of the seed's first meeting, a day apart from 1 January 2015. */
function dailyMeetings(n: number): TimelineEvent[] {
  const model = timelineModel(buildIndex(buildSeedBundle()), none);
  const meeting = model.events.find((e) => e.lane === 'meeting')!;
  return Array.from({ length: n }, (_, i) => {
    const iso = new Date(Date.UTC(2015, 0, 1) + i * DAY).toISOString().slice(0, 10);
    return {
      ...meeting,
      id: `m${i}`,
      date: { date: iso, precision: 'day' },
      range: dayRangeOfIso(iso),
    };
  });
}

describe('placeMarks', () => {
  it(`draws up to ${MAX_MARKS} events one by one`, () => {
    const { marks, grouped } = placeMarks(dailyMeetings(MAX_MARKS), [0, 400 * DAY]);
    expect(marks).toHaveLength(MAX_MARKS);
    expect(marks.some(isGroup)).toBe(false);
    expect(grouped.meeting).toBe(false);
  });

  it('draws one more as one column a month, counting each', () => {
    const { marks, grouped, rows } = placeMarks(dailyMeetings(MAX_MARKS + 1), [0, 400 * DAY]);
    expect(grouped).toEqual({ meeting: true, due: false, phase: false });
    const groups = marks.filter(isGroup);
    expect(groups).toHaveLength(marks.length);
    // 121 days from 1 January 2015 run to 1 May.
    expect(groups.map((g) => [g.date.date, g.count])).toEqual([
      ['2015-01', 31],
      ['2015-02', 28],
      ['2015-03', 31],
      ['2015-04', 30],
      ['2015-05', 1],
    ]);
    expect(rows.meeting).toBe(3);
  });
});

describe('timelineModel zoomed to a year', () => {
  const seed = buildIndex(buildSeedBundle());

  it('offers each year with something dated, and narrows axis and table to one', () => {
    const model = timelineModel(seed, { ...none, year: '2011' });
    expect(model.years).toEqual([2010, 2011, 2012]);
    expect(model.year).toBe(2011);
    expect(model.events.map((e) => `${e.lane} ${e.date.date}`)).toEqual([
      'due 2011-04',
      'phase 2011-04',
    ]);
    const [start, end] = model.domain!;
    expect(start).toBeLessThan(Date.UTC(2011, 0, 1));
    expect(start).toBeGreaterThan(Date.UTC(2010, 11, 1));
    expect(end).toBeGreaterThan(Date.UTC(2012, 0, 1));
    expect(end).toBeLessThan(Date.UTC(2012, 1, 1));
    expect(model.total).toBe(8);
  });

  it('names a year with nothing in it and does not zoom', () => {
    const model = timelineModel(seed, { ...none, year: '1999' });
    expect(model).toMatchObject({ year: null, unknownYear: '1999' });
    expect(model.events).toHaveLength(8);
    expect(timelineModel(seed, { ...none, year: 'soon' }).unknownYear).toBe('soon');
  });

  it('leaves out meetings with no date, which fall in no year', () => {
    const index = buildIndex(buildVersion2Bundle());
    expect(timelineModel(index, none).undated).toHaveLength(1);
    const year = String(timelineModel(index, none).years[0]);
    expect(timelineModel(index, { ...none, year }).undated).toEqual([]);
  });
});

describe('timelineModel for a synthetic council of ten years', () => {
  // A fifth of the full size (about 600 meetings) is enough to need grouping, and quick to build.
  const bundle = buildSyntheticBundle({ years: 10, seed: 'timeline', scale: 0.2 });
  const index = buildIndex(bundle);
  const model = timelineModel(index, none);
  const lane = (name: string) => model.marks.filter((m) => m.lane === name);

  it('draws meetings a month at a time, no more than a column a month', () => {
    expect(model.grouped.meeting).toBe(true);
    const months = 10 * 12 + 1;
    expect(lane('meeting').length).toBeLessThanOrEqual(months);
    expect(lane('meeting').every(isGroup)).toBe(true);
    // Each dated meeting is counted in exactly one column.
    const dated = bundle.meetings.filter((m) => m.date !== null);
    const counted = lane('meeting').reduce((sum, m) => sum + (isGroup(m) ? m.count : 0), 0);
    expect(counted).toBe(dated.length);
  });

  it('keeps due dates and phases one by one while they are few enough', () => {
    for (const name of ['due', 'phase'] as const) {
      const events = model.events.filter((e) => e.lane === name);
      expect(events.length).toBeLessThanOrEqual(MAX_MARKS);
      expect(model.grouped[name]).toBe(false);
      expect(lane(name)).toHaveLength(events.length);
    }
  });

  it('lists every dated event in the table, and undated meetings only in their own', () => {
    const undated = bundle.meetings.filter((m) => m.date === null);
    expect(undated.length).toBeGreaterThan(0);
    expect(model.events.filter((e) => e.lane === 'meeting')).toHaveLength(
      bundle.meetings.length - undated.length,
    );
    expect(model.undated).toHaveLength(undated.length);
    expect(model.events.length + model.undated.length).toBe(model.total);
  });

  it('says what it draws in the summary, the key and the busiest month', () => {
    expect(timelineSummary(model)).toMatch(/^Meetings grouped by month: \d+ meetings, /);
    expect(keyMarks(model)[0]).toBe('meeting-month');
    expect(keyMarks(model)).not.toContain('decided');
    expect(busiestMonths(model)).toEqual([
      expect.stringMatching(/^\d+ meetings in [A-Z][a-z]+ \d{4}$/),
    ]);
  });

  it('draws one body’s meetings in one year one by one again', () => {
    const body = bundle.bodies.find((b) => b.status !== 'dissolved')!.id;
    const year = String(model.years[model.years.length - 2]);
    const zoomed = timelineModel(index, { body, issue: null, year });
    expect(zoomed.events.length).toBeGreaterThan(0);
    expect(zoomed.grouped.meeting).toBe(false);
    expect(zoomed.marks).toHaveLength(zoomed.events.length);
    expect(timelineSummary(zoomed)).not.toMatch(/grouped/);
  });
});
