/**
 * Every issue in the record as one row each, for a list that must stay useful at ten years and
 * ten thousand issues: what bodies dealt with it, in which years, when it was last before one,
 * and whether the record holds a decision, reviewed figures or commitments for it.
 */
import { dateOfItem, type BundleIndex } from '@/bundle/indexes.ts';
import type { Issue } from '@/bundle/schema.ts';

export type IssueRow = {
  issue: Issue;
  /** Bodies whose meetings dealt with the issue, in the order they first did. */
  bodyIds: readonly string[];
  /** Years of its dated items, oldest first. */
  years: readonly number[];
  /** The latest dated item; null when the record dates none of them. */
  latest: string | null;
  meetingCount: number;
  decided: boolean;
  figureCount: number;
  commitmentCount: number;
};

export const HAS_VALUES = ['decision', 'figures', 'commitments'] as const;
export type HasValue = (typeof HAS_VALUES)[number];

export type IssueFilters = { body: string | null; year: string | null; has: HasValue | null };

export function isHasValue(value: string | null): value is HasValue {
  return (HAS_VALUES as readonly (string | null)[]).includes(value);
}

function rowOf(index: BundleIndex, issue: Issue): IssueRow {
  const items = index.itemsByIssue.get(issue.id) ?? [];
  const bodyIds: string[] = [];
  const years = new Set<number>();
  let latest: string | null = null;
  let meetingCount = 0;
  let figureCount = 0;
  let commitmentCount = 0;
  for (const item of items) {
    const meeting = item.meetingId === null ? undefined : index.meetingById.get(item.meetingId);
    if (meeting) {
      meetingCount += 1;
      if (!bodyIds.includes(meeting.bodyId)) bodyIds.push(meeting.bodyId);
    }
    const day = dateOfItem(index, item);
    if (day !== null) {
      years.add(Number(day.slice(0, 4)));
      if (latest === null || day > latest) latest = day;
    }
    figureCount += index.figuresByItem.get(item.id)?.length ?? 0;
    commitmentCount += index.commitmentsByItem.get(item.id)?.length ?? 0;
  }
  return {
    issue,
    bodyIds,
    years: [...years].sort((a, b) => a - b),
    latest,
    meetingCount,
    decided: items.some((item) => item.decided),
    figureCount,
    commitmentCount,
  };
}

/** Latest first; issues the record dates nothing of come last; then by title. */
function compareRows(a: IssueRow, b: IssueRow): number {
  if (a.latest !== b.latest) {
    if (a.latest === null) return 1;
    if (b.latest === null) return -1;
    return a.latest > b.latest ? -1 : 1;
  }
  return a.issue.title.localeCompare(b.issue.title, 'en-GB');
}

export function issueRows(index: BundleIndex): IssueRow[] {
  return index.issues.map((issue) => rowOf(index, issue)).sort(compareRows);
}

export function filterIssueRows(rows: readonly IssueRow[], filters: IssueFilters): IssueRow[] {
  const year = filters.year === null ? null : Number(filters.year);
  return rows.filter(
    (row) =>
      (filters.body === null || row.bodyIds.includes(filters.body)) &&
      (year === null || row.years.includes(year)) &&
      (filters.has === null ||
        (filters.has === 'decision' && row.decided) ||
        (filters.has === 'figures' && row.figureCount > 0) ||
        (filters.has === 'commitments' && row.commitmentCount > 0)),
  );
}

/** The list and what its filters can choose from: only bodies and years some issue has. */
export function issueListModel(index: BundleIndex) {
  const rows = issueRows(index);
  const bodyIds = new Set(rows.flatMap((row) => row.bodyIds));
  const years = new Set(rows.flatMap((row) => row.years));
  return {
    rows,
    bodies: index.bundle.bodies
      .filter((body) => bodyIds.has(body.id))
      .map((body) => ({ value: body.id, label: body.name }))
      .sort((a, b) => a.label.localeCompare(b.label, 'en-GB')),
    years: [...years].sort((a, b) => b - a).map((y) => ({ value: String(y), label: String(y) })),
    bodyName: (id: string) => index.bodyById.get(id)?.name ?? id,
  };
}

export type IssueListModel = ReturnType<typeof issueListModel>;
