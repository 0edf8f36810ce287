/**
 * What the record lets us say about a commitment. A record cannot show delivery after its own
 * end (`asOf`), so status is read against that end, not against today: a promise is "overdue"
 * only when its date passed while the record was still speaking and the record shows no
 * delivery; one that fell due after the record ends is "not known from this record". Dates keep
 * their precision: a promise "by April 2011" is due until 30 April 2011, one "during 2011/12"
 * until 31 March 2012.
 */
import { lastDayOf } from './precise-date.ts';
import type { Commitment, PreciseDate } from './schema.ts';

export type CommitmentStatus = 'met' | 'withdrawn' | 'overdue' | 'unknown' | 'undated';
/** Why a commitment has its status: the facts the status was read from, for the reader. */
export type StatusReason =
  | { kind: 'withdrawn' }
  | { kind: 'met-evidence' }
  | { kind: 'met-stated' }
  | { kind: 'no-due-date'; asOf: string }
  /** `dueEnds` is the last day the due date covers; the record ends on `asOf`. */
  | { kind: 'due-passed'; due: PreciseDate; dueEnds: string; asOf: string }
  | { kind: 'due-after-record'; due: PreciseDate; dueEnds: string; asOf: string };

export type StatusReading = { status: CommitmentStatus; reason: StatusReason };

/**
 * "met" needs evidence or the record's own word. Otherwise a dated promise is "overdue" when the
 * last day its date covers is on or before the record's end (the record spoke through the whole
 * due date and shows no delivery), and "unknown" when that day is after the record ends.
 */
export function commitmentStatus(c: Commitment, asOf: string): StatusReading {
  // The record's own "withdrawn" stands even where evidence of earlier work is attached.
  if (c.status === 'withdrawn') return { status: 'withdrawn', reason: { kind: 'withdrawn' } };
  if (c.evidence.length > 0) return { status: 'met', reason: { kind: 'met-evidence' } };
  if (c.status === 'met') return { status: 'met', reason: { kind: 'met-stated' } };
  if (!c.due) return { status: 'undated', reason: { kind: 'no-due-date', asOf } };
  const dueEnds = lastDayOf(c.due);
  return dueEnds <= asOf
    ? { status: 'overdue', reason: { kind: 'due-passed', due: c.due, dueEnds, asOf } }
    : { status: 'unknown', reason: { kind: 'due-after-record', due: c.due, dueEnds, asOf } };
}

/** One order for the statuses everywhere: filters, counts, keys. */
export const STATUS_ORDER: readonly CommitmentStatus[] = [
  'overdue',
  'unknown',
  'undated',
  'met',
  'withdrawn',
];

/** Soonest due first, by the last day each date covers; undated ones last. */
export function bySoonestDue(a: { commitment: Commitment }, b: { commitment: Commitment }): number {
  const da = a.commitment.due ? lastDayOf(a.commitment.due) : '9999';
  const db = b.commitment.due ? lastDayOf(b.commitment.due) : '9999';
  return da.localeCompare(db);
}

const OPEN: readonly CommitmentStatus[] = ['overdue', 'unknown', 'undated'];

/** Whether the record leaves the promise open: neither met nor withdrawn by its end. */
export function isOpen(status: CommitmentStatus): boolean {
  return OPEN.includes(status);
}

/** Open (not met, not withdrawn) commitments, soonest due first; undated ones last. */
export function openCommitments(list: readonly Commitment[], asOf: string) {
  return list
    .map((commitment) => ({ commitment, ...commitmentStatus(commitment, asOf) }))
    .filter((r) => isOpen(r.status))
    .sort(bySoonestDue);
}

/** How many commitments have each status, in the order the filters list them. */
export function countByStatus(
  list: readonly Commitment[],
  asOf: string,
): { status: CommitmentStatus; count: number }[] {
  const counts = new Map<CommitmentStatus, number>();
  for (const c of list) {
    const { status } = commitmentStatus(c, asOf);
    counts.set(status, (counts.get(status) ?? 0) + 1);
  }
  return STATUS_ORDER.map((status) => ({ status, count: counts.get(status) ?? 0 }));
}
