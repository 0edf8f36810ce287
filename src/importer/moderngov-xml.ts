/**
 * ModernGov web-service replies (mgWebService.asmx), read with htmlparser2 in XML mode, by the
 * element names the service really uses:
 *
 * - `GetMeetings`: `<getmeetings>` with `<meetingscount>`, then per `<committee>` its
 *   `<committeeid>`, `<committeetitle>`, `<committeemeetingcount>` (padded: " 2") and
 *   `<committeemeetings>`, each `<meeting>` with `<meetingid>`, `<meetingdate>` (DD/MM/YYYY) and
 *   `<meetingstatus>` ("Confirmed", "Cancelled"). Yields meetings without items.
 * - `GetMeeting`: a `<meeting>` root with `<meetingid>`, `<meetingdate>`, `<meetingstatus>`,
 *   `<meetinglocation>` and `<agendaitems>`. It names no committee of its own: the committee is
 *   learned from a `GetMeetings` reply in the same import (by meeting id), or else read, as
 *   inferred, from an item's `<refertocommittee>` or a document's `<committeetitle>`. Each
 *   `<agendaitem>` has `<agendaitemtitle>`, the number people see (`<fulldisplaynumberformat>`,
 *   "1."; `<agendaitemnumber>` is only its position), its minute's number
 *   (`<minutesitemnumber>`), and escaped HTML in `<agendatext>`, `<minutesnonemptyhtmlbody>` and
 *   `<decisionnonemptyhtmlbody>`, with documents under `<linkeddocuments>` as `<linkeddoc>`
 *   (`<title>`, `<url>`).
 *
 * The bundle stores the XML itself, so every quote is the file's own characters (entities
 * included); the texts shown to readers are decoded. Elements that are the service's bookkeeping
 * (ids, flags, times) are named as such in the read report; text in an element this reader does
 * not know is reported, never dropped in silence.
 */
import type { Element } from 'domhandler';
import { textContent } from 'domutils';
import { parseDocument } from 'htmlparser2';
import { Diagnostics } from './diagnostics.ts';
import { decodeMarkup, fileSpan, readableText, type DecodedText } from './escaped-markup.ts';
import { xmlForm } from './form-detector.ts';
import { decisionByForm, proseOf, TRUNCATION_MARKER } from './item-block.ts';
import { parseUkDate } from '../bundle/calendar.ts';
import type {
  ParsedDecision,
  ParsedDocument,
  ParsedFact,
  ParsedItem,
  ParsedMinutes,
  ParsedText,
} from './parsed-item.ts';
import {
  FORM_TITLES,
  issuesOfItems,
  type Furniture,
  type ListedMeeting,
  type ParsedSource,
} from './parsed-source.ts';
import { lineAt, splitLines } from './source-text.ts';
import { trimSpan, type Span } from './text-spans.ts';

type Value = { text: string; span: Span; line: number; cdata: boolean };

/**
 * The service's bookkeeping: read by no field, and named as such in the read report. An element
 * that is read where it matters (the meeting's own date, a document's url) is placed there; its
 * copies elsewhere (each item and document repeats the meeting's date) are bookkeeping.
 */
