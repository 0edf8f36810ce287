import type { ReactNode, Ref } from 'react';

export type Column<Row> = {
  key: string;
  header: string;
  cell: (row: Row) => ReactNode;
  /** Numbers line up on the right. */
  numeric?: boolean;
  /** The column that names the row, announced as a row header. */
  rowHeader?: boolean;
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
