import type { PreciseDate } from '@/bundle/schema.ts';
import { formatDay, formatPreciseDate } from '@/bundle/calendar.ts';
import { strings } from './strings.en.ts';

/**
 * A date shown at the precision the record gave it, with a machine-readable twin. `iso={null}`
 * is a day the record does not give, and says so.
 */
export function DateText({ iso, precise }: { iso?: string | null; precise?: PreciseDate | null }) {
  if (precise) {
    // A financial year has no HTML date form; its first year is the honest machine value.
    const machine =
      precise.precision === 'financial-year' ? precise.date.slice(0, 4) : precise.date;
    return <time dateTime={machine}>{formatPreciseDate(precise)}</time>;
  }
  if (iso) return <time dateTime={iso}>{formatDay(iso)}</time>;
  if (iso === null) return <span className="date-unknown">{strings.common.dateUnknown}</span>;
  return null;
}
