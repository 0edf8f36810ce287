/**
 * A search engine for one bundle: in a Web Worker where the browser has one, on the main thread
 * where it does not (jsdom) or where the worker cannot start. Either way the same engine answers.
 */
import type { SearchDoc } from '@/bundle/search-corpus.ts';
import type { SearchResults } from './search-engine.ts';

/**
 * What search reads: a whole bundle's texts, cut out on demand, or a split bundle's
 * `search.json`, which the worker fetches and parses itself so the page never holds it.
 */
export type SearchSource =
  { kind: 'docs'; docs: () => readonly SearchDoc[] } | { kind: 'url'; href: string };

export type SearchRequest =
  | { type: 'index'; docs: readonly SearchDoc[] }
  | { type: 'index-url'; href: string }
  | { type: 'search'; id: number; query: string };
export type SearchReply =
  | { type: 'ready' }
  | { type: 'failed'; message: string }
  | { type: 'results'; id: number; results: SearchResults };

export type SearchClient = {
  search: (query: string) => Promise<SearchResults>;
  /** Stops the worker; the reader has left the bundle. */
  close: () => void;
};

async function onMainThread(source: SearchSource): Promise<SearchClient> {
  const { createSearchEngine, fetchSearchDocs } = await import('./search-engine.ts');
  const docs = source.kind === 'docs' ? source.docs() : await fetchSearchDocs(source.href);
  const engine = createSearchEngine(docs);
  return { search: (query) => Promise.resolve(engine.search(query)), close: () => {} };
}

/** Resolves once the index is built, so a first query is answered at once. */
export function createSearchClient(source: SearchSource): Promise<SearchClient> {
  if (typeof Worker === 'undefined') return onMainThread(source);
  let worker: Worker;
  try {
    worker = new Worker(new URL('./search-worker.ts', import.meta.url), { type: 'module' });
  } catch {
    return onMainThread(source);
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
  return new Promise((resolve, reject) => {
    worker.onmessage = (event: MessageEvent<SearchReply>) => {
      const reply = event.data;
      if (reply.type === 'ready') return resolve(client);
      if (reply.type === 'failed') {
        worker.terminate();
        return reject(new Error(reply.message));
      }
      pending.get(reply.id)?.(reply.results);
      pending.delete(reply.id);
    };
    // A worker that cannot load (a strict proxy, an old browser) must not leave search dead.
    worker.onerror = (event) => {
      event.preventDefault();
      worker.terminate();
      resolve(onMainThread(source));
    };
    worker.postMessage(
      (source.kind === 'docs'
        ? { type: 'index', docs: source.docs() }
        : { type: 'index-url', href: source.href }) satisfies SearchRequest,
    );
  });
}
