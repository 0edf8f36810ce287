/**
 * Parser for a ModernGov "Issue - meetings" page saved as text: the issue heading, then one block
 * per meeting at which the issue was an agenda item. Every part it recognises keeps its character
 * span in the normalised text, so that anything shown later can be traced to the words it came
 * from. It never guesses: an impossible date or a malformed meeting header is an error with the
 * line it is on, and lines it does not recognise are reported as warnings, not silently dropped.
 */
import type { ItemDocument } from '../bundle/schema.ts';
import { Diagnostics } from './diagnostics.ts';
import { inferMeeting } from './prose-meeting.ts';
import { displayView, scanView } from './scan-view.ts';
import { isBlank, splitLines, type Line } from './source-text.ts';
import { paragraphText, trimSpan, type Span } from './text-spans.ts';
import { MONTH_NAMES } from '../bundle/month-names.ts';

export type ParsedResolution = { number: string; text: string; span: Span };
export type ParsedDecision = { text: string; resolutions: ParsedResolution[]; span: Span };
export type ParsedMinutes = { text: string; truncated: boolean; span: Span };

export type ParsedItem = {
  /** The "Meeting: ..." line (or, where the page has none, the line the date was read from). */
  headerLine: number;
  /** The meeting line, or the words an inferred date was read from. */
  headerSpan: Span;
  /** ISO day. */
  date: string;
  /** Present where the page gives the meeting only in prose. */
  dateBasis?: 'inferred';
  bodyName: string;
  bodyDissolved: boolean;
  number: string | null;
  title: string;
  reportOf: string | null;
  documents: ItemDocument[];
  additionalDocumentsUnlisted: boolean;
  decision: ParsedDecision | null;
  minutes: ParsedMinutes | null;
  /** The whole block, header to last word. */
  span: Span;
  /** Where quantities may be looked for: the decision and the minutes, not the header or links. */
  prose: Span[];
  /** The item line (or, without one, the item's block): the source of its title. */
  titleSpan: Span;
  /** The issue this item belongs to, where a page holds items of several issues. */
  issueTitle?: string;
  /** The minute's own number, where the page gives one that differs from the item number. */
  minutesNumber?: string;
  details?: ParsedDecisionDetails;
};

export type ParsedDecisionDetails = {
  maker: string | null;
  status: string | null;
  keyDecision: boolean | null;
  published: string | null;
  decidedOn: string | null;
  decidedAtMeeting: string | null;
  effectiveFrom: string | null;
  span: Span;
};

export type ParsedPage = {
  title: string;
  /** Null where the page prints no title and the first item's title stands in. */
  titleSpan: Span | null;
  subtitle: string | null;
  items: ParsedItem[];
};

const PAGE_HEADING = /^\s*Issue\s*[-–]\s*meetings\s*$/i;
const MEETING_PREFIX = /^\s*Meeting:/i;
const MEETING_HEADER = /^\s*Meeting:\s*(\S+)\s+[-–]\s+(.+?)\s*(?:\(Item\s+([^)]*?)\s*\))?\s*$/i;
const DISSOLVED_SUFFIX = /^(.*?)\s+[-–]\s+dissolved$/i;
const SECTION_HEADING =
  /^\s*(Additional documents|Supporting documents|Decision|Minutes)\s*:\s*(.*)$/i;
