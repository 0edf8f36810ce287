/**
 * Builds the search index and answers queries off the main thread, so indexing ten years of
 * minutes never freezes the page and typing stays smooth. Protocol in search-client.ts.
 */
import { createSearchEngine, fetchSearchDocs, type SearchEngine } from './search-engine.ts';
import type { SearchReply, SearchRequest } from './search-client.ts';

// The app's tsconfig types `self` as a window; in a worker it is the worker's global scope.
const scope = self as unknown as {
  onmessage: ((event: MessageEvent<SearchRequest>) => void) | null;
  postMessage: (message: SearchReply) => void;
};

let engine: SearchEngine | null = null;

scope.onmessage = async (event) => {
  const request = event.data;
  if (request.type === 'search') {
    if (engine) {
      scope.postMessage({ type: 'results', id: request.id, results: engine.search(request.query) });
    }
    return;
  }
  try {
    const docs = request.type === 'index' ? request.docs : await fetchSearchDocs(request.href);
    engine = createSearchEngine(docs);
    scope.postMessage({ type: 'ready' });
  } catch (error) {
    scope.postMessage({
      type: 'failed',
      message: error instanceof Error ? error.message : String(error),
    });
  }
};
