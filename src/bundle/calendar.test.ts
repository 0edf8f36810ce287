import { describe, expect, it } from 'vitest';
import { daysInMonth, isRealDay, monthNumber, parseUkDate } from './calendar.ts';

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
