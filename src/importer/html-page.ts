/**
 * A ModernGov page saved as HTML, reduced to the text a browser shows, laid out as the saved-text
 * seed is: one paragraph per block element, blank lines between, an image's alt text in its place
 * (that is where "pdf icon" in "pdf icon PDF 64 KB" comes from), entities decoded, runs of
 * ordinary white space collapsed, non-breaking spaces kept. The bundle stores this text, and each
 * of its lines remembers the line of the HTML it came from so that messages point into the file.
 */

export type HtmlText = {
  text: string;
  /** For each 1-based line of `text`, the 1-based line of the HTML it starts on. */
  sourceLine: (textLine: number) => number;
};

const BLOCKS = new Set(
  'address article aside blockquote body br dd div dl dt fieldset figcaption figure footer form h1 h2 h3 h4 h5 h6 header hr li main nav ol p pre section table tbody thead tfoot tr ul'.split(
    ' ',
  ),
);
const CELLS = new Set(['td', 'th']);
/** Elements whose content is never shown. */
const HIDDEN = /<(script|style|head|noscript|template)\b[^>]*>[\s\S]*?<\/\1\s*>/gi;
const TOKEN =
  /<!--[\s\S]*?-->|<!\[CDATA\[[\s\S]*?\]\]>|<![^>]*>|<\/?([a-zA-Z][\w:-]*)((?:[^>"']|"[^"]*"|'[^']*')*)>|[^<]+|</g;

const ENTITIES: Record<string, string> = {
  amp: '&',
  lt: '<',
  gt: '>',
  quot: '"',
  apos: "'",
  nbsp: '\u00a0',
  pound: '£',
  euro: '€',
  lsquo: '‘',
  rsquo: '’',
  ldquo: '“',
  rdquo: '”',
  ndash: '–',
  mdash: '—',
  hellip: '…',
  bull: '•',
  middot: '·',
  copy: '©',
  eacute: 'é',
};

export function decodeEntities(text: string): string {
  return text.replace(/&(#\d+|#x[0-9a-f]+|[a-z]+\d*);/gi, (whole, name: string) => {
    if (name[0] === '#') {
      const code =
        name[1] === 'x' || name[1] === 'X'
          ? parseInt(name.slice(2), 16)
          : parseInt(name.slice(1), 10);
      return code > 0 && code <= 0x10ffff ? String.fromCodePoint(code) : whole;
    }
    return ENTITIES[name.toLowerCase()] ?? whole;
  });
}

export function looksLikeHtml(fileName: string): boolean {
  return /\.html?$/i.test(fileName);
}

export function htmlToText(html: string): HtmlText {
  // Hidden elements become spaces of the same length, so offsets (and so line numbers) still hold.
  const visible = html.replace(HIDDEN, (m) => m.replace(/[^\n]/g, ' '));
  const lines: { text: string; offset: number }[] = [];
  let line = '';
  let lineOffset = 0;
  const flush = () => {
    const text = line.replace(/^ +| +$/g, '');
    if (text) lines.push({ text, offset: lineOffset });
    line = '';
  };
  const append = (piece: string, offset: number) => {
    if (!line) lineOffset = offset;
    // HTML collapses ordinary white space, but a non-breaking space is content.
    const collapsed = piece.replace(/[ \t\n\f\r]+/g, ' ');
    line += line.endsWith(' ') && collapsed.startsWith(' ') ? collapsed.slice(1) : collapsed;
  };

  for (const m of visible.matchAll(TOKEN)) {
    const token = m[0];
    const tag = m[1]?.toLowerCase();
    if (token.startsWith('<!')) continue;
    if (tag === undefined) {
      append(decodeEntities(token), m.index);
    } else if (BLOCKS.has(tag)) {
      flush();
    } else if (CELLS.has(tag)) {
      append(' ', m.index);
    } else if (tag === 'img' && !token.startsWith('</')) {
      const alt = /\balt\s*=\s*(?:"([^"]*)"|'([^']*)'|([^\s>]+))/i.exec(m[2] ?? '');
      const text = alt ? decodeEntities(alt[1] ?? alt[2] ?? alt[3] ?? '') : '';
      if (text) append(` ${text} `, m.index);
    }
  }
  flush();

  const starts = lineStarts(html);
  const sourceLines = lines.map((l) => lineOfOffset(starts, l.offset));
  return {
    // Blank lines between blocks, as a browser's "save as text" writes them.
    text: lines.map((l) => l.text).join('\n\n'),
    sourceLine: (textLine) => {
      // Text line n is block (n + 1) / 2; the blank line after a block maps to that block.
      const block = Math.min(Math.floor((textLine - 1) / 2), sourceLines.length - 1);
      return sourceLines[Math.max(block, 0)] ?? 1;
    },
  };
}

function lineStarts(text: string): number[] {
  const starts = [0];
  for (let i = 0; i < text.length; i += 1) if (text.charCodeAt(i) === 10) starts.push(i + 1);
  return starts;
}

function lineOfOffset(starts: number[], offset: number): number {
  let lo = 0;
  let hi = starts.length - 1;
  while (lo < hi) {
    const mid = (lo + hi + 1) >> 1;
    if (starts[mid]! <= offset) lo = mid;
    else hi = mid - 1;
  }
  return lo + 1;
}