const AGENDA_ITEM_HEADING = /^\s*Agenda item\s*$/i;
/** "Agenda item - 81. Budget monitoring": an agenda item page's own title line. */
const AGENDA_ITEM_TITLE = /^\s*Agenda item\s*[-–]\s*/i;
/** Minute paragraphs numbered "81.1", "81.2": the minute's number is 81. */
const MINUTE_PARAGRAPH = /^\s*(\d+[A-Za-z]?)\.\d+\b/;
/** "pdf icon PDF 64 KB": the link text ModernGov puts after a document's title. */
const DOCUMENT_LINK = /\s+\S+\s+icon\s+([A-Za-z0-9]+)\s+(\d+(?:\.\d+)?)\s*(KB|MB)\s*$/i;
/** "14 Title", "6. Title", "6.1 Title", "6a Title". */
const ITEM_NUMBER = /^\s*(\d+[A-Za-z]?(?:\.\d+[A-Za-z]?)*)\.?\s+(\S.*)$/;
const REPORT_OF = /^\s*Report of\s+(.+?)[\s.]*$/i;
/** "Andrew North, Chief Executive": a short name-and-role line, not a sentence of prose. */
const AUTHOR_LINE = /^\s*[^.,:;]{2,50},[^.:;]{2,60}$/;
/** A decision printed without its "Decision:" label is known by how it opens. */
const DECISION_OPENING = /^\s*(?:RESOLVED|RECOMMENDED|AGREED|DECIDED)\b/;
const FIRST_RESOLUTION = /^\s*(?:1[.)]|\(1\)|\(a\)|\(i\))\s+\S/;
const SECOND_RESOLUTION = /^\s*(?:2[.)]|\(2\)|\(b\)|\(ii\))\s+\S/;
/** Resolution numbers as councils print them, tried in this order. */
const RESOLUTION_NUMBERS = [
  /^\s*(\d{1,4}\/\d{4})[.:]?\s+/, // minute numbers: "237/2008"
  /^\s*\((\d{1,3}|[a-z]|[ivxlc]+)\)\s+/i, // "(a)", "(ii)", "(1)"
  /^\s*(\d{1,3})[.)]\s+/, // "1.", "1)"
];
export const TRUNCATION_MARKER =
  /\s*(?:\.\.\.|…)\s*view the full minutes text for item\s*([^\s.]*)\.?\s*$/i;
const DECISION_CUT = /view the full decision text for item/i;

/** "31/02/2010" is an error, never rolled over into March. */
export function parseUkDate(text: string): { iso: string } | { problem: string } {
  const m = /^(\d{1,2})\/(\d{1,2})\/(\d{4})$/.exec(text);
  if (!m) return { problem: `"${text}" is not a date in the form DD/MM/YYYY` };
  const [day, month, year] = [Number(m[1]), Number(m[2]), Number(m[3])];
  if (month < 1 || month > 12)
    return { problem: `impossible date "${text}": there is no month ${month}` };
  const days = daysInMonth(year, month);
  if (day < 1 || day > days) {
    return {
      problem: `impossible date "${text}": ${MONTH_NAMES[month - 1]} ${year} has ${days} days`,
    };
  }
  return { iso: `${m[3]}-${pad(month)}-${pad(day)}` };
}

export function daysInMonth(year: number, month: number): number {
  return new Date(Date.UTC(year, month, 0)).getUTCDate();
}

function pad(n: number): string {
  return String(n).padStart(2, '0');
}

const NO_MEETINGS =
  'no "Meeting: DD/MM/YYYY - Body (Item N)" lines: this is not a ModernGov "Issue - meetings" page, or it lists no meetings';

/**
 * `original` is the stored text; parsing reads its scan view (same length), so spans hold for
 * both while pipes, bullets and navigation never reach a title or a quote's edges.
 */
export function parseIssuePage(
  original: string,
  file: string,
  diag: Diagnostics,
  form?: 'agenda-item',
): ParsedPage {
  const text = displayView(original);
  const lines = splitLines(scanView(original));
  const headerIndexes = lines.flatMap((l, i) => (MEETING_PREFIX.test(l.text) ? [i] : []));
  const first = headerIndexes[0];
  if (first === undefined) return parseWithoutMeetingLines(text, lines, file, diag);

  let heading = parseHeading(lines.slice(0, first), file, diag, form);
  // An agenda item page titles the item itself: "Agenda item - 81. Budget monitoring".
  let fromHeading: { number: string | null; title: string } | null = null;
  if (form === 'agenda-item' && heading) {
    const parsed = parseItemLine(heading.title.replace(AGENDA_ITEM_TITLE, ''));
    fromHeading = { number: parsed.number, title: parsed.title };
    heading = { ...heading, title: parsed.title };
  }
  const items: ParsedItem[] = [];
  headerIndexes.forEach((h, k) => {
    const next = headerIndexes[k + 1] ?? lines.length;
    const item = parseMeetingBlock(
      text,
      lines.slice(h, next),
      heading?.title ?? null,
      file,
      diag,
      fromHeading,
    );
    if (item) items.push(item);
  });
  diag.throwIfErrors();
  return withTitle(heading, items, lines[first]!.number, file, diag);
}

