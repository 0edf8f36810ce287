/**
 * One agenda item as ModernGov prints it under a meeting, on every page form that lists items
 * (issue, agenda item and meeting pages): an item line (number, title, report link), who
 * reported, what the agenda said the item was for, its documents, then its decision and minutes.
 *
 * Real pages lose labels in text extraction, so every section is read by its form as well as by
 * its label: a document line looks like a document (a file type and size, a link, a bullet); a
 * decision opens with RESOLVED, RECOMMENDED, AGREED, DECIDED or a run of numbered resolutions;
 * the prose before a labelled section is agenda text; the prose around an unlabelled decision is
 * the minutes. Every part keeps its span, and the read report counts where each line went.
 */
import type { ItemDocument } from '../bundle/schema.ts';
import type { Diagnostics } from './diagnostics.ts';
import type {
  ParsedDecision,
  ParsedDocument,
  ParsedFact,
  ParsedItem,
  ParsedMinutes,
  ParsedResolution,
  ParsedText,
} from './parsed-item.ts';
import type { PageLink } from './parsed-source.ts';
import { isBlank, type Line } from './source-text.ts';
import { paragraphText, trimSpan, type Span } from './text-spans.ts';

const SECTION_HEADING =
  /^\s*(Additional documents|Supporting documents|Accompanying documents|Decisions?|Minutes)\s*:\s*(.*)$/i;
/** Minute paragraphs numbered "81.1", "81.2": the minute's number is 81. */
const MINUTE_PARAGRAPH = /^\s*(\d+[A-Za-z]?)\.\d+\b/;
/** "pdf icon PDF 64 KB": the link text ModernGov puts after a document's title. */
const DOCUMENT_LINK = /\s+\S+\s+icon\s+([A-Za-z0-9]+)\s+(\d+(?:\.\d+)?)\s*(KB|MB)\s*$/i;
/** A file type and size with no icon text ("PDF 421 KB"), as some extractions leave it. */
const BARE_FILE_SIZE =
  /\s+(PDF|DOCX?|XLSX?|PPTX?|RTF|ODT|HTML?|TXT|CSV|ZIP)\s+(\d+(?:\.\d+)?)\s*(KB|MB)\s*$/i;
const RESTRICTED = /^\s*Restricted enclosure\b/i;
/** "14 Title", "6. Title", "6.1 Title", "6a Title", "30/23 Title", "P108/24 Title", "4: Title". */
const ITEM_NUMBER =
  /^\s*(\d+[A-Za-z]?(?:\.\d+[A-Za-z]?)*|[A-Z]{0,2}\d{1,4}\/\d{2,4})[.:]?\s+(\S.*)$/;
const REPORT_OF = /^\s*Report of\s+(.+?)[\s.]*$/i;
/** "Andrew North, Chief Executive": a short name-and-role line, not a sentence of prose. */
const AUTHOR_LINE = /^\s*[^.,:;]{2,50},[^.:;]{2,60}$/;
/** How agenda text opens: what the meeting was asked to do, or whose report it had. */
const AGENDA_OPENING =
  /^\s*(?:\(?[a-z0-9]{1,3}[.)]\s+)?(?:To\s+[a-z]+\b|(?:The\s+)?report\s+of\b|This report\b|Purpose\b|The\s+[A-Z][A-Za-z ]{1,40}\s+(?:is|are|will be)\s+(?:asked|invited|requested)\b)/;
const DECISION_WORDS = String.raw`(?:RESOLVED|RECOMMENDED|AGREED|DECIDED)`;
/**
 * A decision printed without its label is known by how it opens: the upper-case word at the
 * start of a line (after "It was" or a body's name), "Resolved:" in any case, "...it was
 * RESOLVED" closing a sentence, or the recommending formula some councils use.
 */
