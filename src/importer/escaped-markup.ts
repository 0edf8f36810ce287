/**
 * The web service sends agenda text, minutes and decisions as HTML escaped inside XML
 * (`&lt;p&gt;...&amp;pound;2.4m...`). A reader is shown that HTML's text; the bundle quotes the
 * file's own characters. This decodes such a stretch into the text a browser would show and
 * remembers, for every character of it, the characters of the file it came from, so that a
 * sentence or an amount found in the text can be quoted from the file exactly.
 *
 * Entities are decoded by htmlparser2's own decoder, one entity at a time; the tags themselves
 * are only told apart as blocks (a new line) or inline (nothing), which is all the text needs.
 */
import { decodeEntities } from './html-page.ts';

export type DecodedText = {
  text: string;
  /** For each character of `text`, the offset in the file where its source begins and ends. */
  from: number[];
  to: number[];
};

type Char = { ch: string; from: number; to: number };

const XML_ENTITIES: Record<string, string> = { amp: '&', lt: '<', gt: '>', quot: '"', apos: "'" };
const ENTITY = /^&(#\d{1,7}|#x[0-9a-f]{1,6}|[a-z][a-z0-9]{1,31});/i;
const BLOCK_TAGS =
  /^(?:p|div|br|li|ul|ol|tr|table|h[1-6]|blockquote|section|article|header|footer|dd|dt|dl|hr|pre)$/i;
const HIDDEN_TAGS = /^(?:style|script|head|title|xml)$/i;

/** The text of `file.slice(start, end)`, decoded once as XML (unless it was CDATA) and as HTML. */
export function decodeMarkup(file: string, start: number, end: number, cdata = false): DecodedText {
  const chars: Char[] = [];
  for (let i = start; i < end;) {
    const entity = cdata ? null : ENTITY.exec(file.slice(i, i + 40));
    const value = entity ? xmlEntity(entity[1]!) : null;
    if (entity && value !== null) {
      // One entry per UTF-16 unit, so that offsets into the joined text are offsets here.
      for (const unit of value.split(''))
        chars.push({ ch: unit, from: i, to: i + entity[0].length });
      i += entity[0].length;
    } else {
      chars.push({ ch: file[i]!, from: i, to: i + 1 });
      i += 1;
    }
  }
  const html = htmlLayer(chars);
  return {
    text: html.map((c) => c.ch).join(''),
    from: html.map((c) => c.from),
    to: html.map((c) => c.to),
  };
}

function xmlEntity(name: string): string | null {
  if (name[0] !== '#') return XML_ENTITIES[name.toLowerCase()] ?? null;
  const hex = name[1] === 'x' || name[1] === 'X';
  const code = hex ? parseInt(name.slice(2), 16) : parseInt(name.slice(1), 10);
  return code > 0 && code <= 0x10ffff ? String.fromCodePoint(code) : null;
}

/** Tags out (a block tag leaves a line break), comments out, HTML entities decoded. */
function htmlLayer(chars: Char[]): Char[] {
  const out: Char[] = [];
  const joined = chars.map((c) => c.ch).join('');
  let hidden: string | null = null;
  for (let i = 0; i < chars.length;) {
    const rest = joined.slice(i, i + 200);
    if (rest.startsWith('<!--')) {
      const close = joined.indexOf('-->', i + 4);
      i = close === -1 ? chars.length : close + 3;
      continue;
    }
    const tag = /^<\/?([A-Za-z][A-Za-z0-9:-]*)\b[^<>]*>/.exec(rest) ?? /^<!\[[^\]]*\]>/.exec(rest);
    if (tag) {
      const name = tag[1] ?? '';
      const closing = tag[0].startsWith('</');
      if (HIDDEN_TAGS.test(name)) hidden = closing ? null : name;
      else if (BLOCK_TAGS.test(name) && !hidden)
        out.push({ ch: '\n', from: chars[i]!.from, to: chars[i + tag[0].length - 1]!.to });
      i += tag[0].length;
      continue;
    }
    if (hidden) {
      i += 1;
      continue;
    }
    const entity = chars[i]!.ch === '&' ? ENTITY.exec(rest) : null;
    if (entity) {
      const decoded = decodeEntities(entity[0]);
      if (decoded !== entity[0]) {
        const last = chars[i + entity[0].length - 1]!;
        for (const ch of decoded.split('')) out.push({ ch, from: chars[i]!.from, to: last.to });
        i += entity[0].length;
        continue;
      }
    }
    // Line breaks inside a paragraph are white space in HTML, as a browser shows them.
    const c = chars[i]!;
    out.push(/[\n\r\t]/.test(c.ch) ? { ...c, ch: ' ' } : c);
    i += 1;
  }
  return out;
}

/** The file's span for a span of the decoded text. */
export function fileSpan(decoded: DecodedText, start: number, end: number) {
  return { start: decoded.from[start]!, end: decoded.to[end - 1]! };
}

/** The decoded text as paragraphs: each line trimmed, empty lines dropped, blank lines between. */
export function readableText(decoded: DecodedText): string {
  return decoded.text
    .split('\n')
    .map((l) => l.replace(/[ \t]+/g, ' ').trim())
    .filter(Boolean)
    .join('\n\n');
}