function withTitle(
  heading: { title: string; subtitle: string | null; span: Span } | null,
  items: ParsedItem[],
  line: number,
  file: string,
  diag: Diagnostics,
): ParsedPage {
  if (heading) return { ...heading, titleSpan: heading.span, items };
  const firstItem = items[0];
  if (!firstItem) diag.fail(file, line, 'no issue title and no item title to stand in for it');
  diag.warn(
    file,
    line,
    `no issue title on the page; using the first item's title "${firstItem.title}"`,
  );
  return { title: firstItem.title, titleSpan: null, subtitle: null, items };
}

/**
 * A page whose text lost its "Meeting:" lines: each item starts at an item line with a document
 * link, and its meeting is read from the prose, marked as inferred, or the item is not read.
 */
function parseWithoutMeetingLines(
  text: string,
  lines: Line[],
  file: string,
  diag: Diagnostics,
): ParsedPage {
  const starts = lines.flatMap((l, i) => (parseDocumentLink(l.text) ? [i] : []));
  const local = new Diagnostics();
  const headingEnd = starts[0] ?? lines.findIndex((l, i) => i > 0 && SECTION_HEADING.test(l.text));
  const heading = parseHeading(lines.slice(0, Math.max(headingEnd, 0)), file, local);
  const blocks = starts.length ? starts : headingEnd > 0 ? [headingEnd] : [];
  const items: ParsedItem[] = [];
  blocks.forEach((b, k) => {
    const block = lines.slice(b, blocks[k + 1] ?? lines.length);
    const meeting = inferMeeting(block);
    const where = `lines ${block[0]!.number}-${block.at(-1)!.number}`;
    if (!meeting.date || !meeting.body) {
      local.warn(
        file,
        block[0]!.number,
        `no "Meeting:" line, and the text does not say ${meeting.date ? 'which body met' : 'when the meeting was'}: ${where} not read`,
      );
      return;
    }
    const fake: Line = { ...block[0]!, text: '', end: block[0]!.start };
    const item = parseMeetingBody(text, fake, block, heading?.title ?? null, file, local, {
      date: meeting.date.iso,
      dateBasis: 'inferred',
      headerSpan: meeting.span ?? meeting.date.span,
      headerLine: meeting.date.line,
      bodyName: meeting.body,
      bodyDissolved: false,
      headerItemNumber: null,
    });
    if (item) items.push(item);
  });
  if (!items.length) diag.fail(file, 1, NO_MEETINGS);
  for (const d of local.all)
    (d.severity === 'error' ? diag.error : diag.warn).call(diag, file, d.line, d.message);
  diag.throwIfErrors();
  return withTitle(heading, items, lines[blocks[0]!]!.number, file, diag);
}

function parseHeading(
  lines: Line[],
  file: string,
  diag: Diagnostics,
  form?: 'agenda-item',
): { title: string; subtitle: string | null; span: Span } | null {
  const filled = lines.filter((l) => !isBlank(l.text));
  const pageHeading = form === 'agenda-item' ? AGENDA_ITEM_HEADING : PAGE_HEADING;
  // A page saved whole carries the site's menus above the heading; the issue starts after it.
  const heading = filled.findLastIndex((l) => pageHeading.test(l.text));
  if (heading === -1 && form !== 'agenda-item') {
    diag.warn(
      file,
      filled[0]?.number ?? 1,
      'no "Issue - meetings" heading; reading the first line as the issue title',
    );
  }
  const [titleLine, subtitleLine, ...extra] = filled.slice(heading + 1);
  if (!titleLine) return null;
  for (const line of extra) {
    diag.warn(file, line.number, `ignored a line before the first meeting: "${line.text.trim()}"`);
  }
  return {
    title: titleLine.text.trim(),
    subtitle: subtitleLine?.text.trim() ?? null,
    span: trimSpan(titleLine.text, 0, titleLine.text.length)
      ? shift(trimSpan(titleLine.text, 0, titleLine.text.length)!, titleLine.start)
      : { start: titleLine.start, end: titleLine.end },
  };
}

