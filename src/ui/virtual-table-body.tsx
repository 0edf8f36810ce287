import { useWindowVirtualizer } from '@tanstack/react-virtual';
import { useLayoutEffect, useRef, useState } from 'react';
import { TableRow, type TableBodyProps } from './table-row.tsx';
import { usePrinting } from './use-printing.ts';

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
export default function VirtualBody<Row>(props: TableBodyProps<Row>) {
  // On paper every row is drawn: there is no scrolling there to bring the rest in.
  return usePrinting() ? <WholeBody {...props} /> : <ScreenBody {...props} />;
}

function WholeBody<Row>({ columns, rows, rowKey }: TableBodyProps<Row>) {
  return (
    <tbody>
      {rows.map((row, i) => (
        <TableRow key={rowKey(row)} row={row} columns={columns} rowIndex={i + 2} />
      ))}
    </tbody>
  );
}

function ScreenBody<Row>({ columns, rows, rowKey }: TableBodyProps<Row>) {
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
