/**
 * The "Download CSV" action. papaparse and the writer load only when it is clicked, so a table
 * on the first page costs its reader nothing until then.
 */
import type { CsvField } from '@/export/csv.ts';
import { fileNameOf } from '@/export/download.ts';
import type { DownloadAction } from './downloads.tsx';
import { strings } from './strings.en.ts';

/** Every row given, however few a long table or list has drawn. */
export function csvAction<Row>(
  name: string,
  fields: readonly CsvField<Row>[],
  rows: readonly Row[],
): DownloadAction {
  return {
    label: strings.downloads.csv,
    fileName: fileNameOf(name, 'csv'),
    mime: 'text/csv;charset=utf-8',
    make: async () => (await import('@/export/csv.ts')).csvText(fields, rows),
  };
}
