import { lazy, Suspense } from 'react';
import { strings } from './strings.en.ts';
import { TableRow, type Column, type TableBodyProps } from './table-row.tsx';

export type { Column } from './table-row.tsx';

// Only a long table needs the virtualizer, so a page of short tables never downloads it.
// Cast back to the generic component: lazy() would otherwise lose the row type.
const VirtualBody = lazy(() => import('./virtual-table-body.tsx')) as unknown as VirtualBodyType;
type VirtualBodyType = typeof import('./virtual-table-body.tsx').default;

/** Longer tables are drawn a screenful at a time; shorter ones whole, as plain HTML. */
export const VIRTUAL_FROM_ROWS = 150;

/** Every row, as plain HTML. */
function PlainBody<Row>({ columns, rows, rowKey }: TableBodyProps<Row>) {
  return (
    <tbody>
      {rows.map((row) => (
        <TableRow key={rowKey(row)} row={row} columns={columns} />
      ))}
    </tbody>
  );
}

export type DataTableProps<Row> = {
  caption: string;
  columns: readonly Column<Row>[];
  rows: readonly Row[];
  rowKey: (row: Row) => string;
  captionHidden?: boolean;
};

/**
 * A plain, accessible table that scrolls inside its own box on a narrow screen, so the page
 * never scrolls sideways. Charts reuse it as their table twin. A long table stays complete for
 * assistive technology (`aria-rowcount`) while only the rows near the screen are drawn.
 */
export function DataTable<Row>({
  caption,
  columns,
  rows,
  rowKey,
  captionHidden = false,
}: DataTableProps<Row>) {
  const virtual = rows.length >= VIRTUAL_FROM_ROWS;
  return (
    <div
      className="table-scroll"
      role="region"
      aria-label={strings.common.tableRegion(caption)}
      // Focusable so keyboard users can scroll a table wider than the screen (WCAG 2.1.1).
      tabIndex={0}
    >
      <table className="data-table" aria-rowcount={virtual ? rows.length + 1 : undefined}>
        <caption className={captionHidden ? 'visually-hidden' : undefined}>{caption}</caption>
        <thead>
          <tr aria-rowindex={virtual ? 1 : undefined}>
            {columns.map((c) => (
              <th key={c.key} scope="col" className={c.numeric ? 'numeric' : undefined}>
                {c.header}
              </th>
            ))}
          </tr>
        </thead>
        {virtual ? (
          <Suspense
            fallback={
              <PlainBody
                columns={columns}
                rows={rows.slice(0, VIRTUAL_FROM_ROWS)}
                rowKey={rowKey}
              />
            }
          >
            <VirtualBody columns={columns} rows={rows} rowKey={rowKey} />
          </Suspense>
        ) : (
          <PlainBody columns={columns} rows={rows} rowKey={rowKey} />
        )}
      </table>
    </div>
  );
}
