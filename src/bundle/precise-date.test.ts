import {
  dayRange,
  dayRangeOfIso,
  dayToTime,
  financialYearOf,
  isSingleDay,
  monthStarts,
  monthTicks,
  timeToDay,
} from './precise-date.ts';

describe('dayRange', () => {
  it('covers one day for a day', () => {
    const r = dayRange({ date: '2010-12-13', precision: 'day' });
    expect(r).toMatchObject({ first: '2010-12-13', last: '2010-12-13' });
    expect(r.end - r.start).toBe(86_400_000);
    expect(r.start).toBe(Date.UTC(2010, 11, 13));
  });

  it('covers the whole month for a month, leap years included', () => {
    expect(dayRange({ date: '2011-04', precision: 'month' })).toMatchObject({
      first: '2011-04-01',
      last: '2011-04-30',
    });
    expect(dayRange({ date: '2012-02', precision: 'month' }).last).toBe('2012-02-29');
    expect(dayRange({ date: '2011-02', precision: 'month' }).last).toBe('2011-02-28');
  });

  it('covers April to March for a financial year, across the century', () => {
    expect(dayRange({ date: '2011/12', precision: 'financial-year' })).toMatchObject({
      first: '2011-04-01',
      last: '2012-03-31',
    });
    expect(dayRange({ date: '1999/00', precision: 'financial-year' }).last).toBe('2000-03-31');
  });

  it('covers the calendar year for a year', () => {
    const r = dayRange({ date: '2012', precision: 'year' });
    expect(r).toMatchObject({ first: '2012-01-01', last: '2012-12-31' });
    expect(r.end).toBe(Date.UTC(2013, 0, 1));
  });

  it('reads an ISO day as a one-day range', () => {
    expect(dayRangeOfIso('2010-10-28')).toEqual(dayRange({ date: '2010-10-28', precision: 'day' }));
  });
});

describe('day and time', () => {
  it('round-trips an ISO day through UTC time', () => {
    expect(timeToDay(dayToTime('2010-10-28'))).toBe('2010-10-28');
    expect(timeToDay(dayToTime('2000-02-29'))).toBe('2000-02-29');
  });

  it('only a day is a single day', () => {
    expect(isSingleDay({ date: '2010-10-28', precision: 'day' })).toBe(true);
    expect(isSingleDay({ date: '2010-10', precision: 'month' })).toBe(false);
  });
});

describe('financialYearOf', () => {
  it('starts the year in April', () => {
    expect(financialYearOf('2011-03-31')).toBe('2010/11');
    expect(financialYearOf('2011-04-01')).toBe('2011/12');
    expect(financialYearOf('2099-12-31')).toBe('2099/00');
  });
});

describe('monthStarts and monthTicks', () => {
  const t = (y: number, m: number, d = 1) => Date.UTC(y, m - 1, d);

  it('lists month starts inside the span, rounding the start up', () => {
    expect(monthStarts(t(2010, 10, 28), t(2011, 1, 15)).map(timeToDay)).toEqual([
      '2010-11-01',
      '2010-12-01',
      '2011-01-01',
    ]);
    expect(monthStarts(t(2010, 11, 1), t(2010, 11, 1)).map(timeToDay)).toEqual(['2010-11-01']);
  });

  it('aligns a step to the calendar', () => {
    expect(monthStarts(t(2010, 10, 28), t(2011, 12, 31), 6).map(timeToDay)).toEqual([
      '2011-01-01',
      '2011-07-01',
    ]);
    expect(monthStarts(t(2010, 12, 2), t(2012, 2, 1), 3).map(timeToDay)).toEqual([
      '2011-01-01',
      '2011-04-01',
      '2011-07-01',
      '2011-10-01',
      '2012-01-01',
    ]);
  });

  it('is empty for an empty or reversed span', () => {
    expect(monthStarts(t(2011, 1, 2), t(2011, 1, 20))).toEqual([]);
    expect(monthStarts(t(2012, 1, 1), t(2011, 1, 1))).toEqual([]);
  });

  it('picks the finest step that fits the tick budget', () => {
    const ticks = monthTicks(t(2010, 10, 1), t(2012, 11, 1), 5);
    expect(ticks.length).toBeLessThanOrEqual(5);
    expect(ticks.map(timeToDay)).toEqual(['2011-01-01', '2011-07-01', '2012-01-01', '2012-07-01']);
    expect(monthTicks(t(2010, 10, 1), t(2010, 12, 1), 5).map(timeToDay)).toEqual([
      '2010-10-01',
      '2010-11-01',
      '2010-12-01',
    ]);
  });
});