const DECISION_OPENING = new RegExp(
  [
    String.raw`^\s*(?:(?:It\s+was|[Tt]he\s+[A-Z][A-Za-z' ]{1,60}?)\s+)?${DECISION_WORDS}\b`,
    String.raw`^\s*(?:Resolved|Recommended|Agreed|Decided)\s*(?:[:–—-]|that\b|\()`,
    String.raw`\b(?:it was|was|were)\s+${DECISION_WORDS}\b`,
    String.raw`^\s*That the report be noted and it be recommended`,
  ].join('|'),
);
const FIRST_RESOLUTION = /^\s*(?:1[.)]|\(1\)|\(a\)|\(i\)|\d{1,4}\/\d{4}[.:]?)\s+\S/;
const SECOND_RESOLUTION = /^\s*(?:2[.)]|\(2\)|\(b\)|\(ii\)|\d{1,4}\/\d{4}[.:]?)\s+\S/;
/** Resolution numbers as councils print them, tried in this order. */
const RESOLUTION_NUMBERS = [
  /^\s*(\d{1,4}\/\d{4})[.:]?\s+/, // minute numbers: "237/2008"
  /^\s*\((\d{1,3}|[a-z]|[ivxlc]+)\)\s+/i, // "(a)", "(ii)", "(1)"
  /^\s*(\d{1,3})[.)]\s+/, // "1.", "1)"
];
export const TRUNCATION_MARKER =
  /\s*(?:\.\.\.|…)\s*view the full minutes text for item\s*([^\s.]*)\.?\s*$/i;
const DECISION_CUT = /view the full decision text for item/i;

export type MeetingFacts = {
  date: string | null;
  dateBasis?: 'inferred';
  headerSpan: Span;
  headerLine: number;
  bodyName: string | null;
  bodyBasis?: 'inferred';
  bodySpan?: Span;
  bodyDissolved: boolean;
  headerItemNumber: string | null;
  /** The page's heading names the item, so no item line follows the meeting line. */
  itemFromHeading?: boolean;
};

type SectionName = 'preamble' | 'documents' | 'decision' | 'minutes' | 'prose';
type Section = {
  name: SectionName;
  /** The label line, where the section has one. */
  heading: Line | null;
  role?: ItemDocument['role'];
  start: number;
  end: number;
  lines: Line[];
};

const filledLines = (lines: readonly Line[]) => lines.filter((l) => !isBlank(l.text));

/** A line's words without the white space around them. */
export function lineSpan(text: string, line: Line): Span | null {
  return trimSpan(text, line.start, line.end);
}

