// @vitest-environment node
import { calendarText, escapeText, foldLine, type CalendarEvent } from './ical.ts';

const octets = (line: string) => new TextEncoder().encode(line).length;

/** The calendar's logical lines, folds undone as a calendar program undoes them. */
function unfold(text: string): string[] {
  return text.replace(/\r\n /g, '').split('\r\n').filter(Boolean);
}

const event: CalendarEvent = {
  uid: 'commitment-review-by-april@civic-trail',
  day: '2011-04-30',
  summary: 'Due: review the structure',
  description: 'Promised: “the structure will be reviewed by April 2011”',
  url: 'https://trail.example/issues/strategic-commissioning?bundle=%2Fdata%2Fx.json',
};

describe('escapeText', () => {
  it('escapes backslashes, semicolons, commas and every kind of line break', () => {
    expect(escapeText('a\\b; c, d\ne\r\nf\rg')).toBe('a\\\\b\\; c\\, d\\ne\\nf\\ng');
  });
});

describe('foldLine', () => {
  it('leaves a line of 75 octets whole', () => {
    const line = 'X'.repeat(75);
    expect(foldLine(line)).toBe(line);
  });

  it('folds a long line into parts of at most 75 octets, each after the first led by a space', () => {
    const line = `DESCRIPTION:${'word '.repeat(60)}`;
    const parts = foldLine(line).split('\r\n');
    expect(parts.length).toBeGreaterThan(4);
    for (const part of parts) expect(octets(part)).toBeLessThanOrEqual(75);
    for (const part of parts.slice(1)) expect(part.startsWith(' ')).toBe(true);
    expect(parts.map((p, i) => (i ? p.slice(1) : p)).join('')).toBe(line);
  });

  it('never splits a pound sign or any other character of several octets', () => {
    // 73 ASCII octets, then "£" (2 octets) and "€" (3) straddle the 75-octet boundary.
    const line = `${'A'.repeat(73)}£€${'😀'.repeat(30)}`;
    const parts = foldLine(line).split('\r\n');
    for (const part of parts) {
      expect(octets(part)).toBeLessThanOrEqual(75);
      // A part that began or ended inside a character would not decode to itself.
      expect(new TextDecoder('utf-8', { fatal: true }).decode(new TextEncoder().encode(part))).toBe(
        part,
      );
    }
    expect(parts[0]).toBe(`${'A'.repeat(73)}£`);
    expect(parts.map((p, i) => (i ? p.slice(1) : p)).join('')).toBe(line);
  });
});

describe('calendarText', () => {
  const text = calendarText({
    name: 'Civic Trail: from the record',
    stamp: '2011-05-03T09:30:00.000Z',
    events: [event, { ...event, uid: 'meeting-cabinet-2011-03-21@civic-trail', day: '2011-03-21' }],
  });

  it('ends every line with CRLF, and no line is longer than 75 octets', () => {
    expect(text.endsWith('END:VCALENDAR\r\n')).toBe(true);
    expect(text.replace(/\r\n/g, '')).not.toMatch(/[\r\n]/);
    for (const line of text.split('\r\n')) expect(octets(line)).toBeLessThanOrEqual(75);
  });

  it('writes an all-day event from the day to the day after, stamped with the record’s time', () => {
    const lines = unfold(text);
    expect(lines).toContain('DTSTART;VALUE=DATE:20110430');
    expect(lines).toContain('DTEND;VALUE=DATE:20110501');
    expect(lines.filter((l) => l === 'DTSTAMP:20110503T093000Z')).toHaveLength(2);
    expect(lines).toContain('UID:commitment-review-by-april@civic-trail');
    expect(lines).toContain(`URL:${event.url}`);
    expect(lines).toContain('DESCRIPTION:Promised: “the structure will be reviewed by April 2011”');
  });

  it('gives the same bytes for the same record, whatever the clock says', () => {
    const again = calendarText({
      name: 'Civic Trail: from the record',
      stamp: '2011-05-03T09:30:00.000Z',
      events: [
        event,
        { ...event, uid: 'meeting-cabinet-2011-03-21@civic-trail', day: '2011-03-21' },
      ],
    });
    expect(again).toBe(text);
  });

  it('opens with the calendar header and holds one VEVENT per event', () => {
    const lines = unfold(text);
    expect(lines.slice(0, 3)).toEqual([
      'BEGIN:VCALENDAR',
      'VERSION:2.0',
      'PRODID:-//Civic Trail//Council record//EN',
    ]);
    expect(lines.filter((l) => l === 'BEGIN:VEVENT')).toHaveLength(2);
    expect(lines.filter((l) => l === 'END:VEVENT')).toHaveLength(2);
  });

  it('rolls an all-day event on the last day of a month or year over to the next', () => {
    const lines = unfold(
      calendarText({
        name: 'x',
        stamp: '2012-01-01T00:00:00Z',
        events: [{ ...event, day: '2011-12-31' }],
      }),
    );
    expect(lines).toContain('DTEND;VALUE=DATE:20120101');
  });
});
