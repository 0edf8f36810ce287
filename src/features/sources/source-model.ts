/**
 * Shapes a source document's page: the document and the issues read from it, and the span of
 * its text a "Source" link asks to highlight. Pure, no React.
 */
import type { BundleIndex } from '@/bundle/indexes.ts';

/** A span from the URL, kept only when it lies inside the text: a bad link highlights nothing. */
export function parseSpan(
  start: string | null,
  end: string | null,
  length: number,
): { start: number; end: number } | 'none' | 'invalid' {
  if (start === null && end === null) return 'none';
  const a = Number(start);
  const b = Number(end);
  if (!Number.isInteger(a) || !Number.isInteger(b) || a < 0 || b <= a || b > length) {
    return 'invalid';
  }
  return { start: a, end: b };
}

/** The document with this id and the issues read from it, or null where the record has none. */
export function sourceModel(index: BundleIndex, documentId: string) {
  const document = index.documentById.get(documentId);
  if (!document) return null;
  return { document, issues: index.issues.filter((i) => i.documentId === documentId) };
}