export function parseMeetingBody(
  text: string,
  header: Line,
  body: Line[],
  issueTitle: string | null,
  file: string,
  diag: Diagnostics,
  meeting: MeetingFacts,
  links: readonly PageLink[] = [],
): ParsedItem | null {
  const block = [header, ...body];
  const sections = splitSections(text, header, body, links);
  const labels = sections.flatMap((s) => (s.heading ? [lineSpan(text, s.heading)!] : []));
  const preamble = sections[0]!;
  const filled = filledLines(preamble.lines);
  const itemLine = meeting.itemFromHeading ? undefined : filled[0];
  let itemLines: Line[] = itemLine ? [itemLine] : [];

  let number = meeting.headerItemNumber;
  let title = issueTitle ?? '';
  const documents: ParsedDocument[] = [];
  if (!itemLine && meeting.itemFromHeading) {
    // The title came from the page's heading.
  } else if (!itemLine) {
    if (issueTitle === null) {
      diag.error(file, header.number, 'no item line under this meeting and no issue title');
      return null;
    }
    diag.warn(file, header.number, 'no item line under this meeting; using the issue title');
  } else {
    // A long title wraps onto the lines below it, down to the one that carries its report link.
    const next = wrappedTitle(preamble.lines, itemLine);
    const parsed = parseItemLine(next.map((l) => l.text.trim()).join(' '));
    if (next.length > 1) {
      itemLines = next;
      for (const l of next.slice(1)) filled.splice(filled.indexOf(l), 1);
    }
    title = parsed.title;
    if (parsed.number !== null) {
      if (number !== null && parsed.number !== number) {
        diag.warn(
          file,
          itemLine.number,
          `item number ${parsed.number} differs from "(Item ${number})" in the meeting line`,
        );
      }
      number = parsed.number;
    }
    if (parsed.document)
      documents.push({
        ...parsed.document,
        role: 'report',
        span: trimSpan(text, itemLine.start, itemLines.at(-1)!.end),
      });
  }

  if (!title.trim()) {
    const range: [number, number] = [header.number, block.at(-1)!.number];
    diag.warn(
      file,
      header.number,
      `an item with no title, and no issue title to stand in: lines ${range[0]}-${range[1]} not read`,
      range,
    );
    return null;
  }

  // After the item line: its documents and who reported, then the item's own words.
  let reportOf: string | null = null;
  let reportOfSpan: Span | undefined;
  const rest = itemLine ? filled.slice(1) : filled;
  let proseFrom: Line | null = null;
  for (const line of rest) {
    const document = documentOfLine(text, line, 'report', links);
    const report = REPORT_OF.exec(line.text);
    if (document) documents.push(document);
    else if (reportOf === null && (report || AUTHOR_LINE.test(line.text))) {
      // ModernGov prints a bare "Name, Role" line where the report's author has no "Report of".
      reportOf = report ? report[1]! : line.text.trim();
      reportOfSpan = lineSpan(text, line)!;
    } else {
      proseFrom = line;
      break;
    }
  }
  const loose: Section[] = [];
  if (proseFrom) {
    const lines = preamble.lines.filter((l) => l.start >= proseFrom.start);
    loose.push(section('prose', null, lines));
  }

  let additionalDocumentsUnlisted = false;
  for (const s of sections) {
    if (s.name === 'prose') loose.push(s);
    if (s.name !== 'documents') continue;
    const listed = s.lines.flatMap((l) => {
      const d = isBlank(l.text) ? null : documentOfLine(text, l, s.role!, links);
      return d ? [d] : [];
    });
    if (s.role === 'additional') additionalDocumentsUnlisted = listed.length === 0;
    documents.push(...listed);
  }
  loose.sort((a, b) => a.start - b.start);

  const labelledDecision = sections.find((s) => s.name === 'decision') ?? null;
  const labelledMinutes = sections.find((s) => s.name === 'minutes') ?? null;
  const firstLabelled = [labelledDecision, labelledMinutes]
    .filter((s): s is Section => s !== null)
    .sort((a, b) => a.start - b.start)[0];

  let agendaLines: Line[] = [];
  let decision: ParsedDecision | null = labelledDecision
    ? parseDecision(text, labelledDecision, file, diag)
    : null;
  let minutes: ParsedMinutes | null = labelledMinutes
    ? parseMinutes(text, labelledMinutes, number, file, diag)
    : null;
  const unread: Line[][] = [];
  if (firstLabelled) {
    // With labels, prose before them says what the item was for; prose after a decision that
    // has no "Minutes:" label is the minutes.
    for (const s of loose) {
      if (s.start < firstLabelled.start && !agendaLines.length) agendaLines = s.lines;
      else if (s.start > firstLabelled.start && !minutes) {
        const read = unlabelled(text, s.lines, file, diag, !decision);
        minutes = read.minutes;
        decision ??= read.decision;
      } else unread.push(s.lines);
    }
  } else if (loose.length) {
    const [first, ...others] = loose;
    const agendaEnd = agendaParagraphsEnd(first!.lines);
    agendaLines = first!.lines.slice(0, agendaEnd);
    const remaining = [...first!.lines.slice(agendaEnd), ...others.flatMap((s) => s.lines)];
    if (filledLines(remaining).length) {
      const read = unlabelled(text, remaining, file, diag, true);
      minutes = read.minutes;
      decision = read.decision;
    }
  }
  for (const lines of unread) {
    const words = filledLines(lines);
    if (!words.length) continue;
    const range: [number, number] = [words[0]!.number, words.at(-1)!.number];
    diag.warn(
      file,
      range[0],
      `text between two labelled sections that is neither agenda text nor minutes; lines ${range[0]}-${range[1]} not read`,
      range,
    );
  }
  // Minutes that hold the decision's words, with no "Decision:" label of their own.
  if (!decision && labelledMinutes && minutes) {
    decision = decisionWithin(text, labelledMinutes.lines, file, diag);
  }

  const agendaText = agendaLines.length ? textOf(text, agendaLines) : null;
  const last = block.at(-1)!;
  const span = trimSpan(text, header.start, last.end) ?? meeting.headerSpan;
  return {
    headerLine: meeting.headerLine,
    headerSpan: meeting.headerSpan,
    date: meeting.date,
    ...(meeting.dateBasis ? { dateBasis: meeting.dateBasis } : {}),
    bodyName: meeting.bodyName,
    ...(meeting.bodyBasis ? { bodyBasis: meeting.bodyBasis } : {}),
    ...(meeting.bodySpan ? { bodySpan: meeting.bodySpan } : {}),
    bodyDissolved: meeting.bodyDissolved,
    number,
    title,
    reportOf,
    ...(reportOfSpan ? { reportOfSpan } : {}),
    documents,
    additionalDocumentsUnlisted,
    decision,
    minutes,
    agendaText,
    facts: [],
    labels,
    span,
    prose: proseOf({ agendaText, decision, minutes }),
    titleSpan: itemLine ? trimSpan(text, itemLine.start, itemLines.at(-1)!.end)! : span,
    ...minuteNumber(labelledMinutes ?? loose[0], number),
  };
}