const METADATA = new Set(
  `meetingscount committeescount committeeid isdisplayallowed meetingtime meetingactualstarttime
  meetingplannedfinishtime meetingactualfinishtime iswebcast agendaid agendapublished
  decisionpublished minutepublished meetingroom agendaitemid actualmeetingdate agendaitemnumber
  agendaitemsubnumber authorusername commentlabel1 commentlabel2 declarationcount iscallin
  iscomment isdecision isdecisionpublished isminutepublished ispubliccanspeak isrestricted
  preferreddate attachmentid isurl restrictionsref itemnum publicationdate decisiondate
  isdecisionattachment ownertitle photosmallurl photobigurl committeedeleted committeeexpired
  committeecategory minutesitemsubnumber meetingdate url`.split(/\s+/),
);

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
  const source =
    form === 'getmeetings-xml'
      ? readMeetingList(reader, root, file, diag)
      : readMeeting(reader, root, file, diag);
  return { ...source, furniture: reader.metadata(root) };
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
      return { text: decoded, span, line: lineAt(this.text, span.start), cdata: cdata !== null };
    }
    return null;
  }

  /** Every bookkeeping element under `el`, for the read report. */
  metadata(el: Element): Furniture[] {
    return this.descendantsWhere(el, (e) => METADATA.has(e.name.toLowerCase())).map((e) => ({
      kind: 'metadata',
      span: this.span(e),
    }));
  }

  private descendantsWhere(el: Element, keep: (e: Element) => boolean): Element[] {
    const found: Element[] = [];
    const walk = (e: Element) => {
      for (const c of e.children) {
        if (c.type !== 'tag') continue;
        if (keep(c)) found.push(c);
        else walk(c);
      }
    };
    walk(el);
    return found;
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
  const status = reader.value(meeting, 'meetingstatus');
  return status !== null && /cancel/i.test(status.text);
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
  const used: Span[] = [];
  for (const committee of groups) {
    const title = reader.value(committee, 'committeetitle');
    const listed = reader.descendants(committee, 'meeting');
    const count = reader.value(committee, 'committeemeetingcount', 'meetingcount');
    if (count) {
      used.push(count.span);
      // Counts come padded (" 3", "0003"); a count that is not a number is only reported.
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
      const body = reader.value(meeting, 'committeetitle') ?? title;
      const date = reader.value(meeting, 'meetingdate');
      const id = reader.value(meeting, 'meetingid');
      const from = lineAt(reader.text, meeting.startIndex ?? 0);
      const to = lineAt(reader.text, meeting.endIndex ?? 0);
      if (!body || !date) {
        diag.warn(
          file,
          from,
          `a meeting without ${body ? 'a date' : 'a committee title'}: lines ${from}-${to} not read`,
          [from, to],
        );
        continue;
      }
      const day = xmlDate(date.text);
      if ('problem' in day) {
        diag.warn(file, date.line, `${day.problem}; lines ${from}-${to} not read`, [from, to]);
        continue;
      }
      names.push(body.text);
      const status = reader.value(meeting, 'meetingstatus');
      if (status) used.push(status.span);
      meetings.push({
        date: day.iso,
        bodyName: body.text,
        headerSpan: date.span,
        headerLine: date.line,
        cancelled: isCancelled(reader, meeting),
        bodySpan: body.span,
        ...(id ? { siteId: id.text } : {}),
      });
      if (id) used.push(id.span);
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
    headings: used,
    furniture: [],
    links: [],
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
  const meetingLine = lineAt(reader.text, meeting.startIndex ?? 0);
  const used: Span[] = [];
  const siteId = reader.value(meeting, 'meetingid');
  if (siteId) used.push(siteId.span);
  const status = reader.value(meeting, 'meetingstatus');
  if (status) used.push(status.span);
  const date = reader.value(meeting, 'meetingdate');
  let day: string | null = null;
  if (date) {
    const parsed = xmlDate(date.text);
    if ('problem' in parsed)
      diag.warn(file, date.line, `${parsed.problem}; the meeting is kept without a date`);
    else day = parsed.iso;
  } else
    diag.warn(file, meetingLine, 'the meeting has no <meetingdate>; it is kept without a date');

  const stated =
    reader.value(meeting, 'committeetitle', 'committeename') ??
    (reader.descendants(root, 'committee')[0]
      ? reader.value(reader.descendants(root, 'committee')[0]!, 'committeetitle')
      : null);
  // The reply names no committee of its own: an item's committee or a document's is a clue.
  const clue =
    stated ??
    reader
      .descendants(meeting, 'agendaitem')
      .map((el) => reader.value(el, 'refertocommittee'))
      .find(Boolean) ??
    reader
      .descendants(meeting, 'linkeddoc')
      .map((el) => reader.value(el, 'committeetitle'))
      .find(Boolean) ??
    null;
  if (!stated && clue) {
    diag.warn(
      file,
      clue.line,
      `the reply names no committee for the meeting; "${clue.text}" is read from ${reader.text.slice(0, clue.span.start).match(/<(\w+)>\s*$/)?.[1] ?? 'an element'} and marked as inferred`,
    );
  } else if (!clue && !siteId) {
    diag.warn(
      file,
      meetingLine,
      'the reply names no committee and no meeting id: its items are kept at no known meeting',
    );
  }
  const headerSpan = date?.span ?? siteId?.span ?? reader.span(meeting);
  const meetingFacts: ParsedFact[] = [];
  const location = reader.value(meeting, 'meetinglocation');
  if (location) meetingFacts.push({ label: 'Location', text: location.text, span: location.span });

  const items: ParsedItem[] = [];
  for (const el of reader.descendants(meeting, 'agendaitem')) {
    const from = lineAt(reader.text, el.startIndex ?? 0);
    const to = lineAt(reader.text, el.endIndex ?? 0);
    const title = reader.value(el, 'agendaitemtitle');
    if (!title) {
      diag.warn(file, from, `an agenda item without a title: lines ${from}-${to} not read`, [
        from,
        to,
      ]);
      continue;
    }
    const labels: Span[] = [];
    const shown = reader.value(el, 'fulldisplaynumberformat');
    if (shown) labels.push(shown.span);
    const number = shown ? shown.text.replace(/[.:]+$/, '') || null : null;
    const minuteNo = reader.value(el, 'minutesitemnumber');
    if (minuteNo) labels.push(minuteNo.span);
    for (const extra of ['refertocommittee', 'meetingdate']) {
      const v = reader.value(el, extra);
      if (v) labels.push(v.span);
    }
    const agenda = reader.value(el, 'agendatext');
    const minutesValue = reader.value(el, 'minutesnonemptyhtmlbody', 'minutesnonemptybody');
    const decisionValue = reader.value(el, 'decisionnonemptyhtmlbody', 'decisionhtmlbody');
    const agendaText = agenda ? readText(reader, agenda) : null;
    const minutes = minutesValue ? readMinutes(reader, minutesValue) : null;
    const decision = decisionValue ? readDecision(reader, decisionValue, file, diag) : null;
    const facts: ParsedFact[] = [];
    for (const n of [1, 2]) {
      const comment = reader.value(el, `commenttext${n}`);
      const label = reader.value(el, `commentlabel${n}`);
      if (comment)
        facts.push({ label: label?.text ?? 'Comment', text: comment.text, span: comment.span });
    }
    const documents: ParsedDocument[] = [];
    for (const doc of [
      ...reader.descendants(el, 'linkeddoc'),
      ...reader.descendants(el, 'linkeddocument'),
    ]) {
      const docTitle = reader.value(doc, 'title', 'documenttitle');
      if (!docTitle) continue;
      const url = reader.value(doc, 'url');
      if (url) labels.push(url.span);
      const committee = reader.value(doc, 'committeetitle');
      if (committee) labels.push(committee.span);
      documents.push({
        title: docTitle.text,
        format: null,
        sizeKb: null,
        role: 'report',
        ...(url ? { url: url.text } : {}),
        span: docTitle.span,
      });
    }
    const span = reader.span(el);
    items.push({
      headerLine: date?.line ?? meetingLine,
      headerSpan,
      date: day,
      bodyName: clue?.text ?? null,
      ...(!stated && clue ? { bodyBasis: 'inferred' as const, bodySpan: clue.span } : {}),
      ...(stated ? { bodySpan: stated.span } : {}),
      bodyDissolved: false,
      ...(siteId ? { siteMeetingId: siteId.text } : {}),
      number,
      title: title.text,
      reportOf: null,
      documents,
      additionalDocumentsUnlisted: false,
      decision,
      minutes,
      agendaText,
      facts,
      labels,
      span,
      // Every text here is escaped HTML: quantities are found in what a reader sees.
      prose: proseOf({ agendaText, decision, minutes }).map((s) => ({ ...s, markup: true })),
      titleSpan: title.span,
      issueTitle: title.text,
      ...(minuteNo && minuteNo.text !== number ? { minutesNumber: minuteNo.text } : {}),
    });
  }
  const cancelled = isCancelled(reader, meeting);
  return {
    form: 'getmeeting-xml',
    title:
      `${FORM_TITLES['getmeeting-xml']}: ${stated?.text ?? clue?.text ?? `meeting ${siteId?.text ?? ''}`.trim()} ${date?.text ?? ''}`.trim(),
    text: reader.text,
    issues: issuesOfItems(items),
    items,
    meetings:
      clue && day
        ? [
            {
              date: day,
              bodyName: clue.text,
              headerSpan,
              headerLine: date!.line,
              cancelled,
              bodySpan: clue.span,
              ...(stated ? {} : { bodyInferred: true }),
              ...(siteId ? { siteId: siteId.text } : {}),
            },
          ]
        : [],
    meetingFacts,
    headings: used,
    furniture: [],
    links: [],
  };
}

function decoded(reader: XmlReader, value: Value): DecodedText {
  return decodeMarkup(reader.text, value.span.start, value.span.end, value.cdata);
}

function readText(reader: XmlReader, value: Value): ParsedText | null {
  const text = readableText(decoded(reader, value));
  return text ? { text, span: value.span } : null;
}

function readMinutes(reader: XmlReader, value: Value): ParsedMinutes | null {
  const d = decoded(reader, value);
  const marker = TRUNCATION_MARKER.exec(d.text.trimEnd());
  const text = readableText(d);
  if (!text) return null;
  return {
    text: marker ? text.replace(TRUNCATION_MARKER, '').trim() : text,
    truncated: marker !== null,
    span: value.span,
  };
}

/**
 * The decision's text as shown, split into its resolutions where they are numbered; each span is
 * the file's own characters for that resolution.
 */
function readDecision(
  reader: XmlReader,
  value: Value,
  file: string,
  diag: Diagnostics,
): ParsedDecision | null {
  const d = decoded(reader, value);
  const text = readableText(d);
  if (!text) return null;
  const local = new Diagnostics();
  const read = decisionByForm(d.text, splitLines(d.text), file, local);
  for (const w of local.warnings()) diag.warn(file, value.line, w.message);
  const resolutions =
    read.decision?.resolutions.map((r) => ({
      ...r,
      span: fileSpan(d, r.span.start, r.span.end),
    })) ?? [];
  return { text, resolutions, span: value.span };
}
