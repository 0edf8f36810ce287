import { matchPath } from 'react-router';
import { routePatterns } from '@/config/paths.ts';

/** One quoted span of a source document, as a printed page's note lists it. */
export type SourceNote = { number: number; documentId: string; start: number; end: number };

/** The span a link to the source view highlights, or null for any other link. */
export function spanOfSourceLink(
  href: string,
): { documentId: string; start: number; end: number } | null {
  const url = new URL(href, 'http://notes.invalid');
  const documentId = matchPath(routePatterns.source, url.pathname)?.params.documentId;
  const start = Number(url.searchParams.get('start') ?? NaN);
  const end = Number(url.searchParams.get('end') ?? NaN);
  if (!documentId || !Number.isInteger(start) || !Number.isInteger(end) || end <= start) {
    return null;
  }
  return { documentId: decoded(documentId), start, end };
}

/** The id as the bundle spells it: the router keeps a path's escapes ("%20") in its params. */
function decoded(segment: string): string {
  try {
    return decodeURIComponent(segment);
  } catch {
    return segment;
  }
}

/**
 * Numbers the source links of a page in reading order, as notes on paper are numbered: the same
 * span quoted twice keeps its first number, so each quote is printed once at the end. `numbers`
 * gives each link's note (null for a link that names no span).
 */
export function numberSourceNotes(hrefs: readonly string[]): {
  numbers: (number | null)[];
  notes: SourceNote[];
} {
  const byKey = new Map<string, SourceNote>();
  const numbers = hrefs.map((href) => {
    const span = spanOfSourceLink(href);
    if (!span) return null;
    const key = `${span.documentId}\u0000${span.start}\u0000${span.end}`;
    let note = byKey.get(key);
    if (!note) {
      note = { number: byKey.size + 1, ...span };
      byKey.set(key, note);
    }
    return note.number;
  });
  return { numbers, notes: [...byKey.values()] };
}
