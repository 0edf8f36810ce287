/**
 * The files views offer, each made only when clicked. The writers load then too (papaparse for
 * CSV is the heavy one), so no view's first load carries them.
 */
import type { Bundle } from '@/bundle/schema.ts';
import { fileNameOf } from '@/export/download.ts';
import type { Calendar } from '@/export/ical.ts';
import type { DownloadAction } from './downloads.tsx';
import { strings } from './strings.en.ts';

const d = strings.downloads;

export function calendarAction(
  name: string,
  calendar: () => Calendar,
  label: string = d.calendar,
): DownloadAction {
  return {
    label,
    fileName: fileNameOf(name, 'ics'),
    mime: 'text/calendar;charset=utf-8',
    make: async () => (await import('@/export/ical.ts')).calendarText(calendar()),
  };
}

/** The bundle records behind a view, as a bundle of their own (see src/export/bundle-subset.ts). */
export function jsonAction(name: string, subset: (bundle: Bundle) => Bundle, bundle: Bundle) {
  return {
    label: d.json,
    fileName: fileNameOf(name, 'json'),
    mime: 'application/json;charset=utf-8',
    make: () => `${JSON.stringify(subset(bundle), null, 2)}\n`,
  } satisfies DownloadAction;
}