function shift(span: Span, by: number): Span {
  return { start: span.start + by, end: span.end + by };
}

export type MeetingFacts = {
  date: string;
  dateBasis?: 'inferred';
  headerSpan: Span;
  headerLine: number;
  bodyName: string;
  bodyDissolved: boolean;
  headerItemNumber: string | null;
  /** The page's heading names the item, so no item line follows the meeting line. */
  itemFromHeading?: boolean;
};

type Section = {
  name: 'preamble' | 'additional' | 'supporting' | 'decision' | 'minutes';
  heading: Line | null;
  start: number;
  end: number;
  lines: Line[];
};

function parseMeetingBlock(
  text: string,
  block: Line[],
  issueTitle: string | null,
  file: string,
  diag: Diagnostics,
  fromHeading: { number: string | null; title: string } | null = null,
): ParsedItem | null {
  const [header, ...body] = block;
  if (!header) return null;
  const m = MEETING_HEADER.exec(header.text);
  if (!m) {
    diag.error(
      file,
      header.number,
      `cannot read this meeting line; expected "Meeting: DD/MM/YYYY - Body (Item N)"`,
    );
    return null;
  }
  const date = parseUkDate(m[1]!);
  if ('problem' in date) {
    diag.error(file, header.number, date.problem);
    return null;
  }
  let bodyName = m[2]!.trim();
  const dissolved = DISSOLVED_SUFFIX.exec(bodyName);
  if (dissolved) bodyName = dissolved[1]!.trim();
  if (!/[A-Za-z0-9]/.test(bodyName)) {
    diag.error(
      file,
      header.number,
      'this meeting line names no body; expected "Meeting: DD/MM/YYYY - Body (Item N)"',
    );
    return null;
  }
  const headerItemNumber = m[3] ? m[3].replace(/[.:]+$/, '') : null;
  return parseMeetingBody(text, header, body, issueTitle, file, diag, {
    date: date.iso,
    headerSpan: trimSpan(text, header.start, header.end)!,
    headerLine: header.number,
    bodyName,
    bodyDissolved: dissolved !== null,
    headerItemNumber: headerItemNumber ?? fromHeading?.number ?? null,
    itemFromHeading: fromHeading !== null,
  });
}

