import { countByStatus, isOpen, openCommitments } from '@/bundle/commitment-status.ts';
import {
  dateSpan,
  oneOffCosts,
  recurringSavings,
  structureChanges,
  type BundleIndex,
} from '@/bundle/indexes.ts';
import type { Issue, Meeting } from '@/bundle/schema.ts';
import { unreviewedMentions } from '@/bundle/mentions.ts';
import { activityModel, LIST_AT_MOST } from './overview-activity.ts';

function issueLine(index: BundleIndex, issue: Issue) {
  const items = index.itemsByIssue.get(issue.id) ?? [];
  // A decision taken outside a meeting, and a plan, are never counted as meetings.
  const decisionCount = items.filter((i) => i.meetingId === null).length;
  return {
    issue,
    meetingCount: items.length - decisionCount,
    decisionCount,
    span: dateSpan(index, issue.id),
  };
}

function meetingLine(index: BundleIndex, meeting: Meeting) {
  return {
    meeting,
    body: index.bodyById.get(meeting.bodyId),
    items: index.itemsByMeeting.get(meeting.id) ?? [],
  };
}

/** What the overview shows, shaped from the index in one pure step. */
export function overviewModel(index: BundleIndex) {
  const { bundle } = index;
  const open = openCommitments(bundle.commitments, bundle.asOf);
  return {
    council: bundle.council,
    asOf: bundle.asOf,
    span: dateSpan(index),
    bodies: bundle.bodies,
    meetingCount: bundle.meetings.length,
    issueCount: index.issues.length,
    /** Each issue with its counts, or null where there are too many to list on one page. */
    issues:
      index.issues.length > LIST_AT_MOST ? null : index.issues.map((i) => issueLine(index, i)),
    savings: recurringSavings(index),
    costs: oneOffCosts(index),
    structure: structureChanges(index),
    /** Whether an editor has reviewed any figure at all: if not, silence proves nothing. */
    figuresReviewed: bundle.figures.length > 0,
    mentionedAmounts: unreviewedMentions(index, 'money').length,
    open,
    /** Open commitments by status, in the one order; statuses none has are left out. */
    openByStatus: countByStatus(bundle.commitments, bundle.asOf).filter(
      (c) => isOpen(c.status) && c.count > 0,
    ),
    nextDue: open.find((o) => o.commitment.due) ?? null,
    /** Each meeting with its items, or null where there are too many to list on one page. */
    meetings:
      index.meetingsByDate.length > LIST_AT_MOST
        ? null
        : index.meetingsByDate.map((m) => meetingLine(index, m)),
    activity: activityModel(index),
  };
}

export type OverviewModel = ReturnType<typeof overviewModel>;
