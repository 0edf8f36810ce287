import {
  bySoonestDue,
  commitmentStatus,
  STATUS_ORDER,
  type CommitmentStatus,
  type StatusReason,
} from '@/bundle/commitment-status.ts';
import { placeOfItem, type BundleIndex, type ItemPlace } from '@/bundle/indexes.ts';
import { unreviewedMentions } from '@/bundle/mentions.ts';
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

/**
 * What the commitments view shows, shaped once per bundle: every row in due order, the owners
 * its filter offers, and the dates the record mentions that no editor has read for promises.
 * The filters narrow these rows as the reader picks them, without shaping the bundle again.
 */
export function commitmentsModel(index: BundleIndex) {
  const rows = commitmentRows(index);
  return {
    rows,
    owners: ownersOf(rows),
    /** Whether any commitment names no owner, so the filter can offer those alone. */
    hasUnowned: rows.some((r) => r.commitment.owner === null),
    /** Null where the bundle is split and its index leaves the dates to each issue's file. */
    mentions: index.bundle.mentionKinds.includes('date') ? unreviewedMentions(index, 'date') : null,
    asOf: index.bundle.asOf,
  };
}

export type CommitmentsModel = ReturnType<typeof commitmentsModel>;
