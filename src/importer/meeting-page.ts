/**
 * A ModernGov meeting page ("Agenda and minutes", "Agenda, decisions and minutes"): one meeting,
 * named in a line such as "Cabinet - Thursday, 22nd October, 2015 7.00 pm" (the comma, the
 * ordinal and the weekday come and go; some pages print only the date, and many saved copies lose
 * the line altogether), then "Venue:" and "Contact:", then its items, each under its number
 * ("1.", "3a", "77/21", "P108/24"), printed on the title's line or alone on the line above it.
 * Each item is read as on an "Issue - meetings" page. A meeting page does not say which issue an
 * item belongs to, so each item stands for its own issue, titled as the item is.
 */
import type { Diagnostics } from './diagnostics.ts';
import { lineSpan, parseMeetingBody } from './item-block.ts';
import type { ParsedFact, ParsedItem } from './parsed-item.ts';
import { FORM_TITLES, issuesOfItems, type PageLink, type ParsedSource } from './parsed-source.ts';
import { inferMeeting, longDate } from './prose-meeting.ts';
import { displayView, furnitureOfLine, navigationAbove, scanView } from './scan-view.ts';
import { isBlank, splitLines, type Line } from './source-text.ts';
import type { Span } from './text-spans.ts';

const HEADING =
  /^\s*(?:Agenda(?:,\s*decisions)?(?:,?\s*(?:and\s+)?(?:draft\s+)?minutes)?|Minutes|Draft minutes|Decisions)\s*$/i;
const DATE = String.raw`((?:[A-Za-z]+day,?\s+)?\d{1,2}(?:st|nd|rd|th)?\s+[A-Za-z]+,?\s+\d{4})`;
/** "Cabinet - Thursday, 22nd October, 2015 7.00 pm", or the date alone. */
const MEETING_TITLE = new RegExp(String.raw`^\s*(?:(.+?)\s+[-–]\s+)?${DATE}\b(.*)$`);
/** "3a Budget monitoring", "1.", "12. Minutes of the last meeting", "77/21", "P108/24 Title". */
const ITEM_START = /^\s*(\d{1,4}[a-z]?|[A-Z]{0,2}\d{1,4}\/\d{2,4})[.:]?(?:\s+(\S.*))?\s*$/;
/** Labelled lines above the items that say where and who: kept as facts of the meeting. */
const MEETING_FACT =
  /^\s*(Venue|Contact|Location|Note|Link|Webcast|Media|Apologies)\s*:\s*(\S.*)$/i;
/** Headings of the agenda table and the page's own links: the site's, not the record's. */
const TABLE_FURNITURE = /^\s*(?:Items|No\.?\s+Item|Item|Media|Webcast|Attendance details)\s*$/i;

