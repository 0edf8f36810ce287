/**
 * Parses and checks a bundle off the main thread, so a bundle of tens of megabytes does not
 * freeze the page. It only wires up answerBytes; see run-parse.ts for the protocol.
 */
import { answerBytes } from './parse-bundle.ts';
import type { WorkerReply, WorkerRequest } from './run-parse.ts';

// The app's tsconfig types `self` as a window; in a worker it is the worker's global scope.
const scope = self as unknown as {
  onmessage: ((event: MessageEvent<WorkerRequest>) => void) | null;
  postMessage: (message: WorkerReply) => void;
};

scope.onmessage = (event) =>
  answerBytes(new Uint8Array(event.data.bytes), (reply) => scope.postMessage(reply));
