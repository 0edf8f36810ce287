/**
 * ModernGov's "Issue details" page (mgIssueHistoryHome): an issue as the forward plan records it.
 * Below the title and a description come labelled lines ("Decision type:", "Decision status:",
 * "Wards affected:", "Notice of proposed decision first published:", "Decision due: 19 Mar 2019
 * by Cabinet", "Lead member:", "Lead director:", "Department:", "Contact:"), each council adding
 * its own, then "Consultation process" and "Agenda items" with the items' titles.
 *
 * A forward plan is a plan: "Decision due" is kept on the issue as a planned decision with its
 * date at the precision printed and its maker, never as a meeting that happened. Every other
 * labelled line is kept as a fact of the issue, as printed.
 */
import type { PreciseDate } from '../bundle/schema.ts';
import type { Diagnostics } from './diagnostics.ts';
import { lineSpan } from './item-block.ts';
import { daysInMonth, monthNumber } from '../bundle/calendar.ts';
import type { ParsedFact } from './parsed-item.ts';
import { FORM_TITLES, type PageLink, type ParsedPlan, type ParsedSource } from './parsed-source.ts';
import { displayView, navigationAbove, scanView } from './scan-view.ts';
import { isBlank, splitLines, type Line } from './source-text.ts';
import { paragraphText, trimSpan, type Span } from './text-spans.ts';

const HEADING = /^\s*Issue details\s*$/i;
const LABEL_LINE = /^\s*([A-Z][A-Za-z0-9 /?'(),&-]{1,80}?)\s*:\s*(.*)$/;
/** Headings the page prints without a colon, each over its own paragraph or list. */
const BARE_HEADING = /^\s*(Consultation process|Agenda items|Consultees|Documents)\s*$/i;
const DUE = /^(?:Decision due|Considered on)$/i;
const PREVIOUSLY_DUE = /^(?:Originally due|Previously due|Original due date|Previous due date)$/i;
/** "19 Mar 2019 by Cabinet", "Not before 2nd Nov 2021 by ...", "March 2022", "2022". */
const DUE_VALUE =
  /^(?:Not before\s+)?(?:(\d{1,2})(?:st|nd|rd|th)?\s+)?([A-Za-z]{3,9})\.?\s+(\d{4})(?:\s+by\s+(.+?))?\s*$/i;

type Entry = { label: string; line: Line; lines: Line[] };

export function parseIssueDetailsPage(
  original: string,
  file: string,
  diag: Diagnostics,
  links: readonly PageLink[] = [],
): ParsedSource {
  const text = displayView(original);
  const lines = splitLines(scanView(original));
  const headingAt = lines.findLastIndex((l) => HEADING.test(l.text));
  const furniture = navigationAbove(text, lines, headingAt);
  const rest = lines.slice(headingAt + 1);
  const titleLine = rest.find((l) => !isBlank(l.text) && !LABEL_LINE.test(l.text));
  if (!titleLine) diag.fail(file, 1, 'no title: this "Issue details" page names no issue');

  const description: Line[] = [];
  const entries: Entry[] = [];
  for (const line of rest.slice(rest.indexOf(titleLine) + 1)) {
    const label = LABEL_LINE.exec(line.text);
    const bare = BARE_HEADING.exec(line.text);
    if (label || bare) {
      entries.push({ label: (label?.[1] ?? bare![1]!).trim(), line, lines: [] });
    } else if (entries.length) entries.at(-1)!.lines.push(line);
    else description.push(line);
  }

  const planned: ParsedPlan[] = [];
  const facts: ParsedFact[] = [];
  const labels: Span[] = [];
  let previouslyDue: string | null = null;
  for (const entry of entries) {
    const span = trimSpan(text, entry.line.start, (entry.lines.at(-1) ?? entry.line).end)!;
    const inline = LABEL_LINE.exec(entry.line.text)?.[2]?.trim() ?? '';
    const belowSpan = entry.lines.length
      ? trimSpan(text, entry.lines[0]!.start, entry.lines.at(-1)!.end)
      : null;
    const below = belowSpan ? paragraphText(text, belowSpan) : '';
    const value = [inline, below].filter(Boolean).join('\n');
    if (DUE.test(entry.label)) {
      planned.push({ ...readDue(value), previouslyDue: null, span });
      continue;
    }
    if (PREVIOUSLY_DUE.test(entry.label) && value) {
      previouslyDue = value;
      facts.push({ label: entry.label, text: value, span });
      continue;
    }
    if (value) facts.push({ label: entry.label, text: value, span });
    // A label with nothing after it ("Lead director:") says only that the plan left it blank.
    else labels.push(lineSpan(text, entry.line)!);
  }
  if (previouslyDue && planned[0]) planned[0].previouslyDue = previouslyDue;
  if (!planned.length && !facts.length)
    diag.warn(
      file,
      titleLine.number,
      'an "Issue details" page with no decision due and no details',
    );

  const words = description.filter((l) => !isBlank(l.text));
  const subtitleSpan = words.length
    ? trimSpan(text, words[0]!.start, words.at(-1)!.end)!
    : undefined;
  const title = titleLine.text.trim();
  diag.throwIfErrors();
  return {
    form: 'issue-details',
    title: `${FORM_TITLES['issue-details']}: ${title}`,
    text,
    issues: [
      {
        title,
        subtitle: subtitleSpan ? paragraphText(text, subtitleSpan) : null,
        titleSpan: lineSpan(text, titleLine)!,
        ...(subtitleSpan ? { subtitleSpan } : {}),
        planned,
        facts,
      },
    ],
    items: [],
    meetings: [],
    headings: [...(headingAt === -1 ? [] : [lineSpan(text, lines[headingAt]!)!]), ...labels],
    furniture,
    links: [...links],
  };
}

function readDue(value: string): { due: PreciseDate | null; maker: string | null } {
  const m = DUE_VALUE.exec(value.replace(/\s+/g, ' ').trim());
  const byOnly = /\bby\s+(.+?)\s*$/.exec(value);
  if (!m) return { due: null, maker: byOnly?.[1] ?? null };
  const month = monthNumber(m[2]!);
  const year = Number(m[3]);
  const maker = m[4]?.trim() || null;
  if (month === 0) return { due: null, maker };
  const mm = String(month).padStart(2, '0');
  if (!m[1]) return { due: { date: `${year}-${mm}`, precision: 'month' }, maker };
  const day = Number(m[1]);
  if (day < 1 || day > daysInMonth(year, month)) return { due: null, maker };
  return {
    due: { date: `${year}-${mm}-${String(day).padStart(2, '0')}`, precision: 'day' },
    maker,
  };
}