export function parseMeetingPage(
  original: string,
  file: string,
  diag: Diagnostics,
  links: readonly PageLink[] = [],
): ParsedSource {
  const text = displayView(original);
  const lines = splitLines(scanView(original));
  const headingAt = lines.findIndex((l) => HEADING.test(l.text));
  const titleAt = lines.findIndex((l, i) => i > headingAt && MEETING_TITLE.test(l.text));
  const titleLine = lines[titleAt];
  const furniture = navigationAbove(text, lines, headingAt);
  const headings: Span[] = headingAt === -1 ? [] : [lineSpan(text, lines[headingAt]!)!];

  let date: string | null = null;
  let bodyName: string | null = null;
  let bodyBasis: 'inferred' | undefined;
  let bodySpan: Span | undefined;
  let cancelled = false;
  let headerSpan: Span;
  let headerLine: number;
  const itemsFrom = titleLine ? titleAt + 1 : headingAt + 1;
  if (titleLine) {
    const m = MEETING_TITLE.exec(titleLine.text)!;
    date = longDate(m[2]!);
    if (!date)
      diag.warn(file, titleLine.number, `cannot read "${m[2]}" as a date; kept without it`);
    bodyName = m[1]?.trim() || null;
    cancelled = /\bcancelled\b/i.test(m[3] ?? '');
    headerSpan = lineSpan(text, titleLine)!;
    headerLine = titleLine.number;
  } else {
    diag.warn(
      file,
      lines[Math.max(headingAt, 0)]!.number,
      'no "Body - Weekday, Nth Month, YYYY" line: the meeting is kept without a date',
    );
    headerSpan =
      headings[0] ??
      lineSpan(
        text,
        lines.find((l) => !isBlank(l.text))!,
      )!;
    headerLine = lines[Math.max(headingAt, 0)]!.number;
  }
  if (!bodyName) {
    // The body may still be named in the minutes ("The Cabinet considered..."): read, not stated.
    const named = inferMeeting(lines.slice(itemsFrom));
    if (named.body) {
      bodyName = named.body;
      bodyBasis = 'inferred';
      bodySpan = named.bodySpan!;
      diag.warn(
        file,
        lineAt(lines, named.bodySpan!.start),
        `the page does not name the body that met; read "${named.body}" from its text`,
      );
    }
  }

  const starts = itemStarts(lines, itemsFrom);
  // An agenda table flattened one row to a line, numbers lost: each row is an item.
  const rows = starts.length ? [] : flattenedRows(lines, itemsFrom, original);
  const meetingFacts: ParsedFact[] = [];
  // Lines are numbered from 1: the index of a row's line is its number less one.
  const firstItem = starts[0] ?? (rows[0] ? rows[0].number - 1 : lines.length);
  for (const line of lines.slice(itemsFrom, firstItem)) {
    if (isBlank(line.text)) continue;
    const fact = MEETING_FACT.exec(line.text);
    if (fact) {
      meetingFacts.push({ label: fact[1]!, text: fact[2]!.trim(), span: lineSpan(text, line)! });
    } else if (
      TABLE_FURNITURE.test(line.text) ||
      furnitureOfLine(original.slice(line.start, line.end), false)
    ) {
      furniture.push({ kind: 'layout', span: lineSpan(text, line)! });
    } else if (meetingFacts.length && /^\s*(?:tel|email|e-mail|phone)\b/i.test(line.text)) {
      // A contact that runs onto a second line ("tel. no.: ... Email: ...").
      const last = meetingFacts.at(-1)!;
      const span = lineSpan(text, line)!;
      last.text = `${last.text} ${line.text.trim()}`;
      last.span = { start: last.span.start, end: span.end };
    } else
      diag.warn(file, line.number, `ignored a line before the first item: "${line.text.trim()}"`, [
        line.number,
        line.number,
      ]);
  }

  /** One item of the page's one meeting: every item shares what the page says of it. */
  const readItem = (header: Line, body: Line[], number: string | null) =>
    parseMeetingBody(
      text,
      header,
      body,
      null,
      file,
      diag,
      {
        date,
        headerSpan,
        headerLine,
        bodyName,
        ...(bodyBasis ? { bodyBasis, bodySpan: bodySpan! } : {}),
        bodyDissolved: false,
        headerItemNumber: number,
      },
      links,
    );
  const items: ParsedItem[] = [];
  starts.forEach((s, k) => {
    const block = lines.slice(s, starts[k + 1] ?? lines.length);
    const first = block[0]!;
    const alone = ITEM_START.exec(first.text)!;
    const numberAlone = alone[2] === undefined;
    // The number line is the item line, unless the number stands alone above the title.
    const header: Line = numberAlone ? first : { ...first, end: first.start, text: '' };
    const body = numberAlone ? block.slice(1) : block;
    const item = readItem(header, body, numberAlone ? alone[1]! : null);
    if (!item) return;
    if (numberAlone) item.labels.push(lineSpan(text, first)!);
    items.push({ ...item, issueTitle: item.title });
  });
  if (!bodyName) {
    // With no body, no meeting can be made to hold what the page says of it.
    for (const f of meetingFacts) {
      const line = lineAt(lines, f.span.start);
      diag.warn(
        file,
        line,
        `"${f.label}" is not kept: the page names no body, so there is no meeting to hold it`,
        [line, lineAt(lines, f.span.end)],
      );
    }
  }
  for (const row of rows) {
    const item = readItem({ ...row, end: row.start, text: '' }, rowSegments(row), null);
    if (item) items.push({ ...item, issueTitle: item.title });
  }
  if (!items.length)
    diag.fail(file, titleLine?.number ?? 1, 'no numbered items on this meeting page');
  diag.throwIfErrors();

  return {
    form: 'meeting',
    title: `${FORM_TITLES.meeting}: ${titleLine ? titleLine.text.trim() : (bodyName ?? 'meeting')}`,
    text,
    issues: issuesOfItems(items),
    items,
    meetings:
      date && bodyName && cancelled ? [{ date, bodyName, headerSpan, headerLine, cancelled }] : [],
    meetingFacts,
    headings,
    furniture,
    links: [...links],
  };
}

