/**
 * Where a page lost its "Meeting:" line, the meeting may still be named in the item's own words:
 * "13/12/2010 - Council" left over from a flattened table, "the meeting of the Cabinet on 16
 * November 2010", "The Planning Committee considered...". What is read here is inferred, never
 * stated: the bundle marks it so and keeps the quote. A date that does not occur in the text is
 * never produced, and an impossible one is not read at all.
 */
import { monthNumber, parseUkDate } from '../bundle/calendar.ts';
import type { Line } from './source-text.ts';
import type { Span } from './text-spans.ts';

const NUMERIC_DATE = /(?<![\d/])(\d{1,2}\/\d{1,2}\/\d{4})(?![\d/])/;
const LONG_DATE =
  /\b(\d{1,2})(?:st|nd|rd|th)?\s+(January|February|March|April|May|June|July|August|September|October|November|December),?\s+(\d{4})\b/i;
/** Names that end like a decision-making body; anything else is not taken for one. */
const BODY = String.raw`((?:[A-Z][\w'’]*|&|and|of|for|the)(?:\s+(?:[A-Z][\w'’]*|&|and|of|for|the))*?\s+(?:Council|Cabinet|Committee|Sub-Committee|Panel|Board|Group|Forum|Commission|Executive)|Cabinet|Council)`;
const BODY_AFTER_DATE = new RegExp(
  String.raw`(?<![\d/])\d{1,2}\/\d{1,2}\/\d{4}\s*[-–]\s*${BODY}\b`,
);
const BODY_IN_PROSE = [
  new RegExp(String.raw`\bmeeting of (?:the )?${BODY}\b`),
  new RegExp(
    String.raw`(?:^\s*|[.]\s+)(?:The |the )?${BODY}\s+(?:met|considered|resolved|noted|received|agreed|approved|endorsed)\b`,
    'm',
  ),
];

/** "the meeting held on 12 June 2019", "meeting on 12/06/2019". */
const MEETING_ON = /\bmeeting\s+(?:held\s+)?on\s+(?:\w+day,?\s+)?\d/i;

export type InferredMeeting = {
  date: { iso: string; span: Span; line: number } | null;
  body: string | null;
  /** The words the body was read from. */
  bodySpan: Span | null;
  /** The words both were read from: from the first to the last of the two. */
  span: Span | null;
};

export function inferMeeting(block: readonly Line[]): InferredMeeting {
  let date: InferredMeeting['date'] = null;
  let body: string | null = null;
  let bodySpan: Span | null = null;
  for (const line of block) {
    const named: RegExpExecArray | null | undefined = body
      ? null
      : (BODY_AFTER_DATE.exec(line.text) ??
        BODY_IN_PROSE.map((p) => p.exec(line.text)).find(Boolean));
    if (named) {
      body = named[1]!.replace(/^the\s+/i, '').trim();
      const start = line.start + named.index + named[0].indexOf(named[1]!);
      bodySpan = { start, end: start + named[1]!.length };
    }
    // A date is the meeting's only where the words tie it to the meeting: beside the body's
    // name, or "the meeting held on ...". A date elsewhere in the minutes is some other day.
    if (!date) {
      const found = dateIn(line);
      const near =
        found &&
        ((named && Math.abs(found.span.start - bodySpan!.start) <= 80) ||
          MEETING_ON.test(line.text));
      if (near) date = found;
    }
    if (date && body) break;
  }
  const span =
    date && bodySpan
      ? {
          start: Math.min(date.span.start, bodySpan.start),
          end: Math.max(date.span.end, bodySpan.end),
        }
      : null;
  return { date, body, bodySpan, span };
}

function dateIn(line: Line): InferredMeeting['date'] {
  const numeric = NUMERIC_DATE.exec(line.text);
  if (numeric) {
    const parsed = parseUkDate(numeric[1]!);
    if ('iso' in parsed) return at(line, numeric.index, numeric[1]!.length, parsed.iso);
  }
  const long = LONG_DATE.exec(line.text);
  const iso = long ? longDate(long[0]) : null;
  return long && iso ? at(line, long.index, long[0].length, iso) : null;
}

/** "Thursday, 22nd October, 2015" or "22 October 2015" as an ISO day; null if not a real day. */
export function longDate(text: string): string | null {
  const long = LONG_DATE.exec(text);
  if (!long) return null;
  const month = monthNumber(long[2]!);
  const parsed = parseUkDate(`${long[1]}/${month}/${long[3]}`);
  return 'iso' in parsed ? parsed.iso : null;
}

function at(line: Line, index: number, length: number, iso: string): InferredMeeting['date'] {
  return {
    iso,
    span: { start: line.start + index, end: line.start + index + length },
    line: line.number,
  };
}
