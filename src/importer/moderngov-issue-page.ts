/**
 * Parser for a ModernGov "Issue - meetings" page saved as text: the issue heading, then one block
 * per meeting at which the issue was an agenda item. Every part it recognises keeps its character
 * span in the normalised text, so that anything shown later can be traced to the words it came
 * from. It never guesses: an impossible date or a malformed meeting header is an error with the
 * line it is on, and lines it does not recognise are reported as warnings, not silently dropped.
 */
import type { ParsedItem } from './parsed-item.ts';
import { parseUkDate } from '../bundle/calendar.ts';
import { orList, plural } from '../bundle/plurals-and-lists.ts';
import { Diagnostics } from './diagnostics.ts';
import { lineSpan, parseItemLine, parseMeetingBody, type MeetingFacts } from './item-block.ts';
import type { Furniture, PageLink } from './parsed-source.ts';
import { inferMeeting } from './prose-meeting.ts';
import { displayView, scanView } from './scan-view.ts';
import { isBlank, splitLines, type Line } from './source-text.ts';
import type { Span } from './text-spans.ts';

export type ParsedPage = {
  title: string;
  /** Null where the page prints no title and the first item's title stands in. */
  titleSpan: Span | null;
  subtitle: string | null;
  subtitleSpan?: Span;
  items: ParsedItem[];
  headings: Span[];
  furniture: Furniture[];
};

const PAGE_HEADING = /^\s*Issue\s*[-–]\s*meetings\s*$/i;
const MEETING_PREFIX = /^\s*Meeting:/i;
const MEETING_HEADER = /^\s*Meeting:\s*(\S+)\s+[-–]\s+(.+?)\s*(?:\(Item\s+([^)]*?)\s*\))?\s*$/i;
const DISSOLVED_SUFFIX = /^(.*?)\s+[-–]\s+dissolved$/i;
const AGENDA_ITEM_HEADING = /^\s*Agenda item\s*$/i;
/** "Agenda item - 81. Budget monitoring": an agenda item page's own title line. */
const AGENDA_ITEM_TITLE = /^\s*Agenda item\s*[-–]\s*/i;
/** "Item 9": the number an agenda item page prints on a line of its own. */
const ITEM_LABEL = /^\s*Item\s+(\S{1,8}?)[.:]?\s*$/i;
const LABEL_START = /^\s*(?:Additional documents|Supporting documents|Decisions?|Minutes)\s*:/i;

const NO_ITEMS =
  'no "Meeting: DD/MM/YYYY - Body (Item N)" lines and no item with a report: this is not a ModernGov "Issue - meetings" page, or it lists no meetings';

type Heading = {
  title: string;
  subtitle: string | null;
  span: Span;
  subtitleSpan?: Span;
  headings: Span[];
  furniture: Furniture[];
};

/**
 * `original` is the stored text; parsing reads its scan view (same length), so spans hold for
 * both while pipes, bullets and navigation never reach a title or a quote's edges.
 */
export function parseIssuePage(
  original: string,
  file: string,
  diag: Diagnostics,
  form?: 'agenda-item',
  links: readonly PageLink[] = [],
): ParsedPage {
  const text = displayView(original);
  const lines = splitLines(scanView(original));
  const headerIndexes = lines.flatMap((l, i) => (MEETING_PREFIX.test(l.text) ? [i] : []));
  const first = headerIndexes[0];
  if (first === undefined) {
    return form === 'agenda-item'
      ? parseAgendaItemAlone(text, lines, file, diag, links)
      : parseWithoutMeetingLines(text, lines, file, diag, links);
  }

  let heading = parseHeading(text, lines.slice(0, first), file, diag, form);
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
      heading?.title || null,
      file,
      diag,
      fromHeading,
      links,
    );
    if (item) items.push(item);
  });
  diag.throwIfErrors();
  return withTitle(heading, items, lines[first]!.number, file, diag);
}

function withTitle(
  heading: Heading | null,
  items: ParsedItem[],
  line: number,
  file: string,
  diag: Diagnostics,
): ParsedPage {
  const page = { headings: heading?.headings ?? [], furniture: heading?.furniture ?? [] };
  if (heading && heading.title) {
    return {
      title: heading.title,
      titleSpan: heading.span,
      subtitle: heading.subtitle,
      ...(heading.subtitleSpan ? { subtitleSpan: heading.subtitleSpan } : {}),
      items,
      ...page,
    };
  }
  const firstItem = items[0];
  if (!firstItem) diag.fail(file, line, 'no issue title and no item title to stand in for it');
  diag.warn(
    file,
    line,
    `no issue title on the page; using the first item's title "${firstItem.title}"`,
  );
  return { title: firstItem.title, titleSpan: null, subtitle: null, items, ...page };
}

/**
 * A page whose text lost its "Meeting:" lines: each item starts at an item line with a document
 * link, and its meeting is read from the prose, marked as inferred. What the prose does not say
 * stays unknown: an item is kept with no date, or with no body, never given invented ones.
 */
function parseWithoutMeetingLines(
  text: string,
  lines: Line[],
  file: string,
  diag: Diagnostics,
  links: readonly PageLink[],
): ParsedPage {
  const starts = lines.flatMap((l, i) =>
    /\bicon\s+[A-Za-z0-9]+\s+\d/.test(l.text) && !LABEL_START.test(l.text) ? [i] : [],
  );
  const headingEnd = starts[0] ?? lines.findIndex((l, i) => i > 0 && LABEL_START.test(l.text));
  const blocks = starts.length ? starts : headingEnd > 0 ? [headingEnd] : [];
  if (!blocks.length) diag.fail(file, 1, NO_ITEMS);
  const heading = parseHeading(text, lines.slice(0, headingEnd), file, diag);
  const items: ParsedItem[] = [];
  for (const [k, b] of blocks.entries()) {
    const block = lines.slice(b, blocks[k + 1] ?? lines.length);
    const item = itemFromProse(text, block, heading?.title || null, file, diag, links, false);
    if (item) items.push(item);
  }
  if (!items.length) diag.fail(file, 1, NO_ITEMS);
  diag.throwIfErrors();
  return withTitle(heading, items, lines[blocks[0]!]!.number, file, diag);
}