/**
 * The item line and the lines that continue it: up to three more, with no blank line between,
 * where the last carries the report's link ("... pdf icon PDF 355 KB") and the first does not.
 */
function wrappedTitle(lines: Line[], itemLine: Line): Line[] {
  if (parseDocumentLink(itemLine.text)) return [itemLine];
  const at = lines.indexOf(itemLine);
  const run: Line[] = [itemLine];
  for (const line of lines.slice(at + 1, at + 4)) {
    if (isBlank(line.text) || SECTION_HEADING.test(line.text)) break;
    run.push(line);
    if (parseDocumentLink(line.text))
      return isName(run.map((l) => l.text.trim()).join(' ')) ? run : [itemLine];
  }
  return [itemLine];
}

/**
 * Every stretch of an item's own words where quantities are looked for, each once: a decision
 * printed inside its minutes is searched as part of them.
 */
export function proseOf(item: {
  agendaText?: ParsedText | null;
  decision: ParsedDecision | null;
  minutes: ParsedMinutes | null;
  facts?: readonly ParsedFact[];
}): Span[] {
  const minutes = item.minutes?.text ? item.minutes.span : null;
  const decision = item.decision?.span ?? null;
  const inMinutes =
    decision && minutes && decision.start >= minutes.start && decision.end <= minutes.end;
  return [
    ...(item.agendaText ? [item.agendaText.span] : []),
    ...(decision && !inMinutes ? [decision] : []),
    ...(minutes ? [minutes] : []),
    ...(item.facts ?? []).map((f) => f.span),
  ];
}

function section(name: SectionName, heading: Line | null, lines: Line[]): Section {
  const first = lines[0] ?? heading!;
  const last = lines.at(-1) ?? heading!;
  return { name, heading, start: heading?.start ?? first.start, end: last.end, lines };
}

function textOf(text: string, lines: Line[]): ParsedText | null {
  const words = filledLines(lines);
  if (!words.length) return null;
  const span = trimSpan(text, words[0]!.start, words.at(-1)!.end)!;
  return { text: paragraphText(text, span), span };
}

/** How many of the leading paragraphs are agenda text ("To consider the report of..."). */
function agendaParagraphsEnd(lines: Line[]): number {
  let end = 0;
  let inParagraph = false;
  for (let i = 0; i < lines.length; i += 1) {
    const line = lines[i]!;
    if (isBlank(line.text)) {
      inParagraph = false;
      continue;
    }
    if (!inParagraph) {
      // Each paragraph must open like agenda text, and never like a decision.
      if (!AGENDA_OPENING.test(line.text) || DECISION_OPENING.test(line.text)) return end;
      inParagraph = true;
    } else if (DECISION_OPENING.test(line.text)) return end;
    end = i + 1;
  }
  return end;
}

function minuteNumber(s: Section | undefined, itemNumber: string | null) {
  const first = s?.lines.find((l) => !isBlank(l.text));
  const m = first ? MINUTE_PARAGRAPH.exec(first.text) : null;
  return m && m[1] !== itemNumber ? { minutesNumber: m[1]! } : {};
}

/**
 * The block cut at its labels. A documents section holds only lines that look like documents:
 * at the first line of prose the rest of it is read as unlabelled text, never as a title.
 */
