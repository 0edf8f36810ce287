import type { CsvField } from '@/export/csv-table.ts';
import { csvAction } from './csv-action.ts';
import { DataTable, type Column, type DataTableProps } from './data-table.tsx';
import { Downloads } from './downloads.tsx';

/** The download's columns, in the table's order: each column's `csv`, or none. */
export function csvFieldsOf<Row>(columns: readonly Column<Row>[]): CsvField<Row>[] {
  return columns.flatMap((c) =>
    c.csv === undefined
      ? []
      : typeof c.csv === 'function'
        ? [{ header: c.header, value: c.csv }]
        : c.csv,
  );
}

/**
 * A DataTable with a "Download CSV" button above it that writes every row, however few a long
 * table has drawn, in the columns its `csv` fields name. A table without downloads (the
 * overview's counts) uses DataTable itself, so the first page carries none of this.
 */
export function DownloadableTable<Row>(props: DataTableProps<Row>) {
  const { caption, columns, rows } = props;
  const fields = csvFieldsOf(columns);
  if (fields.length === 0) return <DataTable {...props} />;
  return (
    <>
      <Downloads label={caption} actions={[csvAction(caption, fields, rows)]} />
      <DataTable {...props} />
    </>
  );
}
