/**
 * One issue's detail (its items in full, their mentions and documents) as a query of its own,
 * under its bundle's key so that letting go of a bundle lets go of its details. A whole bundle
 * cuts it out of what it holds; a split bundle fetches the issue's file the first time the issue
 * is opened, and the cache keeps it for the next.
 */
import { queryOptions, useQuery } from '@tanstack/react-query';
import type { BundleIndex } from '@/bundle/indexes.ts';
import type { LoaderFactory } from './bundle-loader.ts';
import { bundleQueryOptions } from './bundle-query.ts';
import { sourceKey, sourceOfAddress, useBundleSource, type BundleSource } from './bundle-source.ts';

/** The key every issue detail of one bundle sits under: for reading what has been read. */
export function issueDetailsKey(source: BundleSource) {
  return ['bundle', sourceKey(source), 'issue'] as const;
}

export function issueDetailQueryOptions(source: BundleSource, issueId: string) {
  return queryOptions({
    queryKey: [...issueDetailsKey(source), issueId] as const,
    queryFn: async ({ client, signal }) => {
      const loaded = await client.ensureQueryData(bundleQueryOptions(source));
      return loaded.readIssue(issueId, signal);
    },
    staleTime: Infinity,
  });
}

/** The detail of an issue the index holds; pass null to read none (an unknown issue). */
export function useIssueDetail(issueId: string | null) {
  const { source } = useBundleSource();
  return useQuery({
    ...issueDetailQueryOptions(source, issueId ?? ''),
    enabled: issueId !== null,
    throwOnError: true,
  });
}

/**
 * The loader of a view that shows one issue or one document in full: the bundle first, then the
 * detail file that holds it, so the view draws complete. An id the index does not know loads
 * nothing more: the view says it is not in the record.
 */
export const detailLoader =
  (
    issueOf: (params: Record<string, string | undefined>, index: BundleIndex) => string | null,
  ): LoaderFactory =>
  (queryClient) =>
  async ({ request, params }) => {
    const source = sourceOfAddress(new URL(request.url).search);
    const loaded = await queryClient.ensureQueryData(bundleQueryOptions(source));
    const issueId = issueOf(params, loaded.index);
    if (issueId !== null)
      await queryClient.ensureQueryData(issueDetailQueryOptions(source, issueId));
    return null;
  };