export function parseMeetingBody(
  text: string,
  header: Line,
  body: Line[],
  issueTitle: string | null,
  file: string,
  diag: Diagnostics,
  meeting: MeetingFacts,
): ParsedItem | null {
  const { headerItemNumber } = meeting;
  const block = [header, ...body];
  const sections = splitSections(header, body, file, diag);
  const preamble = sections.find((s) => s.name === 'preamble')!;
  const allFilled = preamble.lines.filter((l) => !isBlank(l.text));
  const itemLine = meeting.itemFromHeading ? undefined : allFilled[0];
  // Without an item line of its own, every preamble line is read as what follows one.
  const filled = meeting.itemFromHeading ? [header, ...allFilled] : allFilled;

  let number = headerItemNumber;
  let title = issueTitle ?? '';
  const documents: ItemDocument[] = [];
  if (!itemLine && meeting.itemFromHeading) {
    // The title came from the page's heading.
  } else if (!itemLine) {
    if (issueTitle === null) {
      diag.error(file, header.number, 'no item line under this meeting and no issue title');
      return null;
    }
    diag.warn(file, header.number, 'no item line under this meeting; using the issue title');
  } else {
    const parsed = parseItemLine(itemLine.text);
    title = parsed.title;
    if (parsed.number !== null) {
      if (headerItemNumber !== null && parsed.number !== headerItemNumber) {
        diag.warn(
          file,
          itemLine.number,
          `item number ${parsed.number} differs from "(Item ${headerItemNumber})" in the meeting line`,
        );
      }
      number = parsed.number;
    }
    if (parsed.document) documents.push({ ...parsed.document, role: 'report' });
  }

  let reportOf: string | null = null;
  const has = (name: Section['name']) => sections.some((x) => x.name === name);
  const labelled = has('decision') || has('minutes');
  let unlabelled: Line[] = [];
  for (const [k, line] of filled.slice(1).entries()) {
    const report = REPORT_OF.exec(line.text);
    const link = parseDocumentLink(line.text);
    if (report) reportOf = report[1]!;
    else if (link) documents.push({ ...link, role: 'report' });
    // ModernGov prints a bare "Name, Role" line where the report's author has no "Report of".
    else if (DECISION_OPENING.test(line.text) && !has('decision')) {
      unlabelled = filled.slice(k + 1);
      break;
    } else if (reportOf === null && (labelled || AUTHOR_LINE.test(line.text)))
      reportOf = line.text.trim();
    else if (!labelled) {
      // Without "Decision:" and "Minutes:" labels, the rest of the block is the item's text.
      unlabelled = filled.slice(k + 1);
      break;
    } else
      diag.warn(
        file,
        line.number,
        `ignored a line this parser does not recognise: "${line.text.trim()}"`,
      );
  }
  if (unlabelled.length) {
    const rest = preamble.lines.filter((l) => l.start >= unlabelled[0]!.start);
    sections.push(...unlabelledSections(rest, has('minutes'), file, diag));
  }

  let additionalDocumentsUnlisted = false;
  for (const section of sections.filter(
    (x) => x.name === 'additional' || x.name === 'supporting',
  )) {
    const role = section.name === 'additional' ? 'additional' : 'report';
    const listed = section.lines.filter((l) => !isBlank(l.text));
    if (role === 'additional') additionalDocumentsUnlisted = listed.length === 0;
    for (const line of listed) documents.push(listedDocument(line.text, role));
  }

  const decisionSection = sections.find((s) => s.name === 'decision');
  const decision = decisionSection ? parseDecision(text, decisionSection, file, diag) : null;
  const minutesSection = sections.find((s) => s.name === 'minutes');
  const minutes = minutesSection ? parseMinutes(text, minutesSection, number, file, diag) : null;

  const last = block.at(-1)!;
  const span = trimSpan(text, header.start, last.end) ?? meeting.headerSpan;
  const prose = [decision?.span, minutes && minutes.text ? minutes.span : undefined].filter(
    (s): s is Span => s !== undefined,
  );
  return {
    headerLine: meeting.headerLine,
    headerSpan: meeting.headerSpan,
    date: meeting.date,
    ...(meeting.dateBasis ? { dateBasis: meeting.dateBasis } : {}),
    bodyName: meeting.bodyName,
    bodyDissolved: meeting.bodyDissolved,
    number,
    title,
    reportOf,
    documents,
    additionalDocumentsUnlisted,
    decision,
    minutes,
    span,
    prose,
    titleSpan: itemLine ? trimSpan(text, itemLine.start, itemLine.end)! : span,
    ...minuteNumber(minutesSection, number),
  };
}

function minuteNumber(section: Section | undefined, itemNumber: string | null) {
  const first = section?.lines.find((l) => !isBlank(l.text));
  const m = first ? MINUTE_PARAGRAPH.exec(first.text) : null;
  return m && m[1] !== itemNumber ? { minutesNumber: m[1]! } : {};
}

