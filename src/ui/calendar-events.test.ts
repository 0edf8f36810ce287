// @vitest-environment node
import { buildSeedBundle } from '~mocks/fixtures/seed-bundle.ts';
import { buildIndex } from '@/bundle/indexes.ts';
import { calendarText } from '@/export/ical.ts';
import { commitmentCalendar, meetingCalendar } from './calendar-events.ts';

const seed = buildSeedBundle();
const index = buildIndex(seed);
const absolute = (path: string) => `https://trail.example${path}`;

/** The calendar's logical lines, folds undone. */
const unfold = (text: string) => text.replace(/\r\n /g, '').split('\r\n');

describe('commitmentCalendar', () => {
  const { calendar, leftOut } = commitmentCalendar(index, seed.commitments, absolute);

  it('holds each dated commitment and counts those with no due date', () => {
    const dated = seed.commitments.filter((c) => c.due);
    expect(calendar.events.map((e) => e.uid)).toEqual(
      dated.map((c) => `commitment-${c.id}@civic-trail`),
    );
    expect(leftOut).toBe(seed.commitments.length - dated.length);
  });

  it('puts a promise due "by April 2011" on 30 April 2011, quoting it, with its trail address', () => {
    const c = seed.commitments.find((x) => x.id === 'phase-1-by-april-2011')!;
    const event = calendar.events.find((e) => e.uid === `commitment-${c.id}@civic-trail`)!;
    expect(event.day).toBe('2011-04-30');
    expect(event.description).toContain(c.source.quote);
    expect(event.description).toContain('April 2011');
    const item = seed.items.find((i) => i.id === c.madeAt)!;
    expect(event.url).toBe(`https://trail.example/issues/${item.issueId}#item-${item.id}`);
  });

  it('is stamped with the bundle’s own time, so the file never changes with the clock', () => {
    const lines = unfold(calendarText(calendar));
    expect(lines).toContain('DTSTAMP:20261126T090000Z');
    expect(lines).toContain('DTSTART;VALUE=DATE:20110430');
    expect(lines).toContain('DTSTART;VALUE=DATE:20121031');
    expect(calendarText(commitmentCalendar(index, seed.commitments, absolute).calendar)).toBe(
      calendarText(calendar),
    );
  });
});

describe('meetingCalendar', () => {
  it('puts each dated meeting on its day and counts those the record gives no date for', () => {
    const undated = { ...seed.meetings[0]!, id: 'undated-meeting', date: null };
    const { calendar, leftOut } = meetingCalendar(index, [...seed.meetings, undated]);
    expect(leftOut).toBe(1);
    expect(calendar.events.map((e) => e.day)).toEqual(seed.meetings.map((m) => m.date));
    const cabinet = calendar.events.find((e) => e.uid === 'meeting-2010-11-16-cabinet@civic-trail');
    expect(cabinet?.summary).toBe('Cabinet met');
    expect(cabinet?.description).toContain('Item 5');
  });
});
