/**
 * Dates as an editor writes them in an annotation file: ISO at any precision, a UK date, or the
 * record's own words ("April 2011", "2011/12"), read by the same rules the mention finder uses so
 * that a date copied from the page means what the page means.
 */
import { parseUkDate } from '../bundle/calendar.ts';
import type { PreciseDate } from '../bundle/schema.ts';
import { findMentions } from './mentions.ts';

export function parsePreciseDate(raw: string): PreciseDate | undefined {
  if (/^\d{4}$/.test(raw)) return { date: raw, precision: 'year' };
  if (/^\d{4}-\d{2}$/.test(raw)) {
    const month = Number(raw.slice(5));
    return month >= 1 && month <= 12 ? { date: raw, precision: 'month' } : undefined;
  }
  const iso = /^(\d{4})-(\d{2})-(\d{2})$/.exec(raw);
  const uk = iso ? parseUkDate(`${iso[3]}/${iso[2]}/${iso[1]}`) : parseUkDate(raw);
  if ('iso' in uk) return { date: uk.iso, precision: 'day' };
  if (iso || /^\d{1,2}\/\d{1,2}\/\d{4}$/.test(raw)) return undefined;
  const found = findMentions(raw, { start: 0, end: raw.length });
  const only = found[0];
  if (found.length === 1 && only && only.kind === 'date' && only.quote === raw) return only.value;
  return undefined;
}
