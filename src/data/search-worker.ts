/**
 * Builds the search index and answers queries off the main thread, so indexing ten years of
 * minutes never freezes the page and typing stays smooth. Protocol in search-client.ts.
 */
import { createSearchEngine, type SearchEngine } from './search-engine.ts';
import type { SearchReply, SearchRequest } from './search-client.ts';

// The app's tsconfig types `self` as a window; in a worker it is the worker's global scope.
const scope = self as unknown as {
  onmessage: ((event: MessageEvent<SearchRequest>) => void) | null;
  postMessage: (message: SearchReply) => void;
};

let engine: SearchEngine | null = null;

scope.onmessage = (event) => {
  const request = event.data;
  if (request.type === 'index') {
    engine = createSearchEngine(request.docs);
    scope.postMessage({ type: 'ready' });
    return;
  }
  if (!engine) return;
  scope.postMessage({ type: 'results', id: request.id, results: engine.search(request.query) });
};
