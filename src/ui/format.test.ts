import {
  formatAmount,
  formatFte,
  formatPercent,
  paragraphs,
  possessive,
  wordCount,
} from './format.ts';

describe('amounts', () => {
  it('formats any amount in its unit', () => {
    expect(formatAmount({ value: 213000, unit: 'GBP' })).toBe('£213,000');
    expect(formatAmount({ low: 800000, high: 1200000, unit: 'GBP' })).toBe('£0.8m-£1.2m');
    expect(formatAmount({ low: 10, high: 15, unit: 'percent' })).toBe('10-15%');
    expect(formatAmount({ value: 8.5, unit: 'fte' })).toBe('8.5');
    expect(formatAmount({ unit: 'GBP' })).toBe('');
  });

  it('writes percentages as the record gives them, in hundredths', () => {
    expect(formatPercent(15)).toBe('15%');
    expect(formatPercent(12.5)).toBe('12.5%');
    expect(formatPercent(14.3)).toBe('14.3%');
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
