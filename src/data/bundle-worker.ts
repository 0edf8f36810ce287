/**
 * Parses and checks a bundle off the main thread, so a bundle of tens of megabytes does not
 * freeze the page. It only calls the shared parseBundleBytes; see run-parse.ts for the protocol.
 */
import { parseBundleBytes } from './parse-bundle.ts';
import type { WorkerReply, WorkerRequest } from './run-parse.ts';

// The app's tsconfig types `self` as a window; in a worker it is the worker's global scope.
const scope = self as unknown as {
  onmessage: ((event: MessageEvent<WorkerRequest>) => void) | null;
  postMessage: (message: WorkerReply) => void;
};

scope.onmessage = (event) => {
  const outcome = parseBundleBytes(new Uint8Array(event.data.bytes), (phase) =>
    scope.postMessage({ type: 'phase', phase }),
  );
  scope.postMessage({ type: 'done', outcome: JSON.stringify(outcome) });
};
