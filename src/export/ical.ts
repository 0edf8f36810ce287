/**
 * A small iCalendar (RFC 5545) writer for all-day events: due dates and meetings, which the
 * record gives as days, never times. Hand-written because the whole of what is needed is a few
 * properties, TEXT escaping and line folding, and the writer must be exact where libraries vary:
 * folding counts octets and never splits a character, and DTSTAMP comes from the bundle, so the
 * same record always gives the same file.
 */

export type CalendarEvent = {
  /** Stable for the record, so a calendar updates the event rather than adding it twice. */
  uid: string;
  /** The ISO day (YYYY-MM-DD) the event falls on; it lasts that whole day. */
  day: string;
  summary: string;
  description?: string;
  /** An absolute address, written as a URI, not escaped as text. */
  url?: string;
};

export type Calendar = {
  /** Names the calendar in programs that show one ("X-WR-CALNAME"). */
  name: string;
  /** When the record was made (ISO date-time): every event's DTSTAMP. */
  stamp: string;
  events: readonly CalendarEvent[];
};

export const ICS_MIME = 'text/calendar;charset=utf-8';

const PRODUCT_ID = '-//Civic Trail//Council record//EN';
/** RFC 5545 section 3.1: lines longer than 75 octets are folded. */
const MAX_OCTETS = 75;
const encoder = new TextEncoder();

/** TEXT values: backslash, semicolon and comma are escaped, and line breaks become "\n". */
export function escapeText(text: string): string {
  return text
    .replace(/\\/g, '\\\\')
    .replace(/;/g, '\\;')
    .replace(/,/g, '\\,')
    .replace(/\r\n|\r|\n/g, '\\n');
}

/**
 * One content line folded at 75 octets: each further part starts with a space, which counts
 * towards its 75. A character is never split, however many octets UTF-8 takes for it.
 */
export function foldLine(line: string): string {
  const parts: string[] = [];
  let part = '';
  let octets = 0;
  for (const char of line) {
    const size = encoder.encode(char).length;
    const limit = parts.length === 0 ? MAX_OCTETS : MAX_OCTETS - 1;
    if (octets + size > limit) {
      parts.push(part);
      part = '';
      octets = 0;
    }
    part += char;
    octets += size;
  }
  parts.push(part);
  return parts.join('\r\n ');
}

function basicDay(iso: string): string {
  return iso.replace(/-/g, '');
}

function nextDay(iso: string): string {
  const [y, m, d] = iso.split('-').map(Number) as [number, number, number];
  return new Date(Date.UTC(y, m - 1, d + 1)).toISOString().slice(0, 10);
}

/** A UTC date-time in iCalendar's form: 2011-04-01T09:30:00.000Z becomes 20110401T093000Z. */
function basicUtc(isoDateTime: string): string {
  return `${new Date(isoDateTime).toISOString().slice(0, 19).replace(/[-:]/g, '')}Z`;
}

export function calendarText({ name, stamp, events }: Calendar): string {
  const dtstamp = basicUtc(stamp);
  const lines = [
    'BEGIN:VCALENDAR',
    'VERSION:2.0',
    `PRODID:${PRODUCT_ID}`,
    'CALSCALE:GREGORIAN',
    'METHOD:PUBLISH',
    `X-WR-CALNAME:${escapeText(name)}`,
  ];
  for (const event of events) {
    lines.push(
      'BEGIN:VEVENT',
      `UID:${event.uid}`,
      `DTSTAMP:${dtstamp}`,
      `DTSTART;VALUE=DATE:${basicDay(event.day)}`,
      // The end of an all-day event is the day after, not included.
      `DTEND;VALUE=DATE:${basicDay(nextDay(event.day))}`,
      `SUMMARY:${escapeText(event.summary)}`,
      ...(event.description === undefined ? [] : [`DESCRIPTION:${escapeText(event.description)}`]),
      ...(event.url === undefined ? [] : [`URL:${event.url}`]),
      // An all-day record date blocks no one's time.
      'TRANSP:TRANSPARENT',
      'END:VEVENT',
    );
  }
  lines.push('END:VCALENDAR');
  return `${lines.map(foldLine).join('\r\n')}\r\n`;
}
