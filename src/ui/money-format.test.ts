import {
  formatMoney,
  formatMoneyMention,
  formatMoneyRange,
  formatMoneyTick,
  formatPence,
} from './money-format.ts';

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
});

describe('money on a chart axis', () => {
  it('writes short en-GB money', () => {
    expect(formatMoneyTick(0)).toBe('£0');
    expect(formatMoneyTick(250_000)).toBe('£250k');
    expect(formatMoneyTick(1_200_000)).toBe('£1.2m');
    expect(formatMoneyTick(2_500_000)).toBe('£2.5m');
    expect(formatMoneyTick(1_500)).toBe('£1.5k');
    expect(formatMoneyTick(900)).toBe('£900');
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
