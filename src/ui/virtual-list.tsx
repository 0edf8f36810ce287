import { useWindowVirtualizer } from '@tanstack/react-virtual';
import { useLayoutEffect, useRef, useState, type ReactNode } from 'react';
import { usePrinting } from './use-printing.ts';

/**
 * A list of any length that draws only the rows near the screen, so ten thousand rows cost what
 * thirty do. It scrolls with the page, as a phone reader expects. Each row says its place in the
 * whole list (`aria-posinset` of `aria-setsize`), so a screen reader hears "12 of 9,840", not the
 * count of rows that happen to be drawn; tabbing past the last drawn row scrolls the next one in.
 */
type VirtualListProps<T> = {
  items: readonly T[];
  /** The list's accessible name. */
  label: string;
  rowKey: (item: T) => string;
  renderRow: (item: T, index: number) => ReactNode;
  /** A row's height before it is measured, in CSS pixels. */
  estimateSize?: number;
  /** A class for the list besides its own, for the look of its rows. */
  className?: string;
};

export function VirtualList<T>(props: VirtualListProps<T>) {
  // On paper every row is drawn: there is no scrolling there to bring the rest in.
  return usePrinting() ? <WholeList {...props} /> : <ScreenList {...props} />;
}

function WholeList<T>({ items, label, rowKey, renderRow, className }: VirtualListProps<T>) {
  return (
    <ul className={className} aria-label={label}>
      {items.map((item, index) => (
        <li key={rowKey(item)} aria-setsize={items.length} aria-posinset={index + 1}>
          {renderRow(item, index)}
        </li>
      ))}
    </ul>
  );
}

function ScreenList<T>({
  items,
  label,
  rowKey,
  renderRow,
  estimateSize = 96,
  className,
}: VirtualListProps<T>) {
  const listRef = useRef<HTMLUListElement>(null);
  // Where the list starts on the page: the virtualizer counts from the top of the document.
  const [offset, setOffset] = useState(0);
  useLayoutEffect(() => {
    const top = listRef.current?.getBoundingClientRect().top ?? 0;
    setOffset(Math.round(top + window.scrollY));
  }, []);
  const virtualizer = useWindowVirtualizer({
    count: items.length,
    estimateSize: () => estimateSize,
    overscan: 8,
    scrollMargin: offset,
  });
  return (
    <ul
      ref={listRef}
      className={className ? `virtual-list ${className}` : 'virtual-list'}
      aria-label={label}
      style={{ height: virtualizer.getTotalSize() }}
    >
      {virtualizer.getVirtualItems().map((row) => {
        const item = items[row.index] as T;
        return (
          <li
            key={rowKey(item)}
            ref={virtualizer.measureElement}
            data-index={row.index}
            aria-setsize={items.length}
            aria-posinset={row.index + 1}
            style={{ transform: `translateY(${row.start - offset}px)` }}
          >
            {renderRow(item, row.index)}
          </li>
        );
      })}
    </ul>
  );
}