/**
 * Where items start. Prose that happens to open with a number is not an item: titles are short,
 * start with a capital and are unpunctuated, and item numbers only go up ("3" never follows "3a").
 */
function itemStarts(lines: Line[], from: number): number[] {
  const starts: number[] = [];
  let previous = -1;
  for (let i = from; i < lines.length; i += 1) {
    const line = lines[i]!;
    const item = ITEM_START.exec(line.text);
    if (!item) continue;
    const digits = /(\d+)([a-z]?)/.exec(item[1]!)!;
    const order = Number(digits[1]) * 100 + (digits[2] ? digits[2].charCodeAt(0) - 96 : 0);
    const title = item[2] ?? '';
    const looksLikeTitle =
      !title ||
      (title.length <= 150 &&
        /^[A-Z0-9‘'"“(]/.test(title) &&
        !/view the full minutes text/i.test(title) &&
        (!/[.;]$/.test(title) || /icon/i.test(title)));
    if (looksLikeTitle && order > previous) {
      starts.push(i);
      previous = order;
    }
  }
  return starts;
}

/** Labels a flattened table keeps inside its rows. */
const INLINE_LABEL = /\b(?:Additional documents|Decision|Minutes):/g;
const FILE_SIZE = /\b(?:pdf icon\s+)?(?:PDF|DOCX?|XLSX?|RTF)\s+\d+(?:\.\d+)?\s*[KM]B\b/i;

/**
 * Rows of an agenda table that text extraction flattened into one line each ("TITLE PDF 120 KB
 * To consider... Decision: ... Minutes: ... |"): lines after the table's heading that carry a
 * report link or an inline label. Other lines there are left for the read report to name.
 */
function flattenedRows(lines: Line[], from: number, original: string): Line[] {
  const header = lines.findIndex((l, i) => i >= from && /^\s*No\.?\s+Item\b/i.test(l.text));
  if (header === -1) return [];
  return lines.slice(header + 1).filter((l) => {
    if (isBlank(l.text) || furnitureOfLine(original.slice(l.start, l.end), false)) return false;
    INLINE_LABEL.lastIndex = 0;
    return INLINE_LABEL.test(l.text) || FILE_SIZE.test(l.text);
  });
}

/**
 * One flattened row cut into the lines it was before the table was flattened: the title with
 * its report link, the agenda text, and each labelled section. The pieces keep their offsets, so
 * everything read from them still quotes the page.
 */
function rowSegments(row: Line): Line[] {
  const cuts = new Set<number>([0]);
  const size = FILE_SIZE.exec(row.text);
  INLINE_LABEL.lastIndex = 0;
  const labels = [...row.text.matchAll(INLINE_LABEL)].map((m) => m.index);
  if (size && size.index < (labels[0] ?? Infinity)) cuts.add(size.index + size[0].length);
  for (const at of labels) cuts.add(at);
  const points = [...cuts].sort((a, b) => a - b);
  return points.flatMap((at, k) => {
    const end = points[k + 1] ?? row.text.length;
    const piece = row.text.slice(at, end);
    return piece.trim()
      ? [{ number: row.number, start: row.start + at, end: row.start + end, text: piece }]
      : [];
  });
}

function lineAt(lines: Line[], offset: number): number {
  return lines.find((l) => offset >= l.start && offset <= l.end)?.number ?? 1;
}
