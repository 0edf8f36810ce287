import { describe, expect, it } from 'vitest';
import {
  daysInMonth,
  formatDay,
  formatMonth,
  formatMonthTick,
  formatPreciseDate,
  isRealDay,
  monthNumber,
  parseUkDate,
} from './calendar.ts';

describe('the calendar', () => {
  it('knows leap years and month lengths', () => {
    expect(daysInMonth(2012, 2)).toBe(29);
    expect(daysInMonth(2011, 2)).toBe(28);
    expect(daysInMonth(1900, 2)).toBe(28);
    expect(daysInMonth(2000, 2)).toBe(29);
    expect(daysInMonth(2019, 9)).toBe(30);
  });

  it('tells a real day from one that only has the shape', () => {
    expect(isRealDay('2012-02-29')).toBe(true);
    expect(isRealDay('2011-02-29')).toBe(false);
    expect(isRealDay('2010-13-01')).toBe(false);
    expect(isRealDay('2010-04-00')).toBe(false);
  });

  it('reads month names and their abbreviations, and nothing shorter', () => {
    expect(monthNumber('April')).toBe(4);
    expect(monthNumber('apr')).toBe(4);
    expect(monthNumber('Sept')).toBe(9);
    expect(monthNumber('Ma')).toBe(0);
    expect(monthNumber('Maybe')).toBe(0);
  });

  it('reads UK dates and explains the impossible ones', () => {
    expect(parseUkDate('29/02/2012')).toEqual({ iso: '2012-02-29' });
    expect(parseUkDate('1/4/2011')).toEqual({ iso: '2011-04-01' });
    expect(parseUkDate('29/02/2011')).toEqual({
      problem: 'impossible date "29/02/2011": February 2011 has 28 days',
    });
    expect(parseUkDate('01/13/2011')).toEqual({
      problem: 'impossible date "01/13/2011": there is no month 13',
    });
    expect(parseUkDate('2011-04-01')).toEqual({
      problem: '"2011-04-01" is not a date in the form DD/MM/YYYY',
    });
  });
});

describe('dates as the app writes them', () => {
  it('writes ISO days in en-GB without time-zone drift', () => {
    expect(formatDay('2010-12-13')).toBe('13 Dec 2010');
    expect(formatDay('2011-01-01')).toBe('1 Jan 2011');
    expect(formatDay('not a date')).toBe('not a date');
  });

  it('never rolls a day that does not exist into the next month', () => {
    expect(formatDay('2010-02-31')).toBe('2010-02-31');
  });

  // en-GB in current ICU (CLDR 38 and later) abbreviates September as "Sept", in Node and in
  // browsers alike; that is taken as it comes rather than patched back to "Sep".
  it('abbreviates September as en-GB does', () => {
    expect(formatDay('2019-09-30')).toBe('30 Sept 2019');
    expect(formatMonthTick(Date.UTC(2019, 8, 1))).toBe('Sept 2019');
  });

  it('keeps the precision the record gave', () => {
    expect(formatPreciseDate({ date: '2010-12-13', precision: 'day' })).toBe('13 Dec 2010');
    expect(formatPreciseDate({ date: '2011-04', precision: 'month' })).toBe('April 2011');
    expect(formatPreciseDate({ date: '2012', precision: 'year' })).toBe('2012');
    expect(formatPreciseDate({ date: '2011/12', precision: 'financial-year' })).toBe('2011/12');
    expect(formatMonth(2010, 2)).toBe('February 2010');
  });

  it('writes the month and year of a UTC time for axis ticks', () => {
    expect(formatMonthTick(Date.UTC(2011, 3, 1))).toBe('Apr 2011');
    expect(formatMonthTick(Date.UTC(2010, 11, 31, 23, 59))).toBe('Dec 2010');
    expect(formatMonthTick(Number.NaN)).toBe('');
  });
});
