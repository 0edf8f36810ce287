/**
 * Parser for a ModernGov "Issue - meetings" page saved as text: the issue heading, then one block
 * per meeting at which the issue was an agenda item. Every part it recognises keeps its character
 * span in the normalised text, so that anything shown later can be traced to the words it came
 * from. It never guesses: an impossible date or a malformed meeting header is an error with the
 * line it is on, and lines it does not recognise are reported as warnings, not silently dropped.
 */
import type { ItemDocument } from '../bundle/schema.ts';
import type { Diagnostics } from './diagnostics.ts';
import { isBlank, splitLines, type Line } from './source-text.ts';
import { paragraphText, trimSpan, type Span } from './text-spans.ts';

export type ParsedResolution = { number: string; text: string; span: Span };
export type ParsedDecision = { text: string; resolutions: ParsedResolution[]; span: Span };
export type ParsedMinutes = { text: string; truncated: boolean; span: Span };

export type ParsedItem = {
  /** The "Meeting: ..." line. */
  headerLine: number;
  headerSpan: Span;
  /** ISO day. */
  date: string;
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
};

export type ParsedPage = {
  title: string;
  subtitle: string | null;
  items: ParsedItem[];
};

const PAGE_HEADING = /^\s*Issue\s*[-–]\s*meetings\s*$/i;
const MEETING_PREFIX = /^\s*Meeting:/i;
const MEETING_HEADER = /^\s*Meeting:\s*(\S+)\s+[-–]\s+(.+?)\s*(?:\(Item\s+([^)]*?)\s*\))?\s*$/i;
const DISSOLVED_SUFFIX = /^(.*?)\s+[-–]\s+dissolved$/i;
const SECTION_HEADING = /^\s*(Additional documents|Decision|Minutes)\s*:\s*(.*)$/i;
/** "pdf icon PDF 64 KB": the link text ModernGov puts after a document's title. */
const DOCUMENT_LINK = /\s+\S+\s+icon\s+([A-Za-z0-9]+)\s+(\d+(?:\.\d+)?)\s*(KB|MB)\s*$/i;
/** "14 Title", "6. Title", "6.1 Title", "6a Title". */
const ITEM_NUMBER = /^\s*(\d+[A-Za-z]?(?:\.\d+[A-Za-z]?)*)\.?\s+(\S.*)$/;
const REPORT_OF = /^\s*Report of\s+(.+?)[\s.]*$/i;
/** Resolution numbers as councils print them, tried in this order. */
const RESOLUTION_NUMBERS = [
  /^\s*(\d{1,4}\/\d{4})[.:]?\s+/, // minute numbers: "237/2008"
  /^\s*\((\d{1,3}|[a-z]|[ivxlc]+)\)\s+/i, // "(a)", "(ii)", "(1)"
  /^\s*(\d{1,3})[.)]\s+/, // "1.", "1)"
];
const TRUNCATION_MARKER =
  /\s*(?:\.\.\.|…)\s*view the full minutes text for item\s*([^\s.]*)\.?\s*$/i;
const DECISION_CUT = /view the full decision text for item/i;

const MONTHS = [
  'January',
  'February',
  'March',
  'April',
  'May',
  'June',
  'July',
  'August',
  'September',
  'October',
  'November',
  'December',
];

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
      problem: `impossible date "${text}": ${MONTHS[month - 1]} ${year} has ${days} days`,
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

export function parseIssuePage(text: string, file: string, diag: Diagnostics): ParsedPage {
  const lines = splitLines(text);
  const headerIndexes = lines.flatMap((l, i) => (MEETING_PREFIX.test(l.text) ? [i] : []));
  const first = headerIndexes[0];
  if (first === undefined) {
    diag.fail(
      file,
      1,
      'no "Meeting: DD/MM/YYYY - Body (Item N)" lines: this is not a ModernGov "Issue - meetings" page, or it lists no meetings',
    );
  }

  const { title, subtitle } = parseHeading(lines.slice(0, first), file, diag);
  const items: ParsedItem[] = [];
  headerIndexes.forEach((h, k) => {
    const next = headerIndexes[k + 1] ?? lines.length;
    const item = parseMeetingBlock(text, lines.slice(h, next), title, file, diag);
    if (item) items.push(item);
  });
  diag.throwIfErrors();
  return { title, subtitle, items };
}

