/**
 * Parses and checks a bundle off the main thread, so a bundle of tens of megabytes does not
 * freeze the page. It only wires up answerRequests; see run-parse.ts for the protocol.
 */
import { answerRequests } from './parse-bundle.ts';
import type { WorkerReply, WorkerRequest } from './run-parse.ts';

// The app's tsconfig types `self` as a window; in a worker it is the worker's global scope.
const scope = self as unknown as {
  onmessage: ((event: MessageEvent<WorkerRequest>) => void) | null;
  postMessage: (message: WorkerReply) => void;
};

const answer = answerRequests((reply) => scope.postMessage(reply));
scope.onmessage = (event) => answer(event.data);