function splitSections(header: Line, body: Line[], file: string, diag: Diagnostics): Section[] {
  const sections: Section[] = [
    { name: 'preamble', heading: null, start: header.end, end: header.end, lines: [] },
  ];
  for (const line of body) {
    const heading = SECTION_HEADING.exec(line.text);
    const name = heading ? sectionName(heading[1]!) : null;
    const current = sections[sections.length - 1]!;
    if (name && sections.some((s) => s.name === name)) {
      diag.warn(
        file,
        line.number,
        `a second "${heading![1]}:" heading in one meeting; reading it as text of the section above`,
      );
    } else if (name) {
      // Text on the heading's own line ("Decision: RESOLVED that...") belongs to the section.
      const start = line.start + line.text.length - heading![2]!.length;
      const rest = heading![2]!;
      sections.push({
        name,
        heading: line,
        start,
        end: line.end,
        lines: rest.trim() ? [{ number: line.number, start, end: line.end, text: rest }] : [],
      });
      continue;
    }
    current.lines.push(line);
    current.end = line.end;
  }
  return sections;
}

/**
 * The text of an item printed without labels: a decision is recognised by how it opens
 * ("RESOLVED", "RECOMMENDED to Council") and runs through its numbered resolutions; prose before
 * it is the minutes. Prose after the decision cannot be placed, so it is reported, not guessed.
 */
function unlabelledSections(
  lines: Line[],
  minutesLabelled: boolean,
  file: string,
  diag: Diagnostics,
): Section[] {
  const opening = decisionOpening(lines);
  const sections: Section[] = [];
  const section = (name: Section['name'], part: Line[]): Section => ({
    name,
    heading: part[0]!,
    start: part[0]!.start,
    end: part.at(-1)!.end,
    lines: part,
  });
  const before = opening === -1 ? lines : lines.slice(0, opening);
  const prose = before.filter((l) => !isBlank(l.text));
  if (prose.length && minutesLabelled) {
    diag.warn(
      file,
      prose[0]!.number,
      `text before the "Minutes:" label that is not a decision; lines ${prose[0]!.number}-${prose.at(-1)!.number} not read`,
    );
  } else if (prose.length) sections.push(section('minutes', before));
  if (opening === -1) return sections;
  let end = opening + 1;
  let previousFilled = true;
  for (; end < lines.length; end += 1) {
    const line = lines[end]!;
    if (isBlank(line.text)) {
      previousFilled = false;
      continue;
    }
    const numbered =
      RESOLUTION_NUMBERS.some((p) => p.test(line.text)) || DECISION_OPENING.test(line.text);
    if (!numbered && !previousFilled) break;
    previousFilled = true;
  }
  sections.push(section('decision', lines.slice(opening, end)));
  const after = lines.slice(end).filter((l) => !isBlank(l.text));
  if (after.length) {
    diag.warn(
      file,
      after[0]!.number,
      `text after the decision with no "Minutes:" label; lines ${after[0]!.number}-${after.at(-1)!.number} not read`,
    );
  }
  return sections;
}

/**
 * Where an unlabelled decision starts: at its opening word, or else at a numbered list that
 * starts at its beginning ("1.", "(a)", "(i)") and goes on to a second resolution.
 */
function decisionOpening(lines: Line[]): number {
  const worded = lines.findIndex((l) => DECISION_OPENING.test(l.text));
  if (worded !== -1) return worded;
  const first = lines.findIndex((l) => FIRST_RESOLUTION.test(l.text));
  if (first === -1) return -1;
  return lines.slice(first + 1).some((l) => SECOND_RESOLUTION.test(l.text)) ? first : -1;
}

function sectionName(heading: string): Section['name'] {
  const h = heading.toLowerCase();
  if (h.startsWith('additional')) return 'additional';
  if (h.startsWith('supporting')) return 'supporting';
  return h === 'decision' ? 'decision' : 'minutes';
}

export function parseItemLine(line: string): {
  number: string | null;
  title: string;
  document: Omit<ItemDocument, 'role'> | null;
} {
  const m = ITEM_NUMBER.exec(line);
  const number = m ? m[1]! : null;
  const rest = m ? m[2]! : line.trim();
  const link = parseDocumentLink(rest);
  const title = link ? link.title : rest.trim();
  return { number, title, document: link };
}

/** A line under a documents heading: a link with its format and size, or a bare title. */
export function listedDocument(line: string, role: ItemDocument['role']): ItemDocument {
  const link = parseDocumentLink(line);
  return link ? { ...link, role } : { title: line.trim(), format: null, sizeKb: null, role };
}

