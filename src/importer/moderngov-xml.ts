/**
 * ModernGov web-service replies, read with htmlparser2 in XML mode:
 *
 * - `GetMeetings`-style: a committee and its meetings (`<committeetitle>`, `<meetingcount>` often
 *   padded with spaces or zeros, then `<meeting>` elements with `<meetingdate>` and, for a
 *   cancelled meeting, a `<meetingstatus>` saying so). Yields meetings without items.
 * - `GetMeeting`-style: one meeting with `<agendaitems>`, where an item has three numbers that
 *   need not agree: its position (`<agendaitemnumber>`), the number people see
 *   (`<displaynumber>`), which becomes the item's number, and its minute's number
 *   (`<minutesnumber>`), kept on the minutes.
 *
 * The bundle stores the XML itself, so every quote is the file's own characters (entities
 * included); the texts shown to readers are decoded.
 */
import type { Element } from 'domhandler';
import { textContent } from 'domutils';
import { parseDocument } from 'htmlparser2';
import type { ItemDocument } from '../bundle/schema.ts';
import type { Diagnostics } from './diagnostics.ts';
import { xmlForm } from './form-detector.ts';
import { htmlToText } from './html-page.ts';
import {
  decisionFromLines,
  parseUkDate,
  type ParsedItem,
  type ParsedMinutes,
  TRUNCATION_MARKER,
} from './moderngov-issue-page.ts';
import {
  FORM_TITLES,
  issuesOfItems,
  type ListedMeeting,
  type ParsedSource,
} from './parsed-source.ts';
import { lineAt, splitLines } from './source-text.ts';
import { trimSpan, type Span } from './text-spans.ts';

type Value = { text: string; span: Span; line: number };

export function parseModernGovXml(text: string, file: string, diag: Diagnostics): ParsedSource {
  const dom = parseDocument(text, { xmlMode: true, withStartIndices: true, withEndIndices: true });
  const root = dom.children.find((n): n is Element => n.type === 'tag');
  if (!root) diag.fail(file, 1, 'no XML element in this file');
  const form = xmlForm(root.name);
  if (!form) {
    diag.fail(
      file,
      lineAt(text, root.startIndex ?? 0),
      `<${root.name}> is not a ModernGov web-service reply this importer reads (GetMeetings or GetMeeting)`,
    );
  }
  const reader = new XmlReader(text);
  return form === 'getmeetings-xml'
    ? readMeetingList(reader, root, file, diag)
    : readMeeting(reader, root, file, diag);
}

class XmlReader {
  constructor(readonly text: string) {}

  children(el: Element, name: string): Element[] {
    return el.children.filter(
      (c): c is Element => c.type === 'tag' && c.name.toLowerCase() === name,
    );
  }

  descendants(el: Element, name: string): Element[] {
    const found: Element[] = [];
    const walk = (e: Element) => {
      for (const c of e.children) {
        if (c.type !== 'tag') continue;
        if (c.name.toLowerCase() === name) found.push(c);
        else walk(c);
      }
    };
    walk(el);
    return found;
  }

  /** The first child element of any of these names, with its decoded text and raw span. */
  value(el: Element, ...names: string[]): Value | null {
    for (const name of names) {
      const child = this.children(el, name)[0];
      if (!child) continue;
      const open = this.text.indexOf('>', child.startIndex ?? 0) + 1;
      const close = this.text.lastIndexOf('</', child.endIndex ?? open);
      if (open <= 0 || close < open) continue;
      let start = open;
      let end = close;
      const raw = this.text.slice(start, end);
      const cdata = /^\s*<!\[CDATA\[([\s\S]*)\]\]>\s*$/.exec(raw);
      if (cdata) {
        start = open + raw.indexOf('<![CDATA[') + 9;
        end = start + cdata[1]!.length;
      }
      const span = trimSpan(this.text, start, end);
      const decoded = textContent(child).trim();
      if (!span || !decoded) continue;
      return { text: decoded, span, line: lineAt(this.text, span.start) };
    }
    return null;
  }

  span(el: Element): Span {
    return { start: el.startIndex ?? 0, end: (el.endIndex ?? 0) + 1 };
  }
}

/** "22/10/2015", "2015-10-22" or "2015-10-22T19:00:00": the day, or a reason it is not one. */
function xmlDate(value: string): { iso: string } | { problem: string } {
  const iso = /^(\d{4})-(\d{2})-(\d{2})(?:[T ][\d:.]+Z?)?$/.exec(value);
  if (iso) return parseUkDate(`${iso[3]}/${iso[2]}/${iso[1]}`);
  return parseUkDate(value.split(/\s+/)[0]!);
}

