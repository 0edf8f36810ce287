import { formatMonthTick } from './chart-format.ts';

describe('formatMonthTick', () => {
  it('writes the month and year of a UTC time', () => {
    expect(formatMonthTick(Date.UTC(2011, 3, 1))).toBe('Apr 2011');
    expect(formatMonthTick(Date.UTC(2010, 11, 31, 23, 59))).toBe('Dec 2010');
  });

  it('writes nothing for an invalid time', () => {
    expect(formatMonthTick(Number.NaN)).toBe('');
  });
});
