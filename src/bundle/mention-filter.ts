/**
 * Narrowing a long list of mentions by year, body and issue. Pure: the view keeps the choices
 * in the URL and passes them in. "none" stands for mentions the record gives no year or no body.
 */
import type { MentionKind, MentionRow } from './mentions.ts';

/** A year ("2016"), every year, or the mentions with no date in the record. */
export type YearChoice = string;

export type MentionFilter = {
  year: YearChoice;
  /** A body's id, "none" for mentions at no meeting, or null for every body. */
  body: string | null;
  /** One issue's id, as when arriving from that issue's page. */
  issue: string | null;
  /** Words the issue's title must contain, any case. */
  issueTitle: string | null;
};

export const NONE = 'none';
export const ALL_YEARS = 'all';

export function mentionYear(row: Pick<MentionRow, 'place'>): string | null {
  return row.place?.date?.slice(0, 4) ?? null;
}

export type MentionFilterChoices = {
  /** Years with mentions, latest first. */
  years: string[];
  undated: boolean;
  bodies: { id: string; name: string }[];
  /** Whether some mention was said at no meeting. */
  noBody: boolean;
};

export function mentionFilterChoices(
  rows: readonly Pick<MentionRow, 'place'>[],
): MentionFilterChoices {
  const years = new Set<string>();
  const bodies = new Map<string, string>();
  let undated = false;
  let noBody = false;
  for (const row of rows) {
    const year = mentionYear(row);
    if (year) years.add(year);
    else undated = true;
    const body = row.place?.body;
    if (body) bodies.set(body.id, body.name);
    else noBody = true;
  }
  return {
    years: [...years].sort().reverse(),
    undated,
    bodies: [...bodies]
      .map(([id, name]) => ({ id, name }))
      .sort((a, b) => a.name.localeCompare(b.name)),
    noBody,
  };
}

/**
 * The year shown when the URL names none: the whole list while it is short enough to chart in
 * one, otherwise the latest year with mentions, so the first view is a readable chart.
 */
export function defaultYear(choices: MentionFilterChoices, count: number, limit: number) {
  return count <= limit || choices.years.length === 0 ? ALL_YEARS : choices.years[0]!;
}

/** The year asked for, or the default where the URL names none or a year with no mentions. */
export function resolveYear(
  asked: string | null,
  choices: MentionFilterChoices,
  fallback: YearChoice,
): YearChoice {
  if (asked === ALL_YEARS || choices.years.includes(asked ?? '')) return asked!;
  if (asked === NONE && choices.undated) return NONE;
  return fallback;
}

export function filterMentions<K extends MentionKind>(
  rows: readonly MentionRow<K>[],
  filter: MentionFilter,
): MentionRow<K>[] {
  const words = filter.issueTitle?.trim().toLocaleLowerCase() ?? '';
  return rows.filter((row) => {
    if (filter.year !== ALL_YEARS && (mentionYear(row) ?? NONE) !== filter.year) return false;
    if (filter.body && (row.place?.body?.id ?? NONE) !== filter.body) return false;
    if (filter.issue && row.place?.item.issueId !== filter.issue) return false;
    if (words && !row.place?.issue?.title.toLocaleLowerCase().includes(words)) return false;
    return true;
  });
}