function isCancelled(reader: XmlReader, meeting: Element): boolean {
  const status = reader.value(meeting, 'meetingstatus', 'status');
  const flag = reader.value(meeting, 'iscancelled', 'cancelled');
  return (
    (status !== null && /cancel/i.test(status.text)) ||
    (flag !== null && /^(?:true|yes|1)$/i.test(flag.text))
  );
}

function readMeetingList(
  reader: XmlReader,
  root: Element,
  file: string,
  diag: Diagnostics,
): ParsedSource {
  const committees = reader.descendants(root, 'committee');
  const groups = committees.length ? committees : [root];
  const meetings: ListedMeeting[] = [];
  const names: string[] = [];
  for (const committee of groups) {
    const title = reader.value(committee, 'committeetitle', 'committeename', 'title');
    const listed = reader.descendants(committee, 'meeting');
    const count = reader.value(committee, 'meetingcount', 'count');
    if (count) {
      // Counts come padded ("   3", "0003"); a count that is not a number is only reported.
      const n = /^\d+$/.test(count.text) ? Number(count.text) : null;
      if (n === null) diag.warn(file, count.line, `cannot read the meeting count "${count.text}"`);
      else if (n !== listed.length)
        diag.warn(
          file,
          count.line,
          `the reply says ${n} meetings but lists ${listed.length}: the ${listed.length} listed are read`,
        );
    }
    for (const meeting of listed) {
      const body = reader.value(meeting, 'committeetitle', 'committeename') ?? title;
      const date = reader.value(meeting, 'meetingdate', 'date');
      const line = lineAt(reader.text, meeting.startIndex ?? 0);
      if (!body || !date) {
        diag.warn(
          file,
          line,
          `a meeting without ${body ? 'a date' : 'a committee title'}: lines ${line}-${lineAt(reader.text, meeting.endIndex ?? 0)} not read`,
        );
        continue;
      }
      const day = xmlDate(date.text);
      if ('problem' in day) {
        diag.warn(file, date.line, `${day.problem}; this meeting is not read`);
        continue;
      }
      names.push(body.text);
      meetings.push({
        date: day.iso,
        bodyName: body.text,
        headerSpan: date.span,
        headerLine: date.line,
        cancelled: isCancelled(reader, meeting),
      });
    }
  }
  if (!meetings.length)
    diag.fail(file, 1, 'no meeting with a committee and a readable date in this reply');
  return {
    form: 'getmeetings-xml',
    title: `${FORM_TITLES['getmeetings-xml']}: ${[...new Set(names)].join(', ')}`,
    text: reader.text,
    issues: [],
    items: [],
    meetings,
  };
}

function readMeeting(
  reader: XmlReader,
  root: Element,
  file: string,
  diag: Diagnostics,
): ParsedSource {
  const meeting =
    root.name.toLowerCase() === 'meeting' ? root : reader.descendants(root, 'meeting')[0];
  if (!meeting) diag.fail(file, 1, 'no <meeting> in this reply');
  const committee = reader.descendants(root, 'committee')[0];
  const body =
    reader.value(meeting, 'committeetitle', 'committeename') ??
    (committee ? reader.value(committee, 'committeetitle', 'committeename', 'title') : null);
  const date = reader.value(meeting, 'meetingdate', 'date');
  if (!body || !date) {
    diag.fail(
      file,
      lineAt(reader.text, meeting.startIndex ?? 0),
      `the meeting has no ${body ? 'date' : 'committee title'}`,
    );
  }
  const day = xmlDate(date.text);
  if ('problem' in day) diag.fail(file, date.line, day.problem);
  const cancelled = isCancelled(reader, meeting);

  const items: ParsedItem[] = [];
  for (const el of reader.descendants(meeting, 'agendaitem')) {
    const line = lineAt(reader.text, el.startIndex ?? 0);
    const title = reader.value(el, 'agendaitemtitle', 'title');
    if (!title) {
      diag.warn(
        file,
        line,
        `an agenda item without a title: lines ${line}-${lineAt(reader.text, el.endIndex ?? 0)} not read`,
      );
      continue;
    }
    const shown = reader.value(el, 'displaynumber', 'agendaitemdisplaynumber', 'agendaitemnumber');
    const number = shown ? shown.text.replace(/[.:]+$/, '') || null : null;
    const minuteNo = reader.value(el, 'minutesnumber', 'minutenumber');
    const decisionValue = reader.value(el, 'decision', 'decisiontext');
    const minutesValue = reader.value(el, 'minutes', 'minutestext');
    const decision = decisionValue ? readDecision(reader, decisionValue, file, diag) : null;
    const minutes = minutesValue ? readMinutes(reader, minutesValue) : null;
    const documents: ItemDocument[] = [];
    for (const doc of reader.descendants(el, 'linkeddocument')) {
      const docTitle = reader.value(doc, 'title', 'documenttitle');
      if (docTitle)
        documents.push({ title: docTitle.text, format: null, sizeKb: null, role: 'report' });
    }
    const span = reader.span(el);
    items.push({
      headerLine: date.line,
      headerSpan: date.span,
      date: day.iso,
      bodyName: body.text,
      bodyDissolved: false,
      number,
      title: title.text,
      reportOf: null,
      documents,
      additionalDocumentsUnlisted: false,
      decision,
      minutes,
      span,
      prose: [decision?.span, minutes?.text ? minutes.span : undefined].filter(
        (s): s is Span => !!s,
      ),
      titleSpan: title.span,
      issueTitle: title.text,
      ...(minuteNo && minuteNo.text !== number ? { minutesNumber: minuteNo.text } : {}),
    });
  }
  const issues = issuesOfItems(items);
  return {
    form: 'getmeeting-xml',
    title: `${FORM_TITLES['getmeeting-xml']}: ${body.text} ${date.text}`,
    text: reader.text,
    issues,
    items,
    meetings: [
      {
        date: day.iso,
        bodyName: body.text,
        headerSpan: date.span,
        headerLine: date.line,
        cancelled,
      },
    ],
  };
}

