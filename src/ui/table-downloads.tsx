import type { CsvField } from '@/export/csv.ts';
import { csvAction } from './csv-action.ts';
import { Downloads } from './downloads.tsx';

/** A table's "Download CSV" row: every row, however few a long table has drawn. */
export default function TableDownloads<Row>({
  caption,
  fields,
  rows,
}: {
  caption: string;
  fields: readonly CsvField<Row>[];
  rows: readonly Row[];
}) {
  return <Downloads label={caption} actions={[csvAction(caption, fields, rows)]} />;
}
