/**
 * Shapes one issue's trail from the index, once per bundle: its stops, the counts its summary
 * names, and how the issue moved from one stop to the next. Pure, no React.
 */
import { countUnreviewedMentions } from '@/bundle/mentions.ts';
import {
  dateSpan,
  movementBetween,
  stopsOfIssue,
  type BundleIndex,
  type Movement,
  type Stop,
} from '@/bundle/indexes.ts';
import type { IssueDetail, Meeting, SourceSpan } from '@/bundle/schema.ts';
import { placeName } from '@/ui/place.ts';

export function issueTrailModel(index: BundleIndex, detail: IssueDetail) {
  const issueId = detail.issueId;
  const issue = index.issueById.get(issueId);
  if (!issue) return null;
  const stops = stopsOfIssue(index, detail);
  // Apart, because only the dated ones have an order the reader may reverse.
  const dated = stops.filter((stop) => stop.date !== null);
  return {
    issue,
    asOf: index.bundle.asOf,
    dated,
    undated: stops.filter((stop) => stop.date === null),
    stopCount: stops.length,
    meetingCount: stops.filter((stop) => stop.kind === 'meeting').length,
    decisionCount: stops.filter((stop) => stop.kind === 'decision').length,
    span: dateSpan(index, issueId),
    movements: movementsAlong(dated),
    mentionedAmounts: mentionedAmountsOf(index, issueId),
  };
}

/** How many amounts of money the issue's pages mention that no editor has reviewed. */
export function mentionedAmountsOf(index: BundleIndex, issueId: string): number {
  const items = (index.itemsByIssue.get(issueId) ?? []).map((item) => item.id);
  return countUnreviewedMentions(index, 'money', items);
}

export type IssueTrail = NonNullable<ReturnType<typeof issueTrailModel>>;

/**
 * How the issue came into each dated stop from the one before it, by the stop's item id. Worked
 * out in date order whichever way the reader lists the trail: "came from" means earlier in time.
 */
export function movementsAlong(dated: readonly Stop[]): ReadonlyMap<string, Movement> {
  const movements = new Map<string, Movement>();
  dated.forEach((stop, i) => {
    const earlier = dated[i - 1];
    const movement = earlier && movementBetween(earlier, stop);
    if (movement) movements.set(stop.item.id, movement);
  });
  return movements;
}

/** Stops with no date stay last either way: the record gives them no place in the order. */
export function trailInOrder(
  trail: Pick<IssueTrail, 'dated' | 'undated'>,
  newestFirst: boolean,
): Stop[] {
  return [...(newestFirst ? [...trail.dated].reverse() : trail.dated), ...trail.undated];
}

/** Where a stop happened, for its heading: the body that met, or who decided outside a meeting. */
export function stopWhere(stop: Stop): string {
  return stop.kind === 'meeting' ? stop.body.name : placeName(stop);
}

/** The words a meeting's body or date was read from, where the page had no meeting line. */
export function inferredFrom(meeting: Meeting): SourceSpan | null {
  if (meeting.bodyBasis === 'inferred' && meeting.bodySource) return meeting.bodySource;
  return meeting.basis === 'inferred' ? meeting.source : null;
}
