import { QueryClient } from '@tanstack/react-query';
import { shouldRetryBundle } from '@/data/bundle-query.ts';

/** The app's client: retries only what retrying can fix (see shouldRetryBundle). */
export function createQueryClient(): QueryClient {
  return new QueryClient({
    defaultOptions: { queries: { retry: shouldRetryBundle, refetchOnWindowFocus: false } },
  });
}
