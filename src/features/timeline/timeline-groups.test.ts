import { dayRange, dayRangeOfIso } from '@/bundle/precise-date.ts';
import type { PreciseDate } from '@/bundle/schema.ts';
import { busiest, groupByMonth, groupMonth, inYear, yearsOf } from './timeline-groups.ts';

const event = (date: string, precision: PreciseDate['precision'] = 'day', lane = 'meeting') => ({
  lane,
  date: { date, precision },
  range: dayRange({ date, precision }),
});

describe('groupByMonth', () => {
  it('counts the events of each month with any, and makes nothing of an empty month', () => {
    const { groups, spans } = groupByMonth([
      event('2015-03-02'),
      event('2015-03-30'),
      event('2015-01-12'),
      event('2015-03'),
    ]);
    expect(spans).toEqual([]);
    expect(groups.map((g) => [groupMonth(g), g.count])).toEqual([
      ['January 2015', 1],
      ['March 2015', 3],
    ]);
    // A column covers its whole month, from the first day to the last.
    expect(groups[1]?.range).toEqual(dayRange({ date: '2015-03', precision: 'month' }));
  });

  it('keeps a year or a financial year as a span of its own', () => {
    const fy = event('2015/16', 'financial-year');
    const { groups, spans } = groupByMonth([fy, event('2015', 'year'), event('2015-04-01')]);
    expect(spans).toEqual([fy, event('2015', 'year')]);
    expect(groups.map((g) => g.count)).toEqual([1]);
  });

  it('groups each lane apart', () => {
    const { groups } = groupByMonth([event('2015-03-02'), event('2015-03', 'month', 'due')]);
    expect(groups.map((g) => g.id)).toEqual(['meeting-2015-03-group', 'due-2015-03-group']);
  });

  it('is empty for no events', () => {
    expect(groupByMonth([])).toEqual({ groups: [], spans: [] });
  });
});

describe('busiest', () => {
  it('is the month with the most, the first of equals', () => {
    const { groups } = groupByMonth([
      event('2015-01-05'),
      event('2015-02-05'),
      event('2015-02-06'),
      event('2015-03-05'),
      event('2015-03-06'),
    ]);
    expect(busiest(groups)?.date.date).toBe('2015-02');
    expect(busiest([])).toBeNull();
  });
});

describe('yearsOf and inYear', () => {
  it('lists every calendar year a date touches, once and in order', () => {
    expect(
      yearsOf([
        dayRangeOfIso('2012-12-31'),
        dayRange({ date: '2010/11', precision: 'financial-year' }),
        dayRangeOfIso('2010-05-01'),
      ]),
    ).toEqual([2010, 2011, 2012]);
    expect(yearsOf([])).toEqual([]);
  });

  it('takes a date into a year when any of its days fall in it', () => {
    const fy = dayRange({ date: '2010/11', precision: 'financial-year' });
    expect([2009, 2010, 2011, 2012].map((y) => inYear(fy, y))).toEqual([false, true, true, false]);
    expect(inYear(dayRangeOfIso('2010-12-31'), 2011)).toBe(false);
    expect(inYear(dayRangeOfIso('2011-01-01'), 2011)).toBe(true);
  });
});
