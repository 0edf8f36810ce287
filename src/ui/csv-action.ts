/**
 * The "Download CSV" action. The cells are worked out here, from the rows the view holds; the
 * text is written in a worker, which alone loads papaparse.
 */
import { csvInWorker } from '@/export/csv-in-worker.ts';
import { csvTable, type CsvField } from '@/export/csv-table.ts';
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
    make: () => csvInWorker(csvTable(fields, rows)),
  };
}
