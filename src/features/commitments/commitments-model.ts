import {
  bySoonestDue,
  commitmentStatus,
  STATUS_ORDER,
  type CommitmentStatus,
  type StatusReason,
} from '@/bundle/commitment-status.ts';
import { placeOfItem, type BundleIndex, type ItemPlace } from '@/bundle/indexes.ts';
import type { Commitment } from '@/bundle/schema.ts';

export const STATUS_FILTERS = STATUS_ORDER;
/** The owner filter's value for commitments whose owner the record does not name. */
export const NO_OWNER = '-';

export type CommitmentRow = {
  commitment: Commitment;
  status: CommitmentStatus;
  reason: StatusReason;
  place: ItemPlace | null;
};

export function commitmentRows(index: BundleIndex): CommitmentRow[] {
  const asOf = index.bundle.asOf;
  return index.bundle.commitments
    .map((commitment) => ({
      commitment,
      ...commitmentStatus(commitment, asOf),
      place: placeOfItem(index, commitment.madeAt),
    }))
    .sort(bySoonestDue);
}

export function ownersOf(rows: readonly CommitmentRow[]): string[] {
  return [...new Set(rows.flatMap((r) => (r.commitment.owner ? [r.commitment.owner] : [])))].sort(
    (a, b) => a.localeCompare(b, 'en-GB'),
  );
}

/** Filters from the URL; unknown values are ignored rather than hiding everything. */
export function filterRows(
  rows: readonly CommitmentRow[],
  status: string | null,
  owner: string | null,
): CommitmentRow[] {
  return rows.filter(
    (r) =>
      (!status || !isStatusFilter(status) || r.status === status) &&
      (!owner || (owner === NO_OWNER ? r.commitment.owner === null : r.commitment.owner === owner)),
  );
}

export function isStatusFilter(value: string): value is CommitmentStatus {
  return (STATUS_FILTERS as readonly string[]).includes(value);
}
