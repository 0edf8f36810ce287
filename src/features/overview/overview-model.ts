import { countByStatus, isOpen, openCommitments } from '@/bundle/commitment-status.ts';
import {
  dateSpan,
  oneOffCosts,
  recurringSavings,
  structureChanges,
  type BundleIndex,
} from '@/bundle/indexes.ts';
import type { Issue, Meeting } from '@/bundle/schema.ts';
import { countUnreviewedMentions } from '@/bundle/mentions.ts';
import type { Figure } from '@/bundle/schema.ts';
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

/** A headline card lists this many at most; the view behind it has the rest. */
export const HEADLINE_AT_MOST = 5;

/** The size a headline ranks a figure by: its amount, or the top of its range. */
function figureSize(figure: Figure): number {
  return Math.abs(figure.value ?? figure.high ?? figure.low ?? 0);
}

/**
 * What a headline card shows: everything, in the record's order, when there is little; else the
 * largest few, and how many more the view behind it holds.
 */
export function headline<T>(all: readonly T[], size: (x: T) => number) {
  if (all.length <= HEADLINE_AT_MOST) return { shown: [...all], more: 0 };
  const shown = [...all].sort((a, b) => size(b) - size(a)).slice(0, HEADLINE_AT_MOST);
  return { shown, more: all.length - HEADLINE_AT_MOST };
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
    savings: headline(recurringSavings(index), figureSize),
    costs: headline(oneOffCosts(index), figureSize),
    structure: headline(structureChanges(index), (c) => Math.abs(c.first.fte - c.last.fte)),
    /** Whether an editor has reviewed any figure at all: if not, silence proves nothing. */
    figuresReviewed: bundle.figures.length > 0,
    mentionedAmounts: countUnreviewedMentions(index, 'money'),
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
