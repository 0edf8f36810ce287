import { Fragment, type ReactNode } from 'react';
import { andListSeparators } from '@/bundle/plurals-and-lists.ts';

/**
 * Elements (links, names with badges) joined the way en-GB joins words, "A, B and C", with the
 * separators Intl gives, so a list of elements reads like a list of words in the strings.
 */
export function AndList<T>({
  items,
  keyOf,
  render,
}: {
  items: readonly T[];
  keyOf: (item: T) => string;
  render: (item: T) => ReactNode;
}) {
  const separators = andListSeparators(items.length);
  return (
    <>
      {items.map((item, i) => (
        <Fragment key={keyOf(item)}>
          {separators[i]}
          {render(item)}
        </Fragment>
      ))}
    </>
  );
}