function splitSections(
  text: string,
  header: Line,
  body: Line[],
  links: readonly PageLink[],
): Section[] {
  const sections: Section[] = [
    { name: 'preamble', heading: null, start: header.end, end: header.end, lines: [] },
  ];
  for (const line of body) {
    const heading = SECTION_HEADING.exec(line.text);
    // "Minutes: pdf icon PDF 171 KB" is an item titled "Minutes", not the minutes' label.
    const name = heading && !parseDocumentLink(line.text) ? sectionName(heading[1]!) : null;
    const current = sections[sections.length - 1]!;
    const repeated = name !== null && name !== 'documents' && sections.some((s) => s.name === name);
    if (name && !repeated) {
      // Text on the heading's own line ("Decision: RESOLVED that...") belongs to the section.
      const rest = heading![2]!;
      const start = line.start + line.text.length - rest.length;
      const lines = rest.trim() ? [{ number: line.number, start, end: line.end, text: rest }] : [];
      sections.push({
        name,
        heading: line,
        ...(name === 'documents'
          ? { role: /^\s*additional/i.test(heading![1]!) ? 'additional' : 'report' }
          : {}),
        start: line.start,
        end: line.end,
        lines,
      });
      continue;
    }
    const open = current.name === 'documents' && !isBlank(line.text);
    if (open && !documentOfLine(text, line, current.role!, links)) {
      sections.push(section('prose', null, [line]));
      continue;
    }
    current.lines.push(line);
    current.end = line.end;
  }
  return sections;
}

function sectionName(heading: string): SectionName {
  const h = heading.toLowerCase();
  if (h.startsWith('minutes')) return 'minutes';
  if (h.startsWith('decision')) return 'decision';
  return 'documents';
}

/** The text of an unlabelled stretch: its decision by form, and the prose around it as minutes. */
function unlabelled(
  text: string,
  lines: Line[],
  file: string,
  diag: Diagnostics,
  findDecision: boolean,
): { decision: ParsedDecision | null; minutes: ParsedMinutes | null } {
  const range = findDecision ? decisionRange(lines) : null;
  const decision = range
    ? parseDecision(text, section('decision', null, lines.slice(range[0], range[1])), file, diag)
    : null;
  const prose = range
    ? [...filledLines(lines.slice(0, range[0])), ...filledLines(lines.slice(range[1]))]
    : filledLines(lines);
  if (!prose.length) return { decision, minutes: null };
  // The minutes run from the first to the last of the prose around the decision, so a decision
  // printed in the middle of them stays inside them, as minutes print it.
  const from = prose[0]!;
  const to = prose.at(-1)!;
  const minuteLines = lines.filter((l) => l.start >= from.start && l.end <= to.end);
  return {
    decision,
    minutes: parseMinutes(text, section('minutes', null, minuteLines), null, file, diag),
  };
}

/** A decision inside labelled minutes: only where its words open it, never a numbered list. */
function decisionWithin(
  text: string,
  lines: Line[],
  file: string,
  diag: Diagnostics,
): ParsedDecision | null {
  const start = lines.findIndex((l) => DECISION_OPENING.test(l.text));
  if (start === -1) return null;
  const end = decisionEnd(lines, start);
  // Minutes cut short end in "... view the full minutes text": the decision stops before it.
  const cut = lines.slice(start, end).map((l) => {
    const marker = TRUNCATION_MARKER.exec(l.text);
    return marker ? { ...l, end: l.start + marker.index, text: l.text.slice(0, marker.index) } : l;
  });
  return parseDecision(text, section('decision', null, cut), file, diag);
}

/** Where an unlabelled decision starts and ends, as line indexes, or null where there is none. */
function decisionRange(lines: Line[]): [number, number] | null {
  const worded = lines.findIndex((l) => DECISION_OPENING.test(l.text));
  let start = worded;
  if (start === -1) {
    // A numbered list that starts at its beginning and goes on to a second resolution.
    const first = lines.findIndex((l) => FIRST_RESOLUTION.test(l.text));
    if (first === -1 || !lines.slice(first + 1).some((l) => SECOND_RESOLUTION.test(l.text)))
      return null;
    start = first;
  }
  return [start, decisionEnd(lines, start)];
}

/** A decision runs through its numbered resolutions and the lines that continue them. */
function decisionEnd(lines: Line[], start: number): number {
  let end = start + 1;
  let previousFilled = true;
  let last = start + 1;
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
    last = end + 1;
  }
  return last;
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

/**
 * A line read as a document only where it looks like one: a title with its file type and size,
 * a bullet, a restricted enclosure, or (in a saved HTML page) the words of a link.
 */
export function documentOfLine(
  text: string,
  line: Line,
  role: ItemDocument['role'],
  links: readonly PageLink[] = [],
): ParsedDocument | null {
  const span = lineSpan(text, line);
  if (!span) return null;
  const link = parseDocumentLink(line.text);
  if (link) return { ...link, role, span };
  const shown = text.slice(span.start, span.end);
  const bulleted = /^[•·▪◦]\s+\S/.test(shown);
  const linked = links.some(
    (l) =>
      Math.min(l.end, span.end) - Math.max(l.start, span.start) >= (span.end - span.start) * 0.6,
  );
  const title = line.text.trim();
  if (bulleted || linked || RESTRICTED.test(line.text)) {
    if (!isName(title)) return null;
    return { title, format: null, sizeKb: null, role, span };
  }
  return null;
}

