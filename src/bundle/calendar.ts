/**
 * The one calendar of the project: how many days a month has, whether a day exists, and UK
 * dates as the record prints them ("31/02/2010" is an error, never rolled over into March). The
 * importer reads with it and the schema checks with it, so they cannot disagree about a day.
 */
import { MONTH_ABBREVIATIONS, MONTH_NAMES } from './month-names.ts';

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
      problem: `impossible date "${text}": ${MONTH_NAMES[month - 1]} ${year} has ${days} days`,
    };
  }
  return { iso: `${m[3]}-${pad(month)}-${pad(day)}` };
}
