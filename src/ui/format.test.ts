import {
  formatMonthTick,
  formatAmount,
  formatDay,
  formatFte,
  formatMoney,
  formatMoneyRange,
  formatMoneyMention,
  formatPence,
  formatPreciseDate,
  paragraphs,
  possessive,
  wordCount,
} from './format.ts';

describe('dates', () => {
  it('formats ISO days in en-GB without time-zone drift', () => {
    expect(formatDay('2010-12-13')).toBe('13 Dec 2010');
    expect(formatDay('2011-01-01')).toBe('1 Jan 2011');
    expect(formatDay('not a date')).toBe('not a date');
  });

  it('keeps the precision the record gave', () => {
    expect(formatPreciseDate({ date: '2010-12-13', precision: 'day' })).toBe('13 Dec 2010');
    expect(formatPreciseDate({ date: '2011-04', precision: 'month' })).toBe('April 2011');
    expect(formatPreciseDate({ date: '2012', precision: 'year' })).toBe('2012');
    expect(formatPreciseDate({ date: '2011/12', precision: 'financial-year' })).toBe('2011/12');
  });
});

describe('money', () => {
  it('shows whole pounds with separators', () => {
    expect(formatMoney(213000)).toBe('£213,000');
    expect(formatMoney(80000)).toBe('£80,000');
    expect(formatMoney(0)).toBe('£0');
  });

  it('shows millions without rounding away digits', () => {
    expect(formatMoney(1200000)).toBe('£1.2m');
    expect(formatMoney(1580000)).toBe('£1.58m');
    expect(formatMoney(2400000)).toBe('£2.4m');
  });

  it('shows a range in one scale', () => {
    expect(formatMoneyRange(800000, 1200000)).toBe('£0.8m-£1.2m');
    expect(formatMoneyRange(10000, 20000)).toBe('£10,000-£20,000');
  });

  it('formats any amount in its unit', () => {
    expect(formatAmount({ value: 213000, unit: 'GBP' })).toBe('£213,000');
    expect(formatAmount({ low: 800000, high: 1200000, unit: 'GBP' })).toBe('£0.8m-£1.2m');
    expect(formatAmount({ low: 10, high: 15, unit: 'percent' })).toBe('10-15%');
    expect(formatAmount({ value: 8.5, unit: 'fte' })).toBe('8.5');
    expect(formatAmount({ unit: 'GBP' })).toBe('');
  });
});

describe('text helpers', () => {
  it('keeps half posts', () => {
    expect(formatFte(8.5)).toBe('8.5');
    expect(formatFte(6)).toBe('6');
  });

  it('makes possessives that read right after a final s', () => {
    expect(possessive('Council')).toBe("Council's");
    expect(possessive('Staff and Support Services')).toBe("Staff and Support Services'");
  });

  it('splits paragraphs on blank lines, including lines of non-breaking spaces', () => {
    expect(paragraphs('One.\n\u00a0\nTwo.\n\n\nThree.')).toEqual(['One.', 'Two.', 'Three.']);
    expect(paragraphs('')).toEqual([]);
  });

  it('counts words', () => {
    expect(wordCount('  a b\nc ')).toBe(3);
  });
});

describe('formatMonthTick', () => {
  it('writes the month and year of a UTC time', () => {
    expect(formatMonthTick(Date.UTC(2011, 3, 1))).toBe('Apr 2011');
    expect(formatMonthTick(Date.UTC(2010, 11, 31, 23, 59))).toBe('Dec 2010');
  });

  it('writes nothing for an invalid time', () => {
    expect(formatMonthTick(Number.NaN)).toBe('');
  });
});

describe('money mentions', () => {
  it('shows pounds, ranges, pence and rates as the record gives them', () => {
    expect(formatMoneyMention({ value: 2_000_000 })).toBe('£2m');
    expect(formatMoneyMention({ value: 1_580_000 })).toBe('£1.58m');
    expect(formatMoneyMention({ low: 800_000, high: 1_200_000 })).toBe('£0.8m-£1.2m');
    expect(formatMoneyMention({ pence: 45 })).toBe('45p');
    expect(formatMoneyMention({ pence: 2550 })).toBe('£25.50');
    expect(formatMoneyMention({ pence: 120005 })).toBe('£1,200.05');
    expect(formatMoneyMention({ value: 12, per: 'hour' })).toBe('£12 per hour');
    expect(formatMoneyMention({ pence: 250, per: 'week' })).toBe('£2.50 per week');
    expect(formatPence(0)).toBe('0p');
  });
});