/** A title or a document's name, not a paragraph: short, and never two sentences. */
function isName(text: string): boolean {
  return text.length <= 200 && !/[a-z]{2}[.!?]\s+[A-Z]/.test(text);
}

/** "Strategic commissioning pdf icon PDF 64 KB" -> { title, format: "PDF", sizeKb: 64 }. */
export function parseDocumentLink(line: string): Omit<ItemDocument, 'role'> | null {
  const m = DOCUMENT_LINK.exec(line) ?? BARE_FILE_SIZE.exec(line);
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
  heading: Line | null,
  lines: Line[],
  file: string,
  diag: Diagnostics,
): ParsedDecision | null {
  return parseDecision(text, section('decision', heading, lines), file, diag);
}

/** A decision read by its form in lines that carry no label: null where none opens there. */
export function decisionByForm(
  text: string,
  lines: Line[],
  file: string,
  diag: Diagnostics,
): { decision: ParsedDecision | null; minutes: ParsedMinutes | null } {
  return unlabelled(text, lines, file, diag, true);
}

function parseDecision(
  text: string,
  s: Section,
  file: string,
  diag: Diagnostics,
): ParsedDecision | null {
  const bodyStart = s.lines[0]?.start ?? s.end;
  const span = trimSpan(text, bodyStart, s.end);
  const where = s.heading?.number ?? s.lines[0]?.number ?? 1;
  if (!span) {
    diag.warn(file, where, 'a "Decision:" heading with no text under it');
    return null;
  }
  const cut = s.lines.find((l) => DECISION_CUT.test(l.text));
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
  for (const line of s.lines) {
    for (const pattern of RESOLUTION_NUMBERS) {
      const m = pattern.exec(line.text);
      if (m) {
        starts.push({ line, number: m[1]!, textStart: line.start + m[0].length });
        break;
      }
    }
  }
  const resolutions: ParsedResolution[] = [];
  starts.forEach((r, k) => {
    const end = starts[k + 1]?.line.start ?? span.end;
    const rspan = trimSpan(text, r.textStart, Math.min(end, span.end));
    if (!rspan) {
      diag.warn(file, r.line.number, `resolution ${r.number} has no text`);
      return;
    }
    const rtext = paragraphText(text, rspan);
    if (rtext) resolutions.push({ number: r.number, text: rtext, span: rspan });
  });
  const decisionText = paragraphText(text, span);
  if (!decisionText) {
    // Only markup or spacing where the words should be: there is no decision to show.
    diag.warn(file, where, 'a decision with no readable text; left out');
    return null;
  }
  return { text: decisionText, resolutions, span };
}

function parseMinutes(
  text: string,
  s: Section,
  itemNumber: string | null,
  file: string,
  diag: Diagnostics,
): ParsedMinutes {
  let end = s.end;
  let truncated = false;
  let markerSpan: Span | undefined;
  const lastFilled = [...s.lines].reverse().find((l) => !isBlank(l.text));
  const marker = lastFilled ? TRUNCATION_MARKER.exec(lastFilled.text) : null;
  if (lastFilled && marker) {
    truncated = true;
    end = lastFilled.start + marker.index;
    markerSpan = trimSpan(text, end, lastFilled.end) ?? undefined;
    const markerItem = marker[1] ?? '';
    if (itemNumber !== null && markerItem && markerItem !== itemNumber) {
      diag.warn(
        file,
        lastFilled.number,
        `the "view the full minutes text" link names item ${markerItem}, not item ${itemNumber}`,
      );
    }
  }
  const bodyStart = s.lines[0]?.start ?? s.end;
  const span = trimSpan(text, bodyStart, end);
  const marked = markerSpan ? { markerSpan } : {};
  if (!span) {
    const heading = s.heading ?? s.lines[0]!;
    return { text: '', truncated, span: trimSpan(text, heading.start, heading.end)!, ...marked };
  }
  return { text: paragraphText(text, span), truncated, span, ...marked };
}
