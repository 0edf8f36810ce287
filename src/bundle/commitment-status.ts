/**
 * What the record lets us say about a commitment today. Dates keep their precision: a promise
 * "by April 2011" is still due on 30 April 2011, and one "during 2011/12" until 31 March 2012.
 */
import type { Commitment, PreciseDate } from './schema.ts';

export type CommitmentStatus = 'met' | 'withdrawn' | 'due' | 'overdue' | 'undated';

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
      // Day 0 of the next month is the last day of this one; UTC avoids time-zone drift.
      const last = new Date(Date.UTC(y, m, 0)).getUTCDate();
      return isoDay(y, m, last);
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

/** Today as an ISO day in local time, which is the calendar a reader has in mind. */
export function todayIso(now: Date = new Date()): string {
  return isoDay(now.getFullYear(), now.getMonth() + 1, now.getDate());
}

export type StatusReading = {
  status: CommitmentStatus;
  /** Whether the due date was still ahead when the record ends (its asOf date). */
  openAtAsOf: boolean;
};

/**
 * "met" needs evidence or the record's own word; otherwise a dated promise is "due" until the
 * last day its date covers and "overdue" after that, because nothing in this record shows it done.
 */
export function commitmentStatus(c: Commitment, asOf: string, today: string): StatusReading {
  // The record's own "withdrawn" stands even where evidence of earlier work is attached.
  if (c.status === 'withdrawn') return { status: 'withdrawn', openAtAsOf: false };
  if (c.status === 'met' || c.evidence.length > 0) return { status: 'met', openAtAsOf: false };
  if (!c.due) return { status: 'undated', openAtAsOf: true };
  const last = lastDayOf(c.due);
  return { status: today <= last ? 'due' : 'overdue', openAtAsOf: asOf <= last };
}

/** Open (not met, not withdrawn) commitments, soonest due first; undated ones last. */
export function openCommitments(list: readonly Commitment[], asOf: string, today: string) {
  return list
    .map((commitment) => ({ commitment, ...commitmentStatus(commitment, asOf, today) }))
    .filter((r) => r.status === 'due' || r.status === 'overdue' || r.status === 'undated')
    .sort(bySoonestDue);
}

/** Soonest due first, by the last day each date covers; undated ones last. */
export function bySoonestDue(a: { commitment: Commitment }, b: { commitment: Commitment }): number {
  const da = a.commitment.due ? lastDayOf(a.commitment.due) : '9999';
  const db = b.commitment.due ? lastDayOf(b.commitment.due) : '9999';
  return da.localeCompare(db);
}
