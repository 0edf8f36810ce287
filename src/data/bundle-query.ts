/**
 * The one data resource of the app: the published bundle. This file owns its fetcher, its query
 * options (and so its query key) and the hook every view reads it through.
 */
import { queryOptions, useQuery, type UseQueryResult } from '@tanstack/react-query';
import { buildIndex, type BundleIndex } from '@/bundle/indexes.ts';
import { validateBundle, type Problem } from '@/bundle/validate.ts';
import type { Bundle } from '@/bundle/schema.ts';

export const BUNDLE_URL = '/data/bundle.json';

export type BundleLoadErrorKind = 'network' | 'http' | 'json' | 'invalid';

/** Why the bundle could not be used, kept apart so each case gets its own advice. */
export class BundleLoadError extends Error {
  readonly kind: BundleLoadErrorKind;
  readonly status: number | null;
  readonly problems: readonly Problem[];

  constructor(
    kind: BundleLoadErrorKind,
    message: string,
    options: { status?: number; problems?: readonly Problem[]; cause?: unknown } = {},
  ) {
    super(message, { cause: options.cause });
    this.name = 'BundleLoadError';
    this.kind = kind;
    this.status = options.status ?? null;
    this.problems = options.problems ?? [];
  }
}

function bundleUrl(): string {
  // Resolved against the page so it also works where fetch has no base URL (tests under jsdom).
  const base = typeof location === 'undefined' ? 'http://localhost/' : location.href;
  return new URL(BUNDLE_URL, base).href;
}

export async function fetchBundle(signal?: AbortSignal): Promise<Bundle> {
  let response: Response;
  try {
    response = await fetch(bundleUrl(), { signal, headers: { Accept: 'application/json' } });
  } catch (cause) {
    throw new BundleLoadError('network', 'The bundle could not be fetched', { cause });
  }
  if (!response.ok) {
    throw new BundleLoadError('http', `The bundle request failed with ${response.status}`, {
      status: response.status,
    });
  }
  let json: unknown;
  try {
    json = JSON.parse(await response.text());
  } catch (cause) {
    throw new BundleLoadError('json', 'The bundle is not valid JSON', { cause });
  }
  const result = validateBundle(json);
  if (!result.ok) {
    throw new BundleLoadError('invalid', 'The bundle does not match schema v1', {
      problems: result.problems,
    });
  }
  return result.bundle;
}

/**
 * A published bundle cannot change while the page is open, so it never goes stale; the index is
 * built inside the query function so it is built once, not once per view.
 */
export const bundleQueryOptions = queryOptions({
  queryKey: ['bundle', BUNDLE_URL] as const,
  queryFn: async ({ signal }): Promise<BundleIndex> => buildIndex(await fetchBundle(signal)),
  staleTime: Infinity,
  gcTime: Infinity,
});

/** Only server hiccups are worth retrying; a bad file stays bad. */
export function shouldRetryBundle(failureCount: number, error: unknown): boolean {
  if (!(error instanceof BundleLoadError)) return false;
  const transient = error.kind === 'network' || (error.status !== null && error.status >= 500);
  return transient && failureCount < 2;
}

export function useBundleIndex(): UseQueryResult<BundleIndex, Error>;
export function useBundleIndex<T>(select: (index: BundleIndex) => T): UseQueryResult<T, Error>;
export function useBundleIndex<T>(select?: (index: BundleIndex) => T) {
  return useQuery({ ...bundleQueryOptions, select });
}
