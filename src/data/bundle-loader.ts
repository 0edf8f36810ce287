import type { QueryClient } from '@tanstack/react-query';
import type { LoaderFunction } from 'react-router';
import { bundleQueryOptions } from './bundle-query.ts';
import { sourceOfAddress } from './bundle-source.ts';

/** What a route module exports to have its data ready before it renders. */
export type LoaderFactory = (queryClient: QueryClient) => LoaderFunction;

/**
 * The loader of every view that reads the bundle: it waits for the same query the view reads
 * (`bundleQueryOptions`), so the view renders with its data, and a bundle that cannot be read
 * reaches the route's error boundary before the view is drawn at all.
 */
export const bundleLoader: LoaderFactory =
  (queryClient) =>
  async ({ request }) => {
    await queryClient.ensureQueryData(
      bundleQueryOptions(sourceOfAddress(new URL(request.url).search)),
    );
    return null;
  };
