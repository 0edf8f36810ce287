/**
 * The one data resource of the app: a bundle, from whichever source is active. This file owns
 * its fetcher, its query options factory (one per source, and so its query key) and the hooks
 * every view reads it through.
 */
import {
  queryOptions,
  useQuery,
  type QueryClient,
  type UseQueryResult,
} from '@tanstack/react-query';
import { useCallback } from 'react';
import { buildIndex, type BundleIndex } from '@/bundle/indexes.ts';
import { countUnreviewedMentions } from '@/bundle/mentions.ts';
import type { Bundle, BundleIndexFile, IssueDetail } from '@/bundle/schema.ts';
import { searchCorpus } from '@/bundle/search-corpus.ts';
import { detailCutter, detailPath, SEARCH_FILE } from '@/bundle/split-bundle.ts';
import type { SearchSource } from './search-client.ts';
import type { LoadReport } from '@/bundle/load-bundle.ts';
import { setLoadProgress } from './load-progress.ts';
import { startParser } from './run-parse.ts';
import {
  defaultBundleSource,
  isDefaultSource,
  sourceKey,
  useBundleSource,
  type BundleSource,
} from './bundle-source.ts';

export type { Problem } from '@/bundle/problems.ts';
import { BundleLoadError } from './bundle-load-error.ts';

export { BundleLoadError, type BundleLoadErrorKind } from './bundle-load-error.ts';

/**
 * A bundle as loaded: the indexes the views read, what the loader set aside and noticed, and
 * how to reach what the index does not hold (an issue's items in full, what search reads),
 * whether the bundle came as one file or split.
 */
export type LoadedBundle = {
  index: BundleIndex;
  report: LoadReport;
  readIssue: (issueId: string, signal?: AbortSignal) => Promise<IssueDetail>;
  search: SearchSource;
  /** The bundle itself where it came as one file; null where it came split. */
  whole: Bundle | null;
};

type OnProgress = (bytes: number, total: number | null) => void;

/** Takes each chunk of the bundle as it is read, in order. */
type OnChunk = (bytes: Uint8Array) => void;

/** Reads a stream to the end, saying how far it has got; big bundles take a while. */
async function readStream(
  stream: ReadableStream<Uint8Array>,
  total: number | null,
  onProgress: OnProgress,
  onChunk: OnChunk,
): Promise<void> {
  const reader = stream.getReader();
  let bytes = 0;
  let lastReport = 0;
  for (;;) {
    const { done, value } = await reader.read();
    if (done) break;
    onChunk(value);
    bytes += value.byteLength;
    const now = Date.now();
    // A handful of updates a second is enough for a person and cheap for React.
    if (now - lastReport > 100) {
      lastReport = now;
      onProgress(bytes, total);
    }
  }
  onProgress(bytes, total);
}

async function readResponse(
  response: Response,
  onProgress: OnProgress,
  onChunk: OnChunk,
): Promise<void> {
  // A compressed response's Content-Length counts compressed bytes, not the ones read here.
  const length = response.headers.get('Content-Length');
  const total =
    length && !response.headers.get('Content-Encoding') && Number.isFinite(Number(length))
      ? Number(length)
      : null;
  if (!response.body) return onChunk(new Uint8Array(await response.arrayBuffer()));
  return readStream(response.body, total, onProgress, onChunk);
}

async function readFile(file: File, onProgress: OnProgress, onChunk: OnChunk): Promise<void> {
  // jsdom's File has no stream(); browsers do, and it lets a big file show progress.
  if (typeof file.stream !== 'function') return onChunk(new Uint8Array(await file.arrayBuffer()));
  return readStream(file.stream(), file.size, onProgress, onChunk);
}

async function readSource(
  source: Exclude<BundleSource, { kind: 'refused' }>,
  signal: AbortSignal | undefined,
  onProgress: OnProgress,
  onChunk: OnChunk,
): Promise<void> {
  switch (source.kind) {
    case 'file':
      try {
        return await readFile(source.file, onProgress, onChunk);
      } catch (cause) {
        throw new BundleLoadError('network', 'The file could not be read', {
          cause,
          detail: String(cause),
        });
      }
    case 'url': {
      let response: Response;
      try {
        response = await fetch(source.href, { signal, headers: { Accept: 'application/json' } });
      } catch (cause) {
        if (signal?.aborted) throw cause;
        throw new BundleLoadError('network', 'The bundle could not be fetched', {
          cause,
          detail: cause instanceof Error ? cause.message : String(cause),
        });
      }
      if (!response.ok) {
        throw new BundleLoadError('http', `The bundle request failed with ${response.status}`, {
          status: response.status,
          detail: `${response.status} ${response.statusText}`.trim(),
        });
      }
      try {
        return await readResponse(response, onProgress, onChunk);
      } catch (cause) {
        if (signal?.aborted) throw cause;
        throw new BundleLoadError('network', 'The bundle download broke off', {
          cause,
          detail: cause instanceof Error ? cause.message : String(cause),
        });
      }
    }
  }
}

/**
 * Work every trail needs once per record, done when the page is next idle: opening the first issue
 * (from search, say, before the overview has counted) then does not wait for it.
 */
function warmUp(index: BundleIndex): BundleIndex {
  const whenIdle = globalThis.requestIdleCallback ?? ((run: () => void) => setTimeout(run, 200));
  whenIdle(() => countUnreviewedMentions(index, 'money'));
  return index;
}

