import type { ReactNode, Ref } from 'react';
import type { CsvField, CsvValue } from '@/export/csv-table.ts';

export type Column<Row> = {
  key: string;
  header: string;
  cell: (row: Row) => ReactNode;
  /** Numbers line up on the right. */
  numeric?: boolean;
  /** The column that names the row, announced as a row header. */
  rowHeader?: boolean;
  /**
   * What the CSV download writes for this column, beside how it is drawn: one value under the
   * column's own header, or fields of their own where one cell holds several things (an amount,
   * its document and its quote). A column without it is left out of the download.
   */
  csv?: ((row: Row) => CsvValue) | readonly CsvField<Row>[];
};

export type TableBodyProps<Row> = {
  columns: readonly Column<Row>[];
  rows: readonly Row[];
  rowKey: (row: Row) => string;
};

/** One row; the column marked `rowHeader` is announced as the row's header. */
export function TableRow<Row>({
  row,
  columns,
  rowIndex,
  rowRef,
  dataIndex,
}: {
  row: Row;
  columns: readonly Column<Row>[];
  rowIndex?: number;
  rowRef?: Ref<HTMLTableRowElement>;
  dataIndex?: number;
}) {
  return (
    <tr ref={rowRef} aria-rowindex={rowIndex} data-index={dataIndex}>
      {columns.map((c) =>
        c.rowHeader ? (
          <th key={c.key} scope="row" className={c.numeric ? 'numeric' : undefined}>
            {c.cell(row)}
          </th>
        ) : (
          <td key={c.key} className={c.numeric ? 'numeric' : undefined}>
            {c.cell(row)}
          </td>
        ),
      )}
    </tr>
  );
}
