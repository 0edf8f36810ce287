/**
 * A search engine for one bundle: in a Web Worker where the browser has one, on the main thread
 * where it does not (jsdom) or where the worker cannot start. Either way the same engine answers.
 */
import type { SearchDoc } from '@/bundle/search-corpus.ts';
import type { SearchResults } from './search-engine.ts';

export type SearchRequest =
  { type: 'index'; docs: readonly SearchDoc[] } | { type: 'search'; id: number; query: string };
export type SearchReply =
  { type: 'ready' } | { type: 'results'; id: number; results: SearchResults };

export type SearchClient = {
  search: (query: string) => Promise<SearchResults>;
  /** Stops the worker; the reader has left the bundle. */
  close: () => void;
};

async function onMainThread(docs: readonly SearchDoc[]): Promise<SearchClient> {
  const { createSearchEngine } = await import('./search-engine.ts');
  const engine = createSearchEngine(docs);
  return { search: (query) => Promise.resolve(engine.search(query)), close: () => {} };
}

/** Resolves once the index is built, so a first query is answered at once. */
export function createSearchClient(docs: readonly SearchDoc[]): Promise<SearchClient> {
  if (typeof Worker === 'undefined') return onMainThread(docs);
  let worker: Worker;
  try {
    worker = new Worker(new URL('./search-worker.ts', import.meta.url), { type: 'module' });
  } catch {
    return onMainThread(docs);
  }
  const pending = new Map<number, (results: SearchResults) => void>();
  let nextId = 0;
  const client: SearchClient = {
    search: (query) =>
      new Promise((resolve) => {
        nextId += 1;
        pending.set(nextId, resolve);
        worker.postMessage({ type: 'search', id: nextId, query } satisfies SearchRequest);
      }),
    close: () => worker.terminate(),
  };
  return new Promise((resolve) => {
    worker.onmessage = (event: MessageEvent<SearchReply>) => {
      const reply = event.data;
      if (reply.type === 'ready') return resolve(client);
      pending.get(reply.id)?.(reply.results);
      pending.delete(reply.id);
    };
    // A worker that cannot load (a strict proxy, an old browser) must not leave search dead.
    worker.onerror = (event) => {
      event.preventDefault();
      worker.terminate();
      resolve(onMainThread(docs));
    };
    worker.postMessage({ type: 'index', docs } satisfies SearchRequest);
  });
}
