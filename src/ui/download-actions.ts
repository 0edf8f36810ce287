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

/**
 * The bundle records behind a view, as a bundle of their own (see src/export/bundle-subset.ts):
 * made when clicked, since a split record first reads the issue files the subset needs.
 */
export function jsonAction(name: string, subset: () => Promise<Bundle>) {
  return {
    label: d.json,
    fileName: fileNameOf(name, 'json'),
    mime: 'application/json;charset=utf-8',
    make: async () => `${JSON.stringify(await subset(), null, 2)}\n`,
  } satisfies DownloadAction;
}
