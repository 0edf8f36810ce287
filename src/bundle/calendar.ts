/**
 * The one calendar of the project: how many days a month has, whether a day exists, UK dates as
 * the record prints them ("31/02/2010" is an error, never rolled over into March), and dates as
 * the app and the importer write them. The importer reads with it and the schema checks with it,
 * so they cannot disagree about a day.
 */
import { MONTH_ABBREVIATIONS, MONTH_NAMES } from './month-names.ts';
import type { PreciseDate } from './schema.ts';

export function daysInMonth(year: number, month: number): number {
  return new Date(Date.UTC(year, month, 0)).getUTCDate();
}

/** True for an ISO day that exists: 2010-02-31 has the right shape but is no date. */
export function isRealDay(iso: string): boolean {
  const [y, m, d] = iso.split('-').map(Number) as [number, number, number];
  return m >= 1 && m <= 12 && d >= 1 && d <= daysInMonth(y, m);
}

/** A month as the record writes it: its name, its three-letter abbreviation, or "Sept". */
export const MONTH_WORD = [...MONTH_NAMES, 'Sept', ...MONTH_ABBREVIATIONS].join('|');

/** "January", "Jan" or "Sept" (any case) to its number; 0 where it names no month. */
export function monthNumber(name: string): number {
  const n = name.toLowerCase();
  if (n === 'sept') return 9;
  if (n.length < 3) return 0;
  return (
    MONTH_NAMES.findIndex((m) => m.toLowerCase() === n || m.toLowerCase().slice(0, 3) === n) + 1
  );
}

function pad(n: number): string {
  return String(n).padStart(2, '0');
}

/** "DD/MM/YYYY" as an ISO day, or a reason a person can act on. */
export function parseUkDate(text: string): { iso: string } | { problem: string } {
  const m = /^(\d{1,2})\/(\d{1,2})\/(\d{4})$/.exec(text);
  if (!m) return { problem: `"${text}" is not a date in the form DD/MM/YYYY` };
  const [day, month, year] = [Number(m[1]), Number(m[2]), Number(m[3])];
  if (month < 1 || month > 12)
    return { problem: `impossible date "${text}": there is no month ${month}` };
  const days = daysInMonth(year, month);
  if (day < 1 || day > days) {
    return {
      problem: `impossible date "${text}": ${formatMonth(year, month)} has ${days} days`,
    };
  }
  return { iso: `${m[3]}-${pad(month)}-${pad(day)}` };
}

// Written dates come from Intl, read in UTC from Date.UTC times, so the reader's time zone can
// never move a day. Each formatter is made once: making one is far slower than using it.
const dayFormat = new Intl.DateTimeFormat('en-GB', {
  timeZone: 'UTC',
  day: 'numeric',
  month: 'short',
  year: 'numeric',
});
const monthFormat = new Intl.DateTimeFormat('en-GB', {
  timeZone: 'UTC',
  month: 'long',
  year: 'numeric',
});
const monthTickFormat = new Intl.DateTimeFormat('en-GB', {
  timeZone: 'UTC',
  month: 'short',
  year: 'numeric',
});

/** "2010-12-13" -> "13 Dec 2010"; anything that is not a real ISO day is shown as given. */
export function formatDay(iso: string): string {
  if (!/^\d{4}-\d{2}-\d{2}$/.test(iso) || !isRealDay(iso)) return iso;
  const [y, m, d] = iso.split('-').map(Number) as [number, number, number];
  return dayFormat.format(Date.UTC(y, m - 1, d));
}

/** (2011, 4) -> "April 2011". */
export function formatMonth(year: number, month: number): string {
  return monthFormat.format(Date.UTC(year, month - 1, 1));
}

/** A date at the precision the record gave it: "13 Dec 2010", "April 2011", "2011", "2011/12". */
export function formatPreciseDate(p: PreciseDate): string {
  switch (p.precision) {
    case 'day':
      return formatDay(p.date);
    case 'month': {
      const [y, m] = p.date.split('-').map(Number);
      return y && m && m <= 12 ? formatMonth(y, m) : p.date;
    }
    case 'year':
    case 'financial-year':
      return p.date;
  }
}

/** A UTC time as "Apr 2011", for chart axes whose ticks sit on month starts. */
export function formatMonthTick(time: number): string {
  const date = new Date(time);
  return Number.isNaN(date.getTime()) ? '' : monthTickFormat.format(date);
}