/** A whole bundle holds every issue's detail; it is cut out when an issue is opened. */
function wholeBundle(bundle: Bundle, report: LoadReport): LoadedBundle {
  let cut: ((issueId: string) => IssueDetail) | null = null;
  return {
    index: warmUp(buildIndex(bundle)),
    report,
    readIssue: (issueId) => Promise.resolve((cut ??= detailCutter(bundle))(issueId)),
    search: { kind: 'docs', docs: () => searchCorpus(bundle) },
    whole: bundle,
  };
}

/** A split bundle's detail files and search texts sit beside its index (see split-bundle.ts). */
function splitBundle(href: string, file: BundleIndexFile, report: LoadReport): LoadedBundle {
  const index = warmUp(buildIndex(file));
  return {
    index,
    report,
    // Loaded with the first issue opened: a whole bundle never needs it.
    readIssue: async (issueId, signal) =>
      (await import('./fetch-issue-detail.ts')).fetchIssueDetail(
        new URL(detailPath(issueId), href).href,
        issueId,
        index,
        signal,
      ),
    search: { kind: 'url', href: new URL(SEARCH_FILE, href).href },
    whole: null,
  };
}

/**
 * Fetches or reads the source, then parses and checks it (in a Web Worker where there is one):
 * every record that keeps the contract is kept, the rest are listed in the report.
 */
export async function fetchBundle(
  source: BundleSource,
  signal?: AbortSignal,
): Promise<LoadedBundle> {
  if (source.kind === 'refused') {
    throw new BundleLoadError('refused', 'The bundle address is not allowed', {
      detail: source.param,
    });
  }
  const key = sourceKey(source);
  // Started now, so the checker's code loads while the bytes download and reads them as they come.
  const parser = startParser();
  try {
    await readSource(
      source,
      signal,
      (read, total) => setLoadProgress(key, { phase: 'reading', bytes: read, total }),
      parser.push,
    );
    const outcome = await parser.parse((phase) => setLoadProgress(key, { phase }), signal);
    if (!outcome.ok) {
      throw new BundleLoadError(outcome.kind, 'The bundle cannot be read', {
        detail: outcome.detail,
        problems: outcome.problems,
      });
    }
    if (outcome.form === 'whole') return wholeBundle(outcome.bundle, outcome.report);
    if (source.kind !== 'url') {
      throw new BundleLoadError('split-file', 'A split bundle cannot be opened as a file', {
        detail: source.name,
      });
    }
    return splitBundle(source.href, outcome.index, outcome.report);
  } finally {
    parser.stop();
    setLoadProgress(key, null);
  }
}

/**
 * A bundle cannot change while the page is open, so it never goes stale; the index is built
 * inside the query function so it is built once, not once per view. The key names the source.
 * The published bundle is kept while the page is open, for the reader to come back to; any other
 * is let go by the usual collection once nothing reads it, and at once by `dropReplacedBundles`.
 */
export function bundleQueryOptions(source: BundleSource) {
  return queryOptions({
    queryKey: ['bundle', sourceKey(source)] as const,
    queryFn: ({ signal }): Promise<LoadedBundle> => fetchBundle(source, signal),
    staleTime: Infinity,
    ...(isDefaultSource(source) ? { gcTime: Infinity } : {}),
  });
}

/** Worth another go: the network or the server, never the file itself, which stays bad. */
export function isTransient(error: unknown): boolean {
  return (
    error instanceof BundleLoadError &&
    (error.kind === 'network' || (error.status !== null && error.status >= 500))
  );
}

export function shouldRetryBundle(failureCount: number, error: unknown): boolean {
  return isTransient(error) && failureCount < 2;
}

/** The active bundle as loaded, with its report: for the layout's notices and status. */
export function useLoadedBundle(): UseQueryResult<LoadedBundle, Error> {
  const { source } = useBundleSource();
  return useQuery(bundleQueryOptions(source));
}

const wholeIndex = (index: BundleIndex) => index;

export function useBundleIndex(): UseQueryResult<BundleIndex, Error>;
export function useBundleIndex<T>(select: (index: BundleIndex) => T): UseQueryResult<T, Error>;
export function useBundleIndex<T>(select: (index: BundleIndex) => T = wholeIndex as never) {
  const { source } = useBundleSource();
  // Stable while the caller's select is, so TanStack Query reruns it only when it must.
  const selectIndex = useCallback((loaded: LoadedBundle) => select(loaded.index), [select]);
  // Any failure, of the bundle or of a view's shaping, goes to the route's error boundary, the
  // one place that explains it (src/app/route-error.tsx); the route's loader usually gets there
  // first.
  return useQuery({ ...bundleQueryOptions(source), select: selectIndex, throwOnError: true });
}

/**
 * Lets go of every loaded bundle but the one being read and the published one, so a reader who
 * opens file after file does not keep each in memory: a bundle can be tens of megabytes.
 */
export function dropReplacedBundles(client: QueryClient, current: BundleSource): void {
  const keep = new Set([sourceKey(current), sourceKey(defaultBundleSource())]);
  const filters = {
    queryKey: ['bundle'],
    predicate: (query: { queryKey: readonly unknown[] }) => !keep.has(String(query.queryKey[1])),
  };
  // A bundle's search engine runs in a worker of its own, which must be stopped, not just forgotten.
  for (const query of client.getQueryCache().findAll(filters)) {
    (query.state.data as { close?: () => void } | undefined)?.close?.();
  }
  client.removeQueries(filters);
}
