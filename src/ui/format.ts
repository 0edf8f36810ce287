/**
 * en-GB formatting for posts, percentages, figure amounts and published text. Pure functions, no
 * React. Dates are written by the calendar (`@/bundle/calendar.ts`), money by `money-format.ts`.
 */
import { formatDay } from '@/bundle/calendar.ts';
import { formatMoney, formatMoneyRange } from './money-format.ts';
import { strings } from './strings.en.ts';

/** A day that may be missing from the record: says so in words rather than leaving a gap. */
export function formatDayOrUnknown(iso: string | null): string {
  return iso === null ? strings.common.dateUnknown : formatDay(iso);
}

const posts = new Intl.NumberFormat('en-GB', { maximumFractionDigits: 2 });
const percent = new Intl.NumberFormat('en-GB', { style: 'percent', maximumFractionDigits: 2 });

/** "8.5", "6.5", "1": posts keep their half posts. */
export function formatFte(value: number): string {
  return posts.format(value);
}

/** The record gives percentages as numbers of hundredths ("15" for 15%); Intl takes a fraction. */
export function formatPercent(value: number): string {
  return percent.format(value / 100);
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
