/** What a search hit shows beside its snippet: where in the record it is, and where it leads. */
import { dateOfItem, type BundleIndex } from '@/bundle/indexes.ts';
import type { SearchHit } from '@/data/search-engine.ts';

export type HitPlace = {
  /** The item's title, or the issue's for the issue itself. */
  title: string;
  /** The issue it belongs to, for an item; null for the issue itself. */
  issueTitle: string | null;
  bodyName: string | null;
  day: string | null;
  issueId: string;
  itemId: string | null;
};

export function placeOfHit(index: BundleIndex, hit: SearchHit): HitPlace | null {
  const issue = index.issueById.get(hit.issueId);
  if (!issue) return null;
  if (hit.itemId === null) {
    return {
      title: issue.title,
      issueTitle: null,
      bodyName: null,
      day: null,
      issueId: issue.id,
      itemId: null,
    };
  }
  const item = index.itemById.get(hit.itemId);
  if (!item) return null;
  const meeting = item.meetingId === null ? undefined : index.meetingById.get(item.meetingId);
  return {
    title: item.title,
    issueTitle: issue.title,
    bodyName: meeting ? (index.bodyById.get(meeting.bodyId)?.name ?? null) : null,
    day: dateOfItem(index, item),
    issueId: issue.id,
    itemId: item.id,
  };
}
