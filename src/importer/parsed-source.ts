/**
 * What every page form is read into before pages are merged: the stored text, the issues it is
 * about, the items it lists (each with its meeting) and meetings it lists without items. Every
 * span points into `text`, which is what the bundle stores as the document's text.
 */
import type { ParsedItem } from './moderngov-issue-page.ts';
import type { Span } from './text-spans.ts';

export type ParsedIssue = {
  title: string;
  subtitle: string | null;
  /** Null where the page prints no title of its own and an item's title stands in. */
  titleSpan: Span | null;
};

/** A meeting a page lists without any item of it (a committee's list of meetings). */
export type ListedMeeting = {
  date: string;
  bodyName: string;
  headerSpan: Span;
  headerLine: number;
  cancelled: boolean;
};

export type PageForm =
  | 'issue-meetings'
  | 'issue-decisions'
  | 'decision-details'
  | 'agenda-item'
  | 'meeting'
  | 'getmeetings-xml'
  | 'getmeeting-xml';

export type ParsedSource = {
  form: PageForm;
  /** A short title for the document record. */
  title: string;
  text: string;
  issues: ParsedIssue[];
  /** Items whose `issueTitle` is unset belong to the first issue. */
  items: ParsedItem[];
  meetings: ListedMeeting[];
};

export const DOCUMENT_KINDS: Record<PageForm, string> = {
  'issue-meetings': 'moderngov-issue-meetings',
  'issue-decisions': 'moderngov-issue-decisions',
  'decision-details': 'moderngov-decision-details',
  'agenda-item': 'moderngov-agenda-item',
  meeting: 'moderngov-meeting',
  'getmeetings-xml': 'moderngov-getmeetings-xml',
  'getmeeting-xml': 'moderngov-getmeeting-xml',
};

export const FORM_TITLES: Record<PageForm, string> = {
  'issue-meetings': 'Issue - meetings',
  'issue-decisions': 'Issue - decisions',
  'decision-details': 'Decision details',
  'agenda-item': 'Agenda item',
  meeting: 'Agenda and minutes',
  'getmeetings-xml': 'Meetings (web service)',
  'getmeeting-xml': 'Meeting (web service)',
};

/** Pages that do not say which issue an item belongs to: each item title is its own issue. */
export function issuesOfItems(items: readonly ParsedItem[]): ParsedIssue[] {
  return [...new Map(items.map((i) => [i.title, i])).values()].map((i) => ({
    title: i.title,
    subtitle: null,
    titleSpan: i.titleSpan,
  }));
}
