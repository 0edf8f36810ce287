import { useWindowVirtualizer } from '@tanstack/react-virtual';
import { useLayoutEffect, useRef, useState, type ReactNode, type Ref } from 'react';
import { strings } from './strings.en.ts';

export type Column<Row> = {
  key: string;
  header: string;
  cell: (row: Row) => ReactNode;
  /** Numbers line up on the right. */
  numeric?: boolean;
  /** The column that names the row, announced as a row header. */
  rowHeader?: boolean;
};

/** Longer tables are drawn a screenful at a time; shorter ones whole, as plain HTML. */
export const VIRTUAL_FROM_ROWS = 150;

type BodyProps<Row> = {
  columns: readonly Column<Row>[];
  rows: readonly Row[];
  rowKey: (row: Row) => string;
};

function TableRow<Row>({
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

/** Stands in for the rows not drawn, so the page keeps its full height. */
function Spacer({ height, span }: { height: number; span: number }) {
  if (height <= 0) return null;
  return (
    <tr aria-hidden="true" className="table-spacer">
      <td colSpan={span} style={{ height }} />
    </tr>
  );
}

/**
 * The rows near the screen and spacers for the rest. Each drawn row says its place in the whole
 * table (`aria-rowindex`, the header row being 1), so a screen reader hears the true position.
 */
function VirtualBody<Row>({ columns, rows, rowKey }: BodyProps<Row>) {
  const bodyRef = useRef<HTMLTableSectionElement>(null);
  const [offset, setOffset] = useState(0);
  useLayoutEffect(() => {
    const top = bodyRef.current?.getBoundingClientRect().top ?? 0;
    setOffset(Math.round(top + window.scrollY));
  }, []);
  const virtualizer = useWindowVirtualizer({
    count: rows.length,
    estimateSize: () => 45,
    overscan: 10,
    scrollMargin: offset,
  });
  const drawn = virtualizer.getVirtualItems();
  const first = drawn[0];
  const last = drawn[drawn.length - 1];
  const before = first ? first.start - offset : 0;
  const after = last ? virtualizer.getTotalSize() - (last.end - offset) : 0;
  return (
    <tbody ref={bodyRef}>
      <Spacer height={before} span={columns.length} />
      {drawn.map((item) => {
        const row = rows[item.index] as Row;
        return (
          <TableRow
            key={rowKey(row)}
            row={row}
            columns={columns}
            rowIndex={item.index + 2}
            rowRef={virtualizer.measureElement}
            dataIndex={item.index}
          />
        );
      })}
      <Spacer height={after} span={columns.length} />
    </tbody>
  );
}

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
}: {
  caption: string;
  columns: readonly Column<Row>[];
  rows: readonly Row[];
  rowKey: (row: Row) => string;
  captionHidden?: boolean;
}) {
  const virtual = rows.length >= VIRTUAL_FROM_ROWS;
  return (
    <div
      className="table-scroll"
      role="region"
      aria-label={strings.common.tableRegion(caption)}
      // Focusable so keyboard users can scroll a table wider than the screen (WCAG 2.1.1).
      // eslint-disable-next-line jsx-a11y/no-noninteractive-tabindex
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
          <VirtualBody columns={columns} rows={rows} rowKey={rowKey} />
        ) : (
          <tbody>
            {rows.map((row) => (
              <TableRow key={rowKey(row)} row={row} columns={columns} />
            ))}
          </tbody>
        )}
      </table>
    </div>
  );
}
