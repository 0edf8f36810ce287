/**
 * Search as queries: the engine is built once per bundle (in a worker) and kept with it; each
 * query's results are cached, and the last results stay on screen while the next are found.
 */
import { keepPreviousData, useQuery } from '@tanstack/react-query';
import { bundleQueryOptions } from './bundle-query.ts';
import { sourceKey, useBundleSource } from './bundle-source.ts';
import { createSearchClient } from './search-client.ts';

export function useSearch(query: string) {
  const { source } = useBundleSource();
  const key = sourceKey(source);
  // Under the bundle's own key, so that letting go of a bundle lets go of its search too.
  const engine = useQuery({
    queryKey: ['bundle', sourceKey(source), 'search-engine'],
    queryFn: async ({ client }) =>
      createSearchClient((await client.ensureQueryData(bundleQueryOptions(source))).search),
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
