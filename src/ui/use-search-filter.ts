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
  const values = Object.fromEntries(keys.map((key) => [key, search.get(key)])) as Record<
    Key,
    string | null
  >;
  const setFilter = (key: Key, value: string) =>
    setSearch(
      (prev) => {
        const next = new URLSearchParams(prev);
        if (value) next.set(key, value);
        else next.delete(key);
        return next;
      },
      { replace: true, preventScrollReset: true },
    );
  return [values, setFilter];
}
