/**
 * Ten years of weekly committees are thousands of marks, far more than a phone can draw apart.
 * Past MAX_MARKS a lane is drawn as one column a month, as tall as that month's count; the table
 * beside the chart still lists every event. Also the years a reader can zoom the axis to.
 */
import { formatPreciseDate } from '@/bundle/calendar.ts';
import { dayRange, type DayRange } from '@/bundle/precise-date.ts';
import type { PreciseDate } from '@/bundle/schema.ts';

/**
 * About 300 px of axis on a 360 px phone: 120 marks packed into a few rows still sit a few pixels
 * apart, and ten years of monthly columns (120 of them) fit in one grouped lane.
 */
export const MAX_MARKS = 120;

/** One month's events of one lane, drawn as a single column. */
export type MonthGroup<L extends string> = {
  id: string;
  lane: L;
  group: 'month';
  /** The month, at month precision: a column covers the whole month. */
  date: PreciseDate;
  range: DayRange;
  count: number;
};

type Groupable<L extends string> = { lane: L; date: PreciseDate; range: DayRange };

/**
 * Events of a day or a month go into the month they fall in. A year or financial year stays a
 * span of its own: counting it in its first month would claim a month the record never named.
 * Months with nothing in them make no group, so they draw nothing.
 */
export function groupByMonth<L extends string, T extends Groupable<L>>(
  events: readonly T[],
): { groups: MonthGroup<L>[]; spans: T[] } {
  const byMonth = new Map<string, MonthGroup<L>>();
  const spans: T[] = [];
  for (const event of events) {
    const { precision } = event.date;
    if (precision !== 'day' && precision !== 'month') {
      spans.push(event);
      continue;
    }
    const month = event.date.date.slice(0, 7);
    const key = `${event.lane}-${month}`;
    const group = byMonth.get(key);
    if (group) group.count += 1;
    else {
      const date = { date: month, precision: 'month' as const };
      byMonth.set(key, {
        id: `${key}-group`,
        lane: event.lane,
        group: 'month',
        date,
        range: dayRange(date),
        count: 1,
      });
    }
  }
  const groups = [...byMonth.values()].sort((a, b) => a.range.start - b.range.start);
  return { groups, spans };
}

/** The month a group covers, as a reader says it: "March 2015". */
export function groupMonth(group: MonthGroup<string>): string {
  return formatPreciseDate(group.date);
}

/** The group with the highest count, the first of equals; null for none. */
export function busiest<L extends string>(groups: readonly MonthGroup<L>[]): MonthGroup<L> | null {
  return groups.reduce<MonthGroup<L> | null>(
    (top, g) => (!top || g.count > top.count ? g : top),
    null,
  );
}

/** First and last moments (UTC ms, end exclusive) of a calendar year. */
export function yearBounds(year: number): { start: number; end: number } {
  return { start: Date.UTC(year, 0, 1), end: Date.UTC(year + 1, 0, 1) };
}

/** Every calendar year any range touches, in order: a financial year touches two. */
export function yearsOf(ranges: readonly DayRange[]): number[] {
  const years = new Set<number>();
  for (const r of ranges) {
    const last = new Date(r.end - 1).getUTCFullYear();
    for (let y = new Date(r.start).getUTCFullYear(); y <= last; y++) years.add(y);
  }
  return [...years].sort((a, b) => a - b);
}

/** Whether a range has any day in the year. */
export function inYear(range: DayRange, year: number): boolean {
  const { start, end } = yearBounds(year);
  return range.start < end && range.end > start;
}
