import { useWindowVirtualizer } from '@tanstack/react-virtual';
import { useLayoutEffect, useRef, useState, type ReactNode } from 'react';

/**
 * A list of any length that draws only the rows near the screen, so ten thousand rows cost what
 * thirty do. It scrolls with the page, as a phone reader expects. Each row says its place in the
 * whole list (`aria-posinset` of `aria-setsize`), so a screen reader hears "12 of 9,840", not the
 * count of rows that happen to be drawn; tabbing past the last drawn row scrolls the next one in.
 */
export function VirtualList<T>({
  items,
  label,
  rowKey,
  renderRow,
  estimateSize = 96,
}: {
  items: readonly T[];
  /** The list's accessible name. */
  label: string;
  rowKey: (item: T) => string;
  renderRow: (item: T, index: number) => ReactNode;
  /** A row's height before it is measured, in CSS pixels. */
  estimateSize?: number;
}) {
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
      className="virtual-list"
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
