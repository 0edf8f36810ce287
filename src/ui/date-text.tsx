import type { PreciseDate } from '@/bundle/schema.ts';
import { formatDay, formatPreciseDate } from './format.ts';

/** A date shown at the precision the record gave it, with a machine-readable twin. */
export function DateText({ iso, precise }: { iso?: string; precise?: PreciseDate | null }) {
  if (precise) {
    // A financial year has no HTML date form; its first year is the honest machine value.
    const machine =
      precise.precision === 'financial-year' ? precise.date.slice(0, 4) : precise.date;
    return <time dateTime={machine}>{formatPreciseDate(precise)}</time>;
  }
  if (iso) return <time dateTime={iso}>{formatDay(iso)}</time>;
  return null;
}
