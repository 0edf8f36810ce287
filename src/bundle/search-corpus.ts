/**
 * What search reads: one document per issue (its title) and one per item (its title, decision,
 * agenda text and minutes). An issue's title is its own document, not repeated on each item, so
 * a word in the title finds the issue once rather than once per meeting.
 */
import type { Bundle } from './schema.ts';

export const SEARCH_FIELDS = ['title', 'decision', 'agenda', 'minutes'] as const;
export type SearchField = (typeof SEARCH_FIELDS)[number];

/**
 * From this many letters a word also finds the words it begins. One or two letters begin most
 * words of a council's record: "p" would match nine documents in ten, scoring them takes the
 * search worker half a second on a phone, and the list helps nobody.
 */
export const PREFIX_FROM = 3;

/** True where the query's last word is too short to find the words it begins. */
export function endsInShortWord(query: string): boolean {
  const last = query.trim().split(/\s+/).at(-1) ?? '';
  return last.length > 0 && last.length < PREFIX_FROM;
}

export type SearchDoc = {
  /** `issue:ID` or `item:ID`, so the two kinds never share an id. */
  id: string;
  issueId: string;
  /** Null for the issue's own document. */
  itemId: string | null;
} & Record<SearchField, string>;

export function searchCorpus(bundle: Pick<Bundle, 'issues' | 'items'>): SearchDoc[] {
  const docs: SearchDoc[] = bundle.issues.map((issue) => ({
    id: `issue:${issue.id}`,
    issueId: issue.id,
    itemId: null,
    title: issue.subtitle ? `${issue.title}: ${issue.subtitle}` : issue.title,
    decision: '',
    agenda: '',
    minutes: '',
  }));
  for (const item of bundle.items) {
    docs.push({
      id: `item:${item.id}`,
      issueId: item.issueId,
      itemId: item.id,
      title: item.title,
      decision: item.decision?.text ?? '',
      agenda: item.agendaText?.text ?? '',
      minutes: item.minutes?.text ?? '',
    });
  }
  return docs;
}
