/**
 * What every page form is read into before pages are merged: the stored text, the issues it is
 * about, the items it lists (each with its meeting) and meetings it lists without items. Every
 * span points into `text`, which is what the bundle stores as the document's text.
 */
import type { PreciseDate } from '../bundle/schema.ts';
import type { ParsedFact, ParsedItem } from './parsed-item.ts';
import type { Span } from './text-spans.ts';

/** A forward-plan entry: a decision to be taken, never one that was. */
export type ParsedPlan = {
  due: PreciseDate | null;
  maker: string | null;
  previouslyDue: string | null;
  span: Span;
};

export type ParsedIssue = {
  title: string;
  subtitle: string | null;
  /** Null where the page prints no title of its own and an item's title stands in. */
  titleSpan: Span | null;
  subtitleSpan?: Span;
  planned?: ParsedPlan[];
  facts?: ParsedFact[];
};

/** A meeting a page lists without any item of it (a committee's list of meetings). */
export type ListedMeeting = {
  date: string;
  bodyName: string;
  headerSpan: Span;
  headerLine: number;
  cancelled: boolean;
  /** The committee's name as the page gives it, where that is not on the meeting's own line. */
  bodySpan?: Span;
  /** Where the committee was read from a clue (an item's or a document's) rather than stated. */
  bodyInferred?: boolean;
  siteId?: string;
};

/**
 * Lines that are the site's, not the record's: menus and breadcrumbs above the page's heading,
 * navigation at its foot, template residue, markup, and web-service bookkeeping (ids, flags).
 */
export type FurnitureKind = 'navigation' | 'template' | 'layout' | 'markup' | 'metadata';
export type Furniture = { kind: FurnitureKind; span: Span };

/** A link in a saved HTML page: the words that carry it, in the stored text, and its address. */
export type PageLink = { start: number; end: number; href: string };

export type PageForm =
  | 'issue-meetings'
  | 'issue-decisions'
  | 'decision-details'
  | 'agenda-item'
  | 'meeting'
  | 'getmeetings-xml'
  | 'getmeeting-xml'
  | 'issue-details';

export type ParsedSource = {
  form: PageForm;
  /** A short title for the document record. */
  title: string;
  /** What the bundle stores: the page's text, with the site's layout blanked where it is read. */
  text: string;
  /** The page's text as read, layout included: the lines the read report accounts for. */
  pageText?: string;
  issues: ParsedIssue[];
  /** Items whose `issueTitle` is unset belong to the first issue. */
  items: ParsedItem[];
  meetings: ListedMeeting[];
  /** What a meeting page says of its one meeting ("Venue:", "Contact:"). */
  meetingFacts?: ParsedFact[];
  /** The page's own heading lines ("Issue - meetings", "Decision details"). */
  headings: Span[];
  furniture: Furniture[];
  links: PageLink[];
};

export const DOCUMENT_KINDS: Record<PageForm, string> = {
  'issue-meetings': 'moderngov-issue-meetings',
  'issue-decisions': 'moderngov-issue-decisions',
  'decision-details': 'moderngov-decision-details',
  'agenda-item': 'moderngov-agenda-item',
  meeting: 'moderngov-meeting',
  'getmeetings-xml': 'moderngov-getmeetings-xml',
  'getmeeting-xml': 'moderngov-getmeeting-xml',
  'issue-details': 'moderngov-issue-details',
};

export const FORM_TITLES: Record<PageForm, string> = {
  'issue-meetings': 'Issue - meetings',
  'issue-decisions': 'Issue - decisions',
  'decision-details': 'Decision details',
  'agenda-item': 'Agenda item',
  meeting: 'Agenda and minutes',
  'getmeetings-xml': 'Meetings (web service)',
  'getmeeting-xml': 'Meeting (web service)',
  'issue-details': 'Issue details',
};

/** Pages that do not say which issue an item belongs to: each item title is its own issue. */
export function issuesOfItems(items: readonly ParsedItem[]): ParsedIssue[] {
  return [...new Map(items.map((i) => [i.title, i])).values()].map((i) => ({
    title: i.title,
    subtitle: null,
    titleSpan: i.titleSpan,
  }));
}
