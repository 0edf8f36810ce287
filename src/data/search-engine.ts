/**
 * Full-text search over a bundle's corpus with MiniSearch (small, maintained, no dependencies):
 * prefix matching so results come while a word is still being typed (from its third letter),
 * every word required, titles weighted above the longer texts. Each hit carries a short snippet
 * with the matched words marked, cut here so that the page only draws what it shows.
 */
import MiniSearch from 'minisearch';
import {
  PREFIX_FROM,
  SEARCH_FIELDS,
  type SearchDoc,
  type SearchField,
} from '@/bundle/search-corpus.ts';

export type SnippetPart = { text: string; hit: boolean };

export type SearchHit = {
  id: string;
  issueId: string;
  itemId: string | null;
  /** The field the snippet comes from: the first, in field order, that holds a matched word. */
  field: SearchField;
  snippet: SnippetPart[];
};

export type SearchResults = { query: string; total: number; hits: SearchHit[] };

/** At most this many hits are sent back; the count says how many there were in all. */
export const MAX_HITS = 200;
const CONTEXT = 70;

function escapeRegExp(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}

/** The words found, marked, with some text either side of the first of them. */
export function snippetOf(text: string, terms: readonly string[]): SnippetPart[] {
  if (terms.length === 0) return [{ text, hit: false }];
  const pattern = new RegExp(`(?<![\\p{L}\\p{N}])(?:${terms.map(escapeRegExp).join('|')})`, 'giu');
  const first = pattern.exec(text);
  const start = first ? Math.max(0, first.index - CONTEXT) : 0;
  const end = Math.min(text.length, (first ? first.index : 0) + CONTEXT * 2);
  // Start and end on word boundaries, and say where text was left out.
  const from = start === 0 ? 0 : text.indexOf(' ', start) + 1 || start;
  const toSpace = text.lastIndexOf(' ', end);
  const to = end === text.length || toSpace <= from ? end : toSpace;
  const window = text.slice(from, to);
  const parts: SnippetPart[] = [];
  if (from > 0) parts.push({ text: '… ', hit: false });
  let last = 0;
  pattern.lastIndex = 0;
  for (const match of window.matchAll(pattern)) {
    if (match.index > last) parts.push({ text: window.slice(last, match.index), hit: false });
    parts.push({ text: match[0], hit: true });
    last = match.index + match[0].length;
  }
  if (last < window.length) parts.push({ text: window.slice(last), hit: false });
  if (to < text.length) parts.push({ text: ' …', hit: false });
  return parts;
}

const isPrefixWorthy = (term: string) => term.length >= PREFIX_FROM;

export function createSearchEngine(docs: readonly SearchDoc[]) {
  const engine = new MiniSearch<SearchDoc>({
    fields: [...SEARCH_FIELDS],
    storeFields: [],
    searchOptions: { prefix: isPrefixWorthy, combineWith: 'AND', boost: { title: 3 } },
  });
  engine.addAll(docs);
  const byId = new Map(docs.map((doc) => [doc.id, doc]));

  return {
    search(query: string): SearchResults {
      const trimmed = query.trim();
      if (trimmed === '') return { query, total: 0, hits: [] };
      const results = engine.search(trimmed);
      const hits: SearchHit[] = [];
      for (const result of results.slice(0, MAX_HITS)) {
        const doc = byId.get(String(result.id));
        if (!doc) continue;
        const fields = new Set(Object.values(result.match).flat());
        const field = SEARCH_FIELDS.find((f) => fields.has(f)) ?? 'title';
        hits.push({
          id: doc.id,
          issueId: doc.issueId,
          itemId: doc.itemId,
          field,
          snippet: snippetOf(doc[field], result.terms),
        });
      }
      return { query, total: results.length, hits };
    },
  };
}

export type SearchEngine = ReturnType<typeof createSearchEngine>;

function isSearchDoc(value: unknown): value is SearchDoc {
  if (value === null || typeof value !== 'object') return false;
  const doc = value as Record<string, unknown>;
  return (
    typeof doc.id === 'string' &&
    typeof doc.issueId === 'string' &&
    (doc.itemId === null || typeof doc.itemId === 'string') &&
    SEARCH_FIELDS.every((field) => typeof doc[field] === 'string')
  );
}

/**
 * A split bundle's `search.json`: what search reads, as the importer wrote it. Entries that are
 * not search documents are passed over, so one bad entry does not turn search off.
 */
export async function fetchSearchDocs(href: string): Promise<SearchDoc[]> {
  const response = await fetch(href, { headers: { Accept: 'application/json' } });
  if (!response.ok) throw new Error(`${href}: ${response.status} ${response.statusText}`.trim());
  const json: unknown = await response.json();
  if (!Array.isArray(json)) throw new Error(`${href}: not a list of search documents`);
  return json.filter(isSearchDoc);
}
