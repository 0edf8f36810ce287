import { useRef } from 'react';
import { useSearchParams } from 'react-router';

/**
 * A view's filters, kept in the URL's search params so a filtered view can be bookmarked and
 * shared. An empty value removes the param. Changing a filter replaces the history entry and
 * keeps the scroll position, because it narrows the page rather than leaving it.
 */
export function useSearchFilter<Key extends string>(
  keys: readonly Key[],
): [Record<Key, string | null>, (key: Key, value: string) => void] {
  const [search, setSearch] = useSearchParams();
  // React Router hands a change the params of the last render. Two changes before the next one
  // (a body picked, then a word typed, on a busy phone) would each start from those, and the
  // second would undo the first; so each starts from the one before it until the address moves.
  const pending = useRef<{ from: URLSearchParams; to: URLSearchParams } | null>(null);
  const values = Object.fromEntries(keys.map((key) => [key, search.get(key)])) as Record<
    Key,
    string | null
  >;
  const setFilter = (key: Key, value: string) => {
    const latest = pending.current?.from === search ? pending.current.to : search;
    const next = new URLSearchParams(latest);
    if (value) next.set(key, value);
    else next.delete(key);
    pending.current = { from: search, to: next };
    setSearch(next, { replace: true, preventScrollReset: true });
  };
  return [values, setFilter];
}