function parseHeading(
  lines: Line[],
  file: string,
  diag: Diagnostics,
): { title: string; subtitle: string | null } {
  const filled = lines.filter((l) => !isBlank(l.text));
  // A page saved whole carries the site's menus above the heading; the issue starts after it.
  const heading = filled.findLastIndex((l) => PAGE_HEADING.test(l.text));
  if (heading === -1) {
    diag.warn(
      file,
      filled[0]?.number ?? 1,
      'no "Issue - meetings" heading; reading the first line as the issue title',
    );
  }
  const [titleLine, subtitleLine, ...extra] = filled.slice(heading + 1);
  if (!titleLine) diag.fail(file, 1, 'no issue title before the first "Meeting:" line');
  for (const line of extra) {
    diag.warn(file, line.number, `ignored a line before the first meeting: "${line.text.trim()}"`);
  }
  return { title: titleLine.text.trim(), subtitle: subtitleLine?.text.trim() ?? null };
}

type Section = {
  name: 'preamble' | 'additional' | 'decision' | 'minutes';
  heading: Line | null;
  start: number;
  end: number;
  lines: Line[];
};

function parseMeetingBlock(
  text: string,
  block: Line[],
  issueTitle: string,
  file: string,
  diag: Diagnostics,
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
  const headerItemNumber = m[3] ? m[3].replace(/[.:]+$/, '') : null;

  const sections = splitSections(header, body, file, diag);
  const preamble = sections.find((s) => s.name === 'preamble')!;
  const filled = preamble.lines.filter((l) => !isBlank(l.text));
  const itemLine = filled[0];

  let number = headerItemNumber;
  let title = issueTitle;
  const documents: ItemDocument[] = [];
  if (!itemLine) {
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
  for (const line of filled.slice(1)) {
    const report = REPORT_OF.exec(line.text);
    const link = parseDocumentLink(line.text);
    if (report) reportOf = report[1]!;
    else if (link) documents.push({ ...link, role: 'report' });
    // ModernGov prints a bare "Name, Role" line where the report's author has no "Report of".
    else if (reportOf === null) reportOf = line.text.trim();
    else
      diag.warn(
        file,
        line.number,
        `ignored a line this parser does not recognise: "${line.text.trim()}"`,
      );
  }

  const additional = sections.find((s) => s.name === 'additional');
  let additionalDocumentsUnlisted = false;
  if (additional) {
    const listed = additional.lines.filter((l) => !isBlank(l.text));
    additionalDocumentsUnlisted = listed.length === 0;
    for (const line of listed) {
      const link = parseDocumentLink(line.text);
      documents.push(
        link
          ? { ...link, role: 'additional' }
          : { title: line.text.trim(), format: null, sizeKb: null, role: 'additional' },
      );
    }
  }

  const decisionSection = sections.find((s) => s.name === 'decision');
  const decision = decisionSection ? parseDecision(text, decisionSection, file, diag) : null;
  const minutesSection = sections.find((s) => s.name === 'minutes');
  const minutes = minutesSection ? parseMinutes(text, minutesSection, number, file, diag) : null;

  const last = block.at(-1)!;
  const span = trimSpan(text, header.start, last.end)!;
  const prose = [decision?.span, minutes && minutes.text ? minutes.span : undefined].filter(
    (s): s is Span => s !== undefined,
  );
  return {
    headerLine: header.number,
    headerSpan: trimSpan(text, header.start, header.end)!,
    date: date.iso,
    bodyName,
    bodyDissolved: dissolved !== null,
    number,
    title,
    reportOf,
    documents,
    additionalDocumentsUnlisted,
    decision,
    minutes,
    span,
    prose,
  };
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

function sectionName(heading: string): Section['name'] {
  const h = heading.toLowerCase();
  return h.startsWith('additional') ? 'additional' : h === 'decision' ? 'decision' : 'minutes';
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
    resolutions.push({ number: s.number, text: paragraphText(text, rspan), span: rspan });
  });
  return { text: paragraphText(text, span), resolutions, span };
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
