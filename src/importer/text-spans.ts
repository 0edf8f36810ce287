/** Small helpers for spans of the normalised text, shared by the parser and the annotation join. */
import { isBlank, splitLines } from './source-text.ts';

export type Span = { start: number; end: number };

/** The span without its leading and trailing whitespace (non-breaking spaces included). */
export function trimSpan(text: string, start: number, end: number): Span | null {
  let s = start;
  let e = end;
  while (s < e && /\s/.test(text.charAt(s))) s += 1;
  while (e > s && /\s/.test(text.charAt(e - 1))) e -= 1;
  return s < e ? { start: s, end: e } : null;
}

/**
 * Text of a span as readable paragraphs: each line trimmed, blank lines (including the
 * non-breaking-space lines saved pages use as spacers) collapsed into one "\n\n" between
 * paragraphs. The bundle keeps the untouched words in the span's quote; this is the display copy.
 */
export function paragraphText(text: string, span: Span): string {
  const paragraphs: string[][] = [[]];
  for (const line of splitLines(text.slice(span.start, span.end))) {
    const current = paragraphs[paragraphs.length - 1]!;
    if (isBlank(line.text)) {
      if (current.length) paragraphs.push([]);
    } else {
      current.push(line.text.trim());
    }
  }
  return paragraphs
    .filter((p) => p.length)
    .map((p) => p.join('\n'))
    .join('\n\n');
}

export function slug(text: string): string {
  return text
    .normalize('NFKD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '');
}