function readDecision(reader: XmlReader, value: Value, file: string, diag: Diagnostics) {
  const lines = splitLines(reader.text).filter(
    (l) => l.end > value.span.start && l.start < value.span.end,
  );
  // The first and last lines may hold the tags around the text; keep only the text's part.
  const clipped = lines.map((l) => {
    const start = Math.max(l.start, value.span.start);
    const end = Math.min(l.end, value.span.end);
    return { ...l, start, end, text: reader.text.slice(start, end) };
  });
  if (HAS_MARKUP.test(value.text)) {
    // Resolutions cannot be told apart inside markup on one line; the text is still shown.
    const text = readable(value.text);
    return text ? { text, resolutions: [], span: value.span } : null;
  }
  const decision = decisionFromLines(reader.text, clipped[0]!, clipped, file, diag);
  // Quotes keep the file's characters; what a reader is shown has its entities decoded.
  return (
    decision && {
      ...decision,
      text: decodeXmlEntities(decision.text),
      resolutions: decision.resolutions.map((r) => ({ ...r, text: decodeXmlEntities(r.text) })),
    }
  );
}

function readMinutes(reader: XmlReader, value: Value): ParsedMinutes {
  const marker = TRUNCATION_MARKER.exec(reader.text.slice(value.span.start, value.span.end));
  const end = marker ? value.span.start + marker.index : value.span.end;
  const span = trimSpan(reader.text, value.span.start, end) ?? value.span;
  const text = readable(value.text);
  return {
    text: marker ? text.replace(TRUNCATION_MARKER, '').trim() : text,
    truncated: marker !== null,
    span,
  };
}

/**
 * The web service often sends minutes and decisions as HTML inside the XML (`&lt;p&gt;...`).
 * A reader is shown that HTML's text, never its tags; the quote stays the file's characters.
 */
function readable(text: string): string {
  return HAS_MARKUP.test(text) ? htmlToText(text).text : text;
}
const HAS_MARKUP = /<\/?(?:p|br|div|ul|ol|li|span|strong|em|b|i|table|tr|td)\b[^>]*>/i;

const XML_ENTITIES: Record<string, string> = { amp: '&', lt: '<', gt: '>', quot: '"', apos: "'" };

/**
 * XML's own five entities and character references, and nothing else: what looks like a tag in
 * a decision's text is text, and a stray "&" stays as printed.
 */
function decodeXmlEntities(text: string): string {
  return text.replace(/&(#\d+|#x[0-9a-f]+|amp|lt|gt|quot|apos);/gi, (whole, name: string) => {
    if (name[0] !== '#') return XML_ENTITIES[name.toLowerCase()] ?? whole;
    const hex = name[1] === 'x' || name[1] === 'X';
    const code = hex ? parseInt(name.slice(2), 16) : parseInt(name.slice(1), 10);
    return code > 0 && code <= 0x10ffff ? String.fromCodePoint(code) : whole;
  });
}
