/**
 * A ModernGov page saved as HTML, reduced to the text a browser shows, laid out as the saved-text
 * seed is: one paragraph per block element, blank lines between, an image's alt text in its place
 * (that is where "pdf icon" in "pdf icon PDF 64 KB" comes from), entities decoded, runs of
 * ordinary white space collapsed, non-breaking spaces kept. The bundle stores this text, and each
 * of its lines remembers the line of the HTML it came from so that messages point into the file.
 *
 * The markup is read by htmlparser2, a real HTML parser, so comments, scripts, attributes holding
 * ">" and entity-encoded text (`22&#47;10&#47;2015`) are what a browser would make of them.
 */
import type { ChildNode, Element } from 'domhandler';
import { findOne, textContent } from 'domutils';
import { parseDocument } from 'htmlparser2';

export type HtmlText = {
  text: string;
  /** Each link's words in `text`, and where it points, as the page wrote it. */
  links: { start: number; end: number; href: string }[];
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
const HIDDEN = new Set(['script', 'style', 'head', 'noscript', 'template', 'title']);
/** Private-use characters that mark where a link opens and closes while the text is laid out. */
const OPEN = '\ue000';
const CLOSE = '\ue001';

export function decodeEntities(text: string): string {
  return textContent(parseDocument(text));
}

export function htmlToText(html: string): HtmlText {
  const dom = parseDocument(html, { withStartIndices: true, withEndIndices: true });
  // ModernGov puts the page's own content in `#modgov`; outside it are the site's menus.
  const content = findOne((e) => e.attribs.id === 'modgov', dom.children, true);
  const lines: { text: string; offset: number }[] = [];
  const hrefs: string[] = [];
  let line = '';
  let lineOffset = 0;
  // A line with no words may still open or close a link: its marks go on to the next line.
  let carried = '';
  const flush = () => {
    const text = (carried + line)
      .replace(/^[ \ue000\ue001]+/, (edge) => edge.replace(/ /g, ''))
      .replace(/[ \ue000\ue001]+$/, (edge) => edge.replace(/ /g, ''));
    if (text.replace(/[\ue000\ue001]/g, '')) {
      lines.push({ text, offset: lineOffset });
      carried = '';
    } else carried = text;
    line = '';
  };
  const append = (piece: string, offset: number) => {
    if (!line) lineOffset = offset;
    // HTML collapses ordinary white space, but a non-breaking space is content.
    const collapsed = piece.replace(/[ \t\n\f\r]+/g, ' ');
    line += line.endsWith(' ') && collapsed.startsWith(' ') ? collapsed.slice(1) : collapsed;
  };
  const walk = (nodes: readonly ChildNode[]) => {
    for (const node of nodes) {
      if (node.type === 'text') {
        append(node.data, node.startIndex ?? 0);
      } else if (node.type === 'tag' || node.type === 'script' || node.type === 'style') {
        const el = node as Element;
        const tag = el.name.toLowerCase();
        if (HIDDEN.has(tag)) continue;
        if (tag === 'img') {
          const alt = el.attribs.alt?.trim();
          if (alt) append(` ${alt} `, el.startIndex ?? 0);
          continue;
        }
        const block = BLOCKS.has(tag);
        if (block) flush();
        if (CELLS.has(tag)) append(' ', el.startIndex ?? 0);
        const href = tag === 'a' ? el.attribs.href?.trim() : undefined;
        if (href) {
          hrefs.push(href);
          if (!line) lineOffset = el.startIndex ?? 0;
          line += OPEN;
        }
        walk(el.children);
        if (href) line += CLOSE;
        if (block) flush();
        if (CELLS.has(tag)) append(' ', el.endIndex ?? 0);
      } else if (node.type === 'root' || node.type === 'cdata') {
        walk((node as { children: ChildNode[] }).children);
      }
    }
  };
  walk(content ? [content] : dom.children);
  flush();
  const last = lines.at(-1);
  if (last && carried) last.text += carried;

  const starts = lineStarts(html);
  const sourceLines = lines.map((l) => lineOfOffset(starts, l.offset));
  // Blank lines between blocks, as a browser's "save as text" writes them.
  const marked = lines.map((l) => l.text).join('\n\n');
  const { text, links } = takeLinks(marked, hrefs);
  return {
    text,
    links,
    sourceLine: (textLine) => {
      // Text line n is block (n + 1) / 2; the blank line after a block maps to that block.
      const block = Math.min(Math.floor((textLine - 1) / 2), sourceLines.length - 1);
      return sourceLines[Math.max(block, 0)] ?? 1;
    },
  };
}

/** The text without its link marks, and each link's span in it (cut at the end of its line). */
function takeLinks(marked: string, hrefs: string[]): { text: string; links: HtmlText['links'] } {
  let text = '';
  const links: HtmlText['links'] = [];
  const open: number[] = [];
  let next = 0;
  for (const ch of marked) {
    if (ch === OPEN) {
      open.push(next++);
      links.push({ start: text.length, end: text.length, href: hrefs[next - 1]! });
    } else if (ch === CLOSE) {
      const index = open.pop();
      if (index !== undefined) links[index]!.end = text.length;
    } else text += ch;
  }
  for (const link of links) {
    const newline = text.indexOf('\n', link.start);
    if (newline !== -1 && newline < link.end) link.end = newline;
    while (link.end > link.start && /\s/.test(text[link.end - 1]!)) link.end -= 1;
    while (link.start < link.end && /\s/.test(text[link.start]!)) link.start += 1;
  }
  return { text, links: links.filter((l) => l.end > l.start) };
}

export function lineStarts(text: string): number[] {
  const starts = [0];
  for (let i = 0; i < text.length; i += 1) if (text.charCodeAt(i) === 10) starts.push(i + 1);
  return starts;
}

export function lineOfOffset(starts: number[], offset: number): number {
  let lo = 0;
  let hi = starts.length - 1;
  while (lo < hi) {
    const mid = (lo + hi + 1) >> 1;
    if (starts[mid]! <= offset) lo = mid;
    else hi = mid - 1;
  }
  return lo + 1;
}
