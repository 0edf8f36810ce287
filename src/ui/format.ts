/** en-GB formatting for dates, money and posts. Pure functions, no React. */
import { MONTH_ABBREVIATIONS, MONTH_NAMES } from '@/bundle/month-names.ts';
import type { PreciseDate } from '@/bundle/schema.ts';
import { strings } from './strings.en.ts';

/** "2010-12-13" -> "13 Dec 2010". Parsed by hand so no time zone can shift the day. */
export function formatDay(iso: string): string {
  const [y, m, d] = iso.split('-').map(Number);
  const month = m ? MONTH_ABBREVIATIONS[m - 1] : undefined;
  if (!y || !month || !d) return iso;
  return `${d} ${month} ${y}`;
}

/** A day that may be missing from the record: says so in words rather than leaving a gap. */
export function formatDayOrUnknown(iso: string | null): string {
  return iso === null ? strings.common.dateUnknown : formatDay(iso);
}

/** A date at the precision the record gave it: "13 Dec 2010", "April 2011", "2011", "2011/12". */
export function formatPreciseDate(p: PreciseDate): string {
  switch (p.precision) {
    case 'day':
      return formatDay(p.date);
    case 'month': {
      const [y, m] = p.date.split('-').map(Number);
      const month = m ? MONTH_NAMES[m - 1] : undefined;
      return y && month ? `${month} ${y}` : p.date;
    }
    case 'year':
    case 'financial-year':
      return p.date;
  }
}

const wholePounds = new Intl.NumberFormat('en-GB', {
  style: 'currency',
  currency: 'GBP',
  maximumFractionDigits: 0,
});

function millions(value: number): string {
  // Up to three decimals so £1,580,000 reads "£1.58m", never a rounded "£1.6m".
  const m = Math.round((value / 1_000_000) * 1000) / 1000;
  return `£${m.toLocaleString('en-GB', { maximumFractionDigits: 3 })}m`;
}

/** "£213,000"; a million or more reads "£1.2m". */
export function formatMoney(value: number): string {
  return Math.abs(value) >= 1_000_000 ? millions(value) : wholePounds.format(value);
}

/** A range in one scale, so "£800,000-£1.2m" reads "£0.8m-£1.2m". */
export function formatMoneyRange(low: number, high: number): string {
  if (high >= 1_000_000) return `${millions(low)}-${millions(high)}`;
  return `${wholePounds.format(low)}-${wholePounds.format(high)}`;
}

/** "8.5", "6.5", "1": posts keep their half posts. */
export function formatFte(value: number): string {
  return value.toLocaleString('en-GB', { maximumFractionDigits: 2 });
}

export function formatPercent(value: number): string {
  return `${value.toLocaleString('en-GB', { maximumFractionDigits: 2 })}%`;
}

/** A figure's amount in its own unit, single value or range. */
export function formatAmount(a: {
  value?: number | undefined;
  low?: number | undefined;
  high?: number | undefined;
  unit: 'GBP' | 'percent' | 'fte';
}): string {
  const one = (v: number) =>
    a.unit === 'GBP' ? formatMoney(v) : a.unit === 'percent' ? formatPercent(v) : formatFte(v);
  if (a.value !== undefined) return one(a.value);
  if (a.low !== undefined && a.high !== undefined) {
    if (a.unit === 'GBP') return formatMoneyRange(a.low, a.high);
    if (a.unit === 'percent') return `${formatFte(a.low)}-${formatPercent(a.high)}`;
    return `${one(a.low)}-${one(a.high)}`;
  }
  return '';
}

/** "Council's", "Staff and Support Services'": possessive that reads right after a final s. */
export function possessive(name: string): string {
  return name.endsWith('s') ? `${name}'` : `${name}'s`;
}

/** Roughly how many words, for "Read the minutes (about 420 words)". */
export function wordCount(text: string): number {
  return text.split(/\s+/).filter(Boolean).length;
}

/** Paragraphs of published text; lines of only (non-breaking) spaces separate paragraphs. */
export function paragraphs(text: string): string[] {
  return text
    .split(/\n[\s\u00a0]*\n/)
    .map((p) => p.replace(/^[\s\u00a0]+|[\s\u00a0]+$/g, ''))
    .filter((p) => p.length > 0);
}

/** A UTC time as "Apr 2011", for chart axes whose ticks sit on month starts. */
export function formatMonthTick(time: number): string {
  const d = new Date(time);
  if (Number.isNaN(d.getTime())) return '';
  return `${MONTH_ABBREVIATIONS[d.getUTCMonth()]} ${d.getUTCFullYear()}`;
}

/** An exact amount in pence: "45p", "£2.50", "£1,200.05". */
export function formatPence(pence: number): string {
  if (pence < 100) return `${pence}p`;
  return (pence / 100).toLocaleString('en-GB', {
    style: 'currency',
    currency: 'GBP',
    minimumFractionDigits: 2,
    maximumFractionDigits: 2,
  });
}

/**
 * A money mention as the record gives it: whole pounds, a range, exact pence, and for a rate
 * what it is per ("£12 per hour").
 */
export function formatMoneyMention(m: {
  value?: number | undefined;
  low?: number | undefined;
  high?: number | undefined;
  pence?: number | undefined;
  per?: string | undefined;
}): string {
  const amount =
    m.pence !== undefined
      ? formatPence(m.pence)
      : m.value !== undefined
        ? formatMoney(m.value)
        : m.low !== undefined && m.high !== undefined
          ? formatMoneyRange(m.low, m.high)
          : '';
  return m.per ? strings.mentions.per(amount, m.per) : amount;
}