/** "Strategic commissioning pdf icon PDF 64 KB" -> { title, format: "PDF", sizeKb: 64 }. */
export function parseDocumentLink(line: string): Omit<ItemDocument, 'role'> | null {
  const m = DOCUMENT_LINK.exec(line);
  if (!m) return null;
  const title = line.slice(0, m.index).trim();
  if (!title) return null;
  const size = Number(m[2]);
  return {
    title,
    format: m[1]!.toUpperCase(),
    sizeKb: m[3]!.toUpperCase() === 'MB' ? size * 1024 : size,
  };
}

/** A decision's text and numbered resolutions from its lines, for the other page forms. */
export function decisionFromLines(
  text: string,
  heading: Line,
  lines: Line[],
  file: string,
  diag: Diagnostics,
): ParsedDecision | null {
  if (!lines.length)
    return parseDecision(
      text,
      { name: 'decision', heading, start: heading.end, end: heading.end, lines },
      file,
      diag,
    );
  return parseDecision(
    text,
    { name: 'decision', heading, start: lines[0]!.start, end: lines.at(-1)!.end, lines },
    file,
    diag,
  );
}

function parseDecision(
  text: string,
  section: Section,
  file: string,
  diag: Diagnostics,
): ParsedDecision | null {
  const span = trimSpan(text, section.start, section.end);
  if (!span) {
    diag.warn(file, section.heading!.number, 'a "Decision:" heading with no text under it');
    return null;
  }
  const cut = section.lines.find((l) => DECISION_CUT.test(l.text));
  if (cut) {
    // The bundle has no "cut short" flag for decisions, so the marker stays in the text for the
    // reader to see, rather than the decision passing as complete.
    diag.warn(
      file,
      cut.number,
      'the decision text is cut short on this page; the marker is kept in its text',
    );
  }
  const starts: { line: Line; number: string; textStart: number }[] = [];
  for (const line of section.lines) {
    for (const pattern of RESOLUTION_NUMBERS) {
      const m = pattern.exec(line.text);
      if (m) {
        starts.push({ line, number: m[1]!, textStart: line.start + m[0].length });
        break;
      }
    }
  }
  const resolutions: ParsedResolution[] = [];
  starts.forEach((s, k) => {
    const end = starts[k + 1]?.line.start ?? section.end;
    const rspan = trimSpan(text, s.textStart, end);
    if (!rspan) {
      diag.warn(file, s.line.number, `resolution ${s.number} has no text`);
      return;
    }
    const rtext = paragraphText(text, rspan);
    if (rtext) resolutions.push({ number: s.number, text: rtext, span: rspan });
  });
  const decisionText = paragraphText(text, span);
  if (!decisionText) {
    // Only markup or spacing where the words should be: there is no decision to show.
    diag.warn(file, section.heading!.number, 'a decision with no readable text; left out');
    return null;
  }
  return { text: decisionText, resolutions, span };
}

function parseMinutes(
  text: string,
  section: Section,
  itemNumber: string | null,
  file: string,
  diag: Diagnostics,
): ParsedMinutes {
  let end = section.end;
  let truncated = false;
  const lastFilled = [...section.lines].reverse().find((l) => !isBlank(l.text));
  const marker = lastFilled ? TRUNCATION_MARKER.exec(lastFilled.text) : null;
  if (lastFilled && marker) {
    truncated = true;
    end = lastFilled.start + marker.index;
    const markerItem = marker[1] ?? '';
    if (itemNumber !== null && markerItem && markerItem !== itemNumber) {
      diag.warn(
        file,
        lastFilled.number,
        `the "view the full minutes text" link names item ${markerItem}, not item ${itemNumber}`,
      );
    }
  }
  const span = trimSpan(text, section.start, end);
  if (!span) {
    const heading = section.heading!;
    return { text: '', truncated, span: trimSpan(text, heading.start, heading.end)! };
  }
  return { text: paragraphText(text, span), truncated, span };
}
