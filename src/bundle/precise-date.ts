/**
 * Turns a date that keeps its precision into the span of days it covers, as times a chart axis
 * can place. "April 2011" becomes 1 to 30 April 2011, never a made-up single day.
 */
import { daysInMonth } from './calendar.ts';
import type { PreciseDate } from './schema.ts';

const DAY_MS = 86_400_000;

function isoDay(year: number, month: number, day: number): string {
  return `${String(year).padStart(4, '0')}-${String(month).padStart(2, '0')}-${String(day).padStart(2, '0')}`;
}

/** The last day (ISO) a precise date still covers. */
export function lastDayOf(d: PreciseDate): string {
  switch (d.precision) {
    case 'day':
      return d.date;
    case 'month': {
      const [y, m] = d.date.split('-').map(Number) as [number, number];
      return isoDay(y, m, daysInMonth(y, m));
    }
    case 'year':
      return `${d.date}-12-31`;
    case 'financial-year': {
      // "2011/12" runs from 1 April 2011 to 31 March 2012.
      const start = Number(d.date.slice(0, 4));
      return isoDay(start + 1, 3, 31);
    }
  }
}

/** The first day (ISO) a precise date covers. */
export function firstDayOf(d: PreciseDate): string {
  switch (d.precision) {
    case 'day':
      return d.date;
    case 'month':
      return `${d.date}-01`;
    case 'year':
      return `${d.date}-01-01`;
    case 'financial-year':
      return `${d.date.slice(0, 4)}-04-01`;
  }
}

/** Midnight UTC of an ISO day, so no reader's time zone can move a point to the day before. */
export function dayToTime(iso: string): number {
  const [y, m, d] = iso.split('-').map(Number) as [number, number, number];
  return Date.UTC(y, m - 1, d);
}

/** The ISO day of a UTC time, the inverse of dayToTime. */
export function timeToDay(time: number): string {
  return new Date(time).toISOString().slice(0, 10);
}

export type DayRange = {
  /** First and last ISO days the date covers, both inclusive. */
  first: string;
  last: string;
  /** Start of the first day and end of the last day (exclusive), in UTC milliseconds. */
  start: number;
  end: number;
};

export function dayRange(d: PreciseDate): DayRange {
  const first = firstDayOf(d);
  const last = lastDayOf(d);
  return { first, last, start: dayToTime(first), end: dayToTime(last) + DAY_MS };
}

/** A single ISO day as a range, for meeting dates. */
export function dayRangeOfIso(iso: string): DayRange {
  return dayRange({ date: iso, precision: 'day' });
}

/** Whether a date is one day exactly, and so can be drawn as a point rather than a span. */
export function isSingleDay(d: PreciseDate): boolean {
  return d.precision === 'day';
}

/** The UK financial year ("2011/12") that an ISO day falls in: April to March. */
export function financialYearOf(iso: string): string {
  const [y, m] = iso.split('-').map(Number) as [number, number];
  const start = m >= 4 ? y : y - 1;
  return `${start}/${String((start + 1) % 100).padStart(2, '0')}`;
}

/** The first day of each month from `start` to `end` (UTC ms), every `stepMonths` months. */
export function monthStarts(start: number, end: number, stepMonths = 1): number[] {
  const out: number[] = [];
  if (!(end >= start) || stepMonths < 1) return out;
  const s = new Date(start);
  // Round up to the next month start (or keep start when it already is one).
  let y = s.getUTCFullYear();
  let m = s.getUTCMonth();
  if (s.getUTCDate() !== 1 || s.getUTCHours() !== 0) m += 1;
  // Align to the step so ticks fall on January, April, July... rather than wherever the data starts.
  m = Math.ceil(m / Math.min(stepMonths, 12)) * Math.min(stepMonths, 12);
  y += Math.floor(m / 12);
  m %= 12;
  for (let t = Date.UTC(y, m, 1); t <= end; t = Date.UTC(y, m, 1)) {
    out.push(t);
    m += stepMonths;
    if (m >= 12) {
      y += Math.floor(m / 12);
      m %= 12;
    }
  }
  return out;
}

const TICK_STEPS = [1, 2, 3, 6, 12, 24, 60, 120];

/** Month-start ticks for an axis, at the finest step that keeps at most `maxTicks` of them. */
export function monthTicks(start: number, end: number, maxTicks: number): number[] {
  for (const step of TICK_STEPS) {
    const ticks = monthStarts(start, end, step);
    if (ticks.length <= Math.max(1, maxTicks)) return ticks;
  }
  return monthStarts(start, end, TICK_STEPS[TICK_STEPS.length - 1]);
}
