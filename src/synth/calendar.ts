/**
 * Days as whole numbers since 1970-01-01, because scheduling meetings is arithmetic on days.
 * Everything is UTC: no time zone or clock can move a synthetic meeting to another day.
 */
import { MONTH_NAMES } from '../bundle/month-names.ts';

const DAY_MS = 86_400_000;

export function dayOf(iso: string): number {
  const [y, m, d] = iso.split('-').map(Number) as [number, number, number];
  return Date.UTC(y, m - 1, d) / DAY_MS;
}

export function isoOf(day: number): string {
  return new Date(day * DAY_MS).toISOString().slice(0, 10);
}

/** 0 is Sunday, as Date counts. */
export function weekdayOf(day: number): number {
  return new Date(day * DAY_MS).getUTCDay();
}

export function yearOf(iso: string): number {
  return Number(iso.slice(0, 4));
}

export function monthOf(iso: string): number {
  return Number(iso.slice(5, 7));
}

/** "16/11/2010", as ModernGov prints a meeting's date. */
export function ukDate(iso: string): string {
  return `${iso.slice(8, 10)}/${iso.slice(5, 7)}/${iso.slice(0, 4)}`;
}

/** "16 November 2010". */
export function longDate(iso: string): string {
  return `${Number(iso.slice(8, 10))} ${monthName(monthOf(iso))} ${iso.slice(0, 4)}`;
}

/** "November 2010". */
export function monthYear(iso: string): string {
  return `${monthName(monthOf(iso))} ${iso.slice(0, 4)}`;
}

export function monthName(month: number): string {
  return MONTH_NAMES[month - 1]!;
}

/** The UK financial year a day falls in, as the record writes it: "2019/20" runs April to March. */
export function financialYearOf(iso: string): string {
  const start = monthOf(iso) >= 4 ? yearOf(iso) : yearOf(iso) - 1;
  return `${start}/${String((start + 1) % 100).padStart(2, '0')}`;
}

/** The month `months` after the one `iso` falls in, as "YYYY-MM". */
export function addMonths(iso: string, months: number): string {
  const total = yearOf(iso) * 12 + (monthOf(iso) - 1) + months;
  return `${Math.floor(total / 12)}-${String((total % 12) + 1).padStart(2, '0')}`;
}