/**
 * An agenda item page with no "Meeting:" line, as saved pages often are: the heading, the title,
 * then the item's text. Its meeting is whatever the prose says of it, and no more.
 */
function parseAgendaItemAlone(
  text: string,
  lines: Line[],
  file: string,
  diag: Diagnostics,
  links: readonly PageLink[],
): ParsedPage {
  const headingAt = lines.findLastIndex((l) => AGENDA_ITEM_HEADING.test(l.text));
  const titleAt = lines.findIndex((l, i) => i > headingAt && !isBlank(l.text));
  if (titleAt === -1) diag.fail(file, 1, 'an agenda item page with no title and no text');
  const heading = parseHeading(text, lines.slice(0, titleAt + 1), file, diag, 'agenda-item')!;
  const parsed = parseItemLine(heading.title.replace(AGENDA_ITEM_TITLE, ''));
  let number = parsed.number;
  let block = lines.slice(titleAt + 1);
  const numberLine = block.find((l) => !isBlank(l.text));
  const label = numberLine ? ITEM_LABEL.exec(numberLine.text) : null;
  if (numberLine && label) {
    number ??= label[1]!;
    heading.headings.push(lineSpan(text, numberLine)!);
    block = block.slice(block.indexOf(numberLine) + 1);
  }
  const item = itemFromProse(
    text,
    [lines[titleAt]!, ...block],
    parsed.title,
    file,
    diag,
    links,
    true,
    number,
  );
  diag.throwIfErrors();
  return withTitle({ ...heading, title: parsed.title }, item ? [item] : [], 1, file, diag);
}

/** An item whose meeting is named only in its prose, or not at all. */
function itemFromProse(
  text: string,
  block: Line[],
  issueTitle: string | null,
  file: string,
  diag: Diagnostics,
  links: readonly PageLink[],
  itemFromHeading: boolean,
  number: string | null = null,
): ParsedItem | null {
  const meeting = inferMeeting(block);
  const where = `lines ${block[0]!.number}-${block.at(-1)!.number}`;
  if (!meeting.date || !meeting.body) {
    const missing = [
      meeting.date ? '' : 'when the meeting was',
      meeting.body ? '' : 'which body met',
    ].filter(Boolean);
    diag.warn(
      file,
      block[0]!.number,
      `no "Meeting:" line, and the text does not say ${orList(missing)}: the item on ${where} is kept without ${plural(missing.length, { one: 'it', other: 'them' })}`,
    );
  }
  const header: Line = itemFromHeading
    ? block[0]!
    : { ...block[0]!, text: '', end: block[0]!.start };
  const facts: MeetingFacts = {
    date: meeting.date?.iso ?? null,
    ...(meeting.date ? { dateBasis: 'inferred' as const } : {}),
    headerSpan: meeting.span ?? meeting.date?.span ?? lineSpan(text, block[0]!)!,
    headerLine: meeting.date?.line ?? block[0]!.number,
    bodyName: meeting.body,
    ...(meeting.body ? { bodyBasis: 'inferred' as const, bodySpan: meeting.bodySpan! } : {}),
    bodyDissolved: false,
    headerItemNumber: number,
    itemFromHeading,
  };
  return parseMeetingBody(
    text,
    header,
    itemFromHeading ? block.slice(1) : block,
    issueTitle,
    file,
    diag,
    facts,
    links,
  );
}

function parseHeading(
  text: string,
  lines: Line[],
  file: string,
  diag: Diagnostics,
  form?: 'agenda-item',
): Heading | null {
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
  const furniture: Furniture[] = filled
    .slice(0, Math.max(heading, 0))
    .map((l) => ({ kind: 'navigation', span: lineSpan(text, l)! }));
  const headings = heading === -1 ? [] : [lineSpan(text, filled[heading]!)!];
  const [titleLine, subtitleLine, ...extra] = filled.slice(heading + 1);
  if (!titleLine)
    return {
      title: '',
      subtitle: null,
      span: headings[0] ?? { start: 0, end: 0 },
      headings,
      furniture,
    };
  for (const line of extra) {
    diag.warn(file, line.number, `ignored a line before the first meeting: "${line.text.trim()}"`, [
      line.number,
      line.number,
    ]);
  }
  return {
    title: titleLine.text.trim(),
    subtitle: subtitleLine?.text.trim() ?? null,
    span: lineSpan(text, titleLine) ?? { start: titleLine.start, end: titleLine.end },
    ...(subtitleLine ? { subtitleSpan: lineSpan(text, subtitleLine)! } : {}),
    headings,
    furniture,
  };
}

function parseMeetingBlock(
  text: string,
  block: Line[],
  issueTitle: string | null,
  file: string,
  diag: Diagnostics,
  fromHeading: { number: string | null; title: string } | null,
  links: readonly PageLink[],
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
  return parseMeetingBody(
    text,
    header,
    body,
    issueTitle,
    file,
    diag,
    {
      date: date.iso,
      headerSpan: lineSpan(text, header)!,
      headerLine: header.number,
      bodyName,
      bodyDissolved: dissolved !== null,
      headerItemNumber: headerItemNumber ?? fromHeading?.number ?? null,
      itemFromHeading: fromHeading !== null,
    },
    links,
  );
}
