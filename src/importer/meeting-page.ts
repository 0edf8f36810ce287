/**
 * A ModernGov meeting page ("Agenda and minutes"): one meeting, named in a line such as
 * "Cabinet - Thursday, 22nd October, 2015 7.00 pm", then its items, each under its number ("1.",
 * "3a"), printed on the title's line or, where the agenda table was flattened, alone on the line
 * above it. Each item is read as on an "Issue - meetings" page (document, report author, decision,
 * minutes with their truncation marker). A meeting page does not say which issue an item belongs
 * to, so each item stands for its own issue, titled as the item is.
 */
import type { Diagnostics } from './diagnostics.ts';
import { parseMeetingBody, type ParsedItem } from './moderngov-issue-page.ts';
import { FORM_TITLES, issuesOfItems, type ParsedSource } from './parsed-source.ts';
import { longDate } from './prose-meeting.ts';
import { displayView, scanView } from './scan-view.ts';
import { isBlank, splitLines, type Line } from './source-text.ts';
import { trimSpan } from './text-spans.ts';

const HEADING = /^\s*(?:Agenda and minutes|Agenda|Minutes|Draft minutes)\s*$/i;
/** "Cabinet - Thursday, 22nd October, 2015 7.00 pm". */
const MEETING_TITLE =
  /^\s*(.+?)\s+[-–]\s+((?:[A-Za-z]+day,?\s+)?\d{1,2}(?:st|nd|rd|th)?\s+[A-Za-z]+,?\s+\d{4})\b.*$/;
/** "3a Budget monitoring", "1.", "12. Minutes of the last meeting". */
const ITEM_START = /^\s*(\d{1,3}[a-z]?)\.?(?:\s+(\S.*))?\s*$/;
/** Lines above the items that say where and who, not what was decided. */
const FRONT_MATTER = /^\s*(?:Venue|Contact|Items|No\.?\s+Item|Item|Webcast|Media|Note|Location)\b/i;

export function parseMeetingPage(original: string, file: string, diag: Diagnostics): ParsedSource {
  const text = displayView(original);
  const lines = splitLines(scanView(original));
  const headingAt = lines.findIndex((l) => HEADING.test(l.text));
  const titleAt = lines.findIndex((l, i) => i > headingAt && MEETING_TITLE.test(l.text));
  const titleLine = lines[titleAt];
  if (!titleLine) {
    diag.fail(
      file,
      1,
      'no "Body - Weekday, Nth Month, YYYY" line: this meeting page does not say which meeting it is',
    );
  }
  const m = MEETING_TITLE.exec(titleLine.text)!;
  const date = longDate(m[2]!);
  if (!date) diag.fail(file, titleLine.number, `cannot read "${m[2]}" as a date`);
  const bodyName = m[1]!.trim();
  const headerSpan = trimSpan(text, titleLine.start, titleLine.end)!;

  const starts: number[] = [];
  let previous = -1;
  for (let i = titleAt + 1; i < lines.length; i += 1) {
    const line = lines[i]!;
    const item = ITEM_START.exec(line.text);
    if (!item) continue;
    const letter = /[a-z]$/.exec(item[1]!)?.[0];
    const order = Number.parseInt(item[1]!, 10) * 100 + (letter ? letter.charCodeAt(0) - 96 : 0);
    const title = item[2] ?? '';
    // Prose that happens to open with a number is not an item: titles are short, start with a
    // capital and are unpunctuated, and item numbers only go up ("3" never follows "3a").
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
  for (const line of lines.slice(titleAt + 1, starts[0] ?? lines.length)) {
    if (!isBlank(line.text) && !FRONT_MATTER.test(line.text))
      diag.warn(file, line.number, `ignored a line before the first item: "${line.text.trim()}"`);
  }

  const items: ParsedItem[] = [];
  starts.forEach((s, k) => {
    const block = lines.slice(s, starts[k + 1] ?? lines.length);
    const first = block[0]!;
    const alone = ITEM_START.exec(first.text)!;
    const numberAlone = alone[2] === undefined;
    // The number line is the item line, unless the number stands alone above the title.
    const header: Line = numberAlone ? first : { ...first, end: first.start, text: '' };
    const body = numberAlone ? block.slice(1) : block;
    const item = parseMeetingBody(text, header, body, null, file, diag, {
      date,
      headerSpan,
      headerLine: titleLine.number,
      bodyName,
      bodyDissolved: false,
      headerItemNumber: numberAlone ? alone[1]! : null,
    });
    if (item) items.push({ ...item, issueTitle: item.title });
  });
  if (!items.length) diag.fail(file, titleLine.number, 'no numbered items on this meeting page');
  diag.throwIfErrors();

  const issues = issuesOfItems(items);
  return {
    form: 'meeting',
    title: `${FORM_TITLES.meeting}: ${titleLine.text.trim()}`,
    text,
    issues,
    items,
    meetings: [],
  };
}
