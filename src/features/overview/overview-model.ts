import { openCommitments, todayIso } from '@/bundle/commitment-status.ts';
import {
  dateSpan,
  oneOffCosts,
  recurringSavings,
  structureChanges,
  type BundleIndex,
} from '@/bundle/indexes.ts';

/** What the overview shows, shaped from the index in one pure step. */
export function overviewModel(index: BundleIndex, today: string = todayIso()) {
  const { bundle } = index;
  const open = openCommitments(bundle.commitments, bundle.asOf, today);
  return {
    council: bundle.council,
    asOf: bundle.asOf,
    span: dateSpan(index),
    bodies: bundle.bodies,
    meetingCount: bundle.meetings.length,
    issues: index.issues.map((issue) => {
      const items = index.itemsByIssue.get(issue.id) ?? [];
      // A decision taken outside a meeting, and a plan, are never counted as meetings.
      const decisionCount = items.filter((i) => i.meetingId === null).length;
      return {
        issue,
        meetingCount: items.length - decisionCount,
        decisionCount,
        span: dateSpan(index, issue.id),
      };
    }),
    savings: recurringSavings(index),
    costs: oneOffCosts(index),
    structure: structureChanges(index),
    open,
    nextDue: open.find((o) => o.commitment.due) ?? null,
    meetings: index.meetingsByDate.map((meeting) => ({
      meeting,
      body: index.bodyById.get(meeting.bodyId),
      items: index.itemsByMeeting.get(meeting.id) ?? [],
    })),
  };
}

export type OverviewModel = ReturnType<typeof overviewModel>;
