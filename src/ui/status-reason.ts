import type { StatusReason } from '@/bundle/commitment-status.ts';
import { formatDay, formatPreciseDate } from '@/bundle/calendar.ts';
import { strings } from './strings.en.ts';

const why = strings.status.why;

/** Why a commitment has its status, in words, with its dates at the precision given. */
export function statusReasonText(reason: StatusReason): string {
  switch (reason.kind) {
    case 'withdrawn':
      return why.withdrawn;
    case 'met-evidence':
      return why.metEvidence;
    case 'met-stated':
      return why.metStated;
    case 'no-due-date':
      return why.noDueDate(formatDay(reason.asOf));
    case 'due-passed':
      // A day is its own end; "November 2010" is spelled out as ending on 30 Nov 2010.
      return why.duePassed(
        formatPreciseDate(reason.due),
        reason.due.precision === 'day' ? null : formatDay(reason.dueEnds),
        formatDay(reason.asOf),
      );
    case 'due-after-record':
      return why.dueAfterRecord(formatPreciseDate(reason.due), formatDay(reason.asOf));
  }
}
