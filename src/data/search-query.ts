/**
 * Search as queries: the engine is built once per bundle (in a worker) and kept with it; each
 * query's results are cached, and the last results stay on screen while the next are found.
 */
import { keepPreviousData, useQuery } from '@tanstack/react-query';
import { useLoadedBundle } from './bundle-query.ts';
import { sourceKey, useBundleSource } from './bundle-source.ts';
import { createSearchClient } from './search-client.ts';

export function useSearch(query: string) {
  const { source } = useBundleSource();
  const key = sourceKey(source);
  const search = useLoadedBundle().data?.search;
  // Under the bundle's own key, so that letting go of a bundle lets go of its search too.
  // The source key names the bundle, which cannot change under it.
  // eslint-disable-next-line @tanstack/query/exhaustive-deps
  const engine = useQuery({
    queryKey: ['bundle', key, 'search-engine'],
    queryFn: () => createSearchClient(search!),
    enabled: search !== undefined,
    // A split bundle's search texts that cannot be fetched: said once, not retried for ever.
    retry: 1,
    staleTime: Infinity,
    gcTime: Infinity,
  });
  const trimmed = query.trim();
  const results = useQuery({
    queryKey: ['bundle', key, 'search', trimmed],
    queryFn: () => engine.data!.search(trimmed),
    enabled: engine.data !== undefined && trimmed !== '',
    placeholderData: keepPreviousData,
    staleTime: Infinity,
  });
  return {
    ready: engine.data !== undefined,
    failed: engine.isError,
    results: trimmed === '' ? undefined : results.data,
  };
}
